//! The editor's inline messages, told field by field. The deck is checked once per change (in
//! one effect), and only the fields whose message changed are told: with one signal for all
//! messages, every keystroke in a 400-item deck woke each of its ~2,000 fields to look.

use std::collections::HashMap;

use leptos::prelude::*;

use crate::model::{changed_messages, Deck, Field, FieldMessages};
use crate::services::EditSession;

#[derive(Clone, Copy)]
pub struct Messages {
    /// The messages of the deck as it stands.
    current: StoredValue<FieldMessages>,
    /// One trigger per field that has been looked at, fired when its message changes.
    triggers: StoredValue<HashMap<Field, ArcTrigger>>,
}

impl Messages {
    /// Messages that follow the session's deck (for as long as the calling scope lives).
    pub fn new(session: EditSession) -> Messages {
        let messages = Messages {
            current: StoredValue::new(session.deck.with_untracked(Deck::field_messages)),
            triggers: StoredValue::new(HashMap::new()),
        };
        Effect::new(move |_| {
            let after = session.deck.with(Deck::field_messages);
            let changed = messages.current.try_update_value(|before| {
                let changed = changed_messages(before, &after);
                *before = after;
                changed
            });
            for field in changed.unwrap_or_default() {
                let trigger = messages
                    .triggers
                    .try_with_value(|t| t.get(&field).cloned())
                    .flatten();
                if let Some(trigger) = trigger {
                    trigger.notify();
                }
            }
        });
        messages
    }

    /// The message under `field`, if any; the calling scope re-runs when it changes.
    pub fn message(&self, field: Field) -> Option<String> {
        let trigger = self
            .triggers
            .try_update_value(|t| t.entry(field).or_default().clone());
        if let Some(trigger) = trigger {
            trigger.track();
        }
        self.current
            .try_with_value(|m| m.get(&field).cloned())
            .flatten()
    }

    /// `message` as a signal.
    pub fn of(&self, field: Field) -> Signal<Option<String>> {
        let messages = *self;
        Signal::derive(move || messages.message(field))
    }
}
