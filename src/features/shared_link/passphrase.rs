//! The passphrase prompt of a locked link. A wrong passphrase can be retried: what was typed
//! stays, selected, so it can be corrected or typed over.

use std::time::Duration;

use leptos::prelude::*;

use crate::components::{ErrorAlert, PageTitle};
use crate::services::clock::{mark, measure_since};
use crate::services::dom;
use crate::share::{derive_key, tidy_passphrase, Document, Envelope, ShareError};

#[component]
pub fn PassphrasePrompt(
    envelope: StoredValue<Option<Envelope>>,
    opened: RwSignal<Option<Result<Document, ShareError>>>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let working = RwSignal::new(false);
    let wrong = Memo::new(move |_| matches!(opened.get(), Some(Err(ShareError::WrongPassphrase))));
    let error =
        Signal::derive(move || wrong.get().then(|| ShareError::WrongPassphrase.to_string()));
    let unlock = move || {
        let typed = passphrase.get_untracked();
        let pass = tidy_passphrase(&typed).to_owned();
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
                            Some(Ok(key)) => e.open_document_with_key(&key),
                            Some(Err(err)) => Err(err),
                            None => e.open_document(Some(&pass)),
                        }
                    })
                });
                working.set(false);
                let unlocked = matches!(result, Some(Ok(_)));
                if let Some(result) = result {
                    opened.set(Some(result));
                }
                if unlocked {
                    // The key did its work; the passphrase is not kept a moment longer.
                    passphrase.set(String::new());
                } else {
                    dom::focus_after_render("passphrase".into());
                    leptos::task::spawn_local(async {
                        leptos::task::tick().await;
                        dom::select_text("passphrase");
                    });
                }
            },
            Duration::from_millis(30),
        );
    };
    view! {
        <PageTitle title="Shared with you"/>
        <h1>"Something was shared with you"</h1>
        <p>"It is locked with a passphrase. The sender should have told you the passphrase separately."</p>
        // Not a form: a password field in a submitted form invites password managers to save it.
        <div class="unlock" role="group" aria-label="Unlock">
            <div class="field">
                <label for="passphrase">"Passphrase"</label>
                <input id="passphrase" type="password" autocomplete="off" data-lpignore="true" data-1p-ignore="true" autofocus
                    prop:value=move || passphrase.get()
                    on:input:target=move |ev| passphrase.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); unlock() }/>
            </div>
            <ErrorAlert message=error/>
            <button type="button" class="primary" disabled=move || working.get() on:click=move |_| unlock()>
                {move || if working.get() { "Unlocking…" } else { "Unlock" }}
            </button>
            {move || working.get().then(|| view! { <p role="status" class="muted">"Unlocking…"</p> })}
        </div>
    }
}
