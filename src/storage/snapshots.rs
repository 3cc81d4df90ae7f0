//! Snapshots of the owner's decks (model/snapshot.rs), kept in their own store.

use super::db::{DECKS, SNAPSHOTS, SUMMARIES};
use super::decks::{read_record, write_record};
use super::tx::{Mode, Tx};
use super::{DeckStore, StorageError};
use crate::model::{Deck, Snapshot, SnapshotReason};

impl DeckStore {
    /// Keeps a version of a deck under a name; answers the snapshot kept.
    pub async fn snapshot(
        &self,
        deck: &Deck,
        name: &str,
        reason: SnapshotReason,
        now: &str,
    ) -> Result<Snapshot, StorageError> {
        let tx = self.tx(&[SNAPSHOTS], Mode::Write)?;
        let snapshot = Snapshot {
            id: next_id(&tx, &deck.id).await?,
            deck_id: deck.id.clone(),
            name: name.to_owned(),
            at: now.to_owned(),
            reason,
            deck: deck.clone(),
        };
        tx.put(SNAPSHOTS, &snapshot.id, &snapshot.to_value())
            .await?;
        tx.commit().await?;
        Ok(snapshot)
    }

    /// A deck's snapshots, newest first (a damaged one is skipped).
    pub async fn snapshots(&self, deck_id: &str) -> Result<Vec<Snapshot>, StorageError> {
        let tx = self.tx(&[SNAPSHOTS], Mode::Read)?;
        let mut list: Vec<Snapshot> = tx
            .by_index(SNAPSHOTS, "deck_id", deck_id)
            .await?
            .iter()
            .filter_map(Snapshot::from_value)
            .collect();
        list.sort_by(|a, b| b.at.cmp(&a.at).then_with(|| b.id.cmp(&a.id)));
        Ok(list)
    }

    /// Every snapshot of every deck (for a backup).
    pub async fn all_snapshots(&self) -> Result<Vec<Snapshot>, StorageError> {
        let tx = self.tx(&[SNAPSHOTS], Mode::Read)?;
        Ok(tx
            .all(SNAPSHOTS)
            .await?
            .iter()
            .filter_map(Snapshot::from_value)
            .collect())
    }

    pub async fn delete_snapshot(&self, id: &str) -> Result<(), StorageError> {
        let tx = self.tx(&[SNAPSHOTS], Mode::Write)?;
        tx.delete(SNAPSHOTS, id).await?;
        tx.commit().await
    }

    /// Puts snapshots back as they were (restoring a backup); ones already here are kept.
    pub async fn put_snapshots(&self, snapshots: &[Snapshot]) -> Result<(), StorageError> {
        let tx = self.tx(&[SNAPSHOTS], Mode::Write)?;
        for s in snapshots {
            if tx.get(SNAPSHOTS, &s.id).await?.is_none() {
                tx.put(SNAPSHOTS, &s.id, &s.to_value()).await?;
            }
        }
        tx.commit().await
    }

    /// Makes a snapshot's version the deck's current one, after keeping the current one as
    /// a snapshot itself (so the restore can be undone), all in one transaction. Answers the
    /// new revision.
    pub async fn restore_snapshot(
        &self,
        snapshot: &Snapshot,
        now: &str,
    ) -> Result<u64, StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES, SNAPSHOTS], Mode::Write)?;
        let row = tx
            .get(DECKS, &snapshot.deck_id)
            .await?
            .ok_or(StorageError::NotFound)?;
        let mut record = read_record(row)?;
        let before = Snapshot {
            id: next_id(&tx, &snapshot.deck_id).await?,
            deck_id: snapshot.deck_id.clone(),
            name: format!("Before restoring “{}”", snapshot.name),
            at: now.to_owned(),
            reason: SnapshotReason::BeforeRestore,
            deck: record.deck.clone(),
        };
        tx.put(SNAPSHOTS, &before.id, &before.to_value()).await?;
        let mut deck = snapshot.deck.clone();
        deck.id = snapshot.deck_id.clone();
        deck.updated_at = now.to_owned();
        record.deck = deck;
        record.revision += 1;
        write_record(&tx, &record).await?;
        tx.commit().await?;
        Ok(record.revision)
    }
}

/// `<deck id>:<n>` with n one more than any snapshot of that deck has.
async fn next_id(tx: &Tx<'_>, deck_id: &str) -> Result<String, StorageError> {
    let highest = tx
        .by_index(SNAPSHOTS, "deck_id", deck_id)
        .await?
        .iter()
        .filter_map(|v| {
            v.get("id")?
                .as_str()?
                .rsplit(':')
                .next()?
                .parse::<u64>()
                .ok()
        })
        .max()
        .unwrap_or(0);
    Ok(format!("{deck_id}:{}", highest + 1))
}
