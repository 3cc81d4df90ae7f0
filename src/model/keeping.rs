//! How this browser keeps the decks, in words: the storage advice Settings shows, and the quiet
//! notes at the moments that matter (after the first real edits, before a share). Each browser
//! engine has its own rules, so each gets its own wording — and never another's instructions:
//!
//! - **WebKit** (Safari, and every browser on iPhone and iPad): deletes what a site's scripts
//!   stored, IndexedDB included, after seven days without a visit — unless the site is added
//!   to the Home Screen (or the Dock on a Mac), which lifts that rule.
//! - **Gecko** (Firefox): keeps data "best effort" until the person allows persistent storage
//!   in a prompt that Firefox shows when the site asks.
//! - **Chromium** (Chrome, Edge and the like): decides by itself whether to grant persistence,
//!   without asking; installed and often-used sites get it.
//!
//! Pure: the shell detects the facts (`navigator.storage.persisted()`, the display mode, the
//! user agent) and this module only words them.

/// A browser engine family, as far as the wording needs to know it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Safari, and every browser on iPhone and iPad.
    WebKit,
    /// Firefox (on desktop and Android; Firefox on iOS is WebKit).
    Gecko,
    /// Chrome, Edge, Opera, Samsung Internet, Android's WebView.
    Chromium,
    /// Anything else: wording that holds everywhere.
    Other,
}

impl Engine {
    /// The engine family a user-agent string names. Used only to choose words: what the app
    /// does never depends on it.
    pub fn from_user_agent(ua: &str) -> Engine {
        let has = |s: &str| ua.contains(s);
        // Every browser on iPhone and iPad runs WebKit, whatever its name (CriOS, FxiOS…).
        if has("iPhone") || has("iPad") || has("iPod") {
            return Engine::WebKit;
        }
        if has("Firefox/") || (has("Gecko/") && !has("like Gecko")) {
            return Engine::Gecko;
        }
        if has("Chrome/") || has("Chromium/") || has("Edg/") || has("OPR/") {
            return Engine::Chromium;
        }
        if has("AppleWebKit/") {
            return Engine::WebKit;
        }
        Engine::Other
    }
}

/// What the shell found out about this browser.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct KeepingFacts {
    pub engine: Engine,
    /// Whether the browser lets the app store anything at all (false: memory only).
    pub kept: bool,
    /// `navigator.storage.persisted()`: the browser agreed not to clear the data under
    /// storage pressure.
    pub persisted: bool,
    /// The app runs installed (`display-mode: standalone`, or `navigator.standalone` on iOS).
    pub installed: bool,
}

impl KeepingFacts {
    /// Whether the decks are as safe as this browser makes them: no rule of the browser's own
    /// would remove them (only the person, clearing the site's data or removing the app).
    pub fn safe(self) -> bool {
        self.kept
            && match self.engine {
                // Persisted or not, Safari's seven-day rule holds until the app is installed.
                Engine::WebKit => self.installed,
                _ => self.persisted,
            }
    }
}

/// Settings' paragraph on how the decks are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StorageAdvice {
    /// A short key for the state (`data-state`, for styling and tests).
    pub state: &'static str,
    /// The bold opening words.
    pub lead: &'static str,
    /// The advice itself.
    pub text: &'static str,
    /// The label of a button that asks the browser to persist the data, when asking can help.
    pub ask: Option<&'static str>,
}

/// Settings' advice for these facts.
pub fn storage_advice(f: KeepingFacts) -> StorageAdvice {
    if !f.kept {
        return StorageAdvice {
            state: "memory",
            lead: "Not kept: ",
            text: "this browser refused storage, so decks last only while this tab is open. \
                   Download a backup or share the deck before you close it.",
            ask: None,
        };
    }
    match (f.engine, f.installed, f.persisted) {
        (Engine::WebKit, true, true) => StorageAdvice {
            state: "installed",
            lead: "Installed, and persistent storage is on. ",
            text: "Safari keeps the decks of an app on your Home Screen for as long as you keep \
                   the app, and has agreed not to clear them when space runs low. Removing the app \
                   removes them too, so download a backup now and then.",
            ask: None,
        },
        (Engine::WebKit, true, false) => StorageAdvice {
            state: "installed",
            lead: "Installed. ",
            text: "Safari keeps the decks of an app on your Home Screen without the seven-day \
                   limit, but may still clear them if the device runs very short of space, and \
                   removing the app removes them. Download a backup now and then.",
            ask: None,
        },
        (Engine::WebKit, false, _) => StorageAdvice {
            state: "seven-day",
            lead: "Safari may delete your decks. ",
            text: "Safari (and every browser on iPhone and iPad) removes what a site keeps — \
                   your decks included — after seven days without a visit, unless the site is \
                   added to your Home Screen. To keep them: on iPhone or iPad, tap the Share \
                   button, then “Add to Home Screen”, and open Career Deck from there (on a Mac, \
                   File → “Add to Dock” in Safari). Download a backup now and then as well.",
            ask: None,
        },
        (Engine::Gecko, _, true) => StorageAdvice {
            state: "persistent",
            lead: "Persistent storage is on. ",
            text: "You allowed Firefox to keep Career Deck's data, so it won't clear your decks \
                   when space runs low. They are still removed if you clear this site's data \
                   (cookies and site data) yourself.",
            ask: None,
        },
        (Engine::Gecko, _, false) => StorageAdvice {
            state: "best-effort",
            lead: "Persistent storage is off. ",
            text: "Firefox may clear your decks if the device runs short of space. When Career \
                   Deck asks, Firefox shows a prompt by the address bar asking whether to let \
                   this site store data in persistent storage: choose Allow. Download a backup \
                   now and then as well.",
            ask: Some("Ask Firefox to keep my decks"),
        },
        (Engine::Chromium, _, true) | (Engine::Other, _, true) => StorageAdvice {
            state: "persistent",
            lead: "Persistent storage is on. ",
            text: "The browser has agreed not to clear your decks when space runs low. They are \
                   still removed if you clear this site's data yourself.",
            ask: None,
        },
        (Engine::Chromium, installed, false) => StorageAdvice {
            state: "best-effort",
            lead: "Persistent storage is off. ",
            text: if installed {
                "The browser may clear your decks if the device runs short of space. It decides \
                 by itself, without asking you, and usually keeps the data of apps used often. \
                 Download a backup now and then."
            } else {
                "The browser may clear your decks if the device runs short of space. It decides \
                 by itself, without asking you, and is more likely to keep them once Career Deck \
                 is installed (the install button in the address bar, or “Add to Home screen” \
                 in the menu on Android) or bookmarked. Download a backup now and then."
            },
            ask: Some("Ask the browser to keep my decks"),
        },
        (Engine::Other, _, false) => StorageAdvice {
            state: "best-effort",
            lead: "Persistent storage is off. ",
            text: "The browser may clear your decks if the device runs short of space, or after \
                   a long time without a visit. Download a backup now and then.",
            ask: Some("Ask the browser to keep my decks"),
        },
    }
}

/// The moments when a quiet word on keeping the decks helps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    /// The person has just made their first real edits (in this browser).
    FirstEdits,
    /// The person is about to make a share link.
    BeforeShare,
}

impl Moment {
    /// The key its dismissal is remembered under (with the editor's other dismissed tips).
    pub fn key(self) -> &'static str {
        match self {
            Moment::FirstEdits => "keeping-first-edits",
            Moment::BeforeShare => "keeping-before-share",
        }
    }
}

/// A short, dismissable note for this moment, or nothing when the decks are already as safe
/// as this browser makes them.
pub fn moment_note(moment: Moment, f: KeepingFacts) -> Option<String> {
    if f.safe() {
        return None;
    }
    let opening = match moment {
        Moment::FirstEdits => "Your work is saved in this browser only.",
        Moment::BeforeShare => {
            "A link gives the other person a copy; your own deck stays only in this browser."
        }
    };
    let keep = if !f.kept {
        "This browser keeps nothing after the tab closes: download a backup (Settings) before \
         you close it."
    } else {
        match f.engine {
            Engine::WebKit => {
                "Safari deletes it after seven days without a visit unless Career Deck is on \
                 your Home Screen: add it there (Share → “Add to Home Screen”), or download a \
                 backup in Settings."
            }
            Engine::Gecko => {
                "To keep it safe, let Firefox keep Career Deck's data (Settings → “Ask Firefox \
                 to keep my decks”, then Allow) or download a backup in Settings."
            }
            Engine::Chromium if !f.installed => {
                "To keep it safe, install Career Deck (the install button in the address bar) \
                 or download a backup in Settings."
            }
            Engine::Chromium | Engine::Other => {
                "To keep it safe, download a backup in Settings now and then."
            }
        }
    };
    Some(format!("{opening} {keep}"))
}
