//! What the owner's deck screens (editor, presenter, share) show around the deck itself:
//! "Opening your deck…" while it loads, the not-found page for a deck that isn't in this
//! browser, and the problem when it can't be read.

use leptos::prelude::*;

use crate::components::{ErrorAlert, PageTitle};
use crate::model::DeckRecord;
use crate::pages::NotFoundPage;
use crate::services::decks::load_deck;
use crate::storage::StorageError;

#[component]
pub fn DeckScreen(
    /// The deck's id.
    id: String,
    /// The screen itself, once the deck is loaded.
    page: fn(DeckRecord) -> AnyView,
    /// A deck that can't be read gets a page of its own (title, heading, a way back) rather
    /// than only the error.
    #[prop(optional)]
    error_page: bool,
) -> impl IntoView {
    let loaded = load_deck(id);
    move || match loaded.get() {
        None => view! { <p class="muted" role="status">"Opening your deck…"</p> }.into_any(),
        Some(Ok(record)) => page(record),
        Some(Err(StorageError::NotFound)) => view! { <NotFoundPage/> }.into_any(),
        Some(Err(e)) => {
            let message = Signal::derive(move || Some(e.to_string()));
            let alert = view! { <ErrorAlert message=message/> };
            if !error_page {
                return alert.into_any();
            }
            view! {
                <PageTitle title="Deck could not be opened"/>
                <h1>"This deck could not be opened"</h1>
                {alert}
                <p><a href="?">"Back to your decks"</a></p>
            }
            .into_any()
        }
    }
}
