//! Native tests: a share link carries a board as it carries a deck — plain and with a
//! passphrase — and is opened for what its `format` says; a format the reader does not know,
//! a broken board, or a board where a deck is expected each get their own clear error.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use career_deck::board::*;
use career_deck::model::{example_deck, DeckError, Problem};
use career_deck::share::*;
use miniz_oxide::deflate::compress_to_vec;

const NOW: &str = "2026-11-26T10:00:00Z";

fn board() -> Board {
    example_board("board-1".into(), NOW.into())
}

/// A plain link around arbitrary JSON bytes, with a correct CRC.
fn plain_link_of(json: &[u8]) -> String {
    let mut bytes = vec![0x00];
    bytes.extend(compress_to_vec(json, 6));
    bytes.extend(crc32fast::hash(json).to_be_bytes());
    format!("d1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

#[test]
fn a_plain_board_link_round_trips() {
    let doc = Document::Board(board());
    let fragment = encode_plain_document(&doc);
    assert!(fragment.starts_with("d1.A"));
    let envelope = read_fragment(&fragment).expect("a link").expect("readable");
    assert!(!envelope.needs_passphrase());
    assert_eq!(envelope.open_document(None), Ok(doc.clone()));
    assert_eq!(
        envelope.open_document_with_key(&[0u8; KEY_LEN]),
        Ok(doc.clone()),
        "a plain link ignores any key"
    );
    assert_eq!(decode_document_fragment(&fragment, None), Ok(doc));
}

#[test]
fn a_passphrase_board_link_round_trips_and_needs_its_passphrase() {
    let doc = Document::Board(board());
    let fragment = encode_document_with_passphrase(&doc, "spring board").expect("encodes");
    assert!(fragment.starts_with("d1.A"), "0x01 encodes as 'A' too");
    let envelope = read_fragment(&fragment).expect("a link").expect("readable");
    assert!(envelope.needs_passphrase());
    assert_eq!(
        envelope.open_document(None),
        Err(ShareError::PassphraseRequired)
    );
    assert_eq!(
        envelope.open_document(Some("autumn board")),
        Err(ShareError::WrongPassphrase)
    );
    assert_eq!(
        envelope.open_document(Some("spring board")),
        Ok(doc.clone())
    );
    let salt = envelope.salt().expect("a salt");
    let key = derive_key("spring board", salt).expect("key");
    assert_eq!(envelope.open_document_with_key(&key), Ok(doc));
}

#[test]
fn a_deck_link_still_opens_as_a_deck_both_ways() {
    let deck = example_deck("deck-1".into(), NOW.into());
    let fragment = encode_plain(&deck);
    assert_eq!(
        fragment,
        encode_plain_document(&Document::Deck(deck.clone()))
    );
    assert_eq!(decode_fragment(&fragment, None), Ok(deck.clone()));
    let doc = decode_document_fragment(&fragment, None).expect("opens");
    assert_eq!(doc.kind(), DocumentKind::Deck);
    assert_eq!(doc.title(), deck.title);
    assert_eq!(doc.into_deck(), Ok(deck));
}

#[test]
fn a_board_link_opened_as_a_deck_says_what_it_holds() {
    let fragment = encode_plain_document(&Document::Board(board()));
    let err = decode_fragment(&fragment, None).expect_err("not a deck");
    assert_eq!(
        err,
        ShareError::UnexpectedDocument {
            found: DocumentKind::Board
        }
    );
    assert!(
        err.to_string()
            .starts_with("This link holds an opportunity board, not a deck."),
        "{err}"
    );
    let deck_doc = Document::Deck(example_deck("d".into(), NOW.into()));
    let err = deck_doc.into_board().expect_err("not a board");
    assert!(
        err.to_string().contains("not an opportunity board"),
        "{err}"
    );
}

#[test]
fn a_format_the_reader_does_not_know_is_a_newer_version_or_another_app() {
    for json in [
        &br#"{"format":"career-slides","version":1,"id":"x"}"#[..],
        br#"{"format":"","opportunities":[]}"#,
    ] {
        let err = decode_document_fragment(&plain_link_of(json), None).expect_err("unknown");
        assert_eq!(err, ShareError::UnknownFormat);
        assert!(
            err.to_string()
                .contains("made by a newer version of Career Deck or by another app"),
            "{err}"
        );
        assert_eq!(
            decode_fragment(&plain_link_of(json), None),
            Err(ShareError::UnknownFormat)
        );
    }
}

#[test]
fn a_board_breaking_a_rule_is_refused_naming_the_field() {
    let mut value = serde_json::to_value(board()).expect("value");
    value["opportunities"][1]["needs"][0]["level"] = serde_json::json!(7);
    let err = decode_document_fragment(&plain_link_of(value.to_string().as_bytes()), None)
        .expect_err("invalid");
    assert_eq!(
        err,
        ShareError::InvalidBoard(BoardError::Invalid(BoardIssue {
            field: BoardField::Need(1, 0, NeedField::Level),
            problem: BoardProblem::Common(Problem::NotALevel),
        }))
    );
    assert_eq!(
        err.to_string(),
        "This link does not hold a valid opportunity board: Opportunity 2, Needs, item 1, \
         Level should be a level from 0 to 5. Ask the sender to check it."
    );
    assert!(std::error::Error::source(&err).is_some());
}

#[test]
fn a_newer_board_format_inside_a_link_is_newer_version() {
    let json = br#"{"format":"career-opportunities","version":2,"id":"x"}"#;
    assert_eq!(
        decode_document_fragment(&plain_link_of(json), None),
        Err(ShareError::NewerVersion)
    );
}

#[test]
fn json_without_a_format_is_still_read_as_a_deck_would_be() {
    for json in [&br#"{"version":1}"#[..], b"[]", br#"{"format":3}"#] {
        let err = decode_document_fragment(&plain_link_of(json), None).expect_err("invalid");
        assert!(
            matches!(err, ShareError::InvalidDeck(DeckError::Invalid(_))),
            "{err:?}"
        );
    }
    assert_eq!(
        decode_document_fragment(&plain_link_of(b"{oops"), None),
        Err(ShareError::InvalidDeck(DeckError::NotJson))
    );
}

#[test]
fn an_empty_board_travels_too() {
    let empty = Board::blank("b".into(), "Nothing open right now".into(), NOW.into());
    let doc = Document::from(empty);
    let back = decode_document_fragment(&encode_plain_document(&doc), None).expect("opens");
    assert_eq!(back, doc);
    assert_eq!(back.into_board().expect("a board").opportunities, vec![]);
}
