//! Small helpers for the document itself.

use wasm_bindgen::JsCast;

fn root() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .document_element()?
        .dyn_into()
        .ok()
}

thread_local! {
    /// The control the next screen should focus once it is ready (see `focus_when_ready`).
    static FOCUS_WHEN_READY: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Tells tests and benchmarks whether the current screen has its data and is interactive
/// (`<html data-ready="true">`). A screen that becomes ready takes the focus asked for by the
/// action that opened it.
pub fn set_ready(ready: bool) {
    if let Some(el) = root() {
        let _ = el
            .dataset()
            .set("ready", if ready { "true" } else { "false" });
    }
    if ready {
        if let Some(id) = FOCUS_WHEN_READY.with(|f| f.borrow_mut().take()) {
            focus_id(&id);
        }
    }
}

/// After an action that opens another screen (New deck, leaving a presentation), focuses the
/// element with this id once that screen has its data in, so focus never drops to the page
/// body. If the element is not there, focus is left as it was.
pub fn focus_when_ready(id: &str) {
    FOCUS_WHEN_READY.with(|f| *f.borrow_mut() = Some(id.to_owned()));
}

/// Marks the screen ready once what the current update renders is on the page (not before:
/// tests and the benchmark rely on it meaning "interactive").
pub fn set_ready_after_render() {
    leptos::task::spawn_local(async {
        leptos::task::tick().await;
        set_ready(true);
    });
}

/// Removes the frame index.html paints before the wasm arrives (`#boot-shell`); the app
/// mounts in its place.
pub fn remove_boot_shell() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot-shell"))
    {
        el.remove();
    }
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

/// Copies text to the clipboard; answers whether the browser allowed it (it may refuse
/// outside a click, or have no clipboard outside a secure context).
pub async fn copy_text(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    // Undefined outside secure contexts, although web-sys types it as always there.
    if wasm_bindgen::JsValue::from(clipboard.clone()).is_undefined() {
        return false;
    }
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
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

/// Offers text as a file download (`mime` such as `application/json` or `text/markdown`);
/// answers whether the browser went along.
pub fn download(file_name: &str, mime: &str, text: &str) -> bool {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
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

/// Scrolls an element into view and focuses it (a result that just appeared, say).
pub fn reveal(id: &str) {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        el.scroll_into_view();
        if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
            let _ = el.focus();
        }
    }
}

/// Whether the element with this id exists on the page now.
pub fn exists(id: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .is_some()
}

/// Asks the browser to print the page (the print stylesheet lays it out as a document).
pub fn print() {
    if let Some(w) = web_sys::window() {
        let _ = w.print();
    }
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

/// Like `focus_after_render`, trying each id in turn and focusing the first that exists (after
/// a removal: the next row's control, else the previous one's, else the list's Add button),
/// so focus never drops to the page body.
pub fn focus_first_after_render(ids: Vec<String>) {
    leptos::task::spawn_local(async move {
        leptos::task::tick().await;
        if let Some(id) = ids.iter().find(|id| exists(id)) {
            focus_id(id);
        }
    });
}

/// Lets the browser paint and handle input before the caller goes on (a timer of zero).
pub async fn yield_to_browser() {
    let (tx, rx) = futures::channel::oneshot::channel();
    leptos::prelude::set_timeout(
        move || {
            let _ = tx.send(());
        },
        std::time::Duration::ZERO,
    );
    let _ = rx.await;
}
