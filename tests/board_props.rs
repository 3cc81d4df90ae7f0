//! Native property tests for boards: no outside input makes the reader panic, every error has
//! a message naming a field, every valid board survives JSON and links, and matching and
//! raising a hand keep their promises for any board and deck.
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use career_deck::board::*;
use career_deck::model::{example_deck, Competency, Deck};
use career_deck::share::*;
use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;
use serde_json::Value;

/// Any text: unrestricted characters, or ones JSON treats specially, or names that differ
/// only by case and spacing.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        vec(any::<char>(), 0..24).prop_map(String::from_iter),
        "[\"\\\\<>&/\u{2028}\u{0} \n\t]{0,12}",
        "\\PC{0,40}",
    ]
}

/// Competency names from a small pool, so boards and decks share some.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "SQL",
            "sql ",
            "System  design",
            "Coaching",
            "ÉCOUTE",
            "écoute"
        ])
        .prop_map(str::to_owned),
        text(),
    ]
}

fn year_month() -> impl Strategy<Value = String> {
    (1000u32..=9999, 1u32..=12).prop_map(|(y, m)| format!("{y:04}-{m:02}"))
}

fn opportunity() -> impl Strategy<Value = Opportunity> {
    (
        ("[A-Za-z0-9]", text()).prop_map(|(a, b)| format!("{a}{b}")),
        prop::sample::select(OpportunityType::ALL.to_vec()),
        text(),
        vec(name(), 0..4),
        vec((name(), 0u8..=5), 0..4),
        option::of(year_month()),
        text(),
        text(),
    )
        .prop_map(
            |(title, kind, summary, builds, needs, starts, length, contact)| Opportunity {
                id: String::new(),
                title,
                kind,
                summary,
                builds,
                needs: needs
                    .into_iter()
                    .map(|(name, level)| Need { name, level })
                    .collect(),
                starts,
                length,
                contact,
            },
        )
}

fn arb_board() -> impl Strategy<Value = Board> {
    (
        vec(any::<char>(), 1..=64).prop_map(String::from_iter),
        ("[A-Za-z0-9]", text()).prop_map(|(a, b)| format!("{a}{b}")),
        option::of(text()),
        option::of(text()),
        vec(opportunity(), 0..6),
    )
        .prop_map(|(id, title, from, note, mut opportunities)| {
            for (i, o) in opportunities.iter_mut().enumerate() {
                o.id = format!("o{i}");
            }
            Board {
                id,
                title,
                updated_at: "2026-11-26T10:00:00Z".into(),
                // Reading turns an empty one into None, so a board never holds Some("").
                from: from.filter(|s| !s.is_empty()),
                note: note.filter(|s| !s.is_empty()),
                opportunities,
            }
        })
}

fn arb_deck() -> impl Strategy<Value = Deck> {
    vec((name(), 0u8..=5, 0u8..=5), 0..6).prop_map(|cs| {
        let mut d = Deck::blank("d".into(), "Mine".into(), "2026-11-26T10:00:00Z".into());
        d.competencies = Some(
            cs.into_iter()
                .enumerate()
                .map(|(i, (name, current, target))| Competency {
                    id: format!("c{}", i + 1),
                    name,
                    current,
                    target,
                    why: String::new(),
                    actions: Vec::new(),
                })
                .collect(),
        );
        d
    })
}

/// JSON values that look a little like boards, broken in any way.
fn board_like() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        (0u64..8).prop_map(Value::from),
        text().prop_map(Value::String),
        prop::sample::select(vec!["career-opportunities", "role", "2027-03", "o1"])
            .prop_map(Value::from),
    ];
    let keys = prop::sample::select(vec![
        "format",
        "version",
        "id",
        "title",
        "updated_at",
        "from",
        "note",
        "opportunities",
        "type",
        "builds",
        "needs",
        "name",
        "level",
        "starts",
    ]);
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            vec(inner.clone(), 0..5).prop_map(Value::Array),
            vec((keys.clone(), inner), 0..8).prop_map(|kv| {
                Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect())
            }),
        ]
    })
}

proptest! {
    #[test]
    fn board_like_json_never_panics_and_errors_have_messages(mut v in board_like()) {
        if let Some(o) = v.as_object_mut() {
            o.insert("format".into(), "career-opportunities".into());
            o.insert("version".into(), 1.into());
        }
        match parse_board(&v.to_string()) {
            Ok(board) => prop_assert!(board.validate().is_empty()),
            Err(e) => {
                prop_assert!(!e.to_string().is_empty());
                if let BoardError::Invalid(issue) = &e {
                    prop_assert!(!issue.field.to_string().is_empty());
                    prop_assert!(!issue.field.describe(None).is_empty());
                }
            }
        }
    }

    #[test]
    fn arbitrary_text_never_panics(s in any::<String>()) {
        let _ = parse_board(&s);
    }

    #[test]
    fn arbitrary_bytes_in_a_link_never_panic(json in vec(any::<u8>(), 0..300)) {
        let mut bytes = vec![0x00];
        bytes.extend(miniz_oxide::deflate::compress_to_vec(&json, 6));
        bytes.extend(crc32fast::hash(&json).to_be_bytes());
        let fragment = format!("d1.{}", URL_SAFE_NO_PAD.encode(bytes));
        if let Err(e) = decode_document_fragment(&fragment, None) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    #[test]
    fn valid_boards_round_trip_through_json_and_plain_links(board in arb_board()) {
        prop_assert_eq!(board.validate(), vec![]);
        prop_assert_eq!(parse_board(&board.to_json()), Ok(board.clone()));
        let doc = Document::Board(board);
        prop_assert_eq!(decode_document_fragment(&encode_plain_document(&doc), None), Ok(doc));
    }

    #[test]
    fn keys_are_idempotent_and_ignore_case_and_spacing(s in text()) {
        let k = competency_key(&s);
        prop_assert_eq!(competency_key(&k), k.clone());
        prop_assert_eq!(competency_key(&format!("  {}\t", s.to_uppercase())), competency_key(&s.to_uppercase()));
        prop_assert!(!k.starts_with(' ') && !k.ends_with(' ') && !k.contains("  "));
    }

    #[test]
    fn every_opportunity_is_listed_once_growing_first(board in arb_board(), deck in arb_deck()) {
        let matches = match_board(&board, &deck, &Mappings::new());
        let mut indexes: Vec<usize> = matches.iter().map(|m| m.index).collect();
        indexes.sort_unstable();
        prop_assert_eq!(indexes, (0..board.opportunities.len()).collect::<Vec<_>>());
        for pair in matches.windows(2) {
            let (a, b) = (&pair[0], &pair[1]);
            prop_assert!(
                a.grows.len() > b.grows.len()
                    || (a.grows.len() == b.grows.len() && a.index < b.index)
            );
        }
        for m in &matches {
            for g in &m.grows {
                prop_assert!(g.target > g.current);
                prop_assert!(!g.mapped);
            }
            let o = &board.opportunities[m.index];
            prop_assert_eq!(&m.id, &o.id);
            prop_assert!(m.needs.len() <= o.needs.len());
        }
    }

    #[test]
    fn raising_then_lowering_a_hand_leaves_the_deck_as_it_was(
        board in arb_board(),
        pick in any::<prop::sample::Index>(),
    ) {
        prop_assume!(!board.opportunities.is_empty());
        let id = board.opportunities[pick.index(board.opportunities.len())].id.clone();
        let mut deck = example_deck("d".into(), "2026-11-26T10:00:00Z".into());
        let before = deck.clone();
        let hand = raise_hand(&mut deck, &board, &id).expect("raised");
        prop_assert!(deck.validate().is_empty(), "{:?}", deck.validate());
        prop_assert_eq!(raise_hand(&mut deck, &board, &id), None);
        prop_assert!(lower_hand(&mut deck, &hand));
        prop_assert_eq!(deck, before);
    }
}

proptest! {
    // Each case derives a key twice (about 19 MiB and a second or two unoptimised).
    #![proptest_config(ProptestConfig { cases: 3, ..ProptestConfig::default() })]

    #[test]
    fn valid_boards_round_trip_through_passphrase_links(
        board in arb_board(),
        passphrase in "\\PC{1,20}",
    ) {
        let doc = Document::Board(board);
        let fragment = encode_document_with_passphrase(&doc, &passphrase).expect("encodes");
        prop_assert_eq!(decode_document_fragment(&fragment, Some(&passphrase)), Ok(doc));
    }
}
