//! Native tests: stored records go through one migration function, older ones upgrade whole.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;
use serde_json::json;

#[test]
fn a_schema_1_record_is_upgraded_without_loss() {
    let deck = example_deck(
        "3f1c9a4e-5d2b-4a8f-9c1e-7b6d5a4c3b2a".into(),
        "2026-10-01T08:00:00Z".into(),
    );
    let old =
        json!({ "schema": 1, "revision": 7, "deck": serde_json::to_value(&deck).expect("json") });
    let rec = migrate_record(old).expect("migrates");
    assert_eq!(rec.deck, deck);
    assert_eq!(rec.revision, 7);
    assert_eq!(rec.created_at, "2026-10-01T08:00:00Z");
    // Written back, it is in the current schema and reads back the same.
    let v = rec.to_value();
    assert_eq!(v["schema"], json!(RECORD_SCHEMA));
    assert_eq!(migrate_record(v).expect("current"), rec);
}

#[test]
fn a_record_without_schema_is_treated_as_the_first() {
    let deck = example_deck("d".into(), "2026-10-01T08:00:00Z".into());
    let old = json!({ "revision": 1, "deck": serde_json::to_value(&deck).expect("json") });
    assert_eq!(migrate_record(old).expect("migrates").deck, deck);
}

#[test]
fn stored_decks_missing_sections_get_empty_ones() {
    let old = json!({ "schema": 2, "revision": 1, "created_at": "2026-01-01T00:00:00Z",
        "deck": { "format": "career-deck", "version": 1, "id": "x", "title": "T",
                  "updated_at": "2026-01-01T00:00:00Z" } });
    let rec = migrate_record(old).expect("migrates");
    assert_eq!(rec.deck.asks, Some(vec![]));
    assert_eq!(rec.deck.profile, Some(Profile::default()));
}

#[test]
fn newer_and_damaged_records_are_typed_errors() {
    assert_eq!(
        migrate_record(json!({"schema": 99})),
        Err(RecordError::NewerSchema(99))
    );
    assert!(matches!(
        migrate_record(json!({"schema": 2, "revision": 1})),
        Err(RecordError::Damaged(_))
    ));
    assert!(matches!(
        migrate_record(json!("text")),
        Err(RecordError::Damaged(_))
    ));
    let bad_deck = json!({ "schema": 2, "revision": 1, "created_at": "x",
        "deck": { "format": "career-deck", "version": 1, "title": "T",
                  "updated_at": "2026-01-01T00:00:00Z" } });
    assert!(matches!(
        migrate_record(bad_deck),
        Err(RecordError::Deck(_))
    ));
    let newer_deck = json!({ "schema": 2, "revision": 1, "created_at": "x",
        "deck": { "format": "career-deck", "version": 2, "id": "d", "title": "T",
                  "updated_at": "2026-01-01T00:00:00Z" } });
    assert!(matches!(
        migrate_record(newer_deck),
        Err(RecordError::Deck(DeckError::NewerVersion { .. }))
    ));
}

#[test]
fn an_owners_draft_with_broken_rules_still_loads() {
    // A half-typed date or a cleared title must never make the owner's own deck unreadable.
    let mut deck = example_deck("d".into(), "2026-10-01T08:00:00Z".into());
    deck.title = String::new();
    deck.roadmap.as_mut().expect("roadmap")[0].start = Some("2019-1".into());
    let rec = DeckRecord::new(deck.clone(), "2026-10-01T08:00:00Z".into());
    let loaded = migrate_record(rec.to_value()).expect("loads");
    assert_eq!(loaded.deck, deck);
    assert_eq!(loaded.deck.validate().len(), 2);
}

#[test]
fn summaries_round_trip_and_tolerate_damage() {
    let rec = DeckRecord::new(
        example_deck("d".into(), "2026-10-01T08:00:00Z".into()),
        "2026-10-01T08:00:00Z".into(),
    );
    let s = rec.summary();
    assert_eq!(DeckSummary::from_value(&s.to_value()), Some(s));
    assert_eq!(DeckSummary::from_value(&json!({"id": 3})), None);
}
