//! Offline support: registers the service worker (public/sw.js) and, when a new release has
//! been downloaded in the background, offers "new version — reload" instead of switching
//! under the person's feet.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration};

/// Set when a new release is installed and waiting.
#[derive(Clone, Copy)]
pub struct Update(pub RwSignal<bool>);

fn container() -> Option<ServiceWorkerContainer> {
    let nav = web_sys::window()?.navigator();
    // Absent outside secure contexts (and in some private modes): then there is no offline copy.
    let sw = js_sys::Reflect::get(&nav, &"serviceWorker".into()).ok()?;
    sw.dyn_into::<ServiceWorkerContainer>().ok()
}

/// Registers the service worker and watches for new releases.
pub fn register() -> Update {
    let update = Update(RwSignal::new(false));
    provide_context(update);
    let Some(container) = container() else {
        return update;
    };
    // A page that had no service worker yet is not an update: nothing to offer.
    let had_controller = container.controller().is_some();
    let promise = container.register("sw.js");
    let signal = update.0;
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(promise).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        if reg.waiting().is_some() && had_controller {
            signal.set(true);
        }
        let watched = reg.clone();
        let on_found = Closure::<dyn FnMut()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn FnMut()>::new(move || {
                // Asked when the new release is ready, not at start-up: a first visit's page
                // comes under the service worker's control on the way, and a release that
                // arrives after that is an update like any other.
                let controlled = self::container().is_some_and(|c| c.controller().is_some());
                if worker.state() == web_sys::ServiceWorkerState::Installed && controlled {
                    signal.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        // Lives as long as the page: one small closure per page load.
        on_found.forget();
    });
    update
}

/// Switches to the waiting release and reloads once it has taken over. First every open
/// screen writes what is not stored yet where the next visit finds it, so nothing typed is
/// lost even if its save cannot finish before the reload.
pub fn apply_update(library: super::DeckLibrary) {
    library.prepare_to_leave();
    let Some(container) = container() else { return };
    let on_change = Closure::<dyn FnMut()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    leptos::task::spawn_local(async move {
        let Ok(reg) = wasm_bindgen_futures::JsFuture::from(
            container
                .ready()
                .unwrap_or_else(|_| js_sys::Promise::resolve(&JsValue::NULL)),
        )
        .await
        else {
            return;
        };
        if let Some(waiting) = reg
            .dyn_into::<ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            let _ = waiting.post_message(&"skip-waiting".into());
        }
    });
}
