//! "Shared with me": the decks other people shared and I kept, grouped by person, apart from
//! my own decks. Each shows when it was last updated and received, which sections it holds,
//! my open commitments and the last conversation; from here I prepare, present, look back or
//! delete (with everything attached).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ErrorAlert, PageTitle};
use crate::manager::{group_by_person, KeptDeck, ManagerNotes};
use crate::model::{count, date_label, Section};
use crate::routes::Screen;
use crate::services::clock::local_date;
use crate::services::nav::href;
use crate::services::{dom, use_library, use_toasts};

#[component]
pub fn SharedWithMePage() -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let kept = RwSignal::new(None::<Vec<KeptDeck>>);
    let notes = RwSignal::new(Vec::<ManagerNotes>::new());
    let error = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(None::<String>);
    let reload = move || {
        spawn_local(async move {
            match (
                library.kept_decks().await,
                library.all_manager_notes().await,
            ) {
                (Ok(k), Ok(n)) => {
                    kept.set(Some(k));
                    notes.set(n);
                }
                (Err(e), _) | (_, Err(e)) => {
                    error.set(Some(e.to_string()));
                    kept.set(Some(Vec::new()));
                }
            }
            dom::set_ready_after_render();
        });
    };
    Effect::new(move |_| {
        library.library_changed.track();
        reload();
    });
    let delete = move |id: String, person: String| {
        spawn_local(async move {
            match library.delete_kept(&id).await {
                Ok(()) => {
                    confirm.set(None);
                    toasts.show(
                        format!("Deleted {person}'s deck and your notes on it."),
                        None,
                    );
                    dom::focus_after_render("shared-heading".into());
                }
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <PageTitle title="Shared with me"/>
        <section class="shared-with-me" aria-labelledby="shared-heading">
            <div class="page-head">
                <h1 id="shared-heading" tabindex="-1">"Shared with me"</h1>
                <div class="actions">
                    <a class="button" href=href(&Screen::Commitments)>"My commitments"</a>
                    <a class="button ghost" href=href(&Screen::ManagerGuide)>"Guide for managers"</a>
                </div>
            </div>
            <p class="lede">
                "Decks people shared with you and you chose to keep. They stay on this device only, "
                "apart from your own decks, with your private notes. Nobody else — not the person, not "
                "your employer — can see them here."
            </p>
            <ErrorAlert message=error/>
            {move || match kept.get() {
                None => view! { <p class="muted" role="status">"Opening…"</p> }.into_any(),
                Some(list) if list.is_empty() => view! {
                    <p class="empty">"Nothing yet. When someone sends you a link to their deck, open it and choose “Keep a copy”."</p>
                }.into_any(),
                Some(list) => {
                    let all_notes = notes.get();
                    let today = crate::services::clock::today();
                    group_by_person(&list).into_iter().enumerate().map(|(gi, group)| {
                        let person = group.person.to_owned();
                        view! {
                            <section class="person" aria-labelledby=format!("person-{gi}")>
                                <h2 id=format!("person-{gi}") dir="auto">{person.clone()}</h2>
                                <ul class="deck-list">
                                    {group.decks.into_iter().map(|k| {
                                        let n = all_notes.iter().find(|n| n.deck_id == k.id);
                                        let open = n.map_or(0, |n| n.commitments.iter().filter(|c| !c.done).count());
                                        let overdue = n.map_or(0, |n| n.commitments.iter().filter(|c| c.is_overdue(&today)).count());
                                        let last = n.and_then(|n| n.last_conversation().map(date_label));
                                        let sections: Vec<&str> = Section::ALL.into_iter()
                                            .filter(|s| *s != Section::SpeakerNotes && k.deck.has_section(*s))
                                            .map(Section::label).collect();
                                        let (id, who) = (k.id.clone(), person.clone());
                                        let asking = { let id = id.clone(); move || confirm.get().as_deref() == Some(id.as_str()) };
                                        view! {
                                            <li class="deck-row">
                                                <div class="deck-info">
                                                    <h3 class="deck-title" dir="auto">{k.deck.title.clone()}</h3>
                                                    <p class="deck-meta">
                                                        {format!("Last updated {} · received {}", local_date(&k.deck.updated_at), local_date(&k.received_at))}
                                                    </p>
                                                    <p class="deck-meta">{format!("Holds: {}", sections.join(", "))}</p>
                                                    <p class="deck-meta">
                                                        {if open == 0 { "No open commitments".to_owned() } else { format!("{} open", count(open, "commitment", "commitments")) }}
                                                        {(overdue > 0).then(|| view! { <strong class="overdue">{format!(" · {overdue} overdue")}</strong> })}
                                                        {format!(" · {}", last.map_or_else(|| "no conversation logged yet".to_owned(), |d| format!("last conversation {d}")))}
                                                    </p>
                                                </div>
                                                <div class="row-actions">
                                                    <a class="button primary" href=href(&Screen::Prepare(id.clone()))>"Prepare"</a>
                                                    <a class="button" href=href(&Screen::PresentKept(id.clone()))>"Present"</a>
                                                    <a class="button" href=href(&Screen::Kept(id.clone()))>"History"</a>
                                                    {
                                                        let (id2, id3) = (id.clone(), id.clone());
                                                        move || if asking() {
                                                            let (id, who) = (id2.clone(), who.clone());
                                                            view! {
                                                                <span role="alert" class="confirm">"Delete this deck and all your notes on it?"</span>
                                                                <button class="danger" id=format!("confirm-{id}") on:click=move |_| delete(id.clone(), who.clone())>"Delete"</button>
                                                                <button on:click=move |_| confirm.set(None)>"Cancel"</button>
                                                            }.into_any()
                                                        } else {
                                                            let id = id3.clone();
                                                            view! {
                                                                <button class="danger" on:click=move |_| {
                                                                    confirm.set(Some(id.clone()));
                                                                    dom::focus_after_render(format!("confirm-{id}"));
                                                                }>"Delete"</button>
                                                            }.into_any()
                                                        }
                                                    }
                                                </div>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            </section>
                        }
                    }).collect_view().into_any()
                }
            }}
        </section>
    }
}
