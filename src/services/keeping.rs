//! What this browser does with the decks, for the advice in `model::keeping`: its engine
//! family (from the user agent — for wording only), whether the app runs installed, and what
//! `navigator.storage.persisted()` grants. And the quiet notes at the moments that matter, each
//! dismissed for good in this browser (with the editor's other tips).

use leptos::prelude::*;
use leptos::task::spawn_local;
use wasm_bindgen::JsCast;

use super::use_library;
use crate::model::{moment_note, Engine, KeepingFacts, Moment};
use crate::storage::{persist, settings};

/// The engine family, from the user agent.
pub fn engine() -> Engine {
    web_sys::window()
        .and_then(|w| w.navigator().user_agent().ok())
        .map_or(Engine::Other, |ua| Engine::from_user_agent(&ua))
}

/// Whether a media query matches (false where `matchMedia` is missing).
fn media(query: &str) -> bool {
    let Some(w) = web_sys::window() else {
        return false;
    };
    let call = || {
        let f = js_sys::Reflect::get(&w, &"matchMedia".into())
            .ok()?
            .dyn_into::<js_sys::Function>()
            .ok()?;
        let list = f.call1(&w, &query.into()).ok()?;
        js_sys::Reflect::get(&list, &"matches".into())
            .ok()?
            .as_bool()
    };
    call().unwrap_or(false)
}

/// Whether the app runs installed: opened from the Home Screen, the Dock or an app launcher
/// (the manifest asks for `standalone`), or Safari on iOS says so (`navigator.standalone`).
pub fn installed() -> bool {
    let ios = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w.navigator(), &"standalone".into()).ok())
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    ios || media(
        "(display-mode: standalone), (display-mode: fullscreen), (display-mode: minimal-ui)",
    )
}

/// Everything the advice needs, once `navigator.storage` has answered.
pub async fn facts(kept: bool) -> KeepingFacts {
    KeepingFacts {
        engine: engine(),
        kept,
        persisted: persist::is_persisted().await,
        installed: installed(),
    }
}

/// The note for a moment (nothing until the browser has answered, once dismissed, or when the
/// decks are safe already) and what dismisses it.
pub fn moment(moment: Moment) -> (Signal<Option<String>>, Callback<()>) {
    let library = use_library();
    let found = RwSignal::new(None::<KeepingFacts>);
    let dismissed = RwSignal::new(settings::tip_dismissed(moment.key()));
    if !dismissed.get_untracked() {
        spawn_local(async move {
            let kept = library.is_kept().unwrap_or(true);
            found.set(Some(facts(kept).await));
        });
    }
    let text = Signal::derive(move || {
        if dismissed.get() {
            return None;
        }
        found.get().and_then(|f| moment_note(moment, f))
    });
    let dismiss = Callback::new(move |()| {
        settings::dismiss_tip(moment.key());
        dismissed.set(true);
    });
    (text, dismiss)
}
