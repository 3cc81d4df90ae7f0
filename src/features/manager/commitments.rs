//! "My commitments": every open promise I made, across all the people who shared a deck with
//! me, overdue first, then by date. Ticking one done saves it at once.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ErrorAlert, PageTitle};
use crate::manager::{my_commitments, Commitment, KeptDeck, ManagerNotes};
use crate::routes::Screen;
use crate::services::clock::today;
use crate::services::nav::href;
use crate::services::{dom, use_library};

#[component]
pub fn CommitmentsPage() -> impl IntoView {
    let library = use_library();
    let data = RwSignal::new(None::<(Vec<KeptDeck>, Vec<ManagerNotes>)>);
    let error = RwSignal::new(None::<String>);
    let reload = move || {
        spawn_local(async move {
            match (
                library.kept_decks().await,
                library.all_manager_notes().await,
            ) {
                (Ok(k), Ok(n)) => data.set(Some((k, n))),
                (Err(e), _) | (_, Err(e)) => error.set(Some(e.to_string())),
            }
            dom::set_ready_after_render();
        });
    };
    reload();
    let tick = move |deck_id: String, id: String, done: bool| {
        spawn_local(async move {
            let Some(mut notes) = data.with_untracked(|d| {
                d.as_ref()
                    .and_then(|(_, n)| n.iter().find(|n| n.deck_id == deck_id).cloned())
            }) else {
                return;
            };
            notes.set_done(&id, done);
            match library.save_manager_notes(&notes).await {
                Ok(()) => reload(),
                Err(e) => error.set(Some(e.to_string())),
            }
        });
    };
    view! {
        <PageTitle title="My commitments"/>
        <section class="my-commitments" aria-labelledby="commitments-heading">
            <a class="button ghost" href=href(&Screen::SharedWithMe)>"← Shared with me"</a>
            <h1 id="commitments-heading">"My commitments"</h1>
            <p class="lede">"What you said you would do for the people who shared their decks with you. Overdue first."</p>
            <ErrorAlert message=error/>
            {move || data.get().map(|(kept, notes)| {
                let all: Vec<(String, Commitment)> = notes.iter().flat_map(|n| {
                    let person = kept.iter().find(|k| k.id == n.deck_id).map_or_else(|| "Someone".to_owned(), |k| k.person.clone());
                    n.commitments.iter().map(move |c| (person.clone(), c.clone()))
                }).collect();
                let today = today();
                let open = my_commitments(&all, &today);
                if open.is_empty() {
                    return view! { <p class="empty">"No open commitments."</p> }.into_any();
                }
                view! {
                    <ul class="commitment-list">
                        {open.into_iter().map(|p| {
                            let c = p.commitment.clone();
                            let box_id = format!("done-{}-{}", c.deck_id, c.id);
                            let (deck_id, id) = (c.deck_id.clone(), c.id.clone());
                            view! {
                                <li class:overdue=p.overdue>
                                    <label class="check" for=box_id.clone()>
                                        <input type="checkbox" id=box_id.clone() on:change:target=move |ev| tick(deck_id.clone(), id.clone(), ev.target().checked())/>
                                        <span><strong dir="auto">{p.person.to_owned()}</strong>": " <span dir="auto">{c.describe()}</span></span>
                                    </label>
                                    {p.overdue.then(|| view! { <strong class="overdue">" Overdue"</strong> })}
                                    " " <a href=href(&Screen::Prepare(c.deck_id.clone()))>"Prepare"</a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            })}
        </section>
    }
}
