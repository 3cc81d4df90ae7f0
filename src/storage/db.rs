//! The one IndexedDB database, its versioned upgrade path, and a thin async layer over the
//! browser's IndexedDB API: just what `DeckStore` needs (requests and transactions awaited as
//! promises), so that no general-purpose IndexedDB crate has to ship in the bundle.
//!
//! Version history (every version lists every store):
//! - 1: `decks` (full records, key `id`), `summaries` (what the library lists, key `id`),
//!   `share_log` (links made, auto-increment key, index `deck_id`).

use js_sys::{Array, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    IdbDatabase, IdbObjectStore, IdbObjectStoreParameters, IdbRequest, IdbTransaction,
    IdbTransactionMode,
};

use super::error::from_js_error;
use super::StorageError;

pub const DB_NAME: &str = "career-deck";
pub const DB_VERSION: u32 = 1;
pub const DECKS: &str = "decks";
pub const SUMMARIES: &str = "summaries";
pub const SHARE_LOG: &str = "share_log";

/// Opens (creating or upgrading) the database. The connection closes by itself when another
/// tab asks for a newer version, so an old tab never blocks an upgrade.
pub async fn open_database(name: &str) -> Result<IdbDatabase, StorageError> {
    let opened = async {
        let factory = web_sys::window()
            .and_then(|w| w.indexed_db().ok().flatten())
            .ok_or(StorageError::Unavailable)?;
        let open = factory
            .open_with_u32(name, DB_VERSION)
            .map_err(from_js_error)?;
        let upgrade = Closure::<dyn FnMut()>::new({
            let open = open.clone();
            move || {
                if let Ok(db) = open.result() {
                    // A failed upgrade aborts the open, which then fails below.
                    let _ = create_stores(&db.unchecked_into());
                }
            }
        });
        open.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
        let db = request(Ok(open.clone().into())).await;
        open.set_onupgradeneeded(None);
        let db: IdbDatabase = db?.unchecked_into();
        let close = Closure::<dyn FnMut()>::new({
            let db = db.clone();
            move || db.close()
        });
        db.set_onversionchange(Some(close.as_ref().unchecked_ref()));
        // Needed for as long as the connection lives, which is as long as the page.
        close.forget();
        Ok(db)
    };
    opened.await.map_err(|e| match e {
        // A failed open means no storage at all, whatever the browser called it.
        StorageError::Other(_) | StorageError::Closed => StorageError::Unavailable,
        other => other,
    })
}

/// Version 1's stores, for a new database.
fn create_stores(db: &IdbDatabase) -> Result<(), JsValue> {
    let existing = db.object_store_names();
    for name in [DECKS, SUMMARIES] {
        if !existing.contains(name) {
            let keyed_by_id = IdbObjectStoreParameters::new();
            keyed_by_id.set_key_path(&"id".into());
            db.create_object_store_with_optional_parameters(name, &keyed_by_id)?;
        }
    }
    if !existing.contains(SHARE_LOG) {
        let numbered = IdbObjectStoreParameters::new();
        numbered.set_auto_increment(true);
        db.create_object_store_with_optional_parameters(SHARE_LOG, &numbered)?
            .create_index_with_str("deck_id", "deck_id")?;
    }
    Ok(())
}

/// A transaction over `stores`, writable or not.
pub fn transaction(
    db: &IdbDatabase,
    stores: &[&str],
    write: bool,
) -> Result<IdbTransaction, StorageError> {
    let names: Array = stores.iter().map(|s| JsValue::from_str(s)).collect();
    let mode = if write {
        IdbTransactionMode::Readwrite
    } else {
        IdbTransactionMode::Readonly
    };
    db.transaction_with_str_sequence_and_mode(&names, mode)
        .map_err(from_js_error)
}

/// One store of a transaction.
pub fn store(tx: &IdbTransaction, name: &str) -> Result<IdbObjectStore, StorageError> {
    tx.object_store(name).map_err(from_js_error)
}

/// Waits for a request (as made, so that a request that could not even be made is an error
/// too) and answers its result.
pub async fn request(made: Result<IdbRequest, JsValue>) -> Result<JsValue, StorageError> {
    let request = made.map_err(from_js_error)?;
    let settled = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    match JsFuture::from(settled).await {
        Ok(_) => request.result().map_err(from_js_error),
        Err(_) => Err(from_js_error(
            request
                .error()
                .ok()
                .flatten()
                .map_or(JsValue::UNDEFINED, JsValue::from),
        )),
    }
}

/// Waits for a request answering a list (`getAll`).
pub async fn request_list(made: Result<IdbRequest, JsValue>) -> Result<Vec<JsValue>, StorageError> {
    Ok(Array::from(&request(made).await?).to_vec())
}

/// Waits until the transaction has committed.
pub async fn committed(tx: &IdbTransaction) -> Result<(), StorageError> {
    let settled = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    match JsFuture::from(settled).await {
        Ok(_) => Ok(()),
        Err(_) => Err(from_js_error(
            tx.error().map_or(JsValue::UNDEFINED, JsValue::from),
        )),
    }
}
