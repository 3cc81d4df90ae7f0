//! Opportunity boards, the leader's side and the kept copies: writing a board (autosave,
//! undo/redo, guidance, inline errors), sharing it by link exactly as a deck is shared, and a
//! board someone shared, kept, matched against the reader's own decks.

mod editor;
mod guidance;
mod kept;
mod opportunity;
mod session;
mod share;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::board::{BoardField, BoardRecord};
use crate::components::{ErrorAlert, PageTitle};
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, use_library, LibraryError};
use crate::storage::StorageError;

pub use editor::BoardPage;
pub use kept::KeptBoardPage;
pub use session::{BoardSession, BoardStatus};
pub use share::ShareBoardPage;

/// Loads one of my boards for a screen: "Opening your board…", then the screen, or a page
/// saying why not.
#[component]
fn BoardScreen(
    /// The board's id.
    id: String,
    /// The screen itself, once the board is loaded.
    page: fn(BoardRecord) -> AnyView,
) -> impl IntoView {
    let library = use_library();
    let loaded = RwSignal::new(None::<Result<BoardRecord, LibraryError>>);
    spawn_local(async move {
        loaded.try_set(Some(library.load_board(&id).await));
        dom::set_ready_after_render();
    });
    move || match loaded.get() {
        None => view! { <p class="muted" role="status">"Opening your board…"</p> }.into_any(),
        Some(Ok(record)) => page(record),
        Some(Err(e)) => {
            let text = match e {
                LibraryError::Storage(StorageError::NotFound) => {
                    "This board isn't in this browser. It may have been deleted, or it was written \
                     in another browser: boards are kept only on the device where they were written."
                        .to_owned()
                }
                other => other.to_string(),
            };
            let message = Signal::derive(move || Some(text.clone()));
            view! {
                <PageTitle title="Board could not be opened"/>
                <h1>"This board could not be opened"</h1>
                <ErrorAlert message=message/>
                <p><a class="button primary" href=href(&Screen::Library)>"Back to your library"</a></p>
            }
            .into_any()
        }
    }
}

/// The editor element a board field is typed in, so a problem can link straight to it.
fn anchor(board: &crate::board::Board, field: &BoardField) -> String {
    let opp = |i: usize| {
        board
            .opportunities
            .get(i)
            .map_or_else(String::new, |o| o.id.clone())
    };
    match field {
        BoardField::From => "board-from".into(),
        BoardField::Note => "board-note".into(),
        BoardField::Opportunities(Some(i)) => format!("o-{}-title", opp(*i)),
        BoardField::Opportunity(i, f) => format!("o-{}-{}", opp(*i), f.key()),
        BoardField::Build(i, j) => format!("o-{}-build-{j}", opp(*i)),
        BoardField::NeedItem(i, j) => format!("o-{}-need-{j}-name", opp(*i)),
        BoardField::Need(i, j, f) => match f {
            crate::board::NeedField::Name => format!("o-{}-need-{j}-name", opp(*i)),
            crate::board::NeedField::Level => format!("o-{}-need-{j}-level-0", opp(*i)),
        },
        _ => "board-title".into(),
    }
}
