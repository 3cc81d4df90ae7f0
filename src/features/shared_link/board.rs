//! An opportunity board someone shared: read-only, with each opportunity's details. Matching
//! it against the reader's own decks happens on this device only (see the boards feature).

use leptos::prelude::*;

use crate::board::Board;
use crate::components::{BoardView, PageTitle};

#[component]
pub fn OpenedBoard(board: Board) -> impl IntoView {
    let title = board.title.clone();
    view! {
        <PageTitle title=format!("Shared with you: {title}")/>
        <div class="banner shared-banner">
            <p>
                <strong>"An opportunity board was shared with you. "</strong>
                "It is carried in the link and not saved on this device. If you keep a career deck in "
                "this browser, Career Deck shows which opportunities would grow it — worked out here, on "
                "your device; neither the board nor your deck is sent anywhere."
            </p>
        </div>
        <BoardView board=board/>
    }
}
