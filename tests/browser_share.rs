//! Browser tests: the share codec and settings, running as wasm in headless Chromium (the
//! browser's random source, Argon2 and AES-GCM compiled to wasm).
#![cfg(target_arch = "wasm32")]

use career_deck::model::example_deck;
use career_deck::share::{decode_fragment, encode_plain, encode_with_passphrase, read_fragment};
use career_deck::storage::settings::{self, Theme};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn two_links_made_in_a_row_get_different_salts_and_nonces() {
    let deck = example_deck("browser-share".into(), "2026-11-25T10:00:00Z".into());
    let a =
        encode_with_passphrase(&deck, "correct horse battery staple").expect("random source works");
    let b =
        encode_with_passphrase(&deck, "correct horse battery staple").expect("random source works");
    assert_ne!(a, b);
    let salt = |f: &str| {
        read_fragment(f)
            .and_then(Result::ok)
            .and_then(|e| e.salt().copied())
    };
    assert_ne!(salt(&a), salt(&b));
    assert_eq!(
        decode_fragment(&a, Some("correct horse battery staple")),
        Ok(deck.clone())
    );
    assert_eq!(decode_fragment(&encode_plain(&deck), None), Ok(deck));
}

#[wasm_bindgen_test]
fn corrupt_settings_fall_back_to_their_defaults() {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    storage
        .set_item("career-deck.theme", "{not json")
        .expect("set");
    storage
        .set_item("career-deck.dismissed-tips", "42")
        .expect("set");
    storage
        .set_item("career-deck.guidance-hidden", "\"maybe\"")
        .expect("set");
    assert_eq!(settings::theme(), Theme::System);
    assert!(settings::dismissed_tips().is_empty());
    assert!(!settings::guidance_hidden());
    settings::set_theme(Theme::Dark);
    assert_eq!(settings::theme(), Theme::Dark);
    settings::dismiss_tip("story");
    settings::dismiss_tip("story");
    assert_eq!(settings::dismissed_tips(), ["story"]);
}
