//! Why a stored kept deck or a set of notes could not be read back.

use std::fmt;

use crate::model::DeckError;

/// A kept deck or notes record that can't be read; each says so in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ManagerDataError {
    /// The record is not a JSON object.
    NotAnObject,
    /// Written by a newer version of the app: never guessed at.
    NewerSchema(u64),
    /// A required part is missing or of the wrong kind; says which, in words.
    Damaged(&'static str),
    /// The kept deck inside breaks the deck format's structure.
    Deck(DeckError),
}

impl fmt::Display for ManagerDataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ManagerDataError::NotAnObject => write!(f, "This saved entry is damaged."),
            ManagerDataError::NewerSchema(n) => write!(
                f,
                "This was saved by a newer version of Career Deck (version {n}); \
                 update the app to open it."
            ),
            ManagerDataError::Damaged(what) => write!(f, "This saved entry is damaged: {what}."),
            ManagerDataError::Deck(e) => write!(f, "The deck in it can't be read. {e}"),
        }
    }
}

impl std::error::Error for ManagerDataError {}
