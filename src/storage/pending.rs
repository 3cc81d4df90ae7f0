//! Unsaved edits, written where a closing tab can still write them.
//!
//! IndexedDB is asynchronous: a save started in `pagehide` may never finish, and a tab in a
//! conflict or told to reload has nothing it can save at all. localStorage writes are
//! synchronous, so the editor writes what is on screen here whenever the page is going away
//! (or storage refuses the save), and the next open offers it back. The record is removed as
//! soon as the deck it holds is safely stored. The board editor keeps its boards the same way.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::settings::{read, remove, write};
use crate::board::{board_structure_from_value, Board};
use crate::model::{deck_structure_from_value, Deck};

const PREFIX: &str = "career-deck.pending.";
const BOARD_PREFIX: &str = "career-deck.pending-board.";

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

/// A board as it was on screen, not stored yet. Boards are not merged: when storage has moved
/// on since `base_revision`, the person chooses between the two versions.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingBoard {
    pub board: Board,
    pub base_revision: u64,
    /// When it was written (RFC 3339).
    pub at: String,
}

/// As written: `deck` holds the document (a deck, or a board), `base` the deck it started
/// from (null for a board).
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

/// Writes the unsaved board now; answers whether the browser kept it.
pub fn keep_board(edit: &PendingBoard) -> bool {
    let Ok(board) = serde_json::to_value(&edit.board) else {
        return false;
    };
    let wire = Wire {
        deck: board,
        base_revision: edit.base_revision,
        base: Value::Null,
        at: edit.at.clone(),
    };
    write(&board_key(&edit.board.id), &wire)
}

/// The unsaved board left for this id, if any (a damaged one is dropped, as for decks).
pub fn find_board(board_id: &str) -> Option<PendingBoard> {
    let wire = read::<Option<Wire>>(&board_key(board_id))?;
    match board_structure_from_value(&wire.deck) {
        Ok(board) if board.id == board_id => Some(PendingBoard {
            board,
            base_revision: wire.base_revision,
            at: wire.at,
        }),
        _ => {
            clear_board(board_id);
            None
        }
    }
}

/// Forgets the unsaved board once it is stored (or the person chose the other version).
pub fn clear_board(board_id: &str) {
    remove(&board_key(board_id));
}

fn board_key(board_id: &str) -> String {
    format!("{BOARD_PREFIX}{board_id}")
}
