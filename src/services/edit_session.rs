//! One open deck being edited (by the editor, the workshop or the presenter's notes): the
//! deck signal every field binds to, undo/redo, and the autosave that writes it back.
//!
//! Saving: debounced, one transaction per save, based on the revision the screen started
//! from. When another tab saved first, the two versions are merged (three-way, against the
//! version both started from): edits to different fields both survive, and only the same
//! field changed in both asks the person, with the version not chosen kept as a snapshot.
//! Whatever is not stored yet is written to a pending-edit record whenever the page is going
//! away, so closing the tab, reloading for an update or losing the database loses nothing.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::clock::{mark, now_ms, now_rfc3339};
use super::deck_library::{DeckLibrary, LibraryError};
use crate::model::{
    all_mine, apply_choice, merge_decks, Deck, DeckRecord, History, Merge, SnapshotReason,
    UNDO_MAX_BYTES,
};
use crate::storage::pending::{self, PendingEdit};
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
    /// The last save failed; the text is still on screen (and kept as a pending edit).
    Failed(StorageError),
    /// Another tab changed the same field: the person chooses, clash by clash.
    Conflict(Box<Conflict>),
}

/// A merge with another tab's save that needs the person's choice.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The stored record the merge was made against.
    pub theirs: DeckRecord,
    /// The deck this tab tried to save.
    pub mine: Deck,
    /// The merge, with each clash's choice (theirs until the person picks mine).
    pub merge: Merge,
}

impl SaveStatus {
    /// The save indicator's words.
    pub fn label(&self) -> &'static str {
        match self {
            SaveStatus::Saved => "All changes saved",
            SaveStatus::Unsaved => "Unsaved changes…",
            SaveStatus::Saving => "Saving…",
            SaveStatus::Failed(_) => "Not saved",
            SaveStatus::Conflict(_) => "Changed in another tab",
        }
    }

    /// The indicator's state, for styling.
    pub fn state(&self) -> &'static str {
        match self {
            SaveStatus::Saved => "saved",
            SaveStatus::Unsaved | SaveStatus::Saving => "saving",
            SaveStatus::Failed(_) | SaveStatus::Conflict(_) => "problem",
        }
    }
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
    /// The stored version the screen is based on (what `revision` holds), for merging.
    base: StoredValue<Deck>,
    /// Fired when lists change shape (add, remove, move, undo, another tab's version): every
    /// row looks itself up again.
    structure: Trigger,
    /// One trigger per list item id, fired by edits to that item only. Rows remove theirs
    /// when they go away.
    items: StoredValue<HashMap<String, ArcTrigger>>,
    /// The stored revision the deck on screen is based on.
    pub revision: RwSignal<u64>,
    pub status: RwSignal<SaveStatus>,
    history: RwSignal<History<Deck>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    saver: StoredValue<Rc<RefCell<SaveQueue>>, LocalStorage>,
    library: DeckLibrary,
    /// Said once after opening, when text left unsaved last time was brought back.
    pub recovered: RwSignal<Option<String>>,
}

impl EditSession {
    /// A session for a stored deck. Text left unsaved by an earlier visit (a closed tab, a
    /// reload) is brought back: as it was if storage has not moved on, merged otherwise.
    pub fn new(record: DeckRecord, library: DeckLibrary) -> EditSession {
        let session = EditSession {
            deck: RwSignal::new(record.deck.clone()),
            base: StoredValue::new(record.deck.clone()),
            revision: RwSignal::new(record.revision),
            status: RwSignal::new(SaveStatus::Saved),
            // Bounded by what it holds: a big deck's steps are big.
            history: RwSignal::new(History::weighed(
                |d: &Deck| d.to_json().len(),
                UNDO_MAX_BYTES,
            )),
            structure: Trigger::new(),
            items: StoredValue::new(HashMap::new()),
            timer: StoredValue::new(None),
            saver: StoredValue::new_local(Rc::default()),
            library,
            recovered: RwSignal::new(None),
        };
        if let Some(left) = pending::find(&record.deck.id) {
            session.recover(left, record);
        }
        session
    }

    fn recover(&self, left: PendingEdit, stored: DeckRecord) {
        if left.deck == stored.deck {
            pending::clear(&stored.deck.id);
            return;
        }
        let at = super::clock::local_date_time(&left.at);
        let (deck, clashes) = if left.base_revision == stored.revision {
            (left.deck, 0)
        } else {
            let m = merge_decks(&left.base, &left.deck, &stored.deck);
            let n = m.clashes.len();
            if n > 0 {
                self.status.set(SaveStatus::Conflict(Box::new(Conflict {
                    theirs: stored.clone(),
                    mine: left.deck.clone(),
                    merge: m.clone(),
                })));
            }
            (m.deck, n)
        };
        self.history
            .update(|h| h.record(stored.deck.clone(), "recovered", now_ms()));
        self.replace(deck);
        self.recovered.set(Some(if clashes == 0 {
            format!("Brought back what you typed on {at}, which had not been saved.")
        } else {
            format!(
                "Brought back what you typed on {at}. It was also changed elsewhere since: \
                 choose below which version to keep."
            )
        }));
        if clashes == 0 {
            self.changed();
        }
    }

    /// Applies an edit to the deck's own fields (title, headline, the short text lists).
    /// `key` names the field, so that a burst of typing in it undoes as one.
    pub fn edit(&self, key: &str, change: impl FnOnce(&mut Deck)) {
        self.apply(key, change);
    }

    /// Applies an edit that changes the shape of a list of items (add, remove, move): every
    /// row looks itself up again.
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

    /// Makes the current reactive scope re-run when the lists change shape (add, remove,
    /// move, undo, another tab's version), and not on edits inside items.
    pub fn track_structure(&self) {
        self.structure.track();
    }

    /// Forgets an item's trigger (its row is gone).
    pub fn forget_item(&self, item_id: &str) {
        self.items.try_update_value(|map| map.remove(item_id));
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
        self.library.unsaved.set(true);
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

    /// Whether something on screen is not stored yet.
    pub fn has_unsaved(&self) -> bool {
        !matches!(
            self.status.try_get_untracked(),
            Some(SaveStatus::Saved) | None
        )
    }

    /// Saves at once if anything is unsaved (the editor is going away, or Ctrl+S).
    pub fn flush(&self) {
        if matches!(
            self.status.try_get_untracked(),
            Some(SaveStatus::Unsaved | SaveStatus::Failed(_))
        ) {
            self.save_now();
        }
    }

    /// The screen is going away inside the app (the person went to another screen): saves
    /// what is unsaved without touching any signal, since the screen's views are being taken
    /// down around it. A clash with another tab's save merges; anything that cannot be saved
    /// is kept as a pending edit for the next visit.
    pub fn close(&self) {
        if !self.has_unsaved() {
            return;
        }
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
        }
        let (Some(deck), Some(base), Some(revision)) = (
            self.deck.try_get_untracked(),
            self.base.try_get_value(),
            self.revision.try_get_untracked(),
        ) else {
            return;
        };
        self.keep_pending();
        let library = self.library;
        spawn_local(async move {
            let saved = match library.save(&deck, revision).await {
                Ok(_) => true,
                Err(LibraryError::Storage(StorageError::Conflict(theirs))) => {
                    let merged = merge_decks(&base, &deck, &theirs.deck);
                    // A true clash waits for the person: the pending edit offers it back.
                    merged.clashes.is_empty()
                        && library.save(&merged.deck, theirs.revision).await.is_ok()
                }
                Err(_) => false,
            };
            if saved {
                pending::clear(&deck.id);
                library.unsaved.try_set(false);
            }
        });
    }

    /// The page is going away (closed, reloaded, hidden): starts a save and, since it may
    /// not finish, writes what is unsaved where the next visit finds it. Answers whether
    /// everything is safe (stored, or kept as a pending edit).
    pub fn leave(&self) -> bool {
        if !self.has_unsaved() {
            return true;
        }
        let kept = self.keep_pending();
        self.flush();
        kept
    }

    /// Writes the unsaved text synchronously (localStorage), for the next visit.
    fn keep_pending(&self) -> bool {
        let (Some(deck), Some(base), Some(base_revision)) = (
            self.deck.try_get_untracked(),
            self.base.try_get_value(),
            self.revision.try_get_untracked(),
        ) else {
            return false;
        };
        pending::keep(&PendingEdit {
            deck,
            base_revision,
            base,
            at: now_rfc3339(),
        })
    }

    /// Writes the deck now. One save runs at a time; a change made meanwhile is saved right
    /// after it, on top of the revision it produced. The saving task holds everything it
    /// needs, so a save started as the editor closes still completes.
    pub fn save_now(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            self.timer.try_set_value(None);
        }
        if matches!(
            self.status.try_get_untracked(),
            None | Some(SaveStatus::Conflict(_) | SaveStatus::Saved)
        ) {
            return;
        }
        let (Some(saver), Some(deck)) = (self.saver.try_get_value(), self.deck.try_get_untracked())
        else {
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
            loop {
                let Some(deck) = saver.borrow_mut().pending.take() else {
                    break;
                };
                if !session.save_one(deck).await {
                    saver.borrow_mut().pending = None;
                    break;
                }
            }
            saver.borrow_mut().running = false;
            // Typing may have gone on during the last write.
            if session.status.try_get_untracked() == Some(SaveStatus::Saving) {
                let done = session
                    .deck
                    .try_with_untracked(|d| session.base.try_with_value(|b| b == d))
                    .flatten();
                match done {
                    Some(true) => session.saved(),
                    Some(false) => {
                        session.status.try_set(SaveStatus::Unsaved);
                        session.schedule_save();
                    }
                    None => {}
                }
            }
        });
    }

    /// Writes one version; on a clash with another tab's save, merges. Answers whether to
    /// go on saving.
    async fn save_one(&self, deck: Deck) -> bool {
        let Some(base_revision) = self.revision.try_get_untracked() else {
            // The editor is gone: save against what is stored, merging if it moved on.
            return self.save_detached(deck).await;
        };
        match self.library.save(&deck, base_revision).await {
            Ok(revision) => {
                mark("career-deck:saved");
                self.stored(deck, revision);
                true
            }
            Err(LibraryError::Storage(StorageError::Conflict(theirs))) => {
                self.merge_with(deck, *theirs).await
            }
            Err(e) => {
                self.keep_pending();
                let e = match e {
                    LibraryError::Storage(s) => s,
                    other => StorageError::Other {
                        name: "Error".into(),
                        message: other.to_string(),
                    },
                };
                self.status.try_set(SaveStatus::Failed(e));
                false
            }
        }
    }

    /// The editor closed with a save in flight: finish it against the stored version.
    async fn save_detached(&self, deck: Deck) -> bool {
        let Ok(stored) = self.library.load(&deck.id).await else {
            return false;
        };
        // Without the editor's base, the stored version is the best base there is: this
        // tab's text wins where they differ (it was typed last), and nothing else is lost.
        let merged = merge_decks(&stored.deck, &deck, &stored.deck).deck;
        self.library.save(&merged, stored.revision).await.is_ok()
    }

    /// Another tab saved `theirs` first: merge it with `mine` against the common base.
    async fn merge_with(&self, mine: Deck, theirs: DeckRecord) -> bool {
        let Some(base) = self.base.try_get_value() else {
            return false;
        };
        let merge = merge_decks(&base, &mine, &theirs.deck);
        if !merge.clashes.is_empty() {
            self.keep_pending();
            self.status.try_set(SaveStatus::Conflict(Box::new(Conflict {
                theirs,
                mine,
                merge,
            })));
            return false;
        }
        self.base.try_set_value(theirs.deck.clone());
        self.revision.try_set(theirs.revision);
        self.rebase_screen(&mine, merge.deck.clone());
        match self.library.save(&merge.deck, theirs.revision).await {
            Ok(revision) => {
                self.stored(merge.deck, revision);
                true
            }
            Err(LibraryError::Storage(StorageError::Conflict(again))) => {
                // A third save landed meanwhile: the screen is merged; save it next round.
                self.base.try_set_value(again.deck.clone());
                let m = merge_decks(&theirs.deck, &merge.deck, &again.deck);
                self.revision.try_set(again.revision);
                self.base.try_set_value(again.deck.clone());
                self.rebase_screen(&merge.deck, m.deck);
                self.status.try_set(SaveStatus::Unsaved);
                self.schedule_save();
                false
            }
            Err(_) => {
                self.keep_pending();
                false
            }
        }
    }

    /// The screen showed `was`; storage now holds `now`. Whatever was typed on screen since
    /// `was` is kept on top of `now`.
    fn rebase_screen(&self, was: &Deck, now: Deck) {
        let Some(screen) = self.deck.try_get_untracked() else {
            return;
        };
        let next = if screen == *was {
            now
        } else {
            // Typing went on meanwhile: the screen's newer words win over the merge.
            let mut m = merge_decks(was, &screen, &now);
            all_mine(&mut m);
            m.deck
        };
        if screen != next && self.deck.try_set(next).is_none() {
            self.structure.notify();
        }
    }

    /// `deck` is now stored at `revision`.
    fn stored(&self, deck: Deck, revision: u64) {
        self.revision.try_set(revision);
        self.base.try_set_value(deck);
    }

    fn saved(&self) {
        self.status.try_set(SaveStatus::Saved);
        self.library.unsaved.try_set(false);
        if let Some(id) = self.deck.try_with_untracked(|d| d.id.clone()) {
            pending::clear(&id);
        }
    }

    /// The person chose, for clash `index`, their own version (`true`) or the other tab's.
    pub fn choose(&self, index: usize, mine: bool) {
        self.status.update(|s| {
            if let SaveStatus::Conflict(c) = s {
                apply_choice(&mut c.merge, index, mine);
            }
        });
    }

    /// Saves the merge with the person's choices on top of the other tab's save. The
    /// versions not chosen are kept as snapshots, so nothing typed on either side is lost.
    pub fn resolve(&self) {
        let SaveStatus::Conflict(conflict) = self.status.get_untracked() else {
            return;
        };
        let Conflict {
            theirs,
            mine,
            merge,
        } = *conflict;
        let session = *self;
        self.status.set(SaveStatus::Saving);
        spawn_local(async move {
            let store = session.library.store().await;
            let now = now_rfc3339();
            let dropped_mine = merge.clashes.iter().any(|c| !c.took_mine);
            let dropped_theirs = merge.clashes.iter().any(|c| c.took_mine);
            let mut kept = true;
            if dropped_theirs {
                kept &= store
                    .snapshot(
                        &theirs.deck,
                        "The other tab's version",
                        SnapshotReason::MergeLeftover,
                        &now,
                    )
                    .await
                    .is_ok();
            }
            if dropped_mine {
                kept &= store
                    .snapshot(
                        &mine,
                        "This tab's version",
                        SnapshotReason::MergeLeftover,
                        &now,
                    )
                    .await
                    .is_ok();
            }
            if !kept {
                // Without the leftovers stored, choosing would lose words: stay in conflict.
                session
                    .status
                    .try_set(SaveStatus::Failed(StorageError::Aborted));
                return;
            }
            session.base.try_set_value(theirs.deck.clone());
            session.revision.try_set(theirs.revision);
            session.rebase_screen(&mine, merge.deck.clone());
            session.status.try_set(SaveStatus::Unsaved);
            session.save_now();
        });
    }

    /// Another tab saved this deck: if nothing here is unsaved, show its version.
    pub fn saved_elsewhere(&self, revision: u64) {
        if revision <= self.revision.get_untracked()
            || self.status.get_untracked() != SaveStatus::Saved
        {
            return;
        }
        let session = *self;
        let id = self.deck.with_untracked(|d| d.id.clone());
        spawn_local(async move {
            let Ok(record) = session.library.load(&id).await else {
                return;
            };
            let still_saved = session.status.try_get_untracked() == Some(SaveStatus::Saved);
            let newer = session
                .revision
                .try_get_untracked()
                .is_some_and(|r| record.revision > r);
            if still_saved && newer {
                session.stored(record.deck.clone(), record.revision);
                if session.deck.try_set(record.deck).is_none() {
                    session.structure.notify();
                }
            }
        });
    }
}
