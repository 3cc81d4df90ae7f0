//! One deck in the library: its title, name and last edit, and what can be done with it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::ErrorAlert;
use crate::model::DeckSummary;
use crate::routes::Screen;
use crate::services::clock::local_date_time;
use crate::services::nav::{href, use_go};
use crate::services::{dom, use_library, use_toasts};

/// A row of the library: the deck's id and its summary, which changes in place.
#[derive(Clone)]
pub struct RowState {
    pub id: String,
    pub summary: RwSignal<DeckSummary>,
}

impl RowState {
    pub fn new(summary: DeckSummary) -> RowState {
        RowState {
            id: summary.id.clone(),
            summary: RwSignal::new(summary),
        }
    }
}

#[component]
pub fn DeckRow(
    row: RowState,
    /// Where the library shows a problem.
    error: RwSignal<Option<String>>,
    /// Reloads the list (after a change made here).
    reload: Callback<()>,
    /// Every row, for finding where focus goes after a delete.
    rows: RwSignal<Option<Vec<RowState>>>,
) -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let go = use_go();
    let id = row.id.clone();
    let summary = row.summary;
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(String::new());
    let rename_error = RwSignal::new(None::<String>);
    let title_id = format!("deck-title-{id}");
    let rename_input_id = format!("rename-{id}");
    let rename_button_id = format!("rename-button-{id}");
    let open_id = format!("open-{id}");

    let commit_rename = {
        let (id, rename_button_id) = (id.clone(), rename_button_id.clone());
        move || {
            let (id, rename_button_id) = (id.clone(), rename_button_id.clone());
            spawn_local(async move {
                match library.rename(&id, &draft.get_untracked()).await {
                    Ok(()) => {
                        renaming.set(false);
                        reload.run(());
                        dom::focus_after_render(rename_button_id);
                    }
                    Err(e) => rename_error.set(Some(e.to_string())),
                }
            });
        }
    };

    let duplicate = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            spawn_local(async move {
                match library.duplicate(&id).await {
                    Ok(copy) => {
                        toasts.show(format!("Made a copy: “{}”.", copy.deck.title), None);
                        reload.run(());
                    }
                    Err(e) => error.set(Some(e.to_string())),
                }
            });
        }
    };

    let delete = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            // Focus goes to the next deck's Open button, else the previous one's, else New deck.
            let focus = rows.with_untracked(|r| {
                let ids: Vec<&str> = r.iter().flatten().map(|r| r.id.as_str()).collect();
                let i = ids.iter().position(|x| *x == id);
                let next = i.and_then(|i| ids.get(i + 1));
                let prev = i.and_then(|i| i.checked_sub(1)).and_then(|i| ids.get(i));
                let mut f: Vec<String> = [next, prev]
                    .into_iter()
                    .flatten()
                    .map(|n| format!("open-{n}"))
                    .collect();
                f.push("new-deck".into());
                f
            });
            spawn_local(async move {
                match library.delete(&id).await {
                    Ok(deleted) => {
                        reload.run(());
                        dom::focus_first_after_render(focus);
                        let title = deleted.title.clone().unwrap_or_else(|| "the deck".into());
                        let undo = Callback::new(move |_| {
                            let deleted = deleted.clone();
                            spawn_local(async move {
                                match library.undelete(&deleted).await {
                                    Ok(()) => reload.run(()),
                                    Err(e) => error.set(Some(e.to_string())),
                                }
                            });
                        });
                        toasts.show(format!("Deleted “{title}”."), Some(("Undo", undo)));
                    }
                    Err(e) => error.set(Some(e.to_string())),
                }
            });
        }
    };

    let open = {
        let id = id.clone();
        move |_| go(Screen::Editor(id.clone()))
    };
    let start_rename = {
        let rename_input_id = rename_input_id.clone();
        move |_| {
            draft.set(summary.with_untracked(|s| s.title.clone()));
            rename_error.set(None);
            renaming.set(true);
            dom::focus_after_render(rename_input_id.clone());
        }
    };
    let cancel_rename = {
        let rename_button_id = rename_button_id.clone();
        move || {
            renaming.set(false);
            dom::focus_after_render(rename_button_id.clone());
        }
    };

    // A memo, so that setting `renaming` to what it already is rebuilds nothing.
    let renaming_now = Memo::new(move |_| renaming.get());
    let deck_info = {
        let title_id = title_id.clone();
        move || {
            let s = summary.get();
            let owner = s.owner.clone().filter(|o| !o.trim().is_empty());
            view! {
                <div class="deck-info">
                    <h2 class="deck-title" id=title_id.clone() dir="auto">{s.title.clone()}</h2>
                    <p class="deck-meta">
                        {owner.map(|o| view! { <span class="owner" dir="auto">{o}</span> " · " })}
                        <span>"Edited " {local_date_time(&s.updated_at)}</span>
                    </p>
                </div>
            }
            .into_any()
        }
    };
    let rename_form = {
        let rename_input_id = rename_input_id.clone();
        move || {
            let commit_rename = commit_rename.clone();
            let cancel = cancel_rename.clone();
            let cancel2 = cancel_rename.clone();
            view! {
                <form class="rename" on:submit=move |ev| {
                    ev.prevent_default();
                    commit_rename();
                }>
                    <label for=rename_input_id.clone()>"Deck title"</label>
                    <input
                        id=rename_input_id.clone()
                        type="text"
                        dir="auto"
                        prop:value=move || draft.get()
                        on:input:target=move |ev| draft.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Escape" { cancel() }
                    />
                    <button type="submit" class="primary">"Save title"</button>
                    <button type="button" on:click=move |_| cancel2()>"Cancel"</button>
                    <ErrorAlert message=rename_error/>
                </form>
            }
            .into_any()
        }
    };

    view! {
        <li class="deck-row" aria-labelledby=title_id>
            {move || if renaming_now.get() { rename_form() } else { deck_info() }}
            <div class="row-actions">
                <button class="primary" id=open_id on:click=open>"Open"</button>
                <button id=rename_button_id on:click=start_rename>"Rename"</button>
                <a class="button" href=href(&Screen::Workshop(id.clone()))>"Workshop"</a>
                <button on:click=duplicate>"Duplicate"</button>
                <button class="danger" on:click=delete>"Delete"</button>
            </div>
        </li>
    }
}
