//! The owner's decks: list, load, save (guarded by revision), duplicate, delete, restore.
//! The API speaks model types only; IndexedDB and its `JsValue`s stay inside.

use std::cell::RefCell;
use std::cmp::Ordering;

use serde_json::Value;
use wasm_bindgen::JsValue;
use web_sys::IdbDatabase;

use super::db::{
    committed, open_database, request, request_list, store, transaction, DECKS, SHARE_LOG,
    SUMMARIES,
};
use super::error::from_js_error;
use super::js::{from_js, to_js};
use super::StorageError;
use crate::model::{migrate_record, Deck, DeckRecord, DeckSummary, ShareLogEntry};

/// Where the decks live: IndexedDB, or memory when the browser refuses storage.
pub struct DeckStore {
    backend: Backend,
}

enum Backend {
    Idb(IdbDatabase),
    Memory(RefCell<Memory>),
}

#[derive(Default)]
struct Memory {
    /// In id order, as IndexedDB keeps them.
    records: Vec<DeckRecord>,
    shares: Vec<ShareLogEntry>,
}

impl Memory {
    /// Where the record with this id is (`Ok`), or would go (`Err`).
    fn position(&self, id: &str) -> Result<usize, usize> {
        self.records
            .binary_search_by(|r| r.deck.id.as_str().cmp(id))
    }

    fn get(&self, id: &str) -> Option<&DeckRecord> {
        let i = self.position(id).ok()?;
        self.records.get(i)
    }

    fn get_mut(&mut self, id: &str) -> Option<&mut DeckRecord> {
        let i = self.position(id).ok()?;
        self.records.get_mut(i)
    }

    fn put(&mut self, record: DeckRecord) {
        match self.position(&record.deck.id) {
            Ok(i) => self.records[i] = record,
            Err(i) => self.records.insert(i, record),
        }
    }
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
        let list: Vec<DeckSummary> = match &self.backend {
            Backend::Memory(m) => m.borrow().records.iter().map(DeckRecord::summary).collect(),
            Backend::Idb(db) => {
                let tx = transaction(db, &[SUMMARIES], false)?;
                let rows = request_list(store(&tx, SUMMARIES)?.get_all()).await?;
                // A damaged summary is skipped rather than hiding the whole library.
                rows.iter()
                    .filter_map(|row| from_js(row).ok())
                    .filter_map(|v| DeckSummary::from_value(&v))
                    .collect()
            }
        };
        Ok(sorted_by(list, |a, b| {
            b.updated_at
                .cmp(&a.updated_at)
                .then_with(|| a.title.cmp(&b.title))
        }))
    }

    /// One deck, upgraded to the current record schema.
    pub async fn load(&self, id: &str) -> Result<DeckRecord, StorageError> {
        match &self.backend {
            Backend::Memory(m) => m.borrow().get(id).cloned().ok_or(StorageError::NotFound),
            Backend::Idb(db) => {
                let tx = transaction(db, &[DECKS], false)?;
                let row = request(store(&tx, DECKS)?.get(&JsValue::from_str(id))).await?;
                if row.is_undefined() {
                    return Err(StorageError::NotFound);
                }
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
                let current = m.get_mut(&deck.id).ok_or(StorageError::NotFound)?;
                if current.revision != base_revision {
                    return Err(StorageError::Conflict(Box::new(current.clone())));
                }
                current.deck = deck.clone();
                current.revision += 1;
                Ok(current.revision)
            }
            Backend::Idb(db) => {
                let tx = transaction(db, &[DECKS, SUMMARIES], true)?;
                let decks = store(&tx, DECKS)?;
                let row = request(decks.get(&JsValue::from_str(&deck.id))).await?;
                if row.is_undefined() {
                    return Err(StorageError::NotFound);
                }
                let mut current = migrate_record(from_js(&row)?).map_err(StorageError::Damaged)?;
                if current.revision != base_revision {
                    return Err(StorageError::Conflict(Box::new(current)));
                }
                current.deck = deck.clone();
                current.revision += 1;
                request(decks.put(&to_js(&current.to_json())?)).await?;
                request(store(&tx, SUMMARIES)?.put(&to_js(&current.summary().to_json())?)).await?;
                committed(&tx).await?;
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
                m.borrow_mut().records.retain(|r| r.deck.id != id);
            }
            Backend::Idb(db) => {
                let tx = transaction(db, &[DECKS, SUMMARIES], true)?;
                let key = JsValue::from_str(id);
                request(store(&tx, DECKS)?.delete(&key)).await?;
                request(store(&tx, SUMMARIES)?.delete(&key)).await?;
                committed(&tx).await?;
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
                    m.put(record.clone());
                }
                Ok(())
            }
            Backend::Idb(db) => {
                let tx = transaction(db, &[DECKS, SUMMARIES], true)?;
                let (decks, summaries) = (store(&tx, DECKS)?, store(&tx, SUMMARIES)?);
                for record in records {
                    request(decks.put(&to_js(&record.to_json())?)).await?;
                    request(summaries.put(&to_js(&record.summary().to_json())?)).await?;
                }
                committed(&tx).await?;
                Ok(())
            }
        }
    }

    /// Every deck in full (for a backup file).
    pub async fn load_all(&self) -> Result<Vec<DeckRecord>, StorageError> {
        match &self.backend {
            Backend::Memory(m) => Ok(m.borrow().records.clone()),
            Backend::Idb(db) => {
                let tx = transaction(db, &[DECKS], false)?;
                let rows = request_list(store(&tx, DECKS)?.get_all()).await?;
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
                let tx = transaction(db, &[DECKS], true)?;
                request(store(&tx, DECKS)?.put(&to_js(&value.to_string())?)).await?;
                committed(&tx).await?;
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
                let tx = transaction(db, &[SHARE_LOG], true)?;
                request(store(&tx, SHARE_LOG)?.add(&to_js(&entry.to_json())?)).await?;
                committed(&tx).await?;
                Ok(())
            }
        }
    }

    /// The links made from one deck, newest first.
    pub async fn share_history(&self, deck_id: &str) -> Result<Vec<ShareLogEntry>, StorageError> {
        let entries: Vec<ShareLogEntry> = match &self.backend {
            Backend::Memory(m) => m
                .borrow()
                .shares
                .iter()
                .filter(|e| e.deck_id == deck_id)
                .cloned()
                .collect(),
            Backend::Idb(db) => {
                let tx = transaction(db, &[SHARE_LOG], false)?;
                let index = store(&tx, SHARE_LOG)?
                    .index("deck_id")
                    .map_err(from_js_error)?;
                let rows =
                    request_list(index.get_all_with_key(&JsValue::from_str(deck_id))).await?;
                rows.iter()
                    .filter_map(|row| from_js(row).ok())
                    .filter_map(|v: Value| ShareLogEntry::from_value(&v))
                    .collect()
            }
        };
        Ok(sorted_by(entries, |a, b| b.at.cmp(&a.at)))
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

/// A stable sort by `cmp`, small in the bundle: the standard `sort_by` adds kilobytes of code
/// for every element type it sorts. This one puts each item's index in place by binary
/// search, which is quick enough for the thousands of decks a library may hold.
fn sorted_by<T>(items: Vec<T>, cmp: impl Fn(&T, &T) -> Ordering) -> Vec<T> {
    let order = sorted_indices(items.len(), &|a, b| cmp(&items[a], &items[b]));
    let mut slots: Vec<Option<T>> = items.into_iter().map(Some).collect();
    order.into_iter().filter_map(|i| slots[i].take()).collect()
}

fn sorted_indices(len: usize, cmp: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = Vec::with_capacity(len);
    for i in 0..len {
        // After every item that is not greater, so that equal items keep their order.
        let at = order.partition_point(|&j| cmp(j, i) != Ordering::Greater);
        order.insert(at, i);
    }
    order
}
