//! What every editing screen (the deck editor, the workshop, the board editor) does about the
//! page's life and the editing keys, in one place: saves never wait for a debounce when the
//! page goes away, what cannot be saved in time is kept where the next visit finds it, and the
//! browser asks before closing only if even that failed.

use leptos::ev;
use leptos::prelude::*;

use super::use_library;

/// Calls `leave` whenever the page may be going away (hidden, closed, reloaded for an update,
/// its database upgraded elsewhere). `leave` saves what it can and answers whether nothing can
/// be lost; when it answers false, closing the tab asks first. `close` runs when the screen
/// itself goes away inside the app: it must save without touching the screen's signals.
pub fn keep_on_leaving(
    leave: impl Fn() -> bool + Clone + 'static,
    close: impl FnOnce() + Send + Sync + 'static,
) {
    let library = use_library();
    let on_hide = leave.clone();
    let hide = window_event_listener(ev::pagehide, move |_| {
        on_hide();
    });
    let on_hidden = leave.clone();
    let visibility = window_event_listener(ev::visibilitychange, move |_| {
        let hidden = web_sys::window()
            .and_then(|w| w.document())
            .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Hidden);
        if hidden {
            on_hidden();
        }
    });
    let on_unload = leave.clone();
    let before_unload = window_event_listener(ev::beforeunload, move |ev| {
        if !on_unload() {
            ev.prevent_default();
        }
    });
    let hook = library.on_leave(move || {
        leave();
    });
    on_cleanup(move || {
        close();
        library.forget_leave(hook);
        hide.remove();
        visibility.remove();
        before_unload.remove();
    });
}

/// The editing keys: Ctrl/⌘+Z undoes, Ctrl/⌘+Shift+Z or Ctrl/⌘+Y redoes, and Ctrl/⌘+S saves
/// now (saving is automatic; this only saves sooner, instead of "Save page as").
pub fn edit_keys(undo: impl Fn() + 'static, redo: impl Fn() + 'static, save: impl Fn() + 'static) {
    let keys = window_event_listener(ev::keydown, move |ev| {
        let key = ev.key().to_ascii_lowercase();
        if !(ev.ctrl_key() || ev.meta_key()) || ev.alt_key() {
            return;
        }
        if key == "z" && !ev.shift_key() {
            ev.prevent_default();
            undo();
        } else if (key == "z" && ev.shift_key()) || key == "y" {
            ev.prevent_default();
            redo();
        } else if key == "s" {
            ev.prevent_default();
            save();
        }
    });
    on_cleanup(move || keys.remove());
}
