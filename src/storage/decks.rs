//! The owner's decks: list, load, save (guarded by revision), duplicate, delete, restore,
//! and the share log. The API speaks model types only; IndexedDB and its `JsValue`s stay in
//! `tx.rs`.

use serde_json::Value;

use super::db::{open_database, DECKS, SHARE_LOG, SUMMARIES, WORKSHOP};
use super::tx::{Db, Mode, Tx};
use super::StorageError;
use crate::model::{migrate_record, Deck, DeckRecord, DeckSummary, RecordError, ShareLogEntry};

/// Everything the app keeps in this browser: IndexedDB, or memory when the browser refuses
/// storage. Other files add the manager's, snapshot and board stores to it.
pub struct DeckStore {
    pub(super) db: Db,
}

/// A deck taken out of the library, kept as it was stored so that Undo can put it back
/// exactly (even a record this version cannot read).
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub id: String,
    /// Its title, when the record could be read.
    pub title: Option<String>,
    record: Value,
    summary: Option<Value>,
    /// The deck's workshop progress, which goes (and comes back) with it.
    workshop: Option<Value>,
}

/// A record that a whole-library read (a backup) had to leave out, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    pub id: String,
    pub title: Option<String>,
    pub reason: RecordError,
}

pub(super) fn read_record(value: Value) -> Result<DeckRecord, StorageError> {
    migrate_record(value).map_err(StorageError::Damaged)
}

impl DeckStore {
    /// Opens the database with the given name.
    pub async fn open(name: &str) -> Result<DeckStore, StorageError> {
        Ok(DeckStore {
            db: Db::Idb(open_database(name).await?),
        })
    }

    /// A store that keeps nothing beyond this tab.
    pub fn in_memory() -> DeckStore {
        DeckStore { db: Db::memory() }
    }

    /// Whether what is saved outlives this tab.
    pub fn is_kept(&self) -> bool {
        self.db.is_kept()
    }

    pub(super) fn tx(&self, stores: &[&'static str], mode: Mode) -> Result<Tx<'_>, StorageError> {
        self.db.tx(stores, mode)
    }

    /// Every deck's summary, most recently edited first. A damaged summary is skipped
    /// rather than hiding the whole library.
    pub async fn list(&self) -> Result<Vec<DeckSummary>, StorageError> {
        let tx = self.tx(&[SUMMARIES], Mode::Read)?;
        let mut list: Vec<DeckSummary> = tx
            .all(SUMMARIES)
            .await?
            .iter()
            .filter_map(DeckSummary::from_value)
            .collect();
        list.sort_by(|a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.title.cmp(&b.title))
        });
        Ok(list)
    }

    /// One deck, upgraded to the current record schema.
    pub async fn load(&self, id: &str) -> Result<DeckRecord, StorageError> {
        let tx = self.tx(&[DECKS], Mode::Read)?;
        let row = tx.get(DECKS, id).await?.ok_or(StorageError::NotFound)?;
        read_record(row)
    }

    /// Adds a new deck at revision 1 and returns its record.
    pub async fn create(&self, deck: Deck, now: &str) -> Result<DeckRecord, StorageError> {
        let mut record = DeckRecord::new(deck, now.to_owned());
        record.revision = 1;
        self.put_all(std::slice::from_ref(&record)).await?;
        Ok(record)
    }

    /// Saves an edit made on top of `base_revision`, in one transaction. If the stored deck
    /// has moved on (another tab saved), nothing is written and the stored record comes back
    /// as `Conflict`, so the caller can merge.
    pub async fn save(&self, deck: &Deck, base_revision: u64) -> Result<u64, StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES], Mode::Write)?;
        let row = tx
            .get(DECKS, &deck.id)
            .await?
            .ok_or(StorageError::NotFound)?;
        let mut current = read_record(row)?;
        if current.revision != base_revision {
            return Err(StorageError::Conflict(Box::new(current)));
        }
        current.deck = deck.clone();
        current.revision += 1;
        write_record(&tx, &current).await?;
        tx.commit().await?;
        Ok(current.revision)
    }

    /// A copy of a deck under a new id and title, as a new deck.
    pub async fn duplicate(
        &self,
        id: &str,
        new_id: String,
        now: &str,
    ) -> Result<DeckRecord, StorageError> {
        let original = self.load(id).await?;
        let copy = original.deck.copy_as(new_id, now);
        self.create(copy, now).await
    }

    /// Removes a deck, readable or not, and returns it as stored, so the person can undo.
    pub async fn delete(&self, id: &str) -> Result<Deleted, StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES, WORKSHOP], Mode::Write)?;
        let record = tx.get(DECKS, id).await?.ok_or(StorageError::NotFound)?;
        let summary = tx.get(SUMMARIES, id).await?;
        let workshop = tx.get(WORKSHOP, id).await?;
        tx.delete(DECKS, id).await?;
        tx.delete(SUMMARIES, id).await?;
        tx.delete(WORKSHOP, id).await?;
        tx.commit().await?;
        let title = record
            .pointer("/deck/title")
            .and_then(Value::as_str)
            .map(str::to_owned);
        Ok(Deleted {
            id: id.to_owned(),
            title,
            record,
            summary,
            workshop,
        })
    }

    /// Puts a deleted deck back exactly as it was (Undo), unless a deck with its id has
    /// appeared meanwhile.
    pub async fn undelete(&self, deleted: &Deleted) -> Result<(), StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES, WORKSHOP], Mode::Write)?;
        if tx.get(DECKS, &deleted.id).await?.is_some() {
            return Ok(());
        }
        tx.put(DECKS, &deleted.id, &deleted.record).await?;
        if let Some(summary) = &deleted.summary {
            tx.put(SUMMARIES, &deleted.id, summary).await?;
        }
        if let Some(workshop) = &deleted.workshop {
            tx.put(WORKSHOP, &deleted.id, workshop).await?;
        }
        tx.commit().await
    }

    /// Writes several records in one transaction: all are kept, or (on any failure) none.
    pub async fn put_all(&self, records: &[DeckRecord]) -> Result<(), StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES], Mode::Write)?;
        for record in records {
            write_record(&tx, record).await?;
        }
        tx.commit().await
    }

    /// Every deck in full, for a backup file. A record that cannot be read is left out and
    /// named, so that one damaged record never stops the others from being saved.
    pub async fn load_all(&self) -> Result<(Vec<DeckRecord>, Vec<Unreadable>), StorageError> {
        let tx = self.tx(&[DECKS], Mode::Read)?;
        let mut good = Vec::new();
        let mut bad = Vec::new();
        for row in tx.all(DECKS).await? {
            let id = row
                .get("id")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned();
            let title = row
                .pointer("/deck/title")
                .and_then(Value::as_str)
                .map(str::to_owned);
            match migrate_record(row) {
                Ok(record) => good.push(record),
                Err(reason) => bad.push(Unreadable { id, title, reason }),
            }
        }
        Ok((good, bad))
    }

    /// Writes a raw record as it is, bypassing the model: lets tests plant records written by
    /// earlier versions of the app (or damaged ones).
    #[doc(hidden)]
    pub async fn put_raw_for_tests(&self, value: &Value) -> Result<(), StorageError> {
        let tx = self.tx(&[DECKS, SUMMARIES], Mode::Write)?;
        let id = value.get("id").and_then(Value::as_str).unwrap_or_default();
        tx.put(DECKS, id, value).await?;
        let title = value.pointer("/deck/title").cloned().unwrap_or(Value::Null);
        let summary = serde_json::json!({
            "id": id, "title": title, "updated_at": "2026-01-01T00:00:00Z", "revision": 1
        });
        tx.put(SUMMARIES, id, &summary).await?;
        tx.commit().await
    }

    /// Records that a share link was made.
    pub async fn log_share(&self, entry: &ShareLogEntry) -> Result<(), StorageError> {
        let tx = self.tx(&[SHARE_LOG], Mode::Write)?;
        tx.add(SHARE_LOG, &entry.to_value()).await?;
        tx.commit().await
    }

    /// The links made from one deck, newest first (a damaged entry is skipped).
    pub async fn share_history(&self, deck_id: &str) -> Result<Vec<ShareLogEntry>, StorageError> {
        let tx = self.tx(&[SHARE_LOG], Mode::Read)?;
        let mut entries: Vec<ShareLogEntry> = tx
            .by_index(SHARE_LOG, "deck_id", deck_id)
            .await?
            .iter()
            .filter_map(ShareLogEntry::from_value)
            .collect();
        entries.sort_by(|a, b| b.at.cmp(&a.at));
        Ok(entries)
    }
}

/// Writes a record and its summary inside `tx`.
pub(super) async fn write_record(tx: &Tx<'_>, record: &DeckRecord) -> Result<(), StorageError> {
    tx.put(DECKS, &record.deck.id, &record.to_value()).await?;
    tx.put(SUMMARIES, &record.deck.id, &record.summary().to_value())
        .await
}
