//! Native tests: every conformance vector (tests/vectors, copied from shared/spec/vectors)
//! decodes to exactly its document — a deck (key `deck`) or an opportunity board (key
//! `board`) — and the encoder's links decode back to the same document.
#![cfg(not(target_arch = "wasm32"))]

use std::path::PathBuf;

use career_deck::board::parse_board;
use career_deck::model::parse_deck;
use career_deck::share::*;
use serde_json::Value;

struct Vector {
    name: String,
    fragment: String,
    kind: DocumentKind,
    /// The `deck` or `board` the link must decode to.
    expected: Value,
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
            let name = p.file_name().expect("name").to_string_lossy().into_owned();
            let (kind, expected) = match (v.get("deck"), v.get("board")) {
                (Some(d), None) => (DocumentKind::Deck, d.clone()),
                (None, Some(b)) => (DocumentKind::Board, b.clone()),
                _ => panic!("{name}: a vector has exactly one of `deck` and `board`"),
            };
            Vector {
                name,
                fragment: v["fragment"].as_str().expect("fragment").to_owned(),
                kind,
                expected,
                passphrase: v
                    .get("passphrase")
                    .and_then(Value::as_str)
                    .map(str::to_owned),
            }
        })
        .collect();
    out.sort_by(|a, b| a.name.cmp(&b.name));
    let count = |k| out.iter().filter(|v| v.kind == k).count();
    assert!(
        count(DocumentKind::Deck) >= 7 && count(DocumentKind::Board) >= 3,
        "expected the seven deck and three board vectors, found {} and {}",
        count(DocumentKind::Deck),
        count(DocumentKind::Board)
    );
    out
}

fn document_of(v: &Vector) -> Document {
    let json = v.expected.to_string();
    match v.kind {
        DocumentKind::Deck => Document::Deck(parse_deck(&json).expect("a vector's deck is valid")),
        DocumentKind::Board => {
            Document::Board(parse_board(&json).expect("a vector's board is valid"))
        }
    }
}

fn value_of(d: &Document) -> Value {
    match d {
        Document::Deck(deck) => serde_json::to_value(deck).expect("to_value"),
        Document::Board(board) => serde_json::to_value(board).expect("to_value"),
    }
}

#[test]
fn every_vector_decodes_to_its_document() {
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
        let doc = envelope
            .open_document(v.passphrase.as_deref())
            .unwrap_or_else(|e| panic!("{}: {e}", v.name));
        assert_eq!(doc.kind(), v.kind, "{}", v.name);
        assert_eq!(value_of(&doc), v.expected, "{}", v.name);
        assert_eq!(doc, document_of(&v), "{}", v.name);
    }
}

#[test]
fn deck_vectors_open_as_decks_and_board_vectors_do_not() {
    for v in vectors() {
        let envelope = read_fragment(&v.fragment)
            .expect("a link")
            .expect("readable");
        let opened = envelope.open(v.passphrase.as_deref());
        match v.kind {
            DocumentKind::Deck => {
                let deck = opened.unwrap_or_else(|e| panic!("{}: {e}", v.name));
                assert_eq!(
                    serde_json::to_value(&deck).expect("to_value"),
                    v.expected,
                    "{}",
                    v.name
                );
            }
            DocumentKind::Board => {
                let err = opened.expect_err("a board is not a deck");
                assert_eq!(
                    err,
                    ShareError::UnexpectedDocument {
                        found: DocumentKind::Board
                    },
                    "{}",
                    v.name
                );
                assert!(err.to_string().contains("opportunity board"), "{err}");
            }
        }
    }
}

#[test]
fn passphrase_vectors_need_their_passphrase() {
    for v in vectors().iter().filter(|v| v.passphrase.is_some()) {
        let envelope = read_fragment(&v.fragment)
            .expect("a link")
            .expect("readable");
        assert_eq!(
            envelope.open_document(None),
            Err(ShareError::PassphraseRequired),
            "{}",
            v.name
        );
        assert_eq!(
            envelope.open_document(Some("not it")),
            Err(ShareError::WrongPassphrase),
            "{}",
            v.name
        );
    }
}

#[test]
fn plain_links_of_vector_documents_round_trip() {
    for v in vectors() {
        let doc = document_of(&v);
        let fragment = encode_plain_document(&doc);
        assert!(
            fragment.starts_with("d1.A"),
            "plain kind byte 0x00 encodes as 'A'"
        );
        let back = decode_document_fragment(&fragment, None).expect("decodes");
        assert_eq!(back, doc, "{}", v.name);
        assert_eq!(value_of(&back), v.expected, "{}", v.name);
        if let Document::Deck(deck) = &doc {
            // The deck-only functions still write the same links.
            assert_eq!(encode_plain(deck), fragment, "{}", v.name);
            assert_eq!(
                decode_fragment(&fragment, None).as_ref(),
                Ok(deck),
                "{}",
                v.name
            );
        }
    }
}

#[test]
fn passphrase_links_of_vector_documents_round_trip() {
    for v in vectors() {
        let Some(passphrase) = v.passphrase.as_deref() else {
            continue;
        };
        let doc = document_of(&v);
        let fragment = encode_document_with_passphrase(&doc, passphrase).expect("encodes");
        let back = decode_document_fragment(&fragment, Some(passphrase)).expect("decodes");
        assert_eq!(value_of(&back), v.expected, "{}", v.name);
        if let Document::Deck(deck) = &doc {
            let fragment = encode_with_passphrase(deck, passphrase).expect("encodes");
            let back = decode_fragment(&fragment, Some(passphrase)).expect("decodes");
            assert_eq!(&back, deck, "{}", v.name);
        }
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
        let ours = encode_document_with_passphrase_using(&document_of(&v), passphrase, salt, nonce)
            .expect("encodes");
        let ours_bytes = URL_SAFE_NO_PAD
            .decode(ours.trim_start_matches(PREFIX))
            .expect("base64url");
        assert_eq!(ours_bytes[..29], theirs[..29], "{}", v.name);
        let back = decode_document_fragment(&ours, Some(passphrase)).expect("decodes");
        assert_eq!(value_of(&back), v.expected, "{}", v.name);
    }
}

#[test]
fn our_minified_json_is_the_vectors_json_byte_for_byte() {
    // Not required (any JSON of the document would do), but it shows the encoder writes what
    // the independent implementation wrote: the plain vectors' CRC is the CRC of our JSON.
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    use base64::Engine as _;
    for v in vectors().iter().filter(|v| v.passphrase.is_none()) {
        let bytes = URL_SAFE_NO_PAD
            .decode(v.fragment.trim_start_matches(PREFIX))
            .expect("base64url");
        let crc = u32::from_be_bytes(bytes[bytes.len() - 4..].try_into().expect("4 bytes"));
        let json = document_of(v).to_json();
        assert_eq!(crc32fast::hash(json.as_bytes()), crc, "{}: {json}", v.name);
    }
}

#[test]
fn two_passphrase_links_of_one_document_differ() {
    for kind in [DocumentKind::Deck, DocumentKind::Board] {
        let v = vectors()
            .into_iter()
            .find(|v| v.kind == kind)
            .expect("a vector");
        let doc = document_of(&v);
        let a = encode_document_with_passphrase(&doc, "same passphrase").expect("encodes");
        let b = encode_document_with_passphrase(&doc, "same passphrase").expect("encodes");
        assert_ne!(a, b, "fresh salt and nonce for each link");
        assert_eq!(
            decode_document_fragment(&a, Some("same passphrase")),
            Ok(doc.clone())
        );
        assert_eq!(
            decode_document_fragment(&b, Some("same passphrase")),
            Ok(doc)
        );
    }
}
