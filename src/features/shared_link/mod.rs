//! Opening a share link: read the fragment, ask for a passphrase if it is locked, then show
//! what it holds — a deck or an opportunity board — read-only. Nothing touches the reader's
//! storage (not even opening the database) until they choose to keep it.

mod board;
mod deck;
mod passphrase;

use leptos::prelude::*;

use crate::components::{ErrorAlert, PageTitle};
use crate::routes::Screen;
use crate::services::dom;
use crate::services::nav::href;
use crate::share::{read_fragment, Document, Envelope, ShareError};
use board::OpenedBoard;
use deck::OpenedDeck;
use passphrase::PassphrasePrompt;

#[component]
pub fn SharedLinkPage(
    /// The URL fragment holding the link (without `#`).
    fragment: String,
) -> impl IntoView {
    let opened = RwSignal::new(None::<Result<Document, ShareError>>);
    let envelope = match read_fragment(&fragment) {
        Some(Ok(envelope)) => Some(envelope),
        Some(Err(e)) => {
            opened.set(Some(Err(e)));
            None
        }
        None => None,
    };
    let locked = envelope.as_ref().is_some_and(Envelope::needs_passphrase);
    if let Some(env) = envelope.as_ref().filter(|e| !e.needs_passphrase()) {
        opened.set(Some(env.open_document(None)));
    }
    dom::set_ready_after_render();
    let envelope = StoredValue::new(envelope);

    view! {
        <section class="shared">
            {move || match opened.get() {
                Some(Ok(Document::Deck(deck))) => view! { <OpenedDeck deck=deck/> }.into_any(),
                Some(Ok(Document::Board(board))) => view! { <OpenedBoard board=board/> }.into_any(),
                Some(Err(ShareError::WrongPassphrase)) | None if locked => {
                    view! { <PassphrasePrompt envelope=envelope opened=opened/> }.into_any()
                }
                Some(Err(e)) => view! { <LinkProblem error=e/> }.into_any(),
                None => view! { <LinkProblem error=ShareError::Damaged/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn LinkProblem(error: ShareError) -> impl IntoView {
    let message = Signal::derive(move || Some(error.to_string()));
    view! {
        <PageTitle title="Link can't be opened"/>
        <h1>"This share link can't be opened"</h1>
        <ErrorAlert message=message/>
        <p>"Nothing from the link has been shown or saved."</p>
        <p><a class="button" href=href(&Screen::Library)>"Go to Career Deck"</a></p>
    }
}
