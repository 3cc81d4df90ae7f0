//! Backup files: a JSON list of decks in deck format v1 (deck-format.md). Reading one is all
//! or nothing: one bad deck refuses the whole file, naming which deck and field.

use std::fmt;

use serde_json::Value;

use super::deck::Deck;
use super::error::DeckError;
use super::limits::MAX_LIST_ITEMS;
use super::parse::deck_from_value;

/// The most decks one backup file may hold (a library of thousands stays restorable).
pub const MAX_BACKUP_DECKS: usize = 10_000;
/// The largest backup file read, in bytes.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    NotJson,
    NotAList,
    TooLarge,
    Empty,
    /// Deck number `index` (from 1) is not a valid deck.
    Deck {
        index: usize,
        error: DeckError,
    },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson => write!(
                f,
                "This file isn't a Career Deck backup: it is not readable JSON."
            ),
            BackupError::NotAList => write!(
                f,
                "This file isn't a Career Deck backup: it should hold a list of decks."
            ),
            BackupError::TooLarge => write!(f, "This backup file is too large to restore."),
            BackupError::Empty => write!(f, "This backup holds no decks."),
            BackupError::Deck { index, error } => {
                write!(
                    f,
                    "Deck {index} in this backup can't be restored. {error} Nothing was restored."
                )
            }
        }
    }
}

impl std::error::Error for BackupError {}

/// Writes decks as a backup file: a JSON list of decks in deck format v1.
pub fn write_backup(decks: &[Deck]) -> String {
    serde_json::to_string(decks).unwrap_or_else(|_| "[]".into())
}

/// Reads a backup file, checking every deck against the format.
pub fn parse_backup(text: &str) -> Result<Vec<Deck>, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| BackupError::NotJson)?;
    let items = value.as_array().ok_or(BackupError::NotAList)?;
    if items.is_empty() {
        return Err(BackupError::Empty);
    }
    if items.len() > MAX_BACKUP_DECKS.max(MAX_LIST_ITEMS) {
        return Err(BackupError::TooLarge);
    }
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let size = v.to_string().len();
            if size > super::limits::MAX_JSON_BYTES {
                return Err(BackupError::Deck {
                    index: i + 1,
                    error: DeckError::TooLarge { bytes: size },
                });
            }
            deck_from_value(v).map_err(|error| BackupError::Deck {
                index: i + 1,
                error,
            })
        })
        .collect()
}
