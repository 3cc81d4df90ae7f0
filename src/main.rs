//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    // Panic messages in the console help while developing; release builds leave them out.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(career_deck::App);
}

/// The app only runs in a browser; a native build exists for the core's tests.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
