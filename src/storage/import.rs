//! Restoring a backup: the plan the person confirmed is carried out in one transaction that
//! checks each deck again inside it, so nothing another tab saved meanwhile is overwritten:
//! a deck that became newer here is kept, and a replaced deck is snapshotted first.

use super::db::{DECKS, SNAPSHOTS, SUMMARIES};
use super::decks::{read_record, write_record};
use super::tx::Mode;
use super::{DeckStore, StorageError};
use crate::model::{
    copy_beside, plan_import, BackupDeck, DeckRecord, PlanChoice, PlanStatus, Snapshot,
    SnapshotReason,
};

/// What a restore did, for the person to read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub restored: usize,
    pub replaced: usize,
    pub beside: usize,
    /// Left as they were (by choice, identical, or newer here by the time of writing).
    pub kept: usize,
}

impl DeckStore {
    /// Carries out `plan` (each backup deck with the choice made for it). `new_id` draws
    /// fresh deck ids for "Keep both".
    pub async fn import(
        &self,
        plan: Vec<(BackupDeck, PlanChoice)>,
        mut new_id: impl FnMut() -> Option<String>,
        now: &str,
    ) -> Result<ImportOutcome, StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES, SNAPSHOTS], Mode::Write)?;
        let mut out = ImportOutcome::default();
        for (incoming, choice) in plan {
            let local = match tx.get(DECKS, &incoming.deck.id).await? {
                Some(row) => Some(read_record(row)?),
                None => None,
            };
            // The same check as the plan, made again where nothing can change under it.
            let status = plan_import(
                std::slice::from_ref(&incoming.deck),
                local
                    .as_ref()
                    .map(|r| std::slice::from_ref(&r.deck))
                    .unwrap_or_default(),
            )
            .first()
            .map_or(PlanStatus::New, |e| e.status);
            match (choice, status, local) {
                (PlanChoice::Restore, PlanStatus::New, None) => {
                    let mut record = incoming.into_record(now);
                    record.revision = record.revision.max(1);
                    write_record(&tx, &record).await?;
                    out.restored += 1;
                }
                (PlanChoice::Replace, PlanStatus::Newer | PlanStatus::Diverged, Some(mine)) => {
                    let before = Snapshot {
                        id: format!("{}:restore-{}", mine.deck.id, mine.revision),
                        deck_id: mine.deck.id.clone(),
                        name: "Before restoring a backup".into(),
                        at: now.to_owned(),
                        reason: SnapshotReason::BeforeRestore,
                        deck: mine.deck.clone(),
                    };
                    tx.put(SNAPSHOTS, &before.id, &before.to_value()).await?;
                    let record = DeckRecord {
                        deck: incoming.deck,
                        revision: mine.revision + 1,
                        created_at: mine.created_at,
                    };
                    write_record(&tx, &record).await?;
                    out.replaced += 1;
                }
                (PlanChoice::KeepBoth, _, _) => {
                    let Some(id) = new_id() else {
                        return Err(StorageError::Other {
                            name: "NoRandomSource".into(),
                            message: "no secure random source for a new deck id".into(),
                        });
                    };
                    let mut record = DeckRecord::new(copy_beside(&incoming.deck, id), now.into());
                    record.revision = 1;
                    write_record(&tx, &record).await?;
                    out.beside += 1;
                }
                _ => out.kept += 1,
            }
        }
        tx.commit().await?;
        Ok(out)
    }
}
