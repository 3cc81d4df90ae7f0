//! Decks shared with me (kept copies, with their earlier versions) and the private notes,
//! commitments and conversations about each — the manager's side, never part of any link.

use super::db::{KEPT, MANAGER};
use super::tx::Mode;
use super::{DeckStore, StorageError};
use crate::manager::{receive, KeptDeck, ManagerNotes, Receipt};
use crate::model::Deck;

impl DeckStore {
    /// Every kept deck (a damaged record is skipped).
    pub async fn kept_decks(&self) -> Result<Vec<KeptDeck>, StorageError> {
        let tx = self.tx(&[KEPT], Mode::Read)?;
        Ok(tx
            .all(KEPT)
            .await?
            .iter()
            .filter_map(|v| KeptDeck::from_value(v).ok())
            .collect())
    }

    /// The kept copy of a deck, if there is one.
    pub async fn kept(&self, id: &str) -> Result<Option<KeptDeck>, StorageError> {
        let tx = self.tx(&[KEPT], Mode::Read)?;
        Ok(tx
            .get(KEPT, id)
            .await?
            .and_then(|v| KeptDeck::from_value(&v).ok()))
    }

    /// Keeps a deck someone shared: new, or a newer version of one kept (the older is kept as
    /// a version). An identical deck changes nothing; an older one is only stored when
    /// `even_if_older`. Checked and written in one transaction; answers what it meant.
    pub async fn keep(
        &self,
        deck: Deck,
        now: &str,
        even_if_older: bool,
    ) -> Result<Receipt, StorageError> {
        let tx = self.tx(&[KEPT], Mode::Write)?;
        let existing = tx
            .get(KEPT, &deck.id)
            .await?
            .and_then(|v| KeptDeck::from_value(&v).ok());
        let receipt = receive(existing.as_ref(), deck, now);
        let to_store = match &receipt {
            Receipt::New(k) | Receipt::Newer(k) => Some(k),
            Receipt::Older { if_confirmed, .. } if even_if_older => Some(if_confirmed),
            _ => None,
        };
        if let Some(k) = to_store {
            tx.put(KEPT, &k.id, &k.to_value()).await?;
        }
        tx.commit().await?;
        Ok(receipt)
    }

    /// Removes a kept deck with everything attached to it (versions, notes, commitments).
    pub async fn delete_kept(&self, id: &str) -> Result<(), StorageError> {
        let tx = self.tx(&[KEPT, MANAGER], Mode::Write)?;
        tx.delete(KEPT, id).await?;
        tx.delete(MANAGER, id).await?;
        tx.commit().await
    }

    /// The private notes about a kept deck (empty ones when there are none yet).
    pub async fn manager_notes(&self, deck_id: &str) -> Result<ManagerNotes, StorageError> {
        let tx = self.tx(&[MANAGER], Mode::Read)?;
        Ok(tx
            .get(MANAGER, deck_id)
            .await?
            .and_then(|v| ManagerNotes::from_value(&v).ok())
            .unwrap_or_else(|| ManagerNotes::new(deck_id)))
    }

    /// Every kept deck's notes (a damaged record is skipped).
    pub async fn all_manager_notes(&self) -> Result<Vec<ManagerNotes>, StorageError> {
        let tx = self.tx(&[MANAGER], Mode::Read)?;
        Ok(tx
            .all(MANAGER)
            .await?
            .iter()
            .filter_map(|v| ManagerNotes::from_value(v).ok())
            .collect())
    }

    pub async fn save_manager_notes(&self, notes: &ManagerNotes) -> Result<(), StorageError> {
        let tx = self.tx(&[MANAGER], Mode::Write)?;
        tx.put(MANAGER, &notes.deck_id, &stored_notes(notes))
            .await?;
        tx.commit().await
    }

    /// Puts kept decks and notes back from a backup, in one transaction: a kept deck already
    /// here is kept as it is unless the backup's is newer; notes are replaced only where this
    /// browser has none for that deck.
    pub async fn restore_manager(
        &self,
        kept: &[KeptDeck],
        notes: &[ManagerNotes],
    ) -> Result<(), StorageError> {
        let tx = self.tx(&[KEPT, MANAGER], Mode::Write)?;
        for k in kept {
            let here = tx
                .get(KEPT, &k.id)
                .await?
                .and_then(|v| KeptDeck::from_value(&v).ok());
            let newer = here.as_ref().is_none_or(|h| {
                crate::model::compare_instants(&k.deck.updated_at, &h.deck.updated_at)
                    == Some(std::cmp::Ordering::Greater)
            });
            if newer {
                tx.put(KEPT, &k.id, &k.to_value()).await?;
            }
        }
        for n in notes {
            let here = tx.get(MANAGER, &n.deck_id).await?;
            let empty_here = here
                .and_then(|v| ManagerNotes::from_value(&v).ok())
                .is_none_or(|h| h.is_empty());
            if empty_here {
                tx.put(MANAGER, &n.deck_id, &stored_notes(n)).await?;
            }
        }
        tx.commit().await
    }
}

/// The notes as the `manager` store keeps them: keyed by `id` (the deck's id), which the
/// notes format itself calls `deck_id`.
fn stored_notes(notes: &ManagerNotes) -> serde_json::Value {
    let mut v = notes.to_value();
    if let Some(obj) = v.as_object_mut() {
        obj.insert("id".into(), notes.deck_id.clone().into());
    }
    v
}
