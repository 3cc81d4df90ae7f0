//! The web shell's storage: decks, snapshots, kept copies and boards in IndexedDB (rexie),
//! settings and unsaved edits in localStorage (gloo-storage), change notices between tabs
//! (BroadcastChannel).

pub mod backup_date;
mod boards;
mod db;
mod decks;
mod error;
mod import;
mod kept;
pub mod mappings;
pub mod pending;
pub mod persist;
pub mod settings;
mod snapshot_upkeep;
mod snapshots;
pub mod sync;
mod tx;
pub mod workshop;

pub use boards::{BoardSave, DeletedBoard};
pub use db::{DB_NAME, DB_VERSION};
pub use decks::{DeckStore, Deleted, Unreadable};
pub use error::StorageError;
pub use import::ImportOutcome;
