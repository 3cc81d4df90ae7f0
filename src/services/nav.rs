//! Moving between screens. Addresses are built whole (`origin + path + query`) so that how a
//! bare `?query` resolves is never guessed, wherever the app is served from.
//!
//! The app is one page whose screen is picked by the query (see `routes`), so it needs no
//! router: only the address as signals, links that switch screens in place instead of
//! reloading the page, and back/forward.

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlAnchorElement, MouseEvent};

use super::dom::app_address;
use crate::routes::Screen;

/// The page's address, kept in step with the browser's.
#[derive(Clone, Copy)]
pub struct Address {
    /// `location.search`: the query, with its `?` (empty when there is none).
    pub search: RwSignal<String>,
    /// `location.hash`: the fragment, with its `#` (empty when there is none).
    pub hash: RwSignal<String>,
}

impl Address {
    fn refresh(&self) {
        let location = window().location();
        self.search.set(location.search().unwrap_or_default());
        self.hash.set(location.hash().unwrap_or_default());
    }
}

/// Provides the address to the app, and follows links and back/forward for as long as the
/// app runs.
pub fn provide_address() -> Address {
    let address = Address {
        search: RwSignal::new(String::new()),
        hash: RwSignal::new(String::new()),
    };
    address.refresh();
    provide_context(address);
    // Back and forward, and a fragment typed into the address bar.
    let _ = window_event_listener(ev::popstate, move |_| address.refresh());
    let _ = window_event_listener(ev::click, move |ev| {
        if let Some(to) = link_to_follow(&ev) {
            ev.prevent_default();
            go_to(address, &to);
        }
    });
    address
}

pub fn use_address() -> Address {
    expect_context::<Address>()
}

/// Where a click on a link should take the app in place: a plain left click on a link to this
/// site that is not meant for another window, a download or an outside page. `None` leaves the
/// click to the browser.
fn link_to_follow(ev: &MouseEvent) -> Option<String> {
    if ev.default_prevented()
        || ev.button() != 0
        || ev.meta_key()
        || ev.alt_key()
        || ev.ctrl_key()
        || ev.shift_key()
    {
        return None;
    }
    let link = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("a")
        .ok()??
        .dyn_into::<HtmlAnchorElement>()
        .ok()?;
    let href = link.href();
    if href.is_empty()
        || !link.target().is_empty()
        || link.has_attribute("download")
        || link.rel().split([' ', '\t']).any(|r| r == "external")
    {
        return None;
    }
    let same_site = web_sys::Url::new(&href).ok()?.origin() == window().location().origin().ok()?;
    same_site.then_some(href)
}

/// Shows the screen at `href` (on this site) and adds it to the history, then scrolls to the
/// fragment's element or to the top, as loading the page would.
fn go_to(address: Address, href: &str) {
    let window = window();
    let location = window.location();
    let Ok(url) = web_sys::Url::new_with_base(href, &location.href().unwrap_or_default()) else {
        return;
    };
    // Path, query and fragment: an empty query leaves no lone `?` in the address bar.
    let to = format!("{}{}{}", url.pathname(), url.search(), url.hash());
    let here = format!(
        "{}{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default(),
        location.hash().unwrap_or_default()
    );
    if to != here {
        if let Ok(history) = window.history() {
            let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&to));
        }
    }
    address.refresh();
    let target = address
        .hash
        .with_untracked(|h| h.strip_prefix('#').map(str::to_owned))
        .and_then(|id| window.document()?.get_element_by_id(&id));
    match target {
        Some(el) => el.scroll_into_view(),
        None => window.scroll_to_with_x_and_y(0.0, 0.0),
    }
}

/// The full address of a screen.
pub fn href(screen: &Screen) -> String {
    format!("{}{}", app_address(), screen.query())
}

/// A function that goes to a screen (call inside a component, under `App`).
pub fn use_go() -> impl Fn(Screen) + Clone + 'static {
    let address = use_address();
    move |screen: Screen| go_to(address, &href(&screen))
}
