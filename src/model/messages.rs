//! The message under each field of a deck, as the editor shows them: one map per version of
//! the deck, so that after an edit only the fields whose message changed need telling.

use std::collections::HashMap;

use super::deck::Deck;
use super::field::Field;

/// Each field's inline message: its first broken rule in document order, else its first
/// warning ("This cannot be empty.", "This month comes before the start.").
pub type FieldMessages = HashMap<Field, String>;

impl Deck {
    /// The message under every field that has one (see [`FieldMessages`]).
    pub fn field_messages(&self) -> FieldMessages {
        let mut messages = FieldMessages::new();
        for issue in self.validate().iter().chain(&self.warnings()) {
            messages
                .entry(issue.field)
                .or_insert_with(|| issue.inline_message());
        }
        messages
    }
}

/// The fields whose message is different in `after` than in `before` (gone, new or reworded),
/// each once, in no particular order.
pub fn changed_messages(before: &FieldMessages, after: &FieldMessages) -> Vec<Field> {
    let gone_or_changed = before
        .iter()
        .filter(|(field, text)| after.get(field) != Some(text))
        .map(|(field, _)| *field);
    let new = after
        .keys()
        .filter(|field| !before.contains_key(field))
        .copied();
    gone_or_changed.chain(new).collect()
}
