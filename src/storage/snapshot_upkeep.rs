//! Letting go of snapshots in bulk (pruning a deck's history), in one transaction.

use super::db::SNAPSHOTS;
use super::tx::Mode;
use super::{DeckStore, StorageError};

impl DeckStore {
    /// Deletes these snapshots, all or none.
    pub async fn delete_snapshots(&self, ids: &[String]) -> Result<(), StorageError> {
        let tx = self.tx(&[SNAPSHOTS], Mode::Write)?;
        for id in ids {
            tx.delete(SNAPSHOTS, id).await?;
        }
        tx.commit().await
    }
}
