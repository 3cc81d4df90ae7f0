//! The recipient's view of a share link: read-only, clearly marked as shared and not saved,
//! with "Keep a copy" to save it into their own library. Nothing touches their storage (not
//! even opening the database) until they choose to keep it.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{DeckView, ErrorAlert, PageTitle};
use crate::model::{new_deck_id, Deck};
use crate::routes::Screen;
use crate::services::clock::now_rfc3339;
use crate::services::clock::{mark, measure_since};
use crate::services::nav::href;
use crate::services::{dom, use_decks};
use crate::share::{derive_key, read_fragment, Envelope, ShareError};
use crate::storage::sync::Change;

#[component]
pub fn SharedDeckPage(
    /// The URL fragment holding the link (without `#`).
    fragment: String,
) -> impl IntoView {
    let opened = RwSignal::new(None::<Result<Deck, ShareError>>);
    let envelope = match read_fragment(&fragment) {
        Some(Ok(envelope)) => Some(envelope),
        Some(Err(e)) => {
            opened.set(Some(Err(e)));
            None
        }
        None => None,
    };
    let locked = envelope.as_ref().is_some_and(Envelope::needs_passphrase);
    if let Some(env) = envelope.as_ref().filter(|e| !e.needs_passphrase()) {
        opened.set(Some(env.open(None)));
    }
    dom::set_ready_after_render();
    let envelope = StoredValue::new(envelope);

    view! {
        <PageTitle title="Shared with you"/>
        <section class="shared">
            {move || match opened.get() {
                Some(Ok(deck)) => view! { <OpenedDeck deck=deck/> }.into_any(),
                Some(Err(ShareError::WrongPassphrase)) | None if locked => {
                    view! { <PassphrasePrompt envelope=envelope opened=opened/> }.into_any()
                }
                Some(Err(e)) => view! { <LinkProblem error=e/> }.into_any(),
                None => view! { <LinkProblem error=ShareError::Damaged/> }.into_any(),
            }}
        </section>
    }
}

#[component]
fn LinkProblem(error: ShareError) -> impl IntoView {
    let message = Signal::derive(move || Some(error.to_string()));
    view! {
        <h1>"This share link can't be opened"</h1>
        <ErrorAlert message=message/>
        <p>"Nothing from the link has been shown or saved."</p>
        <p><a class="button" href=href(&Screen::Library)>"Go to Career Deck"</a></p>
    }
}

#[component]
fn PassphrasePrompt(
    envelope: StoredValue<Option<Envelope>>,
    opened: RwSignal<Option<Result<Deck, ShareError>>>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let wrong = Memo::new(move |_| matches!(opened.get(), Some(Err(ShareError::WrongPassphrase))));
    let error =
        Signal::derive(move || wrong.get().then(|| ShareError::WrongPassphrase.to_string()));
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pass = passphrase.get_untracked();
        if pass.is_empty() || working.get_untracked() {
            return;
        }
        working.set(true);
        // Let "Unlocking…" paint before the deliberately slow key derivation.
        set_timeout(
            move || {
                // Key derivation is timed on its own: it is the deliberately slow step.
                let result = envelope.with_value(|e| {
                    e.as_ref().map(|e| {
                        mark("career-deck:derive-key-start");
                        let key = e.salt().map(|salt| derive_key(&pass, salt));
                        measure_since("career-deck:derive-key", "career-deck:derive-key-start");
                        match key {
                            Some(Ok(key)) => e.open_with_key(&key),
                            Some(Err(err)) => Err(err),
                            None => e.open(Some(&pass)),
                        }
                    })
                });
                working.set(false);
                if let Some(result) = result {
                    opened.set(Some(result));
                }
                if wrong.get_untracked() {
                    dom::focus_id("passphrase");
                }
            },
            Duration::from_millis(30),
        );
    };
    view! {
        <h1>"A deck was shared with you"</h1>
        <p>"It is locked with a passphrase. The sender should have told you the passphrase separately."</p>
        <form class="unlock" on:submit=unlock>
            <div class="field">
                <label for="passphrase">"Passphrase"</label>
                <input id="passphrase" type="password" autocomplete="off" autofocus
                    prop:value=move || passphrase.get()
                    on:input:target=move |ev| passphrase.set(ev.target().value())/>
            </div>
            <ErrorAlert message=error/>
            <button type="submit" class="primary" disabled=move || working.get()>
                {move || if working.get() { "Unlocking…" } else { "Unlock" }}
            </button>
            {move || working.get().then(|| view! { <p role="status" class="muted">"Unlocking…"</p> })}
        </form>
    }
}

#[component]
fn OpenedDeck(deck: Deck) -> impl IntoView {
    let decks = use_decks();
    let kept = RwSignal::new(None::<String>);
    let keeping = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let to_keep = StoredValue::new(deck.clone());
    let keep = move |_| {
        keeping.set(true);
        decks.ensure_open();
        // The store opens asynchronously; wait for it, then save.
        Effect::new(move |done: Option<bool>| {
            if done == Some(true) || !decks.opened.get() {
                return done.unwrap_or(false);
            }
            let Some(store) = decks.store() else {
                return false;
            };
            spawn_local(async move {
                let now = now_rfc3339();
                let result = match new_deck_id() {
                    Ok(id) => {
                        let mut copy = to_keep.get_value().with_all_sections();
                        copy.id = id;
                        store.create(copy, &now).await.map_err(|e| e.to_string())
                    }
                    Err(_) => Err("This browser has no secure random source.".to_owned()),
                };
                keeping.set(false);
                match result {
                    Ok(record) => {
                        decks.announce(Change::LibraryChanged);
                        kept.set(Some(record.deck.id));
                    }
                    Err(e) => error.set(Some(e)),
                }
            });
            true
        });
    };
    let unsaved_note = if decks.store().is_some_and(|s| !s.is_kept()) {
        " (this browser isn't keeping data right now, so a copy lasts only while this tab is open)"
    } else {
        ""
    };
    view! {
        <div class="banner shared-banner">
            <p>
                <strong>"Shared with you. "</strong>
                "You are reading a copy carried in the link. It is not saved on this device"
                {unsaved_note} " unless you keep a copy."
            </p>
            {move || match kept.get() {
                Some(id) => view! {
                    <p role="status">"Saved to your decks. " <a href=href(&Screen::Editor(id))>"Open your copy"</a></p>
                }.into_any(),
                None => view! {
                    <button type="button" class="primary" on:click=keep disabled=move || keeping.get()>"Keep a copy"</button>
                }.into_any(),
            }}
            <ErrorAlert message=error/>
        </div>
        <DeckView deck=deck/>
    }
}
