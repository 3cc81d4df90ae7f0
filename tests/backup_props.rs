//! Property tests: reading a backup never panics, whatever the file holds.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::manager::{KeptDeck, ManagerNotes, ManagerSection};
use career_deck::model::*;
use proptest::prelude::*;
use serde_json::Value;

fn sample_document() -> String {
    let deck = example_deck("a".into(), "2026-11-25T10:00:00Z".into());
    let mut notes = ManagerNotes::new("a");
    notes.add_commitment("Book it".into(), Some("2027-01-15".into()), None, "now");
    let manager = ManagerSection {
        kept: vec![KeptDeck::new(deck.clone(), "2026-11-26T10:00:00Z")],
        notes: vec![notes],
    };
    write_backup_document(&BackupInput {
        exported_at: "2026-12-01T09:30:00Z",
        decks: &[DeckRecord::new(deck, "2026-01-01T00:00:00Z".into())],
        manager: Some(&manager),
        snapshots: Some(&serde_json::json!({ "version": 1 })),
        boards: None,
        workshops: None,
    })
}

fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        ".{0,12}".prop_map(Value::String),
        prop_oneof![
            Just("career-deck"),
            Just("career-deck-backup"),
            Just("2024-13"),
            Just("2026-01-01T00:00:00Z")
        ]
        .prop_map(|s| Value::String(s.into())),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_owned()),
                    Just("version".to_owned()),
                    Just("decks".to_owned()),
                    Just("deck".to_owned()),
                    Just("sections".to_owned()),
                    Just("manager".to_owned()),
                    Just("kept".to_owned()),
                    Just("notes".to_owned()),
                    Just("schema".to_owned()),
                    "[a-z_]{1,8}"
                ],
                inner,
                0..6
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces the value at one path of `v` (chosen by `pick`) with `with`.
fn mutate(v: &mut Value, pick: &[usize], with: Value) {
    let Some((&p, rest)) = pick.split_first() else {
        *v = with;
        return;
    };
    match v {
        Value::Array(items) if !items.is_empty() => {
            let n = items.len();
            mutate(&mut items[p % n], rest, with);
        }
        Value::Object(map) if !map.is_empty() => {
            let n = map.len();
            if let Some(next) = map.values_mut().nth(p % n) {
                mutate(next, rest, with);
            }
        }
        _ => *v = with,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn arbitrary_text_never_panics(text in ".{0,200}") {
        let _ = read_backup(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(v in arb_json()) {
        let _ = read_backup(&v.to_string());
        let doc = serde_json::json!({ "format": "career-deck-backup", "version": 2, "decks": [v.clone()], "sections": { "manager": v.clone() } });
        let _ = read_backup(&doc.to_string());
    }

    #[test]
    fn mutated_backups_never_panic(pick in prop::collection::vec(any::<usize>(), 0..8), with in arb_json()) {
        let mut v: Value = serde_json::from_str(&sample_document()).expect("json");
        mutate(&mut v, &pick, with);
        if let Ok(contents) = read_backup(&v.to_string()) {
            // Whatever restores has unique deck ids and unique item ids.
            let ids: std::collections::HashSet<_> = contents.decks.iter().map(|d| &d.deck.id).collect();
            prop_assert_eq!(ids.len(), contents.decks.len());
            for d in &contents.decks {
                let items = d.deck.item_ids();
                let unique: std::collections::HashSet<_> = items.iter().collect();
                prop_assert_eq!(unique.len(), items.len());
            }
        }
    }

    #[test]
    fn truncated_backups_never_panic(cut in 0usize..4000) {
        let text = sample_document();
        let cut = cut.min(text.len());
        if let Some(prefix) = text.get(..cut) {
            let _ = read_backup(prefix);
        }
    }
}
