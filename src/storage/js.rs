//! Moving JSON between Rust and IndexedDB. Records are stored as plain JS objects (so they can
//! be read in the browser's dev tools), and converted through JSON text at the boundary.

use serde_json::Value;
use wasm_bindgen::JsValue;

use super::StorageError;

/// A JS object from JSON text (written from typed structs, without a `Value` in between).
pub fn to_js(json: &str) -> Result<JsValue, StorageError> {
    js_sys::JSON::parse(json)
        .map_err(|_| StorageError::Other("could not prepare the record".into()))
}

pub fn from_js(value: &JsValue) -> Result<Value, StorageError> {
    let text = js_sys::JSON::stringify(value)
        .map_err(|_| StorageError::Other("could not read a stored record".into()))?;
    serde_json::from_str(&String::from(text))
        .map_err(|_| StorageError::Other("could not read a stored record".into()))
}
