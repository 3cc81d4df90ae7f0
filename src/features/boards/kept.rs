//! A board someone shared, kept on this device: when it came, what changed since the version
//! kept before it, and the board matched against the reader's own decks (and their team's)
//! as on the link itself. It can be removed from this device.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::board::{board_diff, KeptBoard};
use crate::components::{BoardReading, ErrorAlert, MatchedBoard, PageTitle};
use crate::routes::Screen;
use crate::services::clock::local_date;
use crate::services::nav::{href, use_go};
use crate::services::{dom, use_library, BoardReader, LibraryError};

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
pub fn KeptBoardPage(
    /// The board's id.
    id: String,
) -> impl IntoView {
    let library = use_library();
    let loaded = RwSignal::new(None::<Result<Option<KeptBoard>, LibraryError>>);
    spawn_local(async move {
        loaded.try_set(Some(library.kept_board(&id).await));
        dom::set_ready_after_render();
    });
    move || {
        match loaded.get() {
        None => view! { <p class="muted" role="status">"Opening the board…"</p> }.into_any(),
        Some(Ok(Some(kept))) => view! { <Kept kept=kept/> }.into_any(),
        Some(Ok(None)) => view! {
            <PageTitle title="Board not found"/>
            <h1>"This board isn't kept here"</h1>
            <p>"It may have been removed from this device. Open the link you were sent to see it again."</p>
            <p><a class="button primary" href=href(&Screen::Library)>"Back to your library"</a></p>
        }
        .into_any(),
        Some(Err(e)) => {
            let message = Signal::derive(move || Some(e.to_string()));
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
}

#[component]
fn Kept(kept: KeptBoard) -> impl IntoView {
    let library = use_library();
    let go = use_go();
    let reader = BoardReader::new(library, kept.board.clone(), true);
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let id = StoredValue::new(kept.id.clone());
    let remove = move |_| {
        let go = go.clone();
        spawn_local(async move {
            match library.delete_kept_board(&id.get_value()).await {
                Ok(()) => go(Screen::Library),
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                }
            }
        });
    };
    let changes = kept.previous().map(|v| {
        (
            local_date(&v.received_at),
            board_diff(&v.board, &kept.board).describe(),
        )
    });
    let received = local_date(&kept.received_at);
    let title = kept.board.title.clone();
    view! {
        <PageTitle title=format!("Kept: {title}")/>
        <div class="banner shared-banner">
            <p>
                <strong>"A board shared with you, kept on this device. "</strong>
                {format!("This version came on {received}. Open a newer link of it and you can update your copy.")}
            </p>
            {changes.map(|(since, lines)| view! {
                <p>{format!("What changed since the version of {since}:")}</p>
                {if lines.is_empty() {
                    view! { <p class="muted">"Nothing that shows on the board."</p> }.into_any()
                } else {
                    view! { <ul class="changes">{lines.into_iter().map(|l| view! { <li dir="auto">{l}</li> }).collect_view()}</ul> }.into_any()
                }}
            })}
            <div class="actions">
                {move || if confirming.get() {
                    view! {
                        <span>"Remove this board from this device?"</span>
                        <button type="button" class="danger" id="remove-kept-board-yes" on:click=remove.clone()>"Remove"</button>
                        <button type="button" on:click=move |_| {
                            confirming.set(false);
                            dom::focus_after_render("remove-kept-board".into());
                        }>"Keep it"</button>
                    }.into_any()
                } else {
                    view! {
                        <button type="button" id="remove-kept-board" on:click=move |_| {
                            confirming.set(true);
                            dom::focus_after_render("remove-kept-board-yes".into());
                        }>"Remove from this device"</button>
                    }.into_any()
                }}
            </div>
            <ErrorAlert message=error/>
        </div>
        <ErrorAlert message=reader.error/>
        <MatchedBoard board=kept.board.clone() reading=reading(reader)/>
    }
}
