//! Short notices at the bottom of the screen ("Deck deleted — Undo"), announced politely to
//! screen readers and gone after a few seconds.

use std::time::Duration;

use leptos::prelude::*;

/// How long a notice with an action stays up.
pub const ACTION_TOAST: Duration = Duration::from_secs(8);
/// How long a plain notice stays up.
pub const PLAIN_TOAST: Duration = Duration::from_secs(4);

#[derive(Clone)]
pub struct Toast {
    pub id: u64,
    pub message: String,
    /// A button label and what it does (the notice closes when it is pressed).
    pub action: Option<(&'static str, Callback<()>)>,
}

#[derive(Clone, Copy)]
pub struct Toasts {
    pub items: RwSignal<Vec<Toast>>,
    next: StoredValue<u64>,
}

pub fn provide_toasts() -> Toasts {
    let toasts = Toasts {
        items: RwSignal::new(Vec::new()),
        next: StoredValue::new(1),
    };
    provide_context(toasts);
    toasts
}

pub fn use_toasts() -> Toasts {
    expect_context::<Toasts>()
}

impl Toasts {
    /// Shows a notice; with an action it stays longer.
    pub fn show(&self, message: String, action: Option<(&'static str, Callback<()>)>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        let lasts = if action.is_some() {
            ACTION_TOAST
        } else {
            PLAIN_TOAST
        };
        let toast = Toast {
            id,
            message,
            action,
        };
        self.items.update(|items| items.push(toast));
        let items = self.items;
        set_timeout(
            move || items.update(|items| items.retain(|t| t.id != id)),
            lasts,
        );
    }

    pub fn dismiss(&self, id: u64) {
        self.items.update(|items| items.retain(|t| t.id != id));
    }
}
