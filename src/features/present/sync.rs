//! Keeps the audience window and the presenter view on the same slide, over a
//! BroadcastChannel of their own (same origin only; nothing leaves the browser).

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

#[derive(Clone, Copy)]
pub struct SlideSync {
    channel: StoredValue<Option<BroadcastChannel>, LocalStorage>,
}

impl SlideSync {
    /// Joins the deck's channel; slides the other window moves to are set on `current`.
    pub fn new(deck_id: &str, current: RwSignal<usize>) -> SlideSync {
        let channel = BroadcastChannel::new(&format!("career-deck-present:{deck_id}")).ok();
        if let Some(ch) = &channel {
            let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                if let Some(n) = e.data().as_f64().filter(|n| *n >= 0.0) {
                    let n = n as usize;
                    if current.try_get_untracked() != Some(n) {
                        current.try_set(n);
                    }
                }
            });
            ch.set_onmessage(Some(listener.as_ref().unchecked_ref()));
            // Lives as long as the channel: closed (and so silenced) when the screen goes.
            listener.forget();
        }
        let sync = SlideSync {
            channel: StoredValue::new_local(channel),
        };
        on_cleanup(move || {
            if let Some(Some(ch)) = sync.channel.try_get_value() {
                ch.set_onmessage(None);
                ch.close();
            }
        });
        sync
    }

    /// Tells the other window which slide this one shows.
    pub fn post(&self, n: usize) {
        self.channel.with_value(|c| {
            if let Some(c) = c {
                let _ = c.post_message(&JsValue::from_f64(n as f64));
            }
        });
    }
}
