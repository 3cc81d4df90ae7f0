//! One open deck being edited: the deck signal every field binds to, undo/redo, and the
//! autosave that writes it back (debounced, one transaction per save, revision-guarded).

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clock::{mark, now_ms, now_rfc3339};
use super::decks::Decks;
use crate::model::{Deck, DeckRecord, History};
use crate::storage::sync::Change;
use crate::storage::StorageError;

/// Autosave waits this long after the last change (the budget is 500 ms).
pub const SAVE_DEBOUNCE: Duration = Duration::from_millis(400);

/// Where the deck on screen stands against what is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    /// Changed on screen, save pending.
    Unsaved,
    Saving,
    /// The last save failed; the text is still on screen.
    Failed(StorageError),
    /// Another tab saved this deck meanwhile: the person chooses whose version stays.
    Conflict(Box<DeckRecord>),
}

#[derive(Clone, Copy)]
pub struct EditSession {
    pub deck: RwSignal<Deck>,
    /// The stored revision the deck on screen is based on.
    pub revision: RwSignal<u64>,
    pub status: RwSignal<SaveStatus>,
    history: RwSignal<History<Deck>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    in_flight: StoredValue<bool>,
    decks: Decks,
}

impl EditSession {
    pub fn new(record: DeckRecord, decks: Decks) -> EditSession {
        EditSession {
            deck: RwSignal::new(record.deck),
            revision: RwSignal::new(record.revision),
            status: RwSignal::new(SaveStatus::Saved),
            history: RwSignal::new(History::default()),
            timer: StoredValue::new(None),
            in_flight: StoredValue::new(false),
            decks,
        }
    }

    /// Applies an edit. `key` names the field, so that a burst of typing in it undoes as one.
    pub fn edit(&self, key: &str, change: impl FnOnce(&mut Deck)) {
        let before = self.deck.get_untracked();
        let mut after = before.clone();
        change(&mut after);
        if after == before {
            return;
        }
        after.updated_at = now_rfc3339();
        self.history.update(|h| h.record(before, key, now_ms()));
        self.deck.set(after);
        self.changed();
    }

    pub fn can_undo(&self) -> bool {
        self.history.with(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.history.with(History::can_redo)
    }

    pub fn undo(&self) {
        let current = self.deck.get_untracked();
        let mut previous = None;
        self.history.update(|h| previous = h.undo(current));
        if let Some(deck) = previous {
            self.deck.set(deck);
            self.changed();
        }
    }

    pub fn redo(&self) {
        let current = self.deck.get_untracked();
        let mut next = None;
        self.history.update(|h| next = h.redo(current));
        if let Some(deck) = next {
            self.deck.set(deck);
            self.changed();
        }
    }

    /// Ends a typing burst (the next edit becomes its own undo step).
    pub fn seal(&self) {
        self.history.update_untracked(History::seal);
    }

    fn changed(&self) {
        if !matches!(self.status.get_untracked(), SaveStatus::Conflict(_)) {
            self.status.set(SaveStatus::Unsaved);
        }
        self.schedule_save();
    }

    fn schedule_save(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let session = *self;
        let handle = set_timeout_with_handle(move || session.save_now(), SAVE_DEBOUNCE).ok();
        self.timer.set_value(handle);
    }

    /// Saves at once if anything is unsaved (the page is being hidden or closed, say).
    pub fn flush(&self) {
        if matches!(
            self.status.get_untracked(),
            SaveStatus::Unsaved | SaveStatus::Failed(_)
        ) {
            self.save_now();
        }
    }

    /// Writes the deck now. One save runs at a time; changes made meanwhile get their own.
    pub fn save_now(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        if matches!(
            self.status.get_untracked(),
            SaveStatus::Conflict(_) | SaveStatus::Saved
        ) {
            return;
        }
        if self.in_flight.get_value() {
            self.schedule_save();
            return;
        }
        let Some(store) = self.decks.store() else {
            return;
        };
        let session = *self;
        let deck = self.deck.get_untracked();
        let base = self.revision.get_untracked();
        self.in_flight.set_value(true);
        self.status.set(SaveStatus::Saving);
        spawn_local(async move {
            let result = store.save(&deck, base).await;
            session.in_flight.set_value(false);
            match result {
                Ok(revision) => {
                    mark("career-deck:saved");
                    session.revision.set(revision);
                    session.decks.announce(Change::Saved {
                        deck_id: deck.id.clone(),
                        revision,
                    });
                    session.decks.ask_persistence_once();
                    if session.deck.with_untracked(|d| *d == deck) {
                        session.status.set(SaveStatus::Saved);
                    } else {
                        session.status.set(SaveStatus::Unsaved);
                        session.schedule_save();
                    }
                }
                Err(StorageError::Conflict(theirs)) => {
                    session.status.set(SaveStatus::Conflict(theirs))
                }
                Err(e) => {
                    session.decks.report(&e);
                    session.status.set(SaveStatus::Failed(e));
                }
            }
        });
    }

    /// Resolves a conflict by taking the other tab's version (this tab's edit can be undone
    /// back into view, so nothing is lost).
    pub fn take_theirs(&self) {
        if let SaveStatus::Conflict(theirs) = self.status.get_untracked() {
            let mine = self.deck.get_untracked();
            self.history.update(|h| {
                h.record(mine, "conflict", now_ms());
                h.seal();
            });
            self.revision.set(theirs.revision);
            self.deck.set(theirs.deck);
            self.status.set(SaveStatus::Saved);
        }
    }

    /// Resolves a conflict by saving this tab's version over the other one.
    pub fn keep_mine(&self) {
        if let SaveStatus::Conflict(theirs) = self.status.get_untracked() {
            self.revision.set(theirs.revision);
            self.status.set(SaveStatus::Unsaved);
            self.save_now();
        }
    }

    /// Another tab saved this deck: if nothing here is unsaved, show its version.
    pub fn saved_elsewhere(&self, revision: u64) {
        if revision <= self.revision.get_untracked()
            || self.status.get_untracked() != SaveStatus::Saved
        {
            return;
        }
        let Some(store) = self.decks.store() else {
            return;
        };
        let session = *self;
        let id = self.deck.with_untracked(|d| d.id.clone());
        spawn_local(async move {
            if let Ok(record) = store.load(&id).await {
                if session.status.get_untracked() == SaveStatus::Saved
                    && record.revision > session.revision.get_untracked()
                {
                    session.revision.set(record.revision);
                    session.deck.set(record.deck);
                }
            }
        });
    }
}
