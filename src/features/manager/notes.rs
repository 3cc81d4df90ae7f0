//! The manager's notes on one kept deck, as the prepare screen edits them: every change is
//! kept on screen at once and written a moment later (one write for a burst of typing), with
//! a saved indicator.

use std::time::Duration;

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::manager::ManagerNotes;
use crate::services::{use_library, DeckLibrary};

const SAVE_AFTER: Duration = Duration::from_millis(400);

#[derive(Clone, Copy)]
pub struct NotesSession {
    pub notes: RwSignal<ManagerNotes>,
    /// "All notes saved", "Saving…", or the problem.
    pub status: RwSignal<Result<bool, String>>,
    timer: StoredValue<Option<TimeoutHandle>>,
    library: DeckLibrary,
}

impl NotesSession {
    pub fn new(notes: ManagerNotes) -> NotesSession {
        let session = NotesSession {
            notes: RwSignal::new(notes),
            status: RwSignal::new(Ok(true)),
            timer: StoredValue::new(None),
            library: use_library(),
        };
        on_cleanup(move || session.save_now());
        session
    }

    /// Changes the notes and schedules the write.
    pub fn change(&self, f: impl FnOnce(&mut ManagerNotes)) {
        self.notes.update(f);
        self.status.set(Ok(false));
        if let Some(Some(h)) = self.timer.try_get_value() {
            h.clear();
        }
        let s = *self;
        self.timer
            .try_set_value(set_timeout_with_handle(move || s.save_now(), SAVE_AFTER).ok());
    }

    /// Writes now if anything is unsaved.
    pub fn save_now(&self) {
        if self.status.try_get_untracked() != Some(Ok(false)) {
            return;
        }
        let Some(notes) = self.notes.try_get_untracked() else {
            return;
        };
        let s = *self;
        spawn_local(async move {
            let result = s.library.save_manager_notes(&notes).await;
            let current = s.notes.try_with_untracked(|n| *n == notes).unwrap_or(false);
            s.status.try_set(match result {
                Ok(()) => Ok(current),
                Err(e) => Err(e.to_string()),
            });
        });
    }

    pub fn label(&self) -> &'static str {
        match self.status.get() {
            Ok(true) => "All notes saved",
            Ok(false) => "Saving…",
            Err(_) => "Not saved",
        }
    }
}
