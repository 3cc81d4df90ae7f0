//! Everything that can go wrong with the browser's storage, in words the owner can act on.
//!
//! IndexedDB reports failures as DOMExceptions; they are classified by the exception's
//! `name` (the standard's stable identifier), never by matching a library's message text.

use std::fmt;

use wasm_bindgen::{JsCast, JsValue};

use crate::model::{DeckRecord, RecordError};

#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser's storage quota for this site is used up.
    QuotaExceeded,
    /// The browser ended a write before it finished (it gives no reason; a full disk is the
    /// usual one, so the message says so).
    Aborted,
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
    /// Anything else the browser reported: the DOMException's name and message, kept so the
    /// cause is not lost.
    Other { name: String, message: String },
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
            StorageError::Aborted => write!(
                f,
                "Your browser stopped the last save before it finished, so it was not kept \
                 (this usually means its storage for this site is full). Your text is still on \
                 screen; free some space and try again."
            ),
            StorageError::Unavailable => write!(
                f,
                "This browser won't let Career Deck store anything (a private window or a \
                 privacy setting can do this). You can keep writing and download your work, but \
                 nothing will be kept after you close this tab."
            ),
            StorageError::UpgradeBlocked => write!(
                f,
                "Career Deck is open in another tab with an older version. Close that tab (or \
                 reload it) so this one can continue."
            ),
            StorageError::Closed => write!(
                f,
                "Career Deck was updated in another tab. Reload this page to keep saving; your \
                 text on screen is kept for you and offered back after the reload."
            ),
            StorageError::NotFound => write!(f, "This deck isn't in your library on this device."),
            StorageError::Conflict(_) => write!(
                f,
                "This deck was changed in another tab or window since you opened it here."
            ),
            StorageError::Damaged(e) => write!(f, "{e}"),
            StorageError::Other { name, message } => write!(
                f,
                "The browser could not store this ({name}: {message}). Your text is still on \
                 screen."
            ),
        }
    }
}

impl std::error::Error for StorageError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            StorageError::Damaged(e) => Some(e),
            _ => None,
        }
    }
}

impl StorageError {
    /// The error for a DOMException (or anything else thrown), by its `name`.
    pub fn from_js(value: &JsValue) -> StorageError {
        match value.dyn_ref::<web_sys::DomException>() {
            Some(e) => StorageError::from_name(&e.name(), &e.message()),
            None => StorageError::Other {
                name: "Error".into(),
                message: value.as_string().unwrap_or_else(|| "unknown".into()),
            },
        }
    }

    /// Maps a DOMException name to the error the owner needs to see.
    pub fn from_name(name: &str, message: &str) -> StorageError {
        match name {
            "QuotaExceededError" => StorageError::QuotaExceeded,
            "AbortError" => StorageError::Aborted,
            // A connection the browser closed (another tab upgraded the database).
            "InvalidStateError" | "TransactionInactiveError" => StorageError::Closed,
            "UnknownError" | "SecurityError" | "InvalidAccessError" | "NotAllowedError"
            | "NotFoundError" => StorageError::Unavailable,
            _ => StorageError::Other {
                name: name.to_owned(),
                message: message.to_owned(),
            },
        }
    }
}

impl From<rexie::Error> for StorageError {
    fn from(e: rexie::Error) -> Self {
        match e {
            rexie::Error::IdbError(inner) => inner.into(),
            rexie::Error::TransactionAbortFailed | rexie::Error::TransactioncommitFailed => {
                StorageError::Aborted
            }
            other => StorageError::Other {
                name: "Error".into(),
                message: other.to_string(),
            },
        }
    }
}

impl From<idb::Error> for StorageError {
    fn from(e: idb::Error) -> Self {
        use idb::Error as E;
        let thrown = match &e {
            E::DomException(d) => return StorageError::from_name(&d.name(), &d.message()),
            // No IndexedDB at all (switched off, or a sandboxed frame).
            E::IndexedDbNotFound(_) => return StorageError::Unavailable,
            E::AddFailed(v)
            | E::ClearFailed(v)
            | E::CountFailed(v)
            | E::DeleteFailed(v)
            | E::GetAllFailed(v)
            | E::GetAllKeysFailed(v)
            | E::GetFailed(v)
            | E::GetKeyFailed(v)
            | E::IndexedDbOpenFailed(v)
            | E::IndexNotFound(v)
            | E::KeyRangeCreateFailed(v)
            | E::ObjectStoreNotFound(v)
            | E::OpenCursorFailed(v)
            | E::TransactionAbortError(v)
            | E::TransactionCommitError(v)
            | E::TransactionOpenFailed(v)
            | E::UpdateFailed(v) => Some(v),
            _ => None,
        };
        match thrown {
            Some(v) => StorageError::from_js(v),
            None => StorageError::Other {
                name: "Error".into(),
                message: e.to_string(),
            },
        }
    }
}
