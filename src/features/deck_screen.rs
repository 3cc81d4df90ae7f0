//! What the owner's deck screens (editor, presenter, share, history, workshop) show around
//! the deck itself: "Opening your deck…" while it loads, the not-found page for a deck that
//! isn't in this browser, and the problem when it can't be read. Shared by those features;
//! not a feature itself.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::NotFoundPage;
use crate::components::{ErrorAlert, PageTitle};
use crate::model::DeckRecord;
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, use_library, LibraryError};
use crate::storage::StorageError;

#[component]
pub fn DeckScreen(
    /// The deck's id.
    id: String,
    /// The screen itself, once the deck is loaded.
    page: fn(DeckRecord) -> AnyView,
) -> impl IntoView {
    let library = use_library();
    let loaded = RwSignal::new(None::<Result<DeckRecord, LibraryError>>);
    spawn_local(async move {
        loaded.set(Some(library.load(&id).await));
        dom::set_ready_after_render();
    });
    move || match loaded.get() {
        None => view! { <p class="muted" role="status">"Opening your deck…"</p> }.into_any(),
        Some(Ok(record)) => page(record),
        Some(Err(LibraryError::Storage(StorageError::NotFound))) => {
            view! { <NotFoundPage/> }.into_any()
        }
        Some(Err(e)) => {
            let message = Signal::derive(move || Some(e.to_string()));
            view! {
                <PageTitle title="Deck could not be opened"/>
                <h1>"This deck could not be opened"</h1>
                <ErrorAlert message=message/>
                <p><a href=href(&Screen::Library)>"Back to your decks"</a></p>
            }
            .into_any()
        }
    }
}
