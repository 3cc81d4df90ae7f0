//! The library: every deck in this browser, newest first, with new / open / rename /
//! duplicate / delete (with undo). Rows are keyed by deck and each holds its summary in a
//! signal of its own, so a save in another tab updates one row instead of rebuilding all;
//! a big library renders the first screenful first and the rest right after.

mod backup_reminder;
mod boards_list;
mod deck_row;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ErrorAlert, PageTitle};
use crate::model::{count, DeckSummary};
use crate::routes::Screen;
use crate::services::nav::use_go;
use crate::services::{dom, use_library};
use boards_list::BoardsList;
use deck_row::{DeckRow, RowState};

/// Rows rendered before the screen counts as ready; the rest follow in batches.
const FIRST_ROWS: usize = 40;
const ROWS_PER_BATCH: usize = 200;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let library = use_library();
    let go = use_go();
    let rows = RwSignal::new(None::<Vec<RowState>>);
    let shown = RwSignal::new(FIRST_ROWS);
    let error = RwSignal::new(None::<String>);

    let reload = Callback::new(move |()| {
        spawn_local(async move {
            let listed = library.list().await;
            // The person may have left the library while it was being read.
            let still_here = match listed {
                Ok(summaries) => rows
                    .try_update(|r| *r = Some(merge_rows(r.take(), summaries)))
                    .is_some(),
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                    rows.try_update(|r| {
                        r.get_or_insert_with(Vec::new);
                    })
                    .is_some()
                }
            };
            if still_here {
                dom::set_ready_after_render();
                show_the_rest(rows, shown);
            }
        });
    });
    Effect::new(move |_| {
        library.library_changed.track();
        reload.run(());
    });

    let start_workshop = {
        let go = go.clone();
        move |_| {
            let go = go.clone();
            spawn_local(async move {
                match library.create_new(false).await {
                    Ok(record) => go(Screen::Workshop(record.deck.id)),
                    Err(e) => error.set(Some(e.to_string())),
                }
            });
        }
    };
    let create = move |from_example: bool| {
        let go = go.clone();
        spawn_local(async move {
            match library.create_new(from_example).await {
                Ok(record) => {
                    // The new deck opens with the cursor in its title.
                    dom::focus_when_ready("deck-title");
                    go(Screen::Editor(record.deck.id))
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    let create_blank = {
        let create = create.clone();
        move |_| create(false)
    };
    let create_example = move |_| create(true);
    let total = Memo::new(move |_| rows.with(|r| r.as_ref().map(Vec::len)));
    let loaded = Memo::new(move |_| total.get().is_some());
    let visible = move || {
        rows.with(|r| {
            r.as_ref()
                .map(|r| r.iter().take(shown.get()).cloned().collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };

    view! {
        <PageTitle title="Your decks"/>
        <section class="library" aria-labelledby="library-heading">
            <div class="page-head">
                <h1 id="library-heading">"Your decks"</h1>
                <div class="actions">
                    <button class="primary" id="new-deck" on:click=create_blank>"New deck"</button>
                    <button on:click=create_example>"Start from example"</button>
                    <button on:click=start_workshop>"Start the workshop"</button>
                </div>
            </div>
            <ErrorAlert message=error/>
            <backup_reminder::BackupReminder rows=rows/>
            {move || match total.get() {
                None => Some(view! { <p class="muted" role="status">"Opening your library…"</p> }.into_any()),
                Some(0) => Some(view! { <EmptyLibrary/> }.into_any()),
                Some(n) => Some(view! { <p class="muted count">{format!("{}, kept only in this browser.", count(n, "deck", "decks"))}</p> }.into_any()),
            }}
            <ul class="deck-list" aria-label="Decks">
                <For each=visible key=|r| r.id.clone() children=move |row| view! {
                    <DeckRow row=row error=error reload=reload rows=rows/>
                }/>
            </ul>
        </section>
        // Boards come after the decks are listed: shown earlier, the list arriving above them
        // would push them down the screen (a layout shift Lighthouse counts against start-up).
        {move || loaded.get().then(|| view! { <BoardsList/> })}
    }
}

/// The new list of rows: rows already on screen keep their place in the DOM and only get
/// their summary updated when it changed; new decks get new rows.
fn merge_rows(old: Option<Vec<RowState>>, summaries: Vec<DeckSummary>) -> Vec<RowState> {
    let mut old: std::collections::HashMap<String, RowState> = old
        .unwrap_or_default()
        .into_iter()
        .map(|r| (r.id.clone(), r))
        .collect();
    summaries
        .into_iter()
        .map(|s| match old.remove(&s.id) {
            Some(row) => {
                if row.summary.with_untracked(|cur| *cur != s) {
                    row.summary.set(s);
                }
                row
            }
            None => RowState::new(s),
        })
        .collect()
}

/// Renders the remaining rows a batch at a time after the first screenful is up.
fn show_the_rest(rows: RwSignal<Option<Vec<RowState>>>, shown: RwSignal<usize>) {
    let total = rows
        .try_with_untracked(|r| r.as_ref().map_or(0, Vec::len))
        .unwrap_or(0);
    if shown.try_get_untracked().unwrap_or(usize::MAX) >= total {
        return;
    }
    spawn_local(async move {
        loop {
            // Let the browser paint between batches.
            dom::yield_to_browser().await;
            // The library may have been left meanwhile: then there is nothing to render.
            let (Some(total), Some(now)) = (
                rows.try_with_untracked(|r| r.as_ref().map_or(0, Vec::len)),
                shown.try_get_untracked(),
            ) else {
                break;
            };
            if now >= total {
                break;
            }
            shown.try_set((now + ROWS_PER_BATCH).min(total));
        }
    });
}

#[component]
fn EmptyLibrary() -> impl IntoView {
    view! {
        <div class="empty">
            <h2>"Tell your career story before someone else guesses it"</h2>
            <p>
                "A career deck is a short, honest picture of who you are, where you are heading and "
                "what you need to get there. It turns \"so, where do you see yourself?\" into a "
                "conversation you lead."
            </p>
            <p>
                "Your decks stay in this browser. Nothing leaves it unless you make a share link or "
                "download a file yourself."
            </p>
            <p>"Start with a blank deck, or open the example to see what a finished one looks like."</p>
            <p>"Not sure what to write? \"Start the workshop\" walks you through short exercises, about 90 minutes in all, and puts each answer in your deck once you have seen it."</p>
        </div>
    }
}
