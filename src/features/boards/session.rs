//! One board being written: the board signal every field binds to, undo/redo (a burst of
//! typing in one field is one step), and the autosave that writes it back — debounced, one
//! transaction per save, on top of the revision the screen is based on. When another tab
//! saved first, nothing is overwritten: the person chooses which version to keep. What is not
//! stored yet when the page goes away is kept as a pending edit (`storage::pending`, as the
//! deck editor does) and brought back on the next open.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::board::{Board, BoardRecord};
use crate::model::{History, UNDO_MAX_BYTES};
use crate::services::clock::{local_date_time, now_ms, now_rfc3339};
use crate::services::DeckLibrary;
use crate::storage::pending::{self, PendingBoard};
use crate::storage::BoardSave;

/// Autosave waits this long after the last change (as the deck editor does).
const SAVE_DEBOUNCE: Duration = Duration::from_millis(400);

/// Where the board on screen stands against what is stored.
#[derive(Clone, Debug, PartialEq)]
pub enum BoardStatus {
    Saved,
    Unsaved,
    Saving,
    /// The last save failed (the words say why); the text is still on screen.
    Failed(String),
    /// Another tab saved this board first: what it stored.
    Conflict(Box<BoardRecord>),
}

impl BoardStatus {
    pub fn label(&self) -> &'static str {
        match self {
            BoardStatus::Saved => "All changes saved",
            BoardStatus::Unsaved => "Unsaved changes…",
            BoardStatus::Saving => "Saving…",
            BoardStatus::Failed(_) => "Not saved",
            BoardStatus::Conflict(_) => "Changed in another tab",
        }
    }

    pub fn state(&self) -> &'static str {
        match self {
            BoardStatus::Saved => "saved",
            BoardStatus::Unsaved | BoardStatus::Saving => "saving",
            BoardStatus::Failed(_) | BoardStatus::Conflict(_) => "problem",
        }
    }
}

#[derive(Clone, Copy)]
pub struct BoardSession {
    pub board: RwSignal<Board>,
    /// The stored revision the board on screen is based on.
    pub revision: RwSignal<u64>,
    pub status: RwSignal<BoardStatus>,
    history: RwSignal<History<Board>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// A save is on its way (one at a time; a change meanwhile is saved right after).
    in_flight: StoredValue<bool>,
    library: DeckLibrary,
    /// Said once after opening, when text left unsaved last time was brought back.
    pub recovered: RwSignal<Option<String>>,
}

impl BoardSession {
    /// A session for a stored board. Text left unsaved by an earlier visit is brought back:
    /// to be saved if storage has not moved on, for the person to choose otherwise.
    pub fn new(record: BoardRecord, library: DeckLibrary) -> BoardSession {
        let left = pending::find_board(&record.board.id);
        let session = BoardSession {
            board: RwSignal::new(record.board.clone()),
            revision: RwSignal::new(record.revision),
            status: RwSignal::new(BoardStatus::Saved),
            // Bounded by what it holds: a big board's steps are big.
            history: RwSignal::new(History::weighed(
                |d: &Board| d.to_json().len(),
                UNDO_MAX_BYTES,
            )),
            timer: StoredValue::new(None),
            in_flight: StoredValue::new(false),
            library,
            recovered: RwSignal::new(None),
        };
        if let Some(left) = left {
            session.recover(left, record);
        }
        session
    }

    fn recover(&self, left: PendingBoard, stored: BoardRecord) {
        if left.board == stored.board {
            pending::clear_board(&stored.board.id);
            return;
        }
        let at = local_date_time(&left.at);
        self.history
            .update(|h| h.record(stored.board.clone(), "recovered", now_ms()));
        self.board.set(left.board);
        if left.base_revision == stored.revision {
            self.recovered.set(Some(format!(
                "Brought back what you typed on {at}, which had not been saved."
            )));
            self.changed();
        } else {
            // Saved elsewhere since: neither version is written over until the person chooses.
            self.recovered.set(Some(format!(
                "Brought back what you typed on {at}. The board was also changed elsewhere \
                 since: choose below which version to keep."
            )));
            self.library.unsaved.set(true);
            self.status.set(BoardStatus::Conflict(Box::new(stored)));
        }
    }

    /// Applies an edit; `key` names the field, so that a burst of typing in it undoes as one.
    pub fn edit(&self, key: &str, change: impl FnOnce(&mut Board)) {
        let before = self.board.get_untracked();
        let mut changed = false;
        self.board.update(|b| {
            change(b);
            changed = *b != before;
            if changed {
                b.updated_at = now_rfc3339();
            }
        });
        if changed {
            self.history.update(|h| h.record(before, key, now_ms()));
            self.changed();
        }
    }

    pub fn can_undo(&self) -> bool {
        self.history.with(History::can_undo)
    }

    pub fn can_redo(&self) -> bool {
        self.history.with(History::can_redo)
    }

    pub fn undo(&self) {
        let current = self.board.get_untracked();
        let mut previous = None;
        self.history.update(|h| previous = h.undo(current));
        if let Some(mut b) = previous {
            b.updated_at = now_rfc3339();
            self.board.set(b);
            self.changed();
        }
    }

    pub fn redo(&self) {
        let current = self.board.get_untracked();
        let mut next = None;
        self.history.update(|h| next = h.redo(current));
        if let Some(mut b) = next {
            b.updated_at = now_rfc3339();
            self.board.set(b);
            self.changed();
        }
    }

    /// Ends a typing burst (the next edit is its own undo step).
    pub fn seal(&self) {
        self.history.update_untracked(History::seal);
    }

    fn changed(&self) {
        if !matches!(self.status.get_untracked(), BoardStatus::Conflict(_)) {
            self.status.set(BoardStatus::Unsaved);
        }
        self.library.unsaved.set(true);
        self.schedule_save();
    }

    fn schedule_save(&self) {
        let Some(previous) = self.timer.try_get_value() else {
            return;
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
            Some(BoardStatus::Saved) | None
        )
    }

    /// The page is going away: keeps what is unsaved where the next visit finds it (at once,
    /// since a save started now may never finish), then starts the save. Answers whether
    /// nothing can be lost (false: the browser refused to keep it, so ask before closing).
    pub fn leave(&self) -> bool {
        if !self.has_unsaved() {
            return true;
        }
        let kept = self.keep_pending();
        self.save_now();
        kept
    }

    fn keep_pending(&self) -> bool {
        let (Some(board), Some(base_revision)) = (
            self.board.try_get_untracked(),
            self.revision.try_get_untracked(),
        ) else {
            return false;
        };
        pending::keep_board(&PendingBoard {
            board,
            base_revision,
            at: now_rfc3339(),
        })
    }

    /// Saves now if anything is unsaved (Ctrl+S, the debounce, or the page going away).
    pub fn save_now(&self) {
        if let Some(Some(handle)) = self.timer.try_get_value() {
            handle.clear();
            self.timer.try_set_value(None);
        }
        if !matches!(
            self.status.try_get_untracked(),
            Some(BoardStatus::Unsaved | BoardStatus::Failed(_))
        ) {
            return;
        }
        if self.in_flight.try_get_value() != Some(false) {
            return; // the running save checks for newer text when it is done
        }
        // Taken now: a save started as the editor closes must still complete after its
        // signals are gone.
        let (Some(mut board), Some(mut revision)) = (
            self.board.try_get_untracked(),
            self.revision.try_get_untracked(),
        ) else {
            return;
        };
        self.in_flight.set_value(true);
        let session = *self;
        spawn_local(async move {
            loop {
                session.status.try_set(BoardStatus::Saving);
                let saved = match session.library.save_board(&board, revision).await {
                    // Stored already, word for word (the save started as the page went away
                    // landed after all, or another tab typed the same): nothing to ask.
                    Ok(BoardSave::Conflict(theirs)) if theirs.board == board => {
                        Ok(BoardSave::Saved(theirs.revision))
                    }
                    other => other,
                };
                match saved {
                    Ok(BoardSave::Saved(r)) => {
                        session.revision.try_set(r);
                        match session.board.try_get_untracked() {
                            Some(now) if now != board => {
                                // Typing went on during the write: save that too.
                                board = now;
                                revision = r;
                                continue;
                            }
                            _ => {}
                        }
                        session.status.try_set(BoardStatus::Saved);
                        session.library.unsaved.try_set(false);
                        pending::clear_board(&board.id);
                    }
                    Ok(BoardSave::Conflict(theirs)) => {
                        session.status.try_set(BoardStatus::Conflict(theirs));
                    }
                    Err(e) => {
                        session.status.try_set(BoardStatus::Failed(e.to_string()));
                        // Kept for the next visit, in case storage stays unwilling.
                        session.keep_pending();
                    }
                }
                break;
            }
            session.in_flight.try_set_value(false);
        });
    }

    /// After a conflict: keep what is on screen, saved over the other tab's version.
    pub fn keep_mine(&self) {
        if let BoardStatus::Conflict(theirs) = self.status.get_untracked() {
            self.revision.set(theirs.revision);
            self.status.set(BoardStatus::Unsaved);
            self.save_now();
        }
    }

    /// After a conflict: take the other tab's version (this tab's can be had back with Undo).
    pub fn take_theirs(&self) {
        if let BoardStatus::Conflict(theirs) = self.status.get_untracked() {
            let before = self.board.get_untracked();
            self.history
                .update(|h| h.record(before, "theirs", now_ms()));
            self.board.set(theirs.board.clone());
            self.revision.set(theirs.revision);
            self.status.set(BoardStatus::Saved);
            self.library.unsaved.set(false);
            pending::clear_board(&theirs.board.id);
        }
    }

    /// Another tab saved this board: if nothing here is unsaved, show its version.
    pub fn saved_elsewhere(&self, revision: u64) {
        if revision <= self.revision.get_untracked()
            || self.status.get_untracked() != BoardStatus::Saved
        {
            return;
        }
        let session = *self;
        let id = self.board.with_untracked(|b| b.id.clone());
        spawn_local(async move {
            let Ok(record) = session.library.load_board(&id).await else {
                return;
            };
            let still_saved = session.status.try_get_untracked() == Some(BoardStatus::Saved);
            let newer = session
                .revision
                .try_get_untracked()
                .is_some_and(|r| record.revision > r);
            if still_saved && newer {
                session.revision.try_set(record.revision);
                session.board.try_set(record.board);
            }
        });
    }
}
