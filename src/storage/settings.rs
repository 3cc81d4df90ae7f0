//! Small per-browser settings in localStorage (via gloo-storage). Each one is its own key, and
//! a missing or corrupt value falls back to its default instead of breaking the app.

use gloo_storage::{LocalStorage, Storage};
use serde::{de::DeserializeOwned, Deserialize, Serialize};

const THEME: &str = "career-deck.theme";
const LAST_DECK: &str = "career-deck.last-deck";
const DISMISSED_TIPS: &str = "career-deck.dismissed-tips";
const GUIDANCE_HIDDEN: &str = "career-deck.guidance-hidden";
const PERSIST_ASKED: &str = "career-deck.persist-asked";

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

fn read<T: DeserializeOwned + Default>(key: &str) -> T {
    LocalStorage::get(key).unwrap_or_default()
}

/// Writing a setting can fail (storage full or disabled); settings are conveniences, so the
/// app carries on with the value in memory.
fn write<T: Serialize>(key: &str, value: &T) {
    let _ = LocalStorage::set(key, value);
}

pub fn theme() -> Theme {
    read(THEME)
}

pub fn set_theme(theme: Theme) {
    write(THEME, &theme);
}

pub fn last_deck() -> Option<String> {
    read(LAST_DECK)
}

pub fn set_last_deck(id: Option<&str>) {
    write(LAST_DECK, &id);
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
    write(DISMISSED_TIPS, &Vec::<String>::new());
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
