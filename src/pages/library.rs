//! The library: every deck in this browser, newest first, with new / open / rename /
//! duplicate / delete (with undo).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ErrorAlert, PageTitle};
use crate::model::{example_deck, new_deck_id, Deck, DeckSummary};
use crate::routes::Screen;
use crate::services::clock::{local_date_time, now_rfc3339};
use crate::services::nav::use_go;
use crate::services::{dom, use_decks, use_toasts};
use crate::storage::sync::Change;
use crate::storage::StorageError;

#[component]
pub fn LibraryPage() -> impl IntoView {
    let decks = use_decks();
    let toasts = use_toasts();
    let go = use_go();
    let list = RwSignal::new(None::<Vec<DeckSummary>>);
    let error = RwSignal::new(None::<String>);
    decks.ensure_open();

    let reload = Callback::new(move |()| {
        let Some(store) = decks.store() else { return };
        spawn_local(async move {
            match store.list().await {
                Ok(summaries) => list.set(Some(summaries)),
                Err(e) => {
                    decks.report(&e);
                    error.set(Some(e.to_string()));
                    list.set(Some(Vec::new()));
                }
            }
            dom::set_ready_after_render();
        });
    });
    Effect::new(move |_| {
        decks.library_changed.track();
        if decks.opened.get() {
            reload.run(());
        }
    });

    let create = {
        move |from_example: bool| {
            let Some(store) = decks.store() else { return };
            let go = go.clone();
            spawn_local(async move {
                let now = now_rfc3339();
                let Ok(id) = new_deck_id() else {
                    error.set(Some(
                        "This browser has no secure random source, so a new deck can't be made."
                            .into(),
                    ));
                    return;
                };
                let deck = if from_example {
                    example_deck(id, now.clone())
                } else {
                    Deck::blank(id, "Untitled deck".into(), now.clone())
                };
                match store.create(deck, &now).await {
                    Ok(record) => {
                        decks.announce(Change::LibraryChanged);
                        go(Screen::Editor(record.deck.id));
                    }
                    Err(e) => {
                        decks.report(&e);
                        error.set(Some(e.to_string()));
                    }
                }
            });
        }
    };
    let create_blank = {
        let create = create.clone();
        move |_| create(false)
    };
    let create_example = move |_| create(true);

    let actions = RowActions {
        reload,
        error,
        toasts,
        decks,
    };

    view! {
        <PageTitle title="Your decks"/>
        <section class="library" aria-labelledby="library-heading">
            <div class="page-head">
                <h1 id="library-heading">"Your decks"</h1>
                <div class="actions">
                    <button class="primary" on:click=create_blank>"New deck"</button>
                    <button on:click=create_example>"Start from example"</button>
                </div>
            </div>
            <ErrorAlert message=error/>
            {move || match list.get() {
                None => view! { <p class="muted" role="status">"Opening your library…"</p> }.into_any(),
                Some(items) if items.is_empty() => view! { <EmptyLibrary/> }.into_any(),
                Some(items) => view! {
                    <p class="muted count">{deck_count(items.len())}</p>
                    <ul class="deck-list" aria-label="Decks">
                        <For
                            each=move || items.clone()
                            key=|s| (s.id.clone(), s.revision, s.title.clone())
                            children=move |summary| view! { <DeckRow summary=summary actions=actions/> }
                        />
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}

fn deck_count(n: usize) -> String {
    match n {
        1 => "1 deck, kept only in this browser.".into(),
        n => format!("{n} decks, kept only in this browser."),
    }
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
        </div>
    }
}

/// What a row's buttons need from the page.
#[derive(Clone, Copy)]
struct RowActions {
    reload: Callback<()>,
    error: RwSignal<Option<String>>,
    toasts: crate::services::Toasts,
    decks: crate::services::Decks,
}

#[component]
fn DeckRow(summary: DeckSummary, actions: RowActions) -> impl IntoView {
    let RowActions {
        reload,
        error,
        toasts,
        decks,
    } = actions;
    let renaming = RwSignal::new(false);
    let draft = RwSignal::new(summary.title.clone());
    let rename_error = RwSignal::new(None::<String>);
    let id = summary.id.clone();
    let title_id = format!("deck-title-{}", summary.id);
    let rename_input_id = format!("rename-{}", summary.id);

    let report = move |e: StorageError| {
        decks.report(&e);
        error.set(Some(e.to_string()));
    };

    let commit_rename = {
        let id = id.clone();
        move || {
            let title = draft.get_untracked().trim().to_owned();
            if title.is_empty() {
                rename_error.set(Some("A deck needs a title.".into()));
                return;
            }
            if title.chars().count() > crate::model::limits::MAX_TITLE_CHARS {
                rename_error.set(Some("Titles can be at most 200 characters.".into()));
                return;
            }
            let Some(store) = decks.store() else { return };
            let id = id.clone();
            spawn_local(async move {
                let result = async {
                    let record = store.load(&id).await?;
                    let mut deck = record.deck;
                    deck.title = title;
                    deck.updated_at = now_rfc3339();
                    store.save(&deck, record.revision).await
                }
                .await;
                match result {
                    Ok(revision) => {
                        renaming.set(false);
                        decks.announce(Change::Saved {
                            deck_id: id,
                            revision,
                        });
                        reload.run(());
                    }
                    Err(e) => report(e),
                }
            });
        }
    };

    let duplicate = {
        let id = id.clone();
        move |_| {
            let Some(store) = decks.store() else { return };
            let id = id.clone();
            spawn_local(async move {
                let Ok(new_id) = new_deck_id() else { return };
                match store.duplicate(&id, new_id, &now_rfc3339()).await {
                    Ok(copy) => {
                        decks.announce(Change::LibraryChanged);
                        toasts.show(format!("Made a copy: “{}”.", copy.deck.title), None);
                        reload.run(());
                    }
                    Err(e) => report(e),
                }
            });
        }
    };

    let delete = {
        let id = id.clone();
        move |_| {
            let Some(store) = decks.store() else { return };
            let id = id.clone();
            spawn_local(async move {
                match store.delete(&id).await {
                    Ok(record) => {
                        decks.announce(Change::LibraryChanged);
                        reload.run(());
                        let title = record.deck.title.clone();
                        let undo = Callback::new(move |_| {
                            let Some(store) = decks.store() else { return };
                            let record = record.clone();
                            spawn_local(async move {
                                match store.restore(&record).await {
                                    Ok(()) => {
                                        decks.announce(Change::LibraryChanged);
                                        reload.run(());
                                    }
                                    Err(e) => report(e),
                                }
                            });
                        });
                        toasts.show(format!("Deleted “{title}”."), Some(("Undo", undo)));
                    }
                    Err(e) => report(e),
                }
            });
        }
    };

    let go = use_go();
    let open = {
        let id = id.clone();
        move |_| go(Screen::Editor(id.clone()))
    };
    let owner = summary.owner.clone().filter(|o| !o.trim().is_empty());
    let edited = local_date_time(&summary.updated_at);
    let start_rename = {
        let rename_input_id = rename_input_id.clone();
        let title = summary.title.clone();
        move |_| {
            draft.set(title.clone());
            rename_error.set(None);
            renaming.set(true);
            let rename_input_id = rename_input_id.clone();
            dom::focus_after_render(rename_input_id);
        }
    };

    // A memo, so that setting `renaming` to what it already is rebuilds nothing.
    let renaming_now = Memo::new(move |_| renaming.get());
    let deck_info = {
        let title = summary.title.clone();
        let title_id = title_id.clone();
        move || {
            view! {
                <div class="deck-info">
                    <h2 class="deck-title" id=title_id.clone()>{title.clone()}</h2>
                    <p class="deck-meta">
                        {owner.clone().map(|o| view! { <span class="owner">{o}</span> " · " })}
                        <span>"Edited " {edited.clone()}</span>
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
            view! {
                <form class="rename" on:submit=move |ev| {
                    ev.prevent_default();
                    commit_rename();
                }>
                    <label for=rename_input_id.clone()>"Deck title"</label>
                    <input
                        id=rename_input_id.clone()
                        type="text"
                        prop:value=move || draft.get()
                        on:input:target=move |ev| draft.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Escape" { renaming.set(false) }
                    />
                    <button type="submit" class="primary">"Save title"</button>
                    <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                    <ErrorAlert message=rename_error/>
                </form>
            }
            .into_any()
        }
    };

    view! {
        <li class="deck-row" aria-labelledby=title_id.clone()>
            {move || if renaming_now.get() { rename_form() } else { deck_info() }}
            <div class="row-actions">
                <button class="primary" on:click=open>"Open"</button>
                <button on:click=start_rename.clone()>"Rename"</button>
                <button on:click=duplicate>"Duplicate"</button>
                <button class="danger" on:click=delete>"Delete"</button>
            </div>
        </li>
    }
}
