//! The one IndexedDB database and its versioned upgrade path.
//!
//! Version history (every version lists every store: idb drops stores that are not listed):
//! - 1: `decks` (full records, key `id`), `summaries` (what the library lists, key `id`),
//!   `share_log` (links made, auto-increment key, index `deck_id`).
//! - 2: adds `kept` (decks shared with me, with earlier versions, key `id`), `manager`
//!   (private notes, commitments and conversations per kept deck, key `id`), `snapshots`
//!   (named versions of a deck, key `id`, index `deck_id`), `boards` (opportunity boards I
//!   write, key `id`), `kept_boards` (boards shared with me, key `id`), `workshop` (workshop
//!   progress per deck, key `id`). Nothing in version 1's stores changes.

use rexie::{Index, ObjectStore, Rexie};

use super::StorageError;

pub const DB_NAME: &str = "career-deck";
pub const DB_VERSION: u32 = 2;
pub const DECKS: &str = "decks";
pub const SUMMARIES: &str = "summaries";
pub const SHARE_LOG: &str = "share_log";
pub const KEPT: &str = "kept";
pub const MANAGER: &str = "manager";
pub const SNAPSHOTS: &str = "snapshots";
pub const BOARDS: &str = "boards";
pub const KEPT_BOARDS: &str = "kept_boards";
pub const WORKSHOP: &str = "workshop";

/// Stores keyed by the record's `id` field.
const KEYED: [&str; 8] = [
    DECKS,
    SUMMARIES,
    KEPT,
    MANAGER,
    SNAPSHOTS,
    BOARDS,
    KEPT_BOARDS,
    WORKSHOP,
];

/// Opens (creating or upgrading) the database. idb closes the connection by itself when
/// another tab asks for a newer version, so an old tab never blocks an upgrade.
pub async fn open_database(name: &str) -> Result<Rexie, StorageError> {
    let mut builder = Rexie::builder(name).version(DB_VERSION);
    for store in KEYED {
        let mut s = ObjectStore::new(store).key_path("id");
        if store == SNAPSHOTS {
            s = s.add_index(Index::new("deck_id", "deck_id"));
        }
        builder = builder.add_object_store(s);
    }
    builder
        .add_object_store(
            ObjectStore::new(SHARE_LOG)
                .auto_increment(true)
                .add_index(Index::new("deck_id", "deck_id")),
        )
        .build()
        .await
        .map_err(|e| match StorageError::from(e) {
            // A failed open means no storage at all, whatever the browser called it (but a
            // full disk is still worth saying).
            StorageError::QuotaExceeded => StorageError::QuotaExceeded,
            _ => StorageError::Unavailable,
        })
}
