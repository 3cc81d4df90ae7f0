//! The owner's decks: list, load, save (guarded by revision), duplicate, delete, restore.
//! The API speaks model types only; IndexedDB and its `JsValue`s stay inside.

use std::cell::RefCell;
use std::collections::BTreeMap;

use rexie::{Rexie, TransactionMode};
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::db::{open_database, DECKS, SHARE_LOG, SUMMARIES};
use super::js::{from_js, to_js};
use super::StorageError;
use crate::model::{migrate_record, Deck, DeckRecord, DeckSummary, ShareLogEntry};

/// Where the decks live: IndexedDB, or memory when the browser refuses storage.
pub struct DeckStore {
    backend: Backend,
}

enum Backend {
    Idb(Rexie),
    Memory(RefCell<Memory>),
}

#[derive(Default)]
struct Memory {
    records: BTreeMap<String, DeckRecord>,
    shares: Vec<ShareLogEntry>,
}

impl DeckStore {
    /// Opens the database with the given name.
    pub async fn open(name: &str) -> Result<DeckStore, StorageError> {
        Ok(DeckStore {
            backend: Backend::Idb(open_database(name).await?),
        })
    }

    /// A store that keeps nothing beyond this tab.
    pub fn in_memory() -> DeckStore {
        DeckStore {
            backend: Backend::Memory(RefCell::default()),
        }
    }

    /// Whether what is saved outlives this tab.
    pub fn is_kept(&self) -> bool {
        matches!(self.backend, Backend::Idb(_))
    }

    /// Every deck's summary, most recently edited first.
    pub async fn list(&self) -> Result<Vec<DeckSummary>, StorageError> {
        let mut list: Vec<DeckSummary> = match &self.backend {
            Backend::Memory(m) => m
                .borrow()
                .records
                .values()
                .map(DeckRecord::summary)
                .collect(),
            Backend::Idb(db) => {
                let tx = db.transaction(&[SUMMARIES], TransactionMode::ReadOnly)?;
                let rows = tx.store(SUMMARIES)?.get_all(None, None).await?;
                // A damaged summary is skipped rather than hiding the whole library.
                rows.iter()
                    .filter_map(|row| from_js(row).ok())
                    .filter_map(|v| DeckSummary::from_value(&v))
                    .collect()
            }
        };
        list.sort_by(|a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.title.cmp(&b.title))
        });
        Ok(list)
    }

    /// One deck, upgraded to the current record schema.
    pub async fn load(&self, id: &str) -> Result<DeckRecord, StorageError> {
        match &self.backend {
            Backend::Memory(m) => m
                .borrow()
                .records
                .get(id)
                .cloned()
                .ok_or(StorageError::NotFound),
            Backend::Idb(db) => {
                let tx = db.transaction(&[DECKS], TransactionMode::ReadOnly)?;
                let row = tx.store(DECKS)?.get(JsValue::from_str(id)).await?;
                let row = row
                    .filter(|r| !r.is_undefined())
                    .ok_or(StorageError::NotFound)?;
                migrate_record(from_js(&row)?).map_err(StorageError::Damaged)
            }
        }
    }

    /// Adds a new deck at revision 1 and returns its record.
    pub async fn create(&self, deck: Deck, now: &str) -> Result<DeckRecord, StorageError> {
        let mut record = DeckRecord::new(deck, now.to_owned());
        record.revision = 1;
        self.put(&record).await?;
        Ok(record)
    }

    /// Saves an edit made on top of `base_revision`, in one transaction. If the stored deck
    /// has moved on (another tab saved), nothing is written and the stored record comes back
    /// as `Conflict`, so the person can choose.
    pub async fn save(&self, deck: &Deck, base_revision: u64) -> Result<u64, StorageError> {
        match &self.backend {
            Backend::Memory(m) => {
                let mut m = m.borrow_mut();
                let current = m.records.get_mut(&deck.id).ok_or(StorageError::NotFound)?;
                if current.revision != base_revision {
                    return Err(StorageError::Conflict(Box::new(current.clone())));
                }
                current.deck = deck.clone();
                current.revision += 1;
                Ok(current.revision)
            }
            Backend::Idb(db) => {
                let tx = db.transaction(&[DECKS, SUMMARIES], TransactionMode::ReadWrite)?;
                let decks = tx.store(DECKS)?;
                let row = decks.get(JsValue::from_str(&deck.id)).await?;
                let row = row
                    .filter(|r| !r.is_undefined())
                    .ok_or(StorageError::NotFound)?;
                let mut current = migrate_record(from_js(&row)?).map_err(StorageError::Damaged)?;
                if current.revision != base_revision {
                    return Err(StorageError::Conflict(Box::new(current)));
                }
                current.deck = deck.clone();
                current.revision += 1;
                decks.put(&to_js(&current.to_json())?, None).await?;
                tx.store(SUMMARIES)?
                    .put(&to_js(&current.summary().to_json())?, None)
                    .await?;
                tx.done().await?;
                Ok(current.revision)
            }
        }
    }

    /// A copy of a deck under a new id and title, as a new deck.
    pub async fn duplicate(
        &self,
        id: &str,
        new_id: String,
        now: &str,
    ) -> Result<DeckRecord, StorageError> {
        let original = self.load(id).await?;
        let mut deck = original.deck;
        deck.id = new_id;
        deck.title = copy_title(&deck.title);
        deck.updated_at = now.to_owned();
        self.create(deck, now).await
    }

    /// Removes a deck and returns it, so that the person can undo.
    pub async fn delete(&self, id: &str) -> Result<DeckRecord, StorageError> {
        let record = self.load(id).await?;
        match &self.backend {
            Backend::Memory(m) => {
                m.borrow_mut().records.remove(id);
            }
            Backend::Idb(db) => {
                let tx = db.transaction(&[DECKS, SUMMARIES], TransactionMode::ReadWrite)?;
                tx.store(DECKS)?.delete(JsValue::from_str(id)).await?;
                tx.store(SUMMARIES)?.delete(JsValue::from_str(id)).await?;
                tx.done().await?;
            }
        }
        Ok(record)
    }

    /// Puts a record back exactly as it was (undo of delete, or importing).
    pub async fn restore(&self, record: &DeckRecord) -> Result<(), StorageError> {
        self.put(record).await
    }

    async fn put(&self, record: &DeckRecord) -> Result<(), StorageError> {
        self.put_all(std::slice::from_ref(record)).await
    }

    /// Adds several records in one transaction: all are kept, or (on any failure) none.
    pub async fn put_all(&self, records: &[DeckRecord]) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Memory(m) => {
                let mut m = m.borrow_mut();
                for record in records {
                    m.records.insert(record.deck.id.clone(), record.clone());
                }
                Ok(())
            }
            Backend::Idb(db) => {
                let tx = db.transaction(&[DECKS, SUMMARIES], TransactionMode::ReadWrite)?;
                let (decks, summaries) = (tx.store(DECKS)?, tx.store(SUMMARIES)?);
                for record in records {
                    decks.put(&to_js(&record.to_json())?, None).await?;
                    summaries
                        .put(&to_js(&record.summary().to_json())?, None)
                        .await?;
                }
                tx.done().await?;
                Ok(())
            }
        }
    }

    /// Every deck in full (for a backup file).
    pub async fn load_all(&self) -> Result<Vec<DeckRecord>, StorageError> {
        match &self.backend {
            Backend::Memory(m) => Ok(m.borrow().records.values().cloned().collect()),
            Backend::Idb(db) => {
                let tx = db.transaction(&[DECKS], TransactionMode::ReadOnly)?;
                let rows = tx.store(DECKS)?.get_all(None, None).await?;
                rows.iter()
                    .map(|row| migrate_record(from_js(row)?).map_err(StorageError::Damaged))
                    .collect()
            }
        }
    }

    /// Writes a raw record as it is, bypassing the model: lets tests plant records written by
    /// earlier versions of the app.
    #[doc(hidden)]
    pub async fn put_raw_for_tests(&self, value: &Value) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Memory(_) => Err(StorageError::Unavailable),
            Backend::Idb(db) => {
                let tx = db.transaction(&[DECKS], TransactionMode::ReadWrite)?;
                tx.store(DECKS)?
                    .put(&to_js(&value.to_string())?, None)
                    .await?;
                tx.done().await?;
                Ok(())
            }
        }
    }

    /// Records that a share link was made.
    pub async fn log_share(&self, entry: &ShareLogEntry) -> Result<(), StorageError> {
        match &self.backend {
            Backend::Memory(m) => {
                m.borrow_mut().shares.push(entry.clone());
                Ok(())
            }
            Backend::Idb(db) => {
                let tx = db.transaction(&[SHARE_LOG], TransactionMode::ReadWrite)?;
                tx.store(SHARE_LOG)?
                    .add(&to_js(&entry.to_json())?, None)
                    .await?;
                tx.done().await?;
                Ok(())
            }
        }
    }

    /// The links made from one deck, newest first.
    pub async fn share_history(&self, deck_id: &str) -> Result<Vec<ShareLogEntry>, StorageError> {
        let mut entries: Vec<ShareLogEntry> = match &self.backend {
            Backend::Memory(m) => m
                .borrow()
                .shares
                .iter()
                .filter(|e| e.deck_id == deck_id)
                .cloned()
                .collect(),
            Backend::Idb(db) => {
                let tx = db.transaction(&[SHARE_LOG], TransactionMode::ReadOnly)?;
                let index = tx.store(SHARE_LOG)?.index("deck_id")?;
                let key = rexie::KeyRange::only(&JsValue::from_str(deck_id))
                    .map_err(|e| super::error::classify(&e.to_string()))?;
                let rows = index.get_all(Some(key), None).await?;
                rows.iter()
                    .filter_map(|row| from_js(row).ok())
                    .filter_map(|v: Value| ShareLogEntry::from_value(&v))
                    .collect()
            }
        };
        entries.sort_by(|a, b| b.at.cmp(&a.at));
        Ok(entries)
    }
}

/// "Plan" → "Plan (copy)", keeping within the title limit.
fn copy_title(title: &str) -> String {
    let base: String = title
        .trim()
        .chars()
        .take(crate::model::limits::MAX_TITLE_CHARS - 7)
        .collect();
    format!("{base} (copy)")
}
