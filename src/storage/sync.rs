//! Tabs tell each other when a deck changed, over a BroadcastChannel, so an open editor can
//! pick up a save made elsewhere (or know that its own next save would conflict).

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "career-deck";

/// What one tab tells the others.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A deck was saved at this revision.
    Saved { deck_id: String, revision: u64 },
    /// A deck was created, deleted or restored: the library should reload.
    LibraryChanged,
}

/// This tab's end of the channel. `None` inside where the browser has no BroadcastChannel.
pub struct TabSync {
    channel: Option<BroadcastChannel>,
    _listener: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl TabSync {
    /// Opens the channel; `on_change` hears what other tabs say (never this tab's own posts).
    pub fn new(mut on_change: impl FnMut(Change) + 'static) -> TabSync {
        let Ok(channel) = BroadcastChannel::new(CHANNEL) else {
            return TabSync {
                channel: None,
                _listener: None,
            };
        };
        let listener = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            // Messages come from our own origin, but are still parsed defensively.
            if let Some(text) = event.data().as_string() {
                if let Ok(change) = serde_json::from_str::<Change>(&text) {
                    on_change(change);
                }
            }
        });
        channel.set_onmessage(Some(listener.as_ref().unchecked_ref()));
        TabSync {
            channel: Some(channel),
            _listener: Some(listener),
        }
    }

    pub fn post(&self, change: &Change) {
        if let (Some(channel), Ok(text)) = (&self.channel, serde_json::to_string(change)) {
            let _ = channel.post_message(&JsValue::from_str(&text));
        }
    }
}

impl Drop for TabSync {
    fn drop(&mut self) {
        if let Some(channel) = &self.channel {
            channel.set_onmessage(None);
            channel.close();
        }
    }
}
