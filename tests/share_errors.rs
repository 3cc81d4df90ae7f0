//! Native tests: each failure kind of share-link.md gets its own error, and nothing of a bad
//! link comes out.
#![cfg(not(target_arch = "wasm32"))]

use std::time::{Duration, Instant};

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use career_deck::model::{example_deck, CompetencyField, DeckError, Field, FieldIssue, Problem};
use career_deck::share::*;
use miniz_oxide::deflate::compress_to_vec;

fn deck() -> career_deck::model::Deck {
    example_deck("deck-1".into(), "2026-11-20T09:14:03Z".into())
}

/// `d1.` + base64url of the given envelope bytes.
fn link(bytes: &[u8]) -> String {
    format!("d1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

fn payload_bytes(fragment: &str) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(fragment.trim_start_matches("d1."))
        .expect("base64url")
}

/// A plain envelope around arbitrary bytes, with a correct CRC.
fn plain_envelope_of(json: &[u8]) -> Vec<u8> {
    let mut out = vec![0x00];
    out.extend(compress_to_vec(json, 6));
    out.extend(crc32fast::hash(json).to_be_bytes());
    out
}

#[test]
fn truncated_plain_links_are_damaged() {
    let fragment = encode_plain(&deck());
    // Every cut, from the very start of the payload to one character short.
    for cut in 3..fragment.len() {
        let result = decode_fragment(&fragment[..cut], None);
        assert_eq!(result, Err(ShareError::Damaged), "cut at {cut}");
    }
}

#[test]
fn truncated_passphrase_header_is_damaged_without_key_derivation() {
    let fragment = encode_with_passphrase(&deck(), "pw").expect("encodes");
    let bytes = payload_bytes(&fragment);
    for len in [1, 17, 29, 29 + 16] {
        let read = read_fragment(&link(&bytes[..len])).expect("a link");
        assert_eq!(read, Err(ShareError::Damaged), "{len} bytes");
    }
}

#[test]
fn a_flipped_byte_in_a_plain_link_is_damaged() {
    let bytes = payload_bytes(&encode_plain(&deck()));
    // Every byte after the kind byte, in the deflate stream or the CRC. A flip in the
    // padding bits after the final deflate block changes nothing that is read: then the deck
    // comes out unchanged. It never comes out different.
    let mut unchanged = 0;
    for i in 1..bytes.len() {
        let mut bad = bytes.clone();
        bad[i] ^= 0x01;
        match decode_fragment(&link(&bad), None) {
            Ok(d) if d == deck() => unchanged += 1,
            other => assert_eq!(other, Err(ShareError::Damaged), "byte {i}"),
        }
    }
    assert!(unchanged <= 1, "only a padding bit may go unnoticed");
}

#[test]
fn a_flipped_byte_in_a_passphrase_link_fails_authentication() {
    let bytes = payload_bytes(&encode_with_passphrase(&deck(), "pw").expect("encodes"));
    // In the salt, the nonce, the ciphertext and the tag.
    for i in [1, 20, 40, bytes.len() - 1] {
        let mut bad = bytes.clone();
        bad[i] ^= 0x80;
        assert_eq!(
            decode_fragment(&link(&bad), Some("pw")),
            Err(ShareError::WrongPassphrase),
            "byte {i}"
        );
    }
}

#[test]
fn a_wrong_passphrase_can_be_retried_on_the_same_envelope() {
    let fragment = encode_with_passphrase(&deck(), "Correct Horse").expect("encodes");
    let envelope = read_fragment(&fragment).expect("a link").expect("readable");
    assert!(envelope.needs_passphrase());
    assert_eq!(envelope.open(None), Err(ShareError::PassphraseRequired));
    assert_eq!(
        envelope.open(Some("correct horse")),
        Err(ShareError::WrongPassphrase)
    );
    assert_eq!(envelope.open(Some("Correct Horse")), Ok(deck()));
}

#[test]
fn key_derivation_can_be_done_separately() {
    let fragment = encode_with_passphrase(&deck(), "pw").expect("encodes");
    let envelope = read_fragment(&fragment).expect("a link").expect("readable");
    let salt = envelope.salt().expect("a passphrase envelope has a salt");
    let key = derive_key("pw", salt).expect("derives");
    assert_eq!(envelope.open_with_key(&key), Ok(deck()));
    let wrong = derive_key("pW", salt).expect("derives");
    assert_eq!(
        envelope.open_with_key(&wrong),
        Err(ShareError::WrongPassphrase)
    );
}

#[test]
fn later_link_versions_are_newer_version() {
    for fragment in [
        "d2.AAAA",
        "d2.",
        "d10.xyz",
        "d0002.AA",
        "d99999999999999999999999.x",
    ] {
        assert_eq!(
            read_fragment(fragment),
            Some(Err(ShareError::NewerVersion)),
            "{fragment}"
        );
    }
}

#[test]
fn an_unknown_kind_byte_is_newer_version() {
    for kind in [0x02, 0x07, 0xff] {
        let mut bytes = payload_bytes(&encode_plain(&deck()));
        bytes[0] = kind;
        assert_eq!(
            read_fragment(&link(&bytes)),
            Some(Err(ShareError::NewerVersion)),
            "kind {kind:#04x}"
        );
    }
    assert_eq!(
        read_fragment(&link(&[0x07])),
        Some(Err(ShareError::NewerVersion))
    );
}

#[test]
fn bad_base64url_and_empty_payloads_are_damaged() {
    for fragment in [
        "d1.",
        "d1.A",
        "d1.AB+/",
        "d1.AAAA=",
        "d1.AB==",
        "d1.!!!!",
        "d1.AAAAAAAA",
    ] {
        assert_eq!(
            decode_fragment(fragment, None),
            Err(ShareError::Damaged),
            "{fragment}"
        );
    }
}

#[test]
fn json_that_breaks_a_deck_rule_is_invalid_naming_the_field() {
    let json = br#"{"format":"career-deck","version":1,"id":"x","title":"T",
        "updated_at":"2026-01-01T00:00:00Z","competencies":[{"id":"c1","current":9,"target":1}]}"#;
    let err = decode_fragment(&link(&plain_envelope_of(json)), None).expect_err("invalid");
    assert_eq!(
        err,
        ShareError::InvalidDeck(DeckError::Invalid(FieldIssue {
            field: Field::Competency(0, CompetencyField::Current),
            problem: Problem::NotALevel,
        }))
    );
    assert!(
        err.to_string()
            .contains("Growth, competency 1, Current level"),
        "{err}"
    );
}

#[test]
fn unreadable_json_is_invalid() {
    for json in [&b"{not json"[..], b"\xff\xfe", b"[]"] {
        let err = decode_fragment(&link(&plain_envelope_of(json)), None).expect_err("invalid");
        assert!(matches!(err, ShareError::InvalidDeck(_)), "{err:?}");
    }
}

#[test]
fn a_newer_deck_format_inside_a_link_is_newer_version() {
    let json = br#"{"format":"career-deck","version":2,"id":"x"}"#;
    assert_eq!(
        decode_fragment(&link(&plain_envelope_of(json)), None),
        Err(ShareError::NewerVersion)
    );
}

#[test]
fn a_deflate_bomb_is_too_large() {
    let bomb = vec![b' '; 2 * 1024 * 1024];
    assert_eq!(
        decode_fragment(&link(&plain_envelope_of(&bomb)), None),
        Err(ShareError::TooLarge)
    );
}

#[test]
fn a_passphrase_deflate_bomb_is_too_large() {
    // Bypass the encoder's JSON: seal a bomb with the real envelope format.
    let bomb = vec![b'0'; 2 * 1024 * 1024];
    let salt = [1u8; SALT_LEN];
    let nonce = [2u8; NONCE_LEN];
    let key = derive_key("pw", &salt).expect("derives");
    let mut header = vec![0x01];
    header.extend(salt);
    header.extend(nonce);
    let sealed = {
        use aes_gcm::aead::{Aead, KeyInit, Payload};
        aes_gcm::Aes256Gcm::new(&key.into())
            .encrypt(
                &nonce.into(),
                Payload {
                    msg: &compress_to_vec(&bomb, 10),
                    aad: &header,
                },
            )
            .expect("seals")
    };
    header.extend(sealed);
    assert_eq!(
        decode_fragment(&link(&header), Some("pw")),
        Err(ShareError::TooLarge)
    );
}

#[test]
fn the_cap_holds_against_fifty_mib_of_zeros() {
    let bomb = vec![0u8; 50 * 1024 * 1024];
    let fragment = link(&plain_envelope_of(&bomb));
    println!("a 50 MiB bomb is a {}-character fragment", fragment.len());
    let started = Instant::now();
    assert_eq!(decode_fragment(&fragment, None), Err(ShareError::TooLarge));
    // Inflating stops at 1 MiB: far quicker than producing 50 MiB would be, even unoptimised.
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
}

#[test]
fn exactly_one_mib_is_not_refused_as_too_large() {
    // A 1 MiB document (the limit itself) passes the cap and reaches the deck reader.
    let mut json = b"{\"x\":\"".to_vec();
    json.resize(MAX_INFLATED_BYTES - 2, b'a');
    json.extend(b"\"}");
    assert_eq!(json.len(), MAX_INFLATED_BYTES);
    let err = decode_fragment(&link(&plain_envelope_of(&json)), None).expect_err("not a deck");
    assert!(matches!(err, ShareError::InvalidDeck(_)), "{err:?}");
}

#[test]
fn every_error_has_a_person_facing_message() {
    let all = [
        ShareError::NewerVersion,
        ShareError::Damaged,
        ShareError::WrongPassphrase,
        ShareError::TooLarge,
        ShareError::InvalidDeck(DeckError::NotJson),
        ShareError::InvalidDeck(DeckError::Invalid(FieldIssue {
            field: Field::Title,
            problem: Problem::Empty,
        })),
        ShareError::PassphraseRequired,
        ShareError::RandomUnavailable,
    ];
    for e in all {
        let message = e.to_string();
        assert!(message.len() > 20 && message.ends_with('.'), "{message}");
        assert!(
            !message.contains("Error") && !message.contains("CRC"),
            "{message}"
        );
    }
}
