//! The library's opportunity boards: new (blank or from the example), the boards I write
//! (open, share, delete with undo) and the boards shared with me that I kept. Nothing is
//! listed, and no list drawn, while there is nothing to list.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::board::{BoardRecord, KeptBoard};
use crate::components::ErrorAlert;
use crate::model::count;
use crate::routes::Screen;
use crate::services::clock::{local_date, local_date_time};
use crate::services::nav::{href, use_go};
use crate::services::{dom, use_library, use_toasts};

#[component]
pub fn BoardsList() -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let go = use_go();
    let mine = RwSignal::new(Vec::<BoardRecord>::new());
    let kept = RwSignal::new(Vec::<KeptBoard>::new());
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        library.library_changed.track();
        spawn_local(async move {
            match library.boards().await {
                Ok(list) => {
                    mine.try_set(list);
                }
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                }
            }
            if let Ok(list) = library.kept_boards().await {
                kept.try_set(list);
            }
        });
    });
    let create = move |from_example: bool| {
        let go = go.clone();
        spawn_local(async move {
            match library.create_board(from_example).await {
                Ok(record) => go(Screen::Board(record.board.id)),
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                }
            }
        });
    };
    let create_blank = {
        let create = create.clone();
        move |_| create(false)
    };
    let create_example = move |_| create(true);
    let delete = move |id: String| {
        spawn_local(async move {
            match library.delete_board(&id).await {
                Ok(deleted) => {
                    let title = deleted.title.clone().unwrap_or_default();
                    dom::focus_after_render("new-board".into());
                    let undo = Callback::new(move |()| {
                        let deleted = deleted.clone();
                        spawn_local(async move {
                            if let Err(e) = library.undelete_board(&deleted).await {
                                error.try_set(Some(e.to_string()));
                            }
                        });
                    });
                    toasts.show(
                        format!("Deleted the board “{title}”."),
                        Some(("Undo", undo)),
                    );
                }
                Err(e) => {
                    error.try_set(Some(e.to_string()));
                }
            }
        });
    };

    view! {
        <section class="boards-list" aria-labelledby="boards-heading">
            <div class="page-head">
                <h2 id="boards-heading">"Opportunity boards"</h2>
                <div class="actions">
                    <button type="button" id="new-board" on:click=create_blank>"New opportunity board"</button>
                    <button type="button" on:click=create_example>"Example board"</button>
                </div>
            </div>
            <p class="muted">
                "For leaders: list what your team can offer — roles, projects, rotations, mentoring, "
                "learning — and share it by link. Whoever opens it sees first what would grow their own "
                "deck, worked out on their device."
            </p>
            <ErrorAlert message=error/>
            {move || (!mine.with(Vec::is_empty)).then(|| view! {
                <h3 class="list-heading">"Your boards"</h3>
                <ul class="deck-list board-rows" aria-label="Your boards">
                    {mine.get().into_iter().map(|r| {
                        let id = r.board.id.clone();
                        let n = r.board.opportunities.len();
                        let title = if r.board.title.trim().is_empty() { "Untitled board".to_owned() } else { r.board.title.clone() };
                        let delete_label = format!("Delete the board “{title}”");
                        let share_label = format!("Share the board “{title}”");
                        let for_delete = id.clone();
                        view! {
                            <li class="deck-row board-row">
                                <div class="deck-info">
                                    <h3 class="deck-title"><a href=href(&Screen::Board(id.clone())) dir="auto">{title}</a></h3>
                                    <p class="deck-meta">{format!("{} · edited {}", count(n, "opportunity", "opportunities"), local_date_time(&r.board.updated_at))}</p>
                                </div>
                                <div class="row-actions">
                                    <a class="button" href=href(&Screen::ShareBoard(id.clone())) aria-label=share_label>"Share"</a>
                                    <button type="button" class="danger" aria-label=delete_label
                                        on:click=move |_| delete(for_delete.clone())>"Delete"</button>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
            {move || (!kept.with(Vec::is_empty)).then(|| view! {
                <h3 class="list-heading">"Boards shared with me"</h3>
                <ul class="deck-list board-rows" aria-label="Boards shared with me">
                    {kept.get().into_iter().map(|k| {
                        let from = k.board.from.clone().filter(|f| !f.trim().is_empty());
                        let n = k.board.opportunities.len();
                        view! {
                            <li class="deck-row board-row">
                                <div class="deck-info">
                                    <h3 class="deck-title"><a href=href(&Screen::KeptBoard(k.id.clone())) dir="auto">{k.board.title.clone()}</a></h3>
                                    <p class="deck-meta">
                                        {from.map(|f| view! { <span dir="auto">{f}</span> " · " })}
                                        {format!("{} · kept {}", count(n, "opportunity", "opportunities"), local_date(&k.received_at))}
                                    </p>
                                </div>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </section>
    }
}
