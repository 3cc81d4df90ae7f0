//! An opportunity board someone shared: read-only, and nothing saved unless the reader keeps
//! it. When this browser already keeps decks, the board is matched against the reader's own
//! (worked out here; nothing is sent anywhere): what would grow their deck first, with the
//! reasons, then readiness, then the rest; they can raise a hand, and a manager who keeps
//! their team's decks sees whom each opportunity fits. A board kept before is compared with
//! this link, and can be updated to it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::board::{board_diff, Board, BoardReceipt, KeptBoard};
use crate::components::{BoardReading, ErrorAlert, MatchedBoard, PageTitle};
use crate::routes::Screen;
use crate::services::clock::local_date;
use crate::services::nav::href;
use crate::services::{dom, use_library, BoardReader};
use crate::storage::settings;

/// Where the reader stands with this board.
#[derive(Clone, PartialEq)]
enum Kept {
    /// Not known yet (storage is only looked at when this browser already has some).
    Unknown,
    No,
    Before(Box<KeptBoard>),
    /// Kept (or updated) just now.
    Now,
}

fn reading(reader: BoardReader) -> BoardReading {
    BoardReading {
        decks: reader.decks.into(),
        deck: reader.deck.into(),
        mappings: reader.mappings.into(),
        team: reader.team.into(),
        looked: reader.looked.into(),
        busy: reader.busy.into(),
        notice: reader.notice.into(),
        on_choose: Callback::new(move |id| reader.choose(id)),
        on_map: Callback::new(move |(theirs, mine): (String, String)| reader.map(&theirs, &mine)),
        on_unmap: Callback::new(move |theirs: String| reader.unmap(&theirs)),
        on_raise: Callback::new(move |id| reader.raise(id)),
        on_lower: Callback::new(move |id| reader.lower(id)),
    }
}

#[component]
pub fn OpenedBoard(board: Board) -> impl IntoView {
    let library = use_library();
    // Opening the database would create it: only a browser that already keeps something is
    // looked at at all.
    let look = settings::has_library();
    let reader = BoardReader::new(library, board.clone(), look);
    let kept = RwSignal::new(Kept::Unknown);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let to_keep = StoredValue::new(board.clone());
    let id = board.id.clone();
    if look {
        spawn_local(async move {
            kept.try_set(match library.kept_board(&id).await {
                Ok(Some(k)) => Kept::Before(Box::new(k)),
                _ => Kept::No,
            });
        });
    } else {
        kept.set(Kept::No);
    }
    let keep = move |even_if_older: bool| {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        error.set(None);
        spawn_local(async move {
            match library.keep_board(to_keep.get_value(), even_if_older).await {
                Ok(BoardReceipt::Older { .. }) => {
                    error.try_set(Some(
                        "Your copy is newer than this link. Nothing was changed.".into(),
                    ));
                }
                Ok(_) => {
                    kept.try_set(Kept::Now);
                    dom::focus_after_render("kept-board-link".into());
                }
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                }
            }
            working.try_set(false);
        });
    };
    let title = board.title.clone();
    let kept_screen = href(&Screen::KeptBoard(board.id.clone()));
    view! {
        <PageTitle title=format!("Shared with you: {title}")/>
        <div class="banner shared-banner">
            {move || match kept.get() {
                Kept::Now => view! {
                    <p role="status">
                        <strong>"Kept in Boards shared with me. "</strong>
                        "It stays on this device only; open it again any time from your library."
                    </p>
                    <p><a id="kept-board-link" class="button" href=kept_screen.clone()>"Open the kept board"</a></p>
                }.into_any(),
                Kept::Before(k) => {
                    let diff = board_diff(&k.board, &to_keep.get_value());
                    let since = local_date(&k.received_at);
                    let same = diff.is_empty();
                    let changes = diff.describe();
                    view! {
                        <p>
                            <strong>"An opportunity board was shared with you. "</strong>
                            {format!("You kept it on {since}.")}
                            {if same { " This link holds the same board." } else { " This link is a different version:" }}
                        </p>
                        {(!same).then(|| view! {
                            <ul class="changes">{changes.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}</ul>
                            <button type="button" class="primary" disabled=move || working.get()
                                on:click=move |_| keep(true)>"Update my copy"</button>
                            <p class="muted">"The version you kept before is kept too."</p>
                        })}
                        <p><a class="button" href=kept_screen.clone()>"Open the kept board"</a></p>
                    }.into_any()
                }
                _ => view! {
                    <p>
                        <strong>"An opportunity board was shared with you. "</strong>
                        "It is carried in the link and not saved on this device unless you keep it."
                    </p>
                    <button type="button" class="primary" disabled=move || working.get() on:click=move |_| keep(false)>
                        "Keep this board"
                    </button>
                }.into_any(),
            }}
            <ErrorAlert message=error/>
        </div>
        <ErrorAlert message=reader.error/>
        <MatchedBoard board=board reading=reading(reader)/>
    }
}
