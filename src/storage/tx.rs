//! One transaction API over both places data can live: IndexedDB (through rexie), or memory
//! when the browser refuses storage. Every store operation is written once against `Tx`, so
//! the two backends cannot drift apart, and every multi-step change (check, then write) runs
//! inside one transaction: nothing another tab does can slip between the check and the write.
//!
//! Records cross into IndexedDB as JSON text parsed by the browser (`JSON.parse`), so they
//! are plain objects there (readable in dev tools) and no serde-to-JsValue serializer is
//! instantiated per record type.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use rexie::{Rexie, Transaction, TransactionMode};
use serde_json::Value;
use wasm_bindgen::JsValue;

use super::StorageError;

type Tables = BTreeMap<&'static str, BTreeMap<String, Value>>;

/// The opened database: IndexedDB, or memory.
pub enum Db {
    Idb(Rexie),
    Memory(Rc<RefCell<Tables>>),
}

/// Reading only, or reading and writing.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Read,
    Write,
}

/// A transaction over some stores. Writes become visible only at `commit`, and only all
/// together; a transaction dropped without `commit` writes nothing (IndexedDB's own rule,
/// which the memory backend follows too).
pub enum Tx<'a> {
    Idb(Transaction),
    Memory {
        tables: &'a RefCell<Tables>,
        /// Staged writes: `None` deletes.
        staged: RefCell<BTreeMap<(&'static str, String), Option<Value>>>,
    },
}

impl Db {
    pub fn memory() -> Db {
        Db::Memory(Rc::default())
    }

    pub fn is_kept(&self) -> bool {
        matches!(self, Db::Idb(_))
    }

    /// Starts a transaction over `stores`.
    pub fn tx(&self, stores: &[&'static str], mode: Mode) -> Result<Tx<'_>, StorageError> {
        match self {
            Db::Idb(db) => {
                let mode = match mode {
                    Mode::Read => TransactionMode::ReadOnly,
                    Mode::Write => TransactionMode::ReadWrite,
                };
                Ok(Tx::Idb(db.transaction(stores, mode)?))
            }
            Db::Memory(tables) => Ok(Tx::Memory {
                tables,
                staged: RefCell::default(),
            }),
        }
    }
}

/// A JS object from JSON text.
fn to_js(value: &Value) -> Result<JsValue, StorageError> {
    js_sys::JSON::parse(&value.to_string()).map_err(|e| StorageError::from_js(&e))
}

/// JSON from a stored JS object; `None` for something that is not JSON-representable.
fn from_js(value: &JsValue) -> Option<Value> {
    let text = js_sys::JSON::stringify(value).ok()?;
    serde_json::from_str(&String::from(text)).ok()
}

impl Tx<'_> {
    /// The record with this key, if any. A stored value that cannot be read as JSON comes
    /// back as `Some(Value::Null)`, so callers treat it as damaged, not absent.
    pub async fn get(&self, store: &'static str, key: &str) -> Result<Option<Value>, StorageError> {
        match self {
            Tx::Idb(tx) => {
                let row = tx.store(store)?.get(JsValue::from_str(key)).await?;
                Ok(row
                    .filter(|r| !r.is_undefined())
                    .map(|r| from_js(&r).unwrap_or(Value::Null)))
            }
            Tx::Memory { tables, staged } => {
                if let Some(v) = staged.borrow().get(&(store, key.to_owned())) {
                    return Ok(v.clone());
                }
                Ok(tables.borrow().get(store).and_then(|t| t.get(key)).cloned())
            }
        }
    }

    /// Every record of a store, in key order. Unreadable ones come back as `Value::Null`.
    pub async fn all(&self, store: &'static str) -> Result<Vec<Value>, StorageError> {
        match self {
            Tx::Idb(tx) => {
                let rows = tx.store(store)?.get_all(None, None).await?;
                Ok(rows
                    .iter()
                    .map(|r| from_js(r).unwrap_or(Value::Null))
                    .collect())
            }
            Tx::Memory { tables, staged } => {
                let mut map = tables.borrow().get(store).cloned().unwrap_or_default();
                for ((s, key), v) in staged.borrow().iter() {
                    if *s == store {
                        match v {
                            Some(v) => map.insert(key.clone(), v.clone()),
                            None => map.remove(key),
                        };
                    }
                }
                Ok(map.into_values().collect())
            }
        }
    }

    /// The records whose `field` (an indexed field, `deck_id`) equals `value`.
    pub async fn by_index(
        &self,
        store: &'static str,
        field: &'static str,
        value: &str,
    ) -> Result<Vec<Value>, StorageError> {
        match self {
            Tx::Idb(tx) => {
                let index = tx.store(store)?.index(field)?;
                let key = rexie::KeyRange::only(&JsValue::from_str(value))?;
                let rows = index.get_all(Some(key), None).await?;
                Ok(rows
                    .iter()
                    .map(|r| from_js(r).unwrap_or(Value::Null))
                    .collect())
            }
            Tx::Memory { .. } => Ok(self
                .all(store)
                .await?
                .into_iter()
                .filter(|v| v.get(field).and_then(Value::as_str) == Some(value))
                .collect()),
        }
    }

    /// Writes a record under its key (for stores keyed by `id`, the record's `id` field).
    pub async fn put(
        &self,
        store: &'static str,
        key: &str,
        value: &Value,
    ) -> Result<(), StorageError> {
        match self {
            Tx::Idb(tx) => {
                tx.store(store)?.put(&to_js(value)?, None).await?;
                Ok(())
            }
            Tx::Memory { staged, .. } => {
                staged
                    .borrow_mut()
                    .insert((store, key.to_owned()), Some(value.clone()));
                Ok(())
            }
        }
    }

    /// Adds a record to an auto-numbered store (the share log).
    pub async fn add(&self, store: &'static str, value: &Value) -> Result<(), StorageError> {
        match self {
            Tx::Idb(tx) => {
                tx.store(store)?.add(&to_js(value)?, None).await?;
                Ok(())
            }
            Tx::Memory { tables, staged } => {
                let n = tables.borrow().get(store).map_or(0, BTreeMap::len) + staged.borrow().len();
                let key = format!("{n:020}");
                staged
                    .borrow_mut()
                    .insert((store, key), Some(value.clone()));
                Ok(())
            }
        }
    }

    pub async fn delete(&self, store: &'static str, key: &str) -> Result<(), StorageError> {
        match self {
            Tx::Idb(tx) => {
                tx.store(store)?.delete(JsValue::from_str(key)).await?;
                Ok(())
            }
            Tx::Memory { staged, .. } => {
                staged.borrow_mut().insert((store, key.to_owned()), None);
                Ok(())
            }
        }
    }

    /// Ends the transaction and answers whether everything was kept. A transaction the
    /// browser aborted at commit (a full disk reports itself this way, after every write
    /// already "succeeded") is an error, never a silent success.
    pub async fn commit(self) -> Result<(), StorageError> {
        match self {
            Tx::Idb(tx) => {
                if tx.done().await?.is_committed() {
                    Ok(())
                } else {
                    Err(StorageError::Aborted)
                }
            }
            Tx::Memory { tables, staged } => {
                let mut tables = tables.borrow_mut();
                for ((store, key), v) in staged.into_inner() {
                    let table = tables.entry(store).or_default();
                    match v {
                        Some(v) => table.insert(key, v),
                        None => table.remove(&key),
                    };
                }
                Ok(())
            }
        }
    }
}
