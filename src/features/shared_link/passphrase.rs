//! The passphrase prompt of a locked link. A wrong passphrase can be retried: what was typed
//! stays, selected, so it can be corrected or typed over.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ErrorAlert, PageTitle};
use crate::services::{clock, crypto, dom};
use crate::share::{tidy_passphrase, Document, Envelope, ShareError};

#[component]
pub fn PassphrasePrompt(
    envelope: StoredValue<Option<Envelope>>,
    opened: RwSignal<Option<Result<Document, ShareError>>>,
) -> impl IntoView {
    // The key is derived in the crypto worker: start it while the passphrase is being typed,
    // and make the date format the deck will show meanwhile too.
    crypto::prepare();
    clock::warm_up();
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
        let Some(sealed) = envelope.get_value() else {
            return;
        };
        working.set(true);
        spawn_local(async move {
            // The slow step (the key) runs off the main thread; opening with it is quick.
            let result = match sealed.salt() {
                Some(salt) => match crypto::derive_key(&pass, salt).await {
                    Ok(key) => sealed.open_document_with_key(&key),
                    Err(err) => Err(err),
                },
                None => sealed.open_document(Some(&pass)),
            };
            let unlocked = result.is_ok();
            // Opening and showing the deck are two tasks, so the page can paint in between.
            dom::yield_to_browser().await;
            working.try_set(false);
            opened.try_set(Some(result));
            if unlocked {
                // The key did its work; the passphrase is not kept a moment longer.
                passphrase.try_set(String::new());
            } else {
                dom::focus_after_render("passphrase".into());
                leptos::task::tick().await;
                dom::select_text("passphrase");
            }
        });
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
