//! The app shell: address, services, header, storage banner, the current screen, notices.

use leptos::prelude::*;

use crate::components::{StorageBanner, ToastRegion};
use crate::pages::{
    EditorPage, LibraryPage, NotFoundPage, PresentPage, SettingsPage, SharePage, SharedDeckPage,
};
use crate::routes::Screen;
use crate::services::nav::{provide_address, use_address};
use crate::services::{dom, provide_decks, provide_toasts};
use crate::storage::settings;

#[component]
pub fn App() -> impl IntoView {
    provide_address();
    provide_decks();
    provide_toasts();
    dom::set_theme_attribute(settings::theme().attribute());
    view! {
        <a class="skip-link" href="#main" on:click=|ev| {
            ev.prevent_default();
            dom::focus_id("main");
        }>"Skip to content"</a>
        <Header/>
        <StorageBanner/>
        <main id="main" tabindex="-1">
            <Screens/>
        </main>
        <ToastRegion/>
    }
}

#[component]
fn Header() -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="brand" href="?">
                <svg class="brand-mark" viewBox="0 0 24 24" aria-hidden="true">
                    <rect x="3" y="5" width="14" height="15" rx="2"></rect>
                    <rect x="7" y="3" width="14" height="15" rx="2"></rect>
                </svg>
                <span>"Career Deck"</span>
            </a>
            <nav aria-label="Main">
                <a href="?">"Your decks"</a>
                <a href="?view=settings">"Settings"</a>
            </nav>
        </header>
    }
}

/// Picks the screen from the address: a share link in the fragment wins, then the query.
#[component]
fn Screens() -> impl IntoView {
    let address = use_address();
    let shared_fragment = Memo::new(move |_| {
        address.hash.with(|hash| {
            let fragment = hash.trim_start_matches('#');
            crate::share::read_fragment(fragment)
                .is_some()
                .then(|| fragment.to_owned())
        })
    });
    let screen = Memo::new(move |_| {
        address.search.with(|search| {
            let params = web_sys::UrlSearchParams::new_with_str(search).ok();
            let get = |key: &str| params.as_ref().and_then(|p| p.get(key));
            Screen::from_query(get("view").as_deref(), get("deck").as_deref())
        })
    });
    move || {
        if let Some(fragment) = shared_fragment.get() {
            return view! { <SharedDeckPage fragment=fragment/> }.into_any();
        }
        dom::set_ready(false);
        match screen.get() {
            Screen::Library => view! { <LibraryPage/> }.into_any(),
            Screen::Editor(id) => view! { <EditorPage id=id/> }.into_any(),
            Screen::Present(id) => view! { <PresentPage id=id/> }.into_any(),
            Screen::Share(id) => view! { <SharePage id=id/> }.into_any(),
            Screen::Settings => view! { <SettingsPage/> }.into_any(),
            Screen::NotFound => view! { <NotFoundPage/> }.into_any(),
        }
    }
}
