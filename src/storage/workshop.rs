//! The career workshop's progress per deck, in the `workshop` store: one record per deck,
//! `{ "id": <deck id>, "state": <WorkshopState as JSON> }`, kept beside the deck (never in it,
//! so never in a share link or a backup's deck).
//!
//! Like the editor's pending edits, what is not stored yet when the page goes away is also
//! written synchronously to localStorage, and the next open prefers it (it is newer than the
//! stored record by construction: it is only written while a save is outstanding).

use serde_json::{json, Value};

use super::db::{DECKS, WORKSHOP};
use super::settings::{read, remove, write};
use super::tx::Mode;
use super::{DeckStore, StorageError};
use crate::workshop::{StateError, WorkshopState};

const PENDING_PREFIX: &str = "career-deck.workshop-pending.";

/// What a stored workshop record held: nothing, a state, or a state that cannot be resumed
/// (with why).
pub type StoredWorkshop = Option<Result<WorkshopState, StateError>>;

fn read_state(row: &Value) -> Result<WorkshopState, StateError> {
    match row.get("state") {
        Some(v) => WorkshopState::from_value(v.clone()),
        None => Err(StateError::NotAWorkshop),
    }
}

impl DeckStore {
    /// The workshop state kept for a deck, if any.
    pub async fn workshop(&self, deck_id: &str) -> Result<StoredWorkshop, StorageError> {
        let tx = self.tx(&[WORKSHOP], Mode::Read)?;
        Ok(tx.get(WORKSHOP, deck_id).await?.map(|row| read_state(&row)))
    }

    /// Keeps a deck's workshop state (replacing what was kept).
    pub async fn save_workshop(
        &self,
        deck_id: &str,
        state: &WorkshopState,
    ) -> Result<(), StorageError> {
        let tx = self.tx(&[WORKSHOP], Mode::Write)?;
        let record = json!({ "id": deck_id, "state": state.to_value() });
        tx.put(WORKSHOP, deck_id, &record).await?;
        tx.commit().await
    }

    /// Writes a workshop record's state as it is, bypassing the model: lets tests plant
    /// damaged states, or ones from a newer version.
    #[doc(hidden)]
    pub async fn put_raw_workshop_for_tests(
        &self,
        deck_id: &str,
        state: Value,
    ) -> Result<(), StorageError> {
        let tx = self.tx(&[WORKSHOP], Mode::Write)?;
        tx.put(WORKSHOP, deck_id, &json!({ "id": deck_id, "state": state }))
            .await?;
        tx.commit().await
    }

    /// Every deck's workshop state that can be read, for a backup (one that cannot be read
    /// could not be resumed either; it stays here, untouched).
    pub async fn all_workshops(&self) -> Result<Vec<(String, WorkshopState)>, StorageError> {
        let tx = self.tx(&[WORKSHOP], Mode::Read)?;
        Ok(tx
            .all(WORKSHOP)
            .await?
            .iter()
            .filter_map(|row| {
                let id = row.get("id").and_then(Value::as_str)?.to_owned();
                read_state(row).ok().map(|state| (id, state))
            })
            .collect())
    }

    /// Puts workshops back from a backup, in one transaction: only for decks that are here,
    /// and never over a workshop this browser already has for that deck (it may be further on;
    /// the state carries no date to tell).
    pub async fn restore_workshops(
        &self,
        states: &[(String, WorkshopState)],
    ) -> Result<(), StorageError> {
        let tx = self.tx(&[WORKSHOP, DECKS], Mode::Write)?;
        for (deck_id, state) in states {
            let deck_here = tx.get(DECKS, deck_id).await?.is_some();
            if deck_here && tx.get(WORKSHOP, deck_id).await?.is_none() {
                let record = json!({ "id": deck_id, "state": state.to_value() });
                tx.put(WORKSHOP, deck_id, &record).await?;
            }
        }
        tx.commit().await
    }

    /// Forgets a deck's workshop state (starting over).
    pub async fn delete_workshop(&self, deck_id: &str) -> Result<(), StorageError> {
        let tx = self.tx(&[WORKSHOP], Mode::Write)?;
        tx.delete(WORKSHOP, deck_id).await?;
        tx.commit().await
    }
}

fn pending_key(deck_id: &str) -> String {
    format!("{PENDING_PREFIX}{deck_id}")
}

/// Writes a workshop state that is not stored yet, synchronously (the page is going away);
/// answers whether the browser kept it.
pub fn keep_pending_workshop(deck_id: &str, state: &WorkshopState) -> bool {
    write(&pending_key(deck_id), &state.to_value())
}

/// The workshop state left unsaved for this deck last time, if any (a damaged or newer one
/// is dropped: the stored record is the better guess then).
pub fn pending_workshop(deck_id: &str) -> Option<WorkshopState> {
    let value: Option<Value> = read(&pending_key(deck_id));
    let state = value.and_then(|v| WorkshopState::from_value(v).ok());
    if state.is_none() {
        clear_pending_workshop(deck_id);
    }
    state
}

/// Forgets the unsaved state once it is stored.
pub fn clear_pending_workshop(deck_id: &str) {
    remove(&pending_key(deck_id));
}
