//! The one IndexedDB database and its versioned upgrade path.
//!
//! Version history (every version lists every store: idb drops stores that are not listed):
//! - 1: `decks` (full records, key `id`), `summaries` (what the library lists, key `id`),
//!   `share_log` (links made, auto-increment key, index `deck_id`).

use rexie::{Index, ObjectStore, Rexie};

use super::StorageError;

pub const DB_NAME: &str = "career-deck";
pub const DB_VERSION: u32 = 1;
pub const DECKS: &str = "decks";
pub const SUMMARIES: &str = "summaries";
pub const SHARE_LOG: &str = "share_log";

/// Opens (creating or upgrading) the database. idb closes the connection by itself when
/// another tab asks for a newer version, so an old tab never blocks an upgrade.
pub async fn open_database(name: &str) -> Result<Rexie, StorageError> {
    Rexie::builder(name)
        .version(DB_VERSION)
        .add_object_store(ObjectStore::new(DECKS).key_path("id"))
        .add_object_store(ObjectStore::new(SUMMARIES).key_path("id"))
        .add_object_store(
            ObjectStore::new(SHARE_LOG)
                .auto_increment(true)
                .add_index(Index::new("deck_id", "deck_id")),
        )
        .build()
        .await
        .map_err(|e| match StorageError::from(e) {
            // A failed open means no storage at all, whatever the browser called it.
            StorageError::Other(_) | StorageError::Closed => StorageError::Unavailable,
            other => other,
        })
}
