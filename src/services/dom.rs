//! Small helpers for the document itself.

use wasm_bindgen::JsCast;

fn root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into()
        .ok()
}

/// Tells tests and benchmarks whether the current screen has its data and is interactive
/// (`<html data-ready="true">`).
pub fn set_ready(ready: bool) {
    if let Some(el) = root() {
        let _ = el
            .dataset()
            .set("ready", if ready { "true" } else { "false" });
    }
}

/// Marks the screen ready once what the current update renders is on the page (not before:
/// tests and the benchmark rely on it meaning "interactive").
pub fn set_ready_after_render() {
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        set_ready(true);
    });
}

/// Applies a colour theme (`""` follows the system).
pub fn set_theme_attribute(value: &str) {
    if let Some(el) = root() {
        if value.is_empty() {
            let _ = el.remove_attribute("data-theme");
        } else {
            let _ = el.set_attribute("data-theme", value);
        }
    }
}

/// The page's title in the tab and history.
pub fn set_title(title: &str) {
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
}

/// The URL fragment without `#` (empty when there is none).
pub fn fragment() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// The address of the app's own page, without query or fragment, for building share links.
pub fn app_address() -> String {
    web_sys::window()
        .map(|w| {
            let loc = w.location();
            format!(
                "{}{}",
                loc.origin().unwrap_or_default(),
                loc.pathname().unwrap_or_default()
            )
        })
        .unwrap_or_default()
}

/// Moves keyboard focus to the element with this id (after a screen change, say).
pub fn focus_id(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Copies text to the clipboard; answers whether the browser allowed it.
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    // Reached through Reflect: the Clipboard API is still behind web-sys's unstable flag.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into()).ok();
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        return false;
    };
    let Ok(write) = js_sys::Reflect::get(&clipboard, &"writeText".into()) else {
        return false;
    };
    let Ok(write) = write.dyn_into::<js_sys::Function>() else {
        return false;
    };
    match write.call1(&clipboard, &text.into()) {
        Ok(promise) => match promise.dyn_into::<js_sys::Promise>() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
            Err(_) => false,
        },
        Err(_) => false,
    }
}

/// Selects all text in a text box or area, so the person can copy it by hand.
pub fn select_text(id: &str) {
    let el = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id));
    if let Some(area) = el
        .clone()
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        area.select();
    } else if let Some(input) = el.and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.select();
    }
}

/// Offers text as a file download; answers whether the browser went along.
pub fn download(file_name: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("application/json");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let Some(anchor) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    else {
        return false;
    };
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    true
}

/// Moves focus to an element that the current update is about to create (a new list item,
/// say). Waits for the reactive system to render first, and does it before the next key
/// press is handled, so no typed character goes astray.
pub fn focus_after_render(id: String) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        focus_id(&id);
    });
}
