//! Fuzzing of everything that reads outside data: share links (mutations of real links, so the
//! cases get past base64, deflate and the CRC and into the JSON and deck rules) and stored
//! records (arbitrary JSON through the one migration path).
//!
//! The case count comes from `FUZZ_CASES` (default 2,000; `scripts/test` runs 20,000):
//!     FUZZ_CASES=1000000 cargo test --release --test fuzz_inputs
#![cfg(not(target_arch = "wasm32"))]

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use career_deck::model::*;
use career_deck::share::*;
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde_json::{json, Value};

fn cases() -> u32 {
    std::env::var("FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(2_000)
}

fn sample_json() -> String {
    example_deck("fuzz-1".into(), "2026-11-25T10:00:00Z".into()).to_json()
}

/// One change to a byte string: flip, insert, delete, truncate or splice.
#[derive(Clone, Debug)]
enum Mutation {
    Flip(usize, u8),
    Insert(usize, u8),
    Delete(usize),
    Truncate(usize),
    Splice(usize, Vec<u8>),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<usize>(), 1..=255u8).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        any::<usize>().prop_map(Mutation::Delete),
        any::<usize>().prop_map(Mutation::Truncate),
        (any::<usize>(), vec(any::<u8>(), 0..16)).prop_map(|(i, v)| Mutation::Splice(i, v)),
    ]
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    if bytes.is_empty() {
        return;
    }
    let at = |i: &usize| i % bytes.len();
    match m {
        Mutation::Flip(i, b) => {
            let i = at(i);
            bytes[i] ^= b;
        }
        Mutation::Insert(i, b) => {
            let i = at(i);
            bytes.insert(i, *b);
        }
        Mutation::Delete(i) => {
            let i = at(i);
            bytes.remove(i);
        }
        Mutation::Truncate(i) => {
            let i = at(i);
            bytes.truncate(i);
        }
        Mutation::Splice(i, v) => {
            let i = at(i);
            bytes.splice(i..i, v.iter().copied());
        }
    }
}

/// A plain envelope around arbitrary JSON bytes, with a correct CRC.
fn envelope_of(json: &[u8]) -> String {
    let mut bytes = vec![0u8];
    bytes.extend(miniz_oxide::deflate::compress_to_vec(json, 6));
    bytes.extend(crc32fast::hash(json).to_be_bytes());
    format!("d1.{}", URL_SAFE_NO_PAD.encode(bytes))
}

/// Reads a link as the app does; every outcome must be a deck or a typed error with words.
fn read_like_the_app(fragment: &str) {
    if let Some(read) = read_fragment(fragment) {
        match read.and_then(|env| env.open(None)) {
            Ok(deck) => assert!(
                deck.validate().is_empty(),
                "a decoded deck must satisfy every rule"
            ),
            Err(e) => assert!(!e.to_string().is_empty()),
        }
    }
}

proptest! {
    #![proptest_config(Config { cases: cases(), ..Config::default() })]

    /// Byte-level mutations of a real plain link's envelope.
    #[test]
    fn mutated_links(ms in vec(mutation(), 1..6)) {
        let fragment = encode_plain(&example_deck("fuzz-1".into(), "2026-11-25T10:00:00Z".into()));
        let mut bytes = URL_SAFE_NO_PAD.decode(&fragment[3..]).expect("our own link");
        for m in &ms {
            apply(&mut bytes, m);
        }
        read_like_the_app(&format!("d1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
    }

    /// Mutations of the deck JSON inside an envelope with a valid CRC, so they reach the deck
    /// reader: broken JSON, wrong types, out-of-range values.
    #[test]
    fn mutated_json_inside_valid_links(ms in vec(mutation(), 1..8)) {
        let mut json = sample_json().into_bytes();
        for m in &ms {
            apply(&mut json, m);
        }
        read_like_the_app(&envelope_of(&json));
    }

    /// Mutations of the text of a link as a person might mangle it (wrapping, escapes).
    #[test]
    fn mangled_link_text(ms in vec(mutation(), 1..4)) {
        let mut text = encode_plain(&example_deck("fuzz-1".into(), "2026-11-25T10:00:00Z".into())).into_bytes();
        for m in &ms {
            apply(&mut text, m);
        }
        read_like_the_app(&String::from_utf8_lossy(&text));
    }

    /// Stored records of any shape go through the migration and come out whole or as an error.
    #[test]
    fn arbitrary_records(record in json_value(4)) {
        if let Err(e) = migrate_record(record) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    /// Records built from the keys a record really has, each with a plausible or an arbitrary
    /// value, so that they get past the first check and into the deck reader.
    #[test]
    fn records_with_the_known_keys(record in known_record()) {
        match migrate_record(record) {
            Ok(loaded) => {
                prop_assert!(!loaded.deck.id.is_empty(), "a record's deck always has an id");
                let ids = loaded.deck.item_ids();
                let unique: std::collections::HashSet<_> = ids.iter().collect();
                prop_assert_eq!(unique.len(), ids.len(), "item ids are unique after loading");
            }
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }

    /// Records that are nearly right: a real record with one field replaced by anything.
    #[test]
    fn nearly_right_records(path in prop::sample::select(RECORD_PATHS.to_vec()), value in json_value(2)) {
        let rec = DeckRecord::new(example_deck("r".into(), "2026-11-25T10:00:00Z".into()), "2026-11-25T10:00:00Z".into());
        let mut v = rec.to_value();
        if let Some(slot) = v.pointer_mut(path) {
            *slot = value;
        }
        match migrate_record(v) {
            Ok(loaded) => prop_assert!(!loaded.deck.id.is_empty()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

const RECORD_PATHS: [&str; 12] = [
    "/schema",
    "/revision",
    "/created_at",
    "/deck",
    "/deck/version",
    "/deck/id",
    "/deck/profile",
    "/deck/profile/values",
    "/deck/roadmap/0/horizon",
    "/deck/competencies/0/current",
    "/deck/competencies/0/actions/0/done",
    "/deck/asks",
];

fn json_value(depth: u32) -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::String),
    ];
    leaf.prop_recursive(depth, 64, 8, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..8).prop_map(Value::Array),
            vec(("[a-z_]{1,10}", inner), 0..8)
                .prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// A value that is usually of the right shape for its key and sometimes anything at all.
fn or_anything<S: Strategy<Value = Value> + 'static>(right: S) -> BoxedStrategy<Value> {
    prop_oneof![4 => right, 1 => json_value(2)].boxed()
}

fn text_value() -> BoxedStrategy<Value> {
    or_anything(prop_oneof!["", "r1", "c1", "a1", "s1", ".{0,12}"].prop_map(Value::String))
}

fn item(keys: &'static [&'static str]) -> BoxedStrategy<Value> {
    vec(
        (
            prop::sample::select(keys.to_vec()),
            prop_oneof![
                text_value(),
                or_anything((0u64..=7).prop_map(|n| json!(n))),
                or_anything(
                    prop::sample::select(vec![
                        "past",
                        "now",
                        "next",
                        "aspiration",
                        "mentor",
                        "peer",
                        "2024-13",
                        "2024-03",
                        "2027-02-30"
                    ])
                    .prop_map(|s| json!(s))
                ),
            ],
        ),
        0..keys.len() + 2,
    )
    .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()))
    .boxed()
}

fn known_deck() -> BoxedStrategy<Value> {
    let role = item(&[
        "id",
        "title",
        "organization",
        "start",
        "end",
        "horizon",
        "notes",
    ]);
    let action = item(&["id", "text", "due", "done"]);
    let competency = (
        item(&["id", "name", "current", "target", "why"]),
        vec(action, 0..3),
    )
        .prop_map(|(mut c, actions)| {
            c["actions"] = Value::Array(actions);
            c
        });
    let supporter = item(&["id", "name", "role", "how"]);
    (
        text_value(),
        text_value(),
        or_anything(Just(json!("2026-11-25T10:00:00Z"))),
        or_anything(vec(role, 0..4).prop_map(Value::Array)),
        or_anything(vec(competency, 0..3).prop_map(Value::Array)),
        or_anything(vec(supporter, 0..3).prop_map(Value::Array)),
        or_anything(vec(".{0,8}".prop_map(Value::String), 0..3).prop_map(Value::Array)),
    )
        .prop_map(
            |(id, title, updated, roadmap, competencies, supporters, asks)| {
                json!({
                    "format": "career-deck", "version": 1, "id": id, "title": title,
                    "updated_at": updated, "roadmap": roadmap, "competencies": competencies,
                    "supporters": supporters, "asks": asks,
                    "profile": { "headline": "h", "values": ["v"] },
                })
            },
        )
        .boxed()
}

fn known_record() -> impl Strategy<Value = Value> {
    (
        or_anything(prop_oneof![Just(json!(1)), Just(json!(2)), Just(json!(3))]),
        text_value(),
        or_anything((0u64..10).prop_map(|n| json!(n))),
        or_anything(Just(json!("2026-11-25T10:00:00Z"))),
        known_deck(),
    )
        .prop_map(|(schema, id, revision, created, deck)| {
            json!({ "schema": schema, "id": id, "revision": revision, "created_at": created, "deck": deck })
        })
}
