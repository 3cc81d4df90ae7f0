//! Backup files: what can make a whole file unreadable, the size guards, and the two
//! functions the first backup screen used. The backup document itself — its shape, reading
//! and writing — is in `backup_doc.rs` (docs/spec/backup-format.md).

use std::fmt;

use super::backup_doc::read_backup;
use super::deck::Deck;

/// The most decks one backup file may hold (a library of thousands stays restorable).
pub const MAX_BACKUP_DECKS: usize = 10_000;
/// The largest backup file read, in bytes. The caller checks a file's size against it before
/// reading the file into memory; `read_backup` checks again.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

/// Why a whole backup file can't be restored. A single damaged deck is never one of these:
/// it is skipped and named (`SkippedEntry`), and the rest restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    /// Not readable JSON.
    NotJson,
    /// JSON, but neither a list of decks nor a backup document.
    NotABackup,
    /// Over `MAX_BACKUP_BYTES`, or more than `MAX_BACKUP_DECKS` decks.
    TooLarge,
    /// Holds nothing at all to restore.
    Empty,
    /// A backup document of a newer version: never guessed at.
    NewerVersion { version: u64 },
    /// A backup document whose own frame is broken; says which part, in words.
    Damaged(&'static str),
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson => write!(
                f,
                "This file isn't a Career Deck backup: it is not readable JSON."
            ),
            BackupError::NotABackup => write!(
                f,
                "This file isn't a Career Deck backup: it should hold a list of decks or a \
                 Career Deck backup document."
            ),
            BackupError::TooLarge => write!(f, "This backup file is too large to restore."),
            BackupError::Empty => write!(f, "This backup holds nothing to restore."),
            BackupError::NewerVersion { version } => write!(
                f,
                "This backup was made by a newer version of Career Deck (backup version \
                 {version}). Update the app to restore it."
            ),
            BackupError::Damaged(what) => {
                write!(
                    f,
                    "This backup can't be restored: {what}. Nothing was restored."
                )
            }
        }
    }
}

impl std::error::Error for BackupError {}

/// The first backup format: a JSON list of decks. Still read by `read_backup`; new backups
/// are written with `write_backup_document`, which also carries the other sections.
pub fn write_backup(decks: &[Deck]) -> String {
    serde_json::to_string(decks).unwrap_or_else(|_| "[]".into())
}

/// The decks of a backup file of either format, as `read_backup` reads them. Damaged
/// entries are left out here; use `read_backup` to name them to the person.
pub fn parse_backup(text: &str) -> Result<Vec<Deck>, BackupError> {
    read_backup(text).map(|c| c.decks.into_iter().map(|d| d.deck).collect())
}
