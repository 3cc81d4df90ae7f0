//! One kept deck, read-only — it is someone else's story: no editor, no re-sharing as mine.
//! It can be presented, printed, compared with the versions kept before, its notes exported
//! on purpose, and deleted with everything attached.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::loaded::{KeptScreen, Loaded};
use crate::components::{DeckView, ErrorAlert, PageTitle, SlideShow};
use crate::manager::notes_to_text;
use crate::model::diff_decks;
use crate::routes::Screen;
use crate::services::clock::local_date;
use crate::services::nav::{href, use_go};
use crate::services::{dom, use_library, use_toasts};

#[component]
pub fn KeptPage(id: String) -> impl IntoView {
    view! { <KeptScreen id=id page=|l| view! { <KeptDeckView loaded=l/> }.into_any()/> }
}

#[component]
pub fn PresentKeptPage(id: String) -> impl IntoView {
    view! { <KeptScreen id=id page=|l| view! { <PresentKept loaded=l/> }.into_any()/> }
}

#[component]
fn PresentKept(loaded: Loaded) -> impl IntoView {
    let go = use_go();
    let id = loaded.kept.id.clone();
    let title = loaded.kept.deck.title.clone();
    view! {
        <PageTitle title=format!("Presenting: {title}")/>
        <h1 class="visually-hidden">{format!("Presenting “{title}”")}</h1>
        <SlideShow deck=loaded.kept.deck notes=true
            on_exit=Callback::new(move |()| {
                crate::services::dom::focus_when_ready("present-kept");
                go(Screen::Kept(id.clone()))
            })/>
    }
}

#[component]
fn KeptDeckView(loaded: Loaded) -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let go = use_go();
    let Loaded { kept, notes } = loaded;
    let id = kept.id.clone();
    let person = kept.person.clone();
    let error = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let shown_version = RwSignal::new(None::<usize>);
    let export = {
        let (kept, notes) = (kept.clone(), notes.clone());
        move |_| {
            let text = notes_to_text(&kept, &notes);
            let name = format!(
                "notes-{}.md",
                kept.person.replace(|c: char| !c.is_alphanumeric(), "-")
            );
            if !dom::download(&name, "text/markdown", &text) {
                error.set(Some("The browser didn't allow the download.".into()));
            }
        }
    };
    let delete = {
        let (id, person) = (id.clone(), person.clone());
        move |_| {
            let (id, person) = (id.clone(), person.clone());
            let go = go.clone();
            spawn_local(async move {
                match library.delete_kept(&id).await {
                    Ok(()) => {
                        toasts.show(
                            format!("Deleted {person}'s deck and your notes on it."),
                            None,
                        );
                        go(Screen::SharedWithMe);
                    }
                    Err(e) => error.set(Some(e.to_string())),
                }
            });
        }
    };
    // Newest first: what each version changed compared with the one before it.
    let mut versions: Vec<(String, Vec<String>)> = Vec::new();
    let mut newer = &kept.deck;
    let mut newer_at = kept.received_at.clone();
    for v in kept.versions.iter().rev() {
        versions.push((newer_at.clone(), diff_decks(&v.deck, newer).describe_all()));
        newer = &v.deck;
        newer_at = v.received_at.clone();
    }
    versions.push((newer_at, Vec::new()));
    let old_decks = StoredValue::new(
        std::iter::once(kept.deck.clone())
            .chain(kept.versions.iter().rev().map(|v| v.deck.clone()))
            .collect::<Vec<_>>(),
    );
    let note = format!(
        "Shared with you by {person} · last updated {} · received {}",
        local_date(&kept.deck.updated_at),
        local_date(&kept.received_at)
    );
    view! {
        <PageTitle title=format!("{person}: {}", kept.deck.title)/>
        <div class="kept-actions no-print" role="toolbar" aria-label="This deck">
            <a class="button ghost" href=href(&Screen::SharedWithMe)>"← Shared with me"</a>
            <a class="button primary" href=href(&Screen::Prepare(id.clone()))>"Prepare the conversation"</a>
            <a class="button" id="present-kept" href=href(&Screen::PresentKept(id.clone()))>"Present"</a>
            <button type="button" on:click=|_| dom::print()>"Print or save as PDF"</button>
            <button type="button" on:click=export>"Export my notes"</button>
            {move || if confirming.get() {
                let delete = delete.clone();
                view! {
                    <span role="alert" class="confirm">"Delete this deck, its versions and all your notes on it?"</span>
                    <button class="danger" id="confirm-delete" on:click=delete>"Delete"</button>
                    <button on:click=move |_| confirming.set(false)>"Cancel"</button>
                }.into_any()
            } else {
                view! { <button class="danger" on:click=move |_| {
                    confirming.set(true);
                    dom::focus_after_render("confirm-delete".into());
                }>"Delete"</button> }.into_any()
            }}
        </div>
        <ErrorAlert message=error/>
        <DeckView deck=kept.deck.clone() note=note/>
        <section class="versions no-print" aria-labelledby="versions-heading">
            <h2 id="versions-heading">"How the story moved"</h2>
            <p class="muted">"Each version you kept, newest first, with what changed from the one before."</p>
            <ol class="version-list">
                {versions.into_iter().enumerate().map(|(i, (at, changes))| view! {
                    <li>
                        <strong>{format!("Received {}", local_date(&at))}</strong>
                        {if i + 1 == old_decks.with_value(Vec::len) {
                            view! { <p class="muted">"The first version you kept."</p> }.into_any()
                        } else if changes.is_empty() {
                            view! { <p class="muted">"No changes you would see."</p> }.into_any()
                        } else {
                            view! { <ul>{changes.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}</ul> }.into_any()
                        }}
                        {(i > 0).then(|| view! {
                            <button type="button" aria-expanded=move || (shown_version.get() == Some(i)).to_string()
                                on:click=move |_| shown_version.update(|v| *v = if *v == Some(i) { None } else { Some(i) })>
                                "Read this version"
                            </button>
                        })}
                        {move || (shown_version.get() == Some(i)).then(|| {
                            old_decks.with_value(|d| d.get(i).cloned()).map(|d| view! { <div class="old-version"><DeckView deck=d/></div> })
                        })}
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}
