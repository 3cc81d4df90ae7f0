//! Native tests: every conformance vector (tests/vectors, copied from shared/spec/vectors)
//! decodes to exactly its deck, and the encoder's links decode back to the same deck.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use career_deck::model::{parse_deck, Deck};
use career_deck::share::*;
use serde_json::Value;

struct Vector {
    name: String,
    fragment: String,
    deck: Value,
    passphrase: Option<String>,
}

fn vectors() -> Vec<Vector> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let mut out: Vec<Vector> = std::fs::read_dir(&dir)
        .expect("tests/vectors")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .map(|p| {
            let v: Value =
                serde_json::from_str(&std::fs::read_to_string(&p).expect("read")).expect("json");
            Vector {
                name: p.file_name().expect("name").to_string_lossy().into_owned(),
                fragment: v["fragment"].as_str().expect("fragment").to_owned(),
                deck: v["deck"].clone(),
                passphrase: v
                    .get("passphrase")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    assert!(
        out.len() >= 6,
        "expected the six spec vectors, found {}",
        out.len()
    );
    out
}

fn deck_of(v: &Vector) -> Deck {
    parse_deck(&v.deck.to_string()).expect("a vector's deck is valid")
}

#[test]
fn every_vector_decodes_to_its_deck() {
    for v in vectors() {
        let envelope = read_fragment(&v.fragment)
            .unwrap_or_else(|| panic!("{}: not read as a link", v.name))
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        assert_eq!(
            envelope.needs_passphrase(),
            v.passphrase.is_some(),
            "{}",
            v.name
        );
        let deck = envelope
            .open(v.passphrase.as_deref())
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        assert_eq!(
            serde_json::to_value(&deck).expect("to_value"),
            v.deck,
            "{}",
            v.name
        );
    }
}

#[test]
fn passphrase_vectors_need_their_passphrase() {
    for v in vectors().iter().filter(|v| v.passphrase.is_some()) {
        let envelope = read_fragment(&v.fragment)
            .expect("a link")
            .expect("readable");
        assert_eq!(
            envelope.open(None),
            Err(ShareError::PassphraseRequired),
            "{}",
            v.name
        );
        assert_eq!(
            envelope.open(Some("not it")),
            Err(ShareError::WrongPassphrase),
            "{}",
            v.name
        );
    }
}

#[test]
fn plain_links_of_vector_decks_round_trip() {
    for v in vectors() {
        let deck = deck_of(&v);
        let fragment = encode_plain(&deck);
        assert!(
            fragment.starts_with("d1.A"),
            "plain kind byte 0x00 encodes as 'A'"
        );
        let back = decode_fragment(&fragment, None).expect("decodes");
        assert_eq!(back, deck, "{}", v.name);
        assert_eq!(
            serde_json::to_value(&back).expect("to_value"),
            v.deck,
            "{}",
            v.name
        );
    }
}

#[test]
fn passphrase_links_of_vector_decks_round_trip() {
    for v in vectors() {
        let Some(passphrase) = v.passphrase.as_deref() else {
            continue;
        };
        let deck = deck_of(&v);
        let fragment = encode_with_passphrase(&deck, passphrase).expect("encodes");
        let back = decode_fragment(&fragment, Some(passphrase)).expect("decodes");
        assert_eq!(
            serde_json::to_value(&back).expect("to_value"),
            v.deck,
            "{}",
            v.name
        );
    }
}

#[test]
fn fixed_salt_and_nonce_reproduce_the_vector_header() {
    // The vectors' envelopes start 0x01 || salt || nonce; encoding with the same salt and
    // nonce must reproduce that header byte for byte (the ciphertext may differ, as deflate
    // output depends on the compressor).
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    for v in vectors() {
        let Some(passphrase) = v.passphrase.as_deref() else {
            continue;
        };
        let theirs = URL_SAFE_NO_PAD
            .decode(v.fragment.trim_start_matches(PREFIX))
            .expect("base64url");
        let salt: [u8; SALT_LEN] = theirs[1..17].try_into().expect("salt");
        let nonce: [u8; NONCE_LEN] = theirs[17..29].try_into().expect("nonce");
        let ours =
            encode_with_passphrase_using(&deck_of(&v), passphrase, salt, nonce).expect("encodes");
        let ours_bytes = URL_SAFE_NO_PAD
            .decode(ours.trim_start_matches(PREFIX))
            .expect("base64url");
        assert_eq!(ours_bytes[..29], theirs[..29], "{}", v.name);
        let back = decode_fragment(&ours, Some(passphrase)).expect("decodes");
        assert_eq!(
            serde_json::to_value(&back).expect("to_value"),
            v.deck,
            "{}",
            v.name
        );
    }
}

#[test]
fn our_minified_json_is_the_vectors_json_byte_for_byte() {
    // Not required (any JSON of the deck would do), but it shows the encoder writes what the
    // independent implementation wrote: the plain vectors' CRC is the CRC of our JSON.
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    for v in vectors().iter().filter(|v| v.passphrase.is_none()) {
        let bytes = URL_SAFE_NO_PAD
            .decode(v.fragment.trim_start_matches(PREFIX))
            .expect("base64url");
        let crc = u32::from_be_bytes(bytes[bytes.len() - 4..].try_into().expect("4 bytes"));
        let json = deck_of(v).to_json();
        assert_eq!(crc32fast::hash(json.as_bytes()), crc, "{}: {json}", v.name);
    }
}

#[test]
fn two_passphrase_links_of_one_deck_differ() {
    let v = vectors().into_iter().next().expect("a vector");
    let deck = deck_of(&v);
    let a = encode_with_passphrase(&deck, "same passphrase").expect("encodes");
    let b = encode_with_passphrase(&deck, "same passphrase").expect("encodes");
    assert_ne!(a, b, "fresh salt and nonce for each link");
    assert_eq!(
        decode_fragment(&a, Some("same passphrase")),
        Ok(deck.clone())
    );
    assert_eq!(decode_fragment(&b, Some("same passphrase")), Ok(deck));
}
