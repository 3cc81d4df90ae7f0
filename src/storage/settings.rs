//! Small per-browser settings in localStorage. Each one is its own key, and a missing or
//! corrupt value falls back to its default instead of breaking the app.
//!
//! Values are JSON, read and written as `serde_json::Value` (one JSON reader and writer for
//! every setting, the same the rest of the app uses, rather than one per setting's type).

use serde_json::Value;

const THEME: &str = "career-deck.theme";
const LAST_DECK: &str = "career-deck.last-deck";
const DISMISSED_TIPS: &str = "career-deck.dismissed-tips";
const GUIDANCE_HIDDEN: &str = "career-deck.guidance-hidden";
const PERSIST_ASKED: &str = "career-deck.persist-asked";

/// Colour scheme: follow the system unless the person picked one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
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

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The stored value, or `null` when it is missing or not JSON (or storage is off).
fn read(key: &str) -> Value {
    local_storage()
        .and_then(|s| s.get_item(key).ok()?)
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or_default()
}

/// Writing a setting can fail (storage full or disabled); settings are conveniences, so the
/// app carries on with the value in memory.
fn write(key: &str, value: impl Into<Value>) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, &value.into().to_string());
    }
}

/// Stored as its `key()`: `"system"`, `"light"` or `"dark"`.
pub fn theme() -> Theme {
    let stored = read(THEME);
    Theme::ALL
        .into_iter()
        .find(|t| stored.as_str() == Some(t.key()))
        .unwrap_or_default()
}

pub fn set_theme(theme: Theme) {
    write(THEME, theme.key());
}

pub fn last_deck() -> Option<String> {
    read(LAST_DECK).as_str().map(str::to_owned)
}

pub fn set_last_deck(id: Option<&str>) {
    write(LAST_DECK, id);
}

/// A list of texts; anything else counts as none dismissed.
pub fn dismissed_tips() -> Vec<String> {
    read(DISMISSED_TIPS)
        .as_array()
        .and_then(|tips| tips.iter().map(|t| t.as_str().map(str::to_owned)).collect())
        .unwrap_or_default()
}

pub fn dismiss_tip(tip: &str) {
    let mut tips = dismissed_tips();
    if !tips.iter().any(|t| t == tip) {
        tips.push(tip.to_owned());
        write(DISMISSED_TIPS, tips);
    }
}

pub fn reset_tips() {
    write(DISMISSED_TIPS, Vec::<Value>::new());
}

pub fn guidance_hidden() -> bool {
    read(GUIDANCE_HIDDEN).as_bool().unwrap_or(false)
}

pub fn set_guidance_hidden(hidden: bool) {
    write(GUIDANCE_HIDDEN, hidden);
}

/// Whether persistent storage has been requested already (it is asked once, on first save).
pub fn persist_asked() -> bool {
    read(PERSIST_ASKED).as_bool().unwrap_or(false)
}

pub fn set_persist_asked() {
    write(PERSIST_ASKED, true);
}
