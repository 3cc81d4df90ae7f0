//! Small per-browser settings in localStorage (via gloo-storage). Each one is its own key, and
//! a missing or corrupt value falls back to its default instead of breaking the app. When the
//! browser blocks site storage, even *reaching* localStorage throws (and gloo would panic on
//! it), so every access checks first and the app carries on with defaults in memory.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

const THEME: &str = "career-deck.theme";
const DISMISSED_TIPS: &str = "career-deck.dismissed-tips";
const GUIDANCE_HIDDEN: &str = "career-deck.guidance-hidden";
const PERSIST_ASKED: &str = "career-deck.persist-asked";
const HAS_LIBRARY: &str = "career-deck.has-library";

/// Colour scheme: follow the system unless the person picked one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    pub fn label(self) -> &'static str {
        match self {
            Theme::System => "Match my device",
            Theme::Light => "Light",
            Theme::Dark => "Dark",
        }
    }

    /// A short name for ids.
    pub fn key(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    /// The value of `data-theme` on `<html>` (empty: follow the system).
    pub fn attribute(self) -> &'static str {
        match self {
            Theme::System => "",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

thread_local! {
    static AVAILABLE: bool = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some();
}

/// Whether this browser lets the app use localStorage at all.
pub fn available() -> bool {
    AVAILABLE.with(|a| *a)
}

pub(super) fn read<T: DeserializeOwned + Default>(key: &str) -> T {
    if !available() {
        return T::default();
    }
    LocalStorage::get(key).unwrap_or_default()
}

/// Writing a setting can fail (storage full or disabled); settings are conveniences, so the
/// app carries on with the value in memory. Answers whether it was written.
pub(super) fn write<T: Serialize>(key: &str, value: &T) -> bool {
    available() && LocalStorage::set(key, value).is_ok()
}

pub(super) fn remove(key: &str) {
    if available() {
        LocalStorage::delete(key);
    }
}

pub fn theme() -> Theme {
    read(THEME)
}

pub fn set_theme(theme: Theme) {
    write(THEME, &theme);
}

/// Whether the tip or section advice named `key` was dismissed ("Got it").
pub fn tip_dismissed(key: &str) -> bool {
    dismissed_tips().iter().any(|t| t == key)
}

pub fn dismissed_tips() -> Vec<String> {
    read(DISMISSED_TIPS)
}

pub fn dismiss_tip(tip: &str) {
    let mut tips = dismissed_tips();
    if !tips.iter().any(|t| t == tip) {
        tips.push(tip.to_owned());
        write(DISMISSED_TIPS, &tips);
    }
}

pub fn reset_tips() {
    remove(DISMISSED_TIPS);
}

pub fn guidance_hidden() -> bool {
    read(GUIDANCE_HIDDEN)
}

pub fn set_guidance_hidden(hidden: bool) {
    write(GUIDANCE_HIDDEN, &hidden);
}

/// Whether persistent storage has been requested already (it is asked once, on first save).
pub fn persist_asked() -> bool {
    read(PERSIST_ASKED)
}

pub fn set_persist_asked() {
    write(PERSIST_ASKED, &true);
}

/// Whether this browser has Career Deck's database already (set when it is first opened), so a
/// reader of a link can be told "you kept this before" without the app creating a database
/// on a device that has none.
pub fn has_library() -> bool {
    read(HAS_LIBRARY)
}

pub fn set_has_library() {
    if !has_library() {
        write(HAS_LIBRARY, &true);
    }
}
