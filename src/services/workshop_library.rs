//! The career workshop's progress through the library: reading it back (with what an earlier
//! visit left unsaved) and keeping it. Deck changes a step makes go through the deck's own
//! `EditSession`, never through here.

use super::deck_library::{DeckLibrary, LibraryError};
use crate::storage::workshop::{clear_pending_workshop, keep_pending_workshop, pending_workshop};
use crate::workshop::{StateError, WorkshopState};

/// A workshop opened again.
#[derive(Clone, Debug, PartialEq)]
pub struct ResumedWorkshop {
    pub state: WorkshopState,
    /// A gentle word on what happened, when the stored state could not be used as it was.
    pub note: Option<String>,
    /// Whether the state holds work not stored yet (left unsaved last time): save it soon.
    pub unsaved: bool,
    /// The stored state comes from a newer version of the app: nothing may be saved over it.
    pub read_only: bool,
}

impl DeckLibrary {
    /// The workshop kept for a deck: what was left unsaved last time if anything was (it is
    /// newer), else the stored state, else a fresh start. A damaged state starts afresh with
    /// a note; a newer version's state is never written over.
    pub async fn workshop(&self, deck_id: &str) -> Result<ResumedWorkshop, LibraryError> {
        let stored = self
            .run(|s| async move { s.workshop(deck_id).await })
            .await?;
        if let Some(Err(e @ StateError::NewerVersion(_))) = &stored {
            return Ok(ResumedWorkshop {
                state: WorkshopState::new(),
                note: Some(e.message().to_owned()),
                unsaved: false,
                read_only: true,
            });
        }
        if let Some(state) = pending_workshop(deck_id) {
            return Ok(ResumedWorkshop {
                state,
                note: None,
                unsaved: true,
                read_only: false,
            });
        }
        Ok(match stored {
            Some(Ok(state)) => ResumedWorkshop {
                state,
                note: None,
                unsaved: false,
                read_only: false,
            },
            Some(Err(e)) => ResumedWorkshop {
                state: WorkshopState::new(),
                note: Some(e.message().to_owned()),
                unsaved: false,
                read_only: false,
            },
            None => ResumedWorkshop {
                state: WorkshopState::new(),
                note: None,
                unsaved: false,
                read_only: false,
            },
        })
    }

    /// Keeps a deck's workshop state; once stored, forgets the copy left for the next visit
    /// if that copy is what was just stored (a newer one stays until it is stored too).
    pub async fn save_workshop(
        &self,
        deck_id: &str,
        state: &WorkshopState,
    ) -> Result<(), LibraryError> {
        self.run(|s| async move { s.save_workshop(deck_id, state).await })
            .await?;
        if pending_workshop(deck_id).is_some_and(|p| p == *state) {
            clear_pending_workshop(deck_id);
        }
        Ok(())
    }

    /// Writes a workshop state that is not stored yet where the next visit finds it
    /// (synchronously: the page is going away). Answers whether the browser kept it.
    pub fn keep_workshop_for_later(&self, deck_id: &str, state: &WorkshopState) -> bool {
        keep_pending_workshop(deck_id, state)
    }
}
