//! Tabs tell each other when a deck changed, over a BroadcastChannel, so an open editor can
//! pick up a save made elsewhere (or know that its own next save would conflict).

use serde::Serialize;
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

const CHANNEL: &str = "career-deck";

/// What one tab tells the others.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Change {
    /// A deck was saved at this revision.
    Saved { deck_id: String, revision: u64 },
    /// A deck was created, deleted or restored: the library should reload.
    LibraryChanged,
}

impl Change {
    /// Reads a message as `post` writes it. By hand from a JSON value rather than a derived
    /// `Deserialize`: serde's tagged-enum support is a lot of code for two shapes.
    fn from_json(text: &str) -> Option<Change> {
        let v: Value = serde_json::from_str(text).ok()?;
        match v.get("kind")?.as_str()? {
            "saved" => Some(Change::Saved {
                deck_id: v.get("deck_id")?.as_str()?.to_owned(),
                revision: v.get("revision")?.as_u64()?,
            }),
            "library_changed" => Some(Change::LibraryChanged),
            _ => None,
        }
    }
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
                if let Some(change) = Change::from_json(&text) {
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
