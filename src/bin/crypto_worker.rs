//! The crypto worker: derives passphrase keys (Argon2id, ~19 MiB, the slow step of making and
//! opening a locked link) off the main thread, so the page keeps answering meanwhile.
//!
//! Trunk builds it as a second wasm (`data-type="worker"` in index.html, wasm-bindgen's
//! no-modules target); `public/crypto-worker-loader.js` starts it, and the app talks to it
//! from `services::crypto`. It links nothing of the app but the key derivation itself
//! (`src/share/kdf.rs`, included by path): no Leptos, no storage, no DOM.
//!
//! Messages: `{ id, passphrase: string, salt: Uint8Array(16) }` in; `{ id, key: Uint8Array(32) }`
//! or `{ id, error: string }` out. `{ ready: true }` is posted once, when the handler is in
//! place (messages posted before it would be lost).

#[cfg(target_arch = "wasm32")]
#[path = "../share/kdf.rs"]
mod kdf;

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect, Uint8Array};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};
    use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

    let set = |o: &Object, k: &str, v: &JsValue| {
        let _ = Reflect::set(o, &JsValue::from_str(k), v);
    };
    let get = |o: &JsValue, k: &str| Reflect::get(o, &JsValue::from_str(k)).ok();

    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let replies = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        let data = event.data();
        let answer = Object::new();
        set(&answer, "id", &get(&data, "id").unwrap_or(JsValue::NULL));
        let passphrase = get(&data, "passphrase").and_then(|v| v.as_string());
        let salt = get(&data, "salt")
            .and_then(|v| v.dyn_into::<Uint8Array>().ok())
            .and_then(|a| <[u8; kdf::SALT_LEN]>::try_from(a.to_vec()).ok());
        match (passphrase, salt) {
            (Some(passphrase), Some(salt)) => match kdf::argon2id(passphrase.as_bytes(), &salt) {
                Some(key) => set(&answer, "key", &Uint8Array::from(&key[..]).into()),
                None => set(&answer, "error", &"refused".into()),
            },
            _ => set(&answer, "error", &"malformed".into()),
        }
        let _ = replies.post_message(&answer);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The handler lives as long as the worker.
    on_message.forget();
    let ready = Object::new();
    set(&ready, "ready", &JsValue::TRUE);
    let _ = scope.post_message(&ready);
}

/// The worker only runs in a browser.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
