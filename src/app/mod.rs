//! The app shell: router, services, header, banners, the current screen, notices. Only this
//! module knows every feature; features know nothing of it.

mod on_demand;
mod storage_banner;
mod toast_region;
mod update_banner;

use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::hooks::{use_location, use_query_map};

use crate::features::{LibraryPage, NotFoundPage};
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, offline, provide_library, provide_toasts};
use crate::storage::settings;
use on_demand::on_demand;
use storage_banner::StorageBanner;
use toast_region::ToastRegion;
use update_banner::UpdateBanner;

#[component]
pub fn App() -> impl IntoView {
    provide_library();
    provide_toasts();
    offline::register();
    dom::set_theme_attribute(settings::theme().attribute());
    view! {
        <Router>
            <a class="skip-link" href="#main" on:click=|ev| {
                ev.prevent_default();
                dom::focus_id("main");
            }>"Skip to content"</a>
            <Header/>
            <StorageBanner/>
            <UpdateBanner/>
            <main id="main" tabindex="-1">
                <Screens/>
            </main>
            <ToastRegion/>
        </Router>
    }
}

#[component]
fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="brand" href=href(&Screen::Library)>
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="3" y="5" width="14" height="15" rx="2"></rect>
                    <rect x="7" y="3" width="14" height="15" rx="2"></rect>
                </svg>
                <span>"Career Deck"</span>
            </a>
            <nav aria-label="Main">
                <a href=href(&Screen::Library)>"Your decks"</a>
                <a href=href(&Screen::SharedWithMe)>"Shared with me"</a>
                <a href=href(&Screen::Settings)>"Settings"</a>
            </nav>
        </header>
    }
}

/// Picks the screen from the address: a share link in the fragment wins, then the query.
#[component]
fn Screens() -> impl IntoView {
    let query = use_query_map();
    let location = use_location();
    let shared_fragment = Memo::new(move |_| {
        let hash = location.hash.get();
        let fragment = hash.trim_start_matches('#');
        crate::share::read_fragment(fragment)
            .is_some()
            .then(|| fragment.to_owned())
    });
    let screen = Memo::new(move |_| query.with(|q| Screen::from_query(|k| q.get_str(k))));
    move || {
        if let Some(fragment) = shared_fragment.get() {
            return on_demand!(shared_link, fragment);
        }
        dom::set_ready(false);
        match screen.get() {
            // The first screen of most visits is in the main bundle; the rest load on demand.
            Screen::Library => view! { <LibraryPage/> }.into_any(),
            screen @ (Screen::Editor(_)
            | Screen::Present(_)
            | Screen::Share(_)
            | Screen::History(_)
            | Screen::Workshop(_)
            | Screen::Rehearse(_)
            | Screen::Settings) => on_demand!(own_decks, screen),
            screen @ (Screen::SharedWithMe
            | Screen::Kept(_)
            | Screen::Prepare(_)
            | Screen::PresentKept(_)
            | Screen::Commitments
            | Screen::ManagerGuide) => on_demand!(shared_with_me, screen),
            screen @ (Screen::Board(_) | Screen::ShareBoard(_) | Screen::KeptBoard(_)) => {
                on_demand!(boards, screen)
            }
            _ => view! { <NotFoundPage/> }.into_any(),
        }
    }
}
