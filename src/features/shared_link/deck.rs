//! A deck someone shared: read-only, marked as shared and not saved, with its last-updated
//! date. The reader can keep a copy (in "Shared with me", apart from their own decks), or —
//! when they kept this deck before — see what changed and update their copy, keeping the
//! older version. Present and Print work straight from the link.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{DeckView, ErrorAlert, PageTitle, SlideShow};
use crate::manager::{KeptDeck, Receipt};
use crate::model::{diff_decks, Deck};
use crate::routes::Screen;
use crate::services::clock::local_date;
use crate::services::nav::href;
use crate::services::{dom, use_library};
use crate::storage::settings;

/// Where the reader stands with this deck.
#[derive(Clone, PartialEq)]
enum Kept {
    /// Not known yet (storage is only looked at when this browser already has some).
    Unknown,
    No,
    /// Kept before: the copy as it is.
    Before(Box<KeptDeck>),
    /// Kept (or updated) just now.
    Now,
}

#[component]
pub fn OpenedDeck(deck: Deck) -> impl IntoView {
    let library = use_library();
    let kept = RwSignal::new(Kept::Unknown);
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let presenting = RwSignal::new(false);
    let to_keep = StoredValue::new(deck.clone());
    let id = deck.id.clone();
    // Opening the database would create it: only a browser that already keeps something
    // is asked whether it has this deck.
    if settings::has_library() {
        let id = id.clone();
        spawn_local(async move {
            kept.set(match library.kept(&id).await {
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
        spawn_local(async move {
            match library.keep_copy(to_keep.get_value(), even_if_older).await {
                Ok(Receipt::Older { .. }) => error.set(Some(
                    "Your copy is newer than this link. Nothing was changed.".into(),
                )),
                Ok(_) => {
                    kept.set(Kept::Now);
                    dom::focus_after_render("prepare-link".into());
                }
                Err(e) => error.set(Some(e.to_string())),
            }
            working.set(false);
        });
    };
    let updated = local_date(&deck.updated_at);
    let note = format!("Last updated {updated}");
    let title = deck.title.clone();
    let show = deck.clone();
    let slides = deck.clone();
    view! {
        <PageTitle title=format!("Shared with you: {title}")/>
        {move || presenting.get().then(|| {
            let deck = slides.clone();
            view! { <SlideShow deck=deck on_exit=Callback::new(move |()| {
                presenting.set(false);
                dom::focus_after_render("present-link".into());
            })/> }
        })}
        <div class="banner shared-banner no-print">
            {move || match kept.get() {
                Kept::Now => view! {
                    <p role="status">
                        <strong>"Kept in Shared with me. "</strong>
                        "Your copy and anything you write about it stay on this device only."
                    </p>
                    <p><a id="prepare-link" class="button primary" href=href(&Screen::Prepare(to_keep.with_value(|d| d.id.clone())))>
                        "Prepare the conversation"</a></p>
                }.into_any(),
                Kept::Before(k) => {
                    let changes = diff_decks(&k.deck, &to_keep.get_value()).describe_all();
                    let since = local_date(&k.received_at);
                    let same = changes.is_empty();
                    view! {
                        <p>
                            <strong>"Shared with you. "</strong>
                            {format!("You have a copy from {since}.")}
                            {if same { " This link holds the same deck." } else { " This link is a different version:" }}
                        </p>
                        {(!same).then(|| view! {
                            <ul class="changes">{changes.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}</ul>
                            <button type="button" class="primary" disabled=move || working.get()
                                on:click=move |_| keep(true)>"Update my copy"</button>
                            <p class="muted">"Your copy's earlier version is kept, so you can look back."</p>
                        })}
                        <p><a class="button" href=href(&Screen::Prepare(k.id.clone()))>"Prepare the conversation"</a></p>
                    }.into_any()
                }
                _ => view! {
                    <p>
                        <strong>"Shared with you. "</strong>
                        "You are reading a copy carried in the link. It is not saved on this device unless you keep a copy."
                    </p>
                    <button type="button" class="primary" disabled=move || working.get() on:click=move |_| keep(false)>
                        "Keep a copy"
                    </button>
                }.into_any(),
            }}
            <div class="actions">
                <button type="button" id="present-link" on:click=move |_| presenting.set(true)>"Present"</button>
                <button type="button" on:click=|_| dom::print()>"Print or save as PDF"</button>
            </div>
            <ErrorAlert message=error/>
        </div>
        <DeckView deck=show note=note/>
    }
}
