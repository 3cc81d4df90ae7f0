//! One open deck being edited: the deck signal every field binds to, undo/redo, and the
//! autosave that writes it back (debounced, one transaction per save, revision-guarded).

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
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

/// The deck waiting to be written, shared with the task that writes it.
#[derive(Default)]
struct SaveQueue {
    pending: Option<Deck>,
    running: bool,
}

#[derive(Clone, Copy)]
pub struct EditSession {
    /// The deck. Screen-wide views track it; rows of long lists track `track_item` instead,
    /// so one keystroke re-evaluates one row, not four hundred.
    pub deck: RwSignal<Deck>,
    /// Fired when lists change shape (add, remove, move, undo, another tab's version): every
    /// row looks itself up again.
    structure: Trigger,
    /// One trigger per list item id, fired by edits to that item only.
    items: StoredValue<HashMap<String, ArcTrigger>>,
    /// The stored revision the deck on screen is based on.
    pub revision: RwSignal<u64>,
    pub status: RwSignal<SaveStatus>,
    history: RwSignal<History<Deck>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    saver: StoredValue<Rc<RefCell<SaveQueue>>, LocalStorage>,
    decks: Decks,
}

impl EditSession {
    pub fn new(record: DeckRecord, decks: Decks) -> EditSession {
        EditSession {
            deck: RwSignal::new(record.deck),
            revision: RwSignal::new(record.revision),
            status: RwSignal::new(SaveStatus::Saved),
            history: RwSignal::new(History::default()),
            structure: Trigger::new(),
            items: StoredValue::new(HashMap::new()),
            timer: StoredValue::new(None),
            saver: StoredValue::new_local(Rc::default()),
            decks,
        }
    }

    /// Applies an edit to the deck's own fields (title, headline, the short text lists).
    /// `key` names the field, so that a burst of typing in it undoes as one.
    pub fn edit(&self, key: &str, change: impl FnOnce(&mut Deck)) {
        self.apply(key, change);
    }

    /// Applies an edit that changes the shape of the roles, competencies or actions lists
    /// (add, remove, move): every row looks itself up again.
    pub fn edit_lists(&self, key: &str, change: impl FnOnce(&mut Deck)) {
        if self.apply(key, change) {
            self.structure.notify();
        }
    }

    /// Applies an edit to one list item's own fields (its text, level, date): only that
    /// item's row is told.
    pub fn edit_item(&self, key: &str, item_id: &str, change: impl FnOnce(&mut Deck)) {
        if self.apply(key, change) {
            if let Some(trigger) = self.item_trigger(item_id) {
                trigger.notify();
            }
        }
    }

    /// Makes the current reactive scope (a row's memo) re-run when this item is edited or
    /// the lists change shape.
    pub fn track_item(&self, item_id: &str) {
        self.structure.track();
        if let Some(trigger) = self.item_trigger(item_id) {
            trigger.track();
        }
    }

    fn item_trigger(&self, item_id: &str) -> Option<ArcTrigger> {
        self.items
            .try_update_value(|map| map.entry(item_id.to_owned()).or_default().clone())
    }

    /// Changes the deck and records the undo step; answers whether anything changed.
    fn apply(&self, key: &str, change: impl FnOnce(&mut Deck)) -> bool {
        // One copy of the deck per keystroke (for undo); the signal is changed in place.
        let before = self.deck.get_untracked();
        let mut changed = false;
        self.deck.update(|deck| {
            change(deck);
            changed = *deck != before;
            if changed {
                deck.updated_at = now_rfc3339();
            }
        });
        if changed {
            self.history.update(|h| h.record(before, key, now_ms()));
            self.changed();
        }
        changed
    }

    /// Replaces the whole deck (undo, redo, another tab's version).
    fn replace(&self, deck: Deck) {
        self.deck.set(deck);
        self.structure.notify();
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
            self.replace(deck);
            self.changed();
        }
    }

    pub fn redo(&self) {
        let current = self.deck.get_untracked();
        let mut next = None;
        self.history.update(|h| next = h.redo(current));
        if let Some(deck) = next {
            self.replace(deck);
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
        let Some(previous) = self.timer.try_get_value() else {
            return; // the editor is gone; `flush` already handed the deck to the saver
        };
        if let Some(handle) = previous {
            handle.clear();
        }
        let session = *self;
        let handle = set_timeout_with_handle(move || session.save_now(), SAVE_DEBOUNCE).ok();
        self.timer.try_set_value(handle);
    }

    /// Saves at once if anything is unsaved (the page is being hidden or closed, or the
    /// editor is going away).
    pub fn flush(&self) {
        if matches!(
            self.status.try_get_untracked(),
            Some(SaveStatus::Unsaved | SaveStatus::Failed(_))
        ) {
            self.save_now();
        }
    }

    /// Writes the deck now. One save runs at a time; a change made meanwhile is saved right
    /// after it, on top of the revision it produced. The saving task holds everything it
    /// needs, so a save started as the editor closes still completes.
    pub fn save_now(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            self.timer.try_set_value(None);
        }
        let status = self.status.try_get_untracked();
        if matches!(
            status,
            None | Some(SaveStatus::Conflict(_) | SaveStatus::Saved)
        ) {
            return;
        }
        let (Some(saver), Some(deck), Some(base), Some(store)) = (
            self.saver.try_get_value(),
            self.deck.try_get_untracked(),
            self.revision.try_get_untracked(),
            self.decks.store(),
        ) else {
            return;
        };
        self.status.try_set(SaveStatus::Saving);
        let already_running = {
            let mut queue = saver.borrow_mut();
            queue.pending = Some(deck);
            std::mem::replace(&mut queue.running, true)
        };
        if already_running {
            return; // the running task picks up the newest deck when it finishes
        }
        let session = *self;
        spawn_local(async move {
            let mut base = base;
            let mut last_saved = None;
            loop {
                let Some(deck) = saver.borrow_mut().pending.take() else {
                    break;
                };
                match store.save(&deck, base).await {
                    Ok(revision) => {
                        mark("career-deck:saved");
                        base = revision;
                        session.revision.try_set(revision);
                        session.decks.announce(Change::Saved {
                            deck_id: deck.id.clone(),
                            revision,
                        });
                        session.decks.ask_persistence_once();
                        last_saved = Some(deck);
                    }
                    Err(StorageError::Conflict(theirs)) => {
                        saver.borrow_mut().pending = None;
                        session.status.try_set(SaveStatus::Conflict(theirs));
                        last_saved = None;
                        break;
                    }
                    Err(e) => {
                        saver.borrow_mut().pending = None;
                        session.decks.report(&e);
                        session.status.try_set(SaveStatus::Failed(e));
                        last_saved = None;
                        break;
                    }
                }
            }
            saver.borrow_mut().running = false;
            if let Some(saved) = last_saved {
                match session.deck.try_with_untracked(|d| *d == saved) {
                    Some(true) => {
                        session.status.try_set(SaveStatus::Saved);
                    }
                    Some(false) => {
                        session.status.try_set(SaveStatus::Unsaved);
                        session.schedule_save();
                    }
                    None => {}
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
            self.replace(theirs.deck);
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
                let still_saved = session.status.try_get_untracked() == Some(SaveStatus::Saved);
                if still_saved
                    && session
                        .revision
                        .try_get_untracked()
                        .is_some_and(|r| record.revision > r)
                {
                    session.revision.try_set(record.revision);
                    if session.deck.try_set(record.deck).is_none() {
                        session.structure.notify();
                    }
                }
            }
        });
    }
}
