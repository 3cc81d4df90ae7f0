//! Native tests: the storage advice and the moment notes are worded per browser engine, and a
//! browser never gets another engine's instructions.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;

const SAFARI_IOS: &str =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) AppleWebKit/605.1.15 \
    (KHTML, like Gecko) Version/19.1 Mobile/15E148 Safari/604.1";
const CHROME_IOS: &str =
    "Mozilla/5.0 (iPhone; CPU iPhone OS 19_1 like Mac OS X) AppleWebKit/605.1.15 \
    (KHTML, like Gecko) CriOS/141.0.0.0 Mobile/15E148 Safari/604.1";
const FIREFOX_IOS: &str = "Mozilla/5.0 (iPad; CPU OS 19_1 like Mac OS X) AppleWebKit/605.1.15 \
    (KHTML, like Gecko) FxiOS/145.0 Mobile/15E148 Safari/605.1.15";
const SAFARI_MAC: &str = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 \
    (KHTML, like Gecko) Version/19.1 Safari/605.1.15";
const WEBKITGTK: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/605.1.15 (KHTML, like Gecko) \
    Version/18.0 Safari/605.1.15";
const FIREFOX: &str = "Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0";
const FIREFOX_ANDROID: &str =
    "Mozilla/5.0 (Android 15; Mobile; rv:153.0) Gecko/153.0 Firefox/153.0";
const CHROME: &str = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
    Chrome/156.0.0.0 Safari/537.36";
const EDGE: &str =
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) \
    Chrome/156.0.0.0 Safari/537.36 Edg/156.0.0.0";
const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, \
    like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36";

fn facts(engine: Engine, persisted: bool, installed: bool) -> KeepingFacts {
    KeepingFacts {
        engine,
        kept: true,
        persisted,
        installed,
    }
}

const ENGINES: [Engine; 4] = [
    Engine::WebKit,
    Engine::Gecko,
    Engine::Chromium,
    Engine::Other,
];

/// Every combination of facts (storage available or not, persisted, installed) per engine.
fn every_case() -> Vec<KeepingFacts> {
    let mut all = Vec::new();
    for engine in ENGINES {
        for kept in [true, false] {
            for persisted in [true, false] {
                for installed in [true, false] {
                    all.push(KeepingFacts {
                        engine,
                        kept,
                        persisted,
                        installed,
                    });
                }
            }
        }
    }
    all
}

/// All the words a person would read for these facts: Settings' advice and both notes.
fn all_words(f: KeepingFacts) -> String {
    let a = storage_advice(f);
    let notes: Vec<String> = [Moment::FirstEdits, Moment::BeforeShare]
        .into_iter()
        .filter_map(|m| moment_note(m, f))
        .collect();
    format!(
        "{} {} {} {}",
        a.lead,
        a.text,
        a.ask.unwrap_or(""),
        notes.join(" ")
    )
}

#[test]
fn user_agents_name_their_engine_family() {
    for ua in [SAFARI_IOS, CHROME_IOS, FIREFOX_IOS, SAFARI_MAC, WEBKITGTK] {
        assert_eq!(Engine::from_user_agent(ua), Engine::WebKit, "{ua}");
    }
    for ua in [FIREFOX, FIREFOX_ANDROID] {
        assert_eq!(Engine::from_user_agent(ua), Engine::Gecko, "{ua}");
    }
    for ua in [CHROME, EDGE, ANDROID_CHROME] {
        assert_eq!(Engine::from_user_agent(ua), Engine::Chromium, "{ua}");
    }
    assert_eq!(Engine::from_user_agent(""), Engine::Other);
    assert_eq!(Engine::from_user_agent("curl/8.0"), Engine::Other);
}

#[test]
fn safari_is_told_about_the_seven_days_and_the_home_screen_whatever_it_persisted() {
    for persisted in [true, false] {
        let a = storage_advice(facts(Engine::WebKit, persisted, false));
        assert_eq!(a.state, "seven-day");
        assert!(a.text.contains("seven days"), "{}", a.text);
        assert!(a.text.contains("Add to Home Screen"), "{}", a.text);
        assert!(a.text.contains("backup"), "{}", a.text);
        // Asking for persistence doesn't lift Safari's seven-day rule: no button that suggests it.
        assert_eq!(a.ask, None);
    }
}

#[test]
fn installed_safari_is_told_it_keeps_the_decks_with_the_app() {
    for persisted in [true, false] {
        let a = storage_advice(facts(Engine::WebKit, persisted, true));
        assert_eq!(a.state, "installed");
        assert!(a.text.contains("Home Screen"), "{}", a.text);
        assert!(
            !a.text.contains("Add to Home Screen"),
            "installed already: {}",
            a.text
        );
        assert!(a.text.contains("backup"));
    }
}

#[test]
fn firefox_is_told_about_its_prompt_and_offered_the_ask() {
    let a = storage_advice(facts(Engine::Gecko, false, false));
    assert_eq!(a.state, "best-effort");
    assert!(a.text.contains("prompt"), "{}", a.text);
    assert!(a.text.contains("Allow"), "{}", a.text);
    assert_eq!(a.ask, Some("Ask Firefox to keep my decks"));
    let on = storage_advice(facts(Engine::Gecko, true, false));
    assert_eq!(on.state, "persistent");
    assert!(on.text.contains("Firefox"));
    assert_eq!(on.ask, None);
}

#[test]
fn chromium_is_told_it_decides_by_itself_and_that_installing_helps() {
    let a = storage_advice(facts(Engine::Chromium, false, false));
    assert_eq!(a.state, "best-effort");
    assert!(a.text.contains("without asking"), "{}", a.text);
    assert!(a.text.contains("install"), "{}", a.text);
    assert_eq!(a.ask, Some("Ask the browser to keep my decks"));
    let installed = storage_advice(facts(Engine::Chromium, false, true));
    assert!(
        !installed.text.contains("install button"),
        "{}",
        installed.text
    );
    assert_eq!(
        storage_advice(facts(Engine::Chromium, true, false)).state,
        "persistent"
    );
}

#[test]
fn no_storage_at_all_says_so_in_every_engine() {
    for engine in ENGINES {
        let f = KeepingFacts {
            engine,
            kept: false,
            persisted: false,
            installed: false,
        };
        let a = storage_advice(f);
        assert_eq!(a.state, "memory");
        assert!(a.text.contains("only while this tab is open"));
        assert_eq!(a.ask, None);
        assert!(moment_note(Moment::FirstEdits, f)
            .unwrap()
            .contains("nothing after the tab closes"));
    }
}

#[test]
fn no_engine_reads_another_engines_instructions() {
    for f in every_case() {
        let words = all_words(f);
        let has = |s: &str| words.contains(s);
        if f.engine != Engine::WebKit {
            assert!(
                !has("Safari") && !has("Home Screen") && !has("seven days"),
                "{f:?}: {words}"
            );
        }
        if f.engine != Engine::Gecko {
            assert!(!has("Firefox") && !has("Allow"), "{f:?}: {words}");
        }
        if f.engine != Engine::Chromium {
            // Chromium's own ways: the install button in the address bar, and its silent decision.
            assert!(
                !has("address bar") || f.engine == Engine::Gecko,
                "{f:?}: {words}"
            );
            assert!(
                !has("install button") && !has("without asking"),
                "{f:?}: {words}"
            );
        }
    }
}

#[test]
fn notes_come_only_while_the_decks_are_not_yet_safe() {
    // Safe: persisted (Firefox, Chromium, others), or installed (Safari).
    for engine in [Engine::Gecko, Engine::Chromium, Engine::Other] {
        for installed in [true, false] {
            assert_eq!(
                moment_note(Moment::FirstEdits, facts(engine, true, installed)),
                None
            );
            assert_eq!(
                moment_note(Moment::BeforeShare, facts(engine, true, installed)),
                None
            );
            assert!(moment_note(Moment::FirstEdits, facts(engine, false, installed)).is_some());
        }
    }
    assert_eq!(
        moment_note(Moment::FirstEdits, facts(Engine::WebKit, false, true)),
        None
    );
    // Persisted but not installed, Safari still deletes after seven days.
    let note = moment_note(Moment::BeforeShare, facts(Engine::WebKit, true, false)).unwrap();
    assert!(
        note.contains("seven days") && note.contains("Add to Home Screen"),
        "{note}"
    );
    assert!(
        note.starts_with("A link gives the other person a copy"),
        "{note}"
    );
}

#[test]
fn each_moment_has_its_own_remembered_key() {
    assert_ne!(Moment::FirstEdits.key(), Moment::BeforeShare.key());
    let chrome = moment_note(Moment::FirstEdits, facts(Engine::Chromium, false, false)).unwrap();
    assert!(chrome.contains("install Career Deck"), "{chrome}");
    let chrome_installed =
        moment_note(Moment::FirstEdits, facts(Engine::Chromium, false, true)).unwrap();
    assert!(!chrome_installed.contains("install"), "{chrome_installed}");
    let firefox = moment_note(Moment::FirstEdits, facts(Engine::Gecko, false, false)).unwrap();
    assert!(
        firefox.contains("Ask Firefox to keep my decks"),
        "{firefox}"
    );
}
