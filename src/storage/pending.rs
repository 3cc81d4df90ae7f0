//! Unsaved edits, written where a closing tab can still write them.
//!
//! IndexedDB is asynchronous: a save started in `pagehide` may never finish, and a tab in a
//! conflict or told to reload has nothing it can save at all. localStorage writes are
//! synchronous, so the editor writes what is on screen here whenever the page is going away
//! (or storage refuses the save), and the next open offers it back. The record is removed as
//! soon as the deck it holds is safely stored.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::settings::{read, remove, write};
use crate::model::{deck_structure_from_value, Deck};

const PREFIX: &str = "career-deck.pending.";

/// What was on screen, and what it was based on.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingEdit {
    /// The deck as it was on screen.
    pub deck: Deck,
    /// The stored revision the edit started from.
    pub base_revision: u64,
    /// The deck at that revision, for a three-way merge if storage has moved on since.
    pub base: Deck,
    /// When it was written (RFC 3339).
    pub at: String,
}

#[derive(Serialize, Deserialize, Default)]
struct Wire {
    deck: Value,
    base_revision: u64,
    base: Value,
    at: String,
}

/// Writes the unsaved edit now; answers whether the browser kept it (it may be full, or
/// block storage), so the caller can warn before the page closes.
pub fn keep(edit: &PendingEdit) -> bool {
    let (Ok(deck), Ok(base)) = (
        serde_json::to_value(&edit.deck),
        serde_json::to_value(&edit.base),
    ) else {
        return false;
    };
    let wire = Wire {
        deck,
        base_revision: edit.base_revision,
        base,
        at: edit.at.clone(),
    };
    write(&key(&edit.deck.id), &wire)
}

/// The unsaved edit left for this deck, if any (a damaged one is dropped: it cannot be
/// offered back, and keeping it would offer nothing forever).
pub fn find(deck_id: &str) -> Option<PendingEdit> {
    let wire: Option<Wire> = read(&key(deck_id));
    let wire = wire?;
    let read_deck = |v: &Value| {
        deck_structure_from_value(v)
            .ok()
            .map(Deck::with_all_sections)
    };
    match (read_deck(&wire.deck), read_deck(&wire.base)) {
        (Some(deck), Some(base)) if deck.id == deck_id => Some(PendingEdit {
            deck,
            base_revision: wire.base_revision,
            base,
            at: wire.at,
        }),
        _ => {
            clear(deck_id);
            None
        }
    }
}

/// Forgets the unsaved edit once it is stored (or the person discarded it).
pub fn clear(deck_id: &str) {
    remove(&key(deck_id));
}

fn key(deck_id: &str) -> String {
    format!("{PREFIX}{deck_id}")
}
