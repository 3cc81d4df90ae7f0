//! Moving between screens. Addresses are built whole (`origin + path + query`) so that the
//! router never has to guess how a bare `?query` resolves, wherever the app is served from.

use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::dom::app_address;
use crate::routes::Screen;

/// The full address of a screen.
pub fn href(screen: &Screen) -> String {
    format!("{}{}", app_address(), screen.query())
}

/// A function that goes to a screen (call inside a component, under the router).
pub fn use_go() -> impl Fn(Screen) + Clone + 'static {
    let navigate = use_navigate();
    move |screen: Screen| navigate(&href(&screen), NavigateOptions::default())
}
