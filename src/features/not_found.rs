//! Shown for an address the app does not know, or a deck that is not in this browser.

use leptos::prelude::*;

use crate::components::PageTitle;
use crate::routes::Screen;
use crate::services::{dom, nav::href};

#[component]
pub fn NotFoundPage() -> impl IntoView {
    dom::set_ready(true);
    view! {
        <PageTitle title="Not found"/>
        <section class="not-found">
            <h1>"Nothing here"</h1>
            <p>
                "This address doesn't match anything in Career Deck. If it was a deck, it may have "
                "been deleted, or it lives in another browser: decks are kept only on the device "
                "where they were written."
            </p>
            <p><a class="button primary" href=href(&Screen::Library)>"Go to your decks"</a></p>
        </section>
    }
}
