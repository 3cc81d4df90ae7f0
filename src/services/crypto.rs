//! Passphrase crypto off the main thread. Argon2id (about 19 MiB, 150 ms on a laptop and
//! several times that on a phone) runs in the crypto worker (`src/bin/crypto_worker.rs`),
//! so the page keeps painting and answering while a locked link is made or opened; the
//! quick steps (AES-GCM, deflate) stay here.
//!
//! The worker is started only when a flow needs it (`prepare`, or the first derivation) and
//! ended after a minute without work, which gives its memory back. When it cannot run —
//! no Worker support, a blocked or missing script, a wasm that fails to start, a worker that
//! dies — the key is derived here on the main thread instead, exactly as before: slower to
//! the eye, same result. `<html data-crypto>` says which path the last derivation took
//! ("worker" or "main-thread"), for tests and the benchmark.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::time::Duration;

use futures::channel::oneshot;
use js_sys::{Object, Reflect, Uint8Array};
use leptos::prelude::set_timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{ErrorEvent, MessageEvent, Worker};

use super::clock::{mark, measure_since};
use crate::share::{self, LockPlan, ShareError, KEY_LEN, SALT_LEN};

/// The worker's start script (public/crypto-worker-loader.js), beside the page.
const LOADER: &str = "./crypto-worker-loader.js";
/// A worker that has not said it is ready by then is given up on (its wasm may be stuck
/// downloading); the key is derived here instead.
const START_TIMEOUT: Duration = Duration::from_secs(10);
/// A worker with nothing to do for this long is ended (Argon2 leaves ~19 MiB in it).
const IDLE: Duration = Duration::from_secs(60);

type Answer = Option<Result<[u8; KEY_LEN], ShareError>>;

struct Running {
    worker: Worker,
    ready: bool,
    waiting: Vec<oneshot::Sender<bool>>,
    pending: HashMap<u32, oneshot::Sender<Answer>>,
    /// Kept alive with the worker.
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(ErrorEvent)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
    /// Set once the worker has failed: no second attempt in this page.
    static UNAVAILABLE: Cell<bool> = const { Cell::new(false) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Bumped on every use, so an idle timer knows whether it is still the last one.
    static USES: Cell<u64> = const { Cell::new(0) };
}

/// Starts the worker now, so that it is ready when the person presses the button (the
/// passphrase prompt calls it when it shows, the share screen when a passphrase is typed).
pub fn prepare() {
    if !UNAVAILABLE.get() && RUNNING.with_borrow(|r| r.is_none()) {
        start();
        schedule_idle_stop();
    }
}

/// The AES key for `passphrase` and a link's salt, as `share::derive_key` computes it, from the
/// worker when it can (see the module's note). Timed as `career-deck:derive-key`.
pub async fn derive_key(
    passphrase: &str,
    salt: &[u8; SALT_LEN],
) -> Result<[u8; KEY_LEN], ShareError> {
    mark("career-deck:derive-key-start");
    let answer = match in_worker(passphrase, salt).await {
        Some(answer) => {
            set_path("worker");
            answer
        }
        // The fallback: the same derivation, on the main thread, once "Unlocking…" or
        // "Making the link…" has had time to paint.
        None => {
            set_path("main-thread");
            sleep(Duration::from_millis(30)).await;
            share::derive_key(passphrase, salt)
        }
    };
    measure_since("career-deck:derive-key", "career-deck:derive-key-start");
    answer
}

/// The fragment (without `#`) of a link locking `json` (a deck's or board's `to_json()`) with
/// `passphrase`: fresh salt and nonce, the key from `derive_key`, then the seal.
pub async fn encode_locked(json: String, passphrase: &str) -> Result<String, ShareError> {
    let plan = LockPlan::new(json)?;
    let key = derive_key(passphrase, plan.salt()).await?;
    plan.seal(&key)
}

/// Asks the worker; `None` when it cannot answer (then the caller derives the key itself).
async fn in_worker(passphrase: &str, salt: &[u8; SALT_LEN]) -> Answer {
    if UNAVAILABLE.get() {
        return None;
    }
    USES.set(USES.get() + 1);
    if RUNNING.with_borrow(|r| r.is_none()) {
        start();
    }
    // Wait for the worker's "ready" (messages sent before it would be lost).
    let waiting = RUNNING.with_borrow_mut(|r| match r {
        Some(r) if r.ready => Ok(()),
        Some(r) => {
            let (tx, rx) = oneshot::channel();
            r.waiting.push(tx);
            Err(Some(rx))
        }
        None => Err(None),
    });
    match waiting {
        Ok(()) => {}
        Err(Some(rx)) => {
            if !rx.await.unwrap_or(false) {
                return None;
            }
        }
        Err(None) => return None,
    }
    let id = NEXT_ID.get();
    NEXT_ID.set(id.wrapping_add(1));
    let (tx, rx) = oneshot::channel();
    let message = Object::new();
    set(&message, "id", &JsValue::from(id));
    set(&message, "passphrase", &JsValue::from_str(passphrase));
    set(&message, "salt", &Uint8Array::from(&salt[..]).into());
    let posted = RUNNING.with_borrow_mut(|r| {
        let r = r.as_mut()?;
        r.pending.insert(id, tx);
        r.worker.post_message(&message).ok()
    });
    if posted.is_none() {
        give_up();
        return None;
    }
    let answer = rx.await.unwrap_or(None);
    schedule_idle_stop();
    answer
}

/// Creates the worker and its handlers; a failure here makes the worker unavailable.
fn start() {
    let worker = match Worker::new(LOADER) {
        Ok(w) => w,
        // No Worker support (or the constructor refused the script): derive on this thread.
        Err(_) => {
            UNAVAILABLE.set(true);
            return;
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        on_message(event.data());
    });
    // A script that fails to load or a worker that throws: everything waiting falls back.
    // (Later, not inside the handler: giving up drops the handlers themselves.)
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(|event: ErrorEvent| {
        event.prevent_default();
        leptos::task::spawn_local(async { give_up() });
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    RUNNING.set(Some(Running {
        worker,
        ready: false,
        waiting: Vec::new(),
        pending: HashMap::new(),
        _on_message: on_message,
        _on_error: on_error,
    }));
    set_timeout(
        || {
            if RUNNING.with_borrow(|r| r.as_ref().is_some_and(|r| !r.ready)) {
                give_up();
            }
        },
        START_TIMEOUT,
    );
}

fn on_message(data: JsValue) {
    if get(&data, "ready").is_some_and(|v| v.is_truthy()) {
        let waiting = RUNNING.with_borrow_mut(|r| match r {
            Some(r) => {
                r.ready = true;
                std::mem::take(&mut r.waiting)
            }
            None => Vec::new(),
        });
        for tx in waiting {
            let _ = tx.send(true);
        }
        return;
    }
    if get(&data, "failed").is_some_and(|v| !v.is_undefined()) {
        leptos::task::spawn_local(async { give_up() });
        return;
    }
    let Some(id) = get(&data, "id").and_then(|v| v.as_f64()) else {
        return;
    };
    let Some(tx) = RUNNING.with_borrow_mut(|r| r.as_mut()?.pending.remove(&(id as u32))) else {
        return;
    };
    let key = get(&data, "key")
        .and_then(|v| v.dyn_into::<Uint8Array>().ok())
        .and_then(|a| <[u8; KEY_LEN]>::try_from(a.to_vec()).ok());
    let answer = match (key, get(&data, "error").and_then(|v| v.as_string())) {
        (Some(key), _) => Some(Ok(key)),
        // Argon2 refused the passphrase (only one over 4 GiB can be): nothing can unlock with it.
        (None, Some(e)) if e == "refused" => Some(Err(ShareError::WrongPassphrase)),
        // Anything else is the worker's problem, not the passphrase's: derive it here.
        _ => None,
    };
    let _ = tx.send(answer);
}

/// Ends the worker for good in this page; whatever waited on it derives on the main thread.
fn give_up() {
    UNAVAILABLE.set(true);
    stop();
}

/// Ends the worker; every waiting request gets `None` (and falls back).
fn stop() {
    if let Some(r) = RUNNING.take() {
        r.worker.terminate();
        for tx in r.waiting {
            let _ = tx.send(false);
        }
        for (_, tx) in r.pending {
            let _ = tx.send(None);
        }
    }
}

/// Ends the worker after `IDLE` unless it is used again meanwhile.
fn schedule_idle_stop() {
    let uses = USES.get();
    set_timeout(
        move || {
            let idle = USES.get() == uses
                && RUNNING.with_borrow(|r| r.as_ref().is_some_and(|r| r.pending.is_empty()));
            if idle {
                stop();
            }
        },
        IDLE,
    );
}

/// `<html data-crypto="…">`: which path the last key derivation took.
fn set_path(path: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-crypto", path);
    }
}

fn set(o: &Object, k: &str, v: &JsValue) {
    let _ = Reflect::set(o, &JsValue::from_str(k), v);
}

fn get(o: &JsValue, k: &str) -> Option<JsValue> {
    Reflect::get(o, &JsValue::from_str(k)).ok()
}

async fn sleep(time: Duration) {
    let (tx, rx) = oneshot::channel();
    set_timeout(
        move || {
            let _ = tx.send(());
        },
        time,
    );
    let _ = rx.await;
}
