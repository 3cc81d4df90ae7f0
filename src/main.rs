//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    career_deck::services::panic::install();
    // The page's plain-HTML frame (index.html) goes in the same task as the app arrives.
    career_deck::services::dom::remove_boot_shell();
    leptos::mount::mount_to_body(career_deck::App);
}

/// The app only runs in a browser; a native build exists for the core's tests.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
