//! A deck's history through the library: restoring a version so that it can be undone at
//! once, deleting snapshots in bulk (and putting them back), and downloading a backup with
//! the date remembered for the reminder.

use super::clock::now_rfc3339;
use super::deck_library::{DeckLibrary, LibraryError};
use super::dom;
use crate::model::{
    file_name_for, newest_of, restored_from_shared, share_entry_for, ShareLogEntry, Snapshot,
    SnapshotReason,
};
use crate::storage::sync::Change;
use crate::storage::{backup_date, StorageError, Unreadable};

type Result<T> = std::result::Result<T, LibraryError>;

/// What a restore did, enough to undo it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RestoreReceipt {
    pub deck_id: String,
    /// The name of the snapshot restored.
    pub name: String,
    /// The snapshot holding the deck as it was just before.
    pub before_id: String,
}

impl DeckLibrary {
    /// Makes a snapshot's version the deck's current one; the current one is kept as a
    /// snapshot first. A snapshot taken when a link was made holds only what the link carried:
    /// restoring it brings that back and keeps the rest of the deck as it is now.
    pub async fn restore_version(
        &self,
        snapshot: &Snapshot,
        shares: &[ShareLogEntry],
    ) -> Result<RestoreReceipt> {
        let now = now_rfc3339();
        let entry = share_entry_for(shares, snapshot).cloned();
        let (revision, before_id) = self
            .run(|s| async move {
                let mut source = snapshot.clone();
                if snapshot.reason == SnapshotReason::Shared {
                    let current = s.load(&snapshot.deck_id).await?.deck;
                    source.deck = restored_from_shared(&snapshot.deck, entry.as_ref(), &current);
                }
                let revision = s.restore_snapshot(&source, &now).await?;
                let list = s.snapshots(&snapshot.deck_id).await?;
                let before = newest_of(&list, SnapshotReason::BeforeRestore)
                    .map(|b| b.id.clone())
                    .ok_or(StorageError::NotFound)?;
                Ok((revision, before))
            })
            .await?;
        self.announce(Change::Saved {
            deck_id: snapshot.deck_id.clone(),
            revision,
        });
        Ok(RestoreReceipt {
            deck_id: snapshot.deck_id.clone(),
            name: snapshot.name.clone(),
            before_id,
        })
    }

    /// Puts the deck back as it was before a restore, and the history as it was too: the
    /// snapshot the restore made, and the one this undo makes, are both let go.
    pub async fn undo_restore(&self, receipt: &RestoreReceipt) -> Result<()> {
        let now = now_rfc3339();
        let revision = self
            .run(|s| async move {
                let list = s.snapshots(&receipt.deck_id).await?;
                let before = list
                    .iter()
                    .find(|x| x.id == receipt.before_id)
                    .ok_or(StorageError::NotFound)?;
                let revision = s.restore_snapshot(before, &now).await?;
                let list = s.snapshots(&receipt.deck_id).await?;
                let mut gone = vec![receipt.before_id.clone()];
                if let Some(made) = newest_of(&list, SnapshotReason::BeforeRestore)
                    .filter(|m| m.id != receipt.before_id)
                {
                    gone.push(made.id.clone());
                }
                s.delete_snapshots(&gone).await?;
                Ok(revision)
            })
            .await?;
        self.announce(Change::Saved {
            deck_id: receipt.deck_id.clone(),
            revision,
        });
        Ok(())
    }

    /// Deletes several snapshots at once (pruning).
    pub async fn delete_snapshots(&self, ids: &[String]) -> Result<()> {
        self.run(|s| async move { s.delete_snapshots(ids).await })
            .await
    }

    /// Puts deleted snapshots back (undo of a delete).
    pub async fn put_back_snapshots(&self, snapshots: &[Snapshot]) -> Result<()> {
        self.run(|s| async move { s.put_snapshots(snapshots).await })
            .await
    }

    /// Makes the backup file, offers it as a download and remembers the date; answers the
    /// records left out because they could not be read, or what went wrong, in words.
    pub async fn download_backup(&self) -> std::result::Result<Vec<Unreadable>, String> {
        let (text, unreadable) = self.backup().await.map_err(|e| e.to_string())?;
        let now = now_rfc3339();
        let day: String = now.chars().take(10).collect();
        let name = file_name_for(&format!("career-deck-backup-{day}"), "json");
        if !dom::download(&name, "application/json", &text) {
            return Err("The browser didn't allow the download.".into());
        }
        backup_date::record_backup(&now);
        Ok(unreadable)
    }
}
