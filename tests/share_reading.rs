//! Native tests: links survive what happens to them on the way (percent-encoding, wrapping,
//! tracking parameters), and fragments that are not share links are left alone.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::{example_deck, Deck};
use career_deck::share::*;

fn deck() -> Deck {
    example_deck("deck-1".into(), "2026-11-20T09:14:03Z".into())
}

fn opens(fragment: &str) -> Deck {
    decode_fragment(fragment, None).unwrap_or_else(|e| panic!("{e}: {fragment:.60}"))
}

#[test]
fn a_percent_encoded_fragment_decodes() {
    let fragment = encode_plain(&deck());
    // Every character percent-encoded, as the most zealous of browsers might.
    let encoded: String = fragment.bytes().map(|b| format!("%{b:02X}")).collect();
    assert_eq!(opens(&encoded), deck());
    // A pasted space and line break, encoded by the browser.
    let (a, b) = fragment.split_at(40);
    assert_eq!(opens(&format!("{a}%20%0D%0A{b}")), deck());
}

#[test]
fn whitespace_and_line_breaks_inside_the_payload_are_ignored() {
    let fragment = encode_plain(&deck());
    let wrapped: String = fragment
        .as_bytes()
        .chunks(76)
        .map(|line| String::from_utf8_lossy(line).into_owned())
        .collect::<Vec<_>>()
        .join("\r\n  \t");
    assert_eq!(opens(&wrapped), deck());
    assert_eq!(opens(&format!(" \n{fragment}\n ")), deck());
}

#[test]
fn anything_from_the_first_ampersand_is_ignored() {
    let fragment = encode_plain(&deck());
    assert_eq!(opens(&format!("{fragment}&utm_source=x")), deck());
    assert_eq!(
        opens(&format!("{fragment}&utm_source=x&fbclid=d1.zz")),
        deck()
    );
    assert_eq!(opens(&format!("{fragment}%26utm_source%3Dmail")), deck());
}

#[test]
fn passphrase_links_are_read_tolerantly_too() {
    let fragment = encode_with_passphrase(&deck(), "pw").expect("encodes");
    let (a, b) = fragment.split_at(30);
    let mangled = format!("{a}%0A{b}&utm_medium=chat");
    assert_eq!(decode_fragment(&mangled, Some("pw")), Ok(deck()));
}

#[test]
fn fragments_that_are_not_share_links_are_none() {
    for fragment in [
        "",
        "/settings",
        "section-2",
        "d1",
        "d",
        "d.abc",
        "dx.abc",
        "d1x.abc",
        "D1.abc",
        "d0.abc",
        "d01.abc",
        "e1.abc",
        "&d1.abc",
        "%ZZ",
        "\u{1F680}",
    ] {
        assert!(read_fragment(fragment).is_none(), "{fragment:?}");
    }
}

#[test]
fn the_hash_is_not_part_of_the_fragment() {
    // The caller strips `#`; a fragment that still starts with one is not a share link.
    let fragment = encode_plain(&deck());
    assert!(read_fragment(&format!("#{fragment}")).is_none());
}

#[test]
fn punctuation_copied_after_a_link_is_ignored() {
    let deck = example_deck("punct".into(), "2026-12-01T10:00:00Z".into());
    let fragment = encode_plain(&deck);
    for tail in [".", ").", ")", "!", "…", "\u{201d}.", ">"] {
        let with_tail = format!("{fragment}{tail}");
        assert_eq!(
            decode_fragment(&with_tail, None),
            Ok(deck.clone()),
            "{tail:?}"
        );
    }
}
