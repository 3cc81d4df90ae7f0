//! Persistent storage: by default a browser may clear a site's data when space runs low; a
//! granted `navigator.storage.persist()` asks it not to.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

fn manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Older browsers lack `navigator.storage`; treat that as "not persistent".
    let storage = js_sys::Reflect::get(&nav, &"storage".into()).ok()?;
    storage.dyn_into::<web_sys::StorageManager>().ok()
}

async fn ask(promise: Result<js_sys::Promise, wasm_bindgen::JsValue>) -> bool {
    match promise {
        Ok(p) => JsFuture::from(p)
            .await
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false),
        Err(_) => false,
    }
}

/// Whether the browser has agreed to keep this site's data.
pub async fn is_persisted() -> bool {
    match manager() {
        Some(m) => ask(m.persisted()).await,
        None => false,
    }
}

/// Asks the browser to keep this site's data; answers whether it agreed.
pub async fn request_persistence() -> bool {
    match manager() {
        Some(m) => ask(m.persist()).await,
        None => false,
    }
}

/// (used, quota) in bytes, when the browser tells.
pub async fn estimate() -> Option<(f64, f64)> {
    let m = manager()?;
    let v = wasm_bindgen_futures::JsFuture::from(m.estimate().ok()?)
        .await
        .ok()?;
    let get = |k: &str| js_sys::Reflect::get(&v, &k.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}
