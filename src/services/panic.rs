//! A panic is never a silent freeze. Release builds abort on a panic, which leaves a page
//! that looks alive but answers nothing; this hook first puts a plain message on screen.
//! It is written with the DOM directly (no Leptos, no formatting): after a panic, neither the
//! reactive system nor an allocation-heavy path can be trusted.

use wasm_bindgen::JsCast;

const MESSAGE: &str = "Something went wrong and Career Deck stopped. Your saved work is safe \
    in this browser; anything typed in the last moment is kept for you and offered back. \
    Reload the page to carry on.";

/// Installs the hook (once, at start-up). Debug builds also log the panic to the console.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        #[cfg(debug_assertions)]
        console_error_panic_hook::hook(info);
        #[cfg(not(debug_assertions))]
        let _ = info;
        show_message();
    }));
}

fn show_message() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let Ok(panel) = document.create_element("div") else {
        return;
    };
    let _ = panel.set_attribute("class", "crash");
    let _ = panel.set_attribute("role", "alert");
    let Ok(text) = document.create_element("p") else {
        return;
    };
    text.set_text_content(Some(MESSAGE));
    let _ = panel.append_child(&text);
    // A listener cannot run after the abort, and an inline handler would break the CSP, so
    // reloading is a plain link to the page. With a share link in the address, a link to the
    // same address would not reload, so the person is told to use the browser's reload.
    let location = web_sys::window().map(|w| w.location());
    let fragment = location
        .as_ref()
        .and_then(|l| l.hash().ok())
        .unwrap_or_default();
    if let (Some(href), true) = (location.and_then(|l| l.href().ok()), fragment.is_empty()) {
        if let Ok(link) = document.create_element("a") {
            link.set_text_content(Some("Reload Career Deck"));
            let _ = link.set_attribute("href", &href);
            let _ = link.set_attribute("class", "button primary");
            let _ = panel.append_child(&link);
        }
    }
    let _ = body.prepend_with_node_1(&panel);
    if let Ok(el) = panel.dyn_into::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}
