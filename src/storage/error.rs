//! Everything that can go wrong with the browser's storage, in words the owner can act on.

use std::fmt;

use crate::model::{DeckRecord, RecordError};

#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser's storage quota for this site is used up.
    QuotaExceeded,
    /// IndexedDB cannot be used here (private window, blocked by settings, disabled).
    Unavailable,
    /// Another tab has the database open with an older version and will not let go.
    UpgradeBlocked,
    /// Another tab opened a newer version of the database; this tab must reload.
    Closed,
    /// The deck is not in this browser's library.
    NotFound,
    /// The deck was saved elsewhere (another tab) since this copy was loaded.
    Conflict(Box<DeckRecord>),
    /// A stored record could not be read.
    Damaged(RecordError),
    /// Anything else the browser reported.
    Other(String),
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StorageError::QuotaExceeded => write!(
                f,
                "Your browser's storage for this site is full, so the last change was not saved. \
                 Keep this tab open, free some space (Settings → download a backup, then delete \
                 decks you no longer need) and your text will be saved on the next change."
            ),
            StorageError::Unavailable => write!(
                f,
                "This browser won't let Career Deck store anything (a private window or a \
                 privacy setting can do this). You can keep writing, but nothing will be kept \
                 after you close this tab."
            ),
            StorageError::UpgradeBlocked => write!(
                f,
                "Career Deck is open in another tab with an older version. Close that tab (or \
                 reload it) so this one can continue."
            ),
            StorageError::Closed => write!(
                f,
                "Career Deck was updated in another tab. Reload this page to keep saving; your \
                 text on screen is still here."
            ),
            StorageError::NotFound => write!(f, "This deck isn't in your library on this device."),
            StorageError::Conflict(_) => write!(
                f,
                "This deck was changed in another tab or window since you opened it here."
            ),
            StorageError::Damaged(e) => write!(f, "{e}"),
            StorageError::Other(msg) => {
                write!(f, "Saving failed: {msg}. Your text is still on screen.")
            }
        }
    }
}

impl std::error::Error for StorageError {}

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        // rexie wraps idb's errors, whose text starts with the DOMException's name.
        let text = match &e {
            rexie::Error::IdbError(inner) => inner.to_string(),
            other => other.to_string(),
        };
        classify(&text)
    }
}

/// Maps a DOMException's text (`Name: message`) to the error the owner needs to see.
pub fn classify(text: &str) -> StorageError {
    if text.contains("QuotaExceededError") {
        StorageError::QuotaExceeded
    } else if text.contains("InvalidStateError") || text.contains("closing") {
        StorageError::Closed
    } else if [
        "UnknownError",
        "SecurityError",
        "InvalidAccessError",
        "indexed db not found",
        "NotAllowedError",
    ]
    .iter()
    .any(|name| text.contains(name))
    {
        StorageError::Unavailable
    } else {
        StorageError::Other(text.to_owned())
    }
}
