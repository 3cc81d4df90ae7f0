//! Browser tests: the deck store against a real IndexedDB in headless Chromium.
#![cfg(target_arch = "wasm32")]

use career_deck::model::{
    example_deck, migrate_record, new_deck_id, Deck, DeckRecord, Section, ShareLogEntry,
};
use career_deck::storage::{DeckStore, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-25T10:00:00Z";

/// A store in a database of its own, so tests never see each other's decks.
async fn fresh_store() -> DeckStore {
    let name = format!("test-{}", new_deck_id().expect("random"));
    DeckStore::open(&name).await.expect("IndexedDB opens")
}

fn deck(title: &str) -> Deck {
    let mut d = example_deck(new_deck_id().expect("random"), NOW.into());
    d.title = title.into();
    d
}

#[wasm_bindgen_test]
async fn save_load_list_delete_round_trip() {
    let store = fresh_store().await;
    assert!(store.is_kept());
    let created = store.create(deck("First"), NOW).await.expect("create");
    assert_eq!(created.revision, 1);
    let loaded = store.load(&created.deck.id).await.expect("load");
    assert_eq!(loaded, created);

    let mut edited = loaded.deck.clone();
    edited.title = "First, edited".into();
    edited.updated_at = "2026-11-25T11:00:00Z".into();
    let rev = store.save(&edited, 1).await.expect("save");
    assert_eq!(rev, 2);
    assert_eq!(store.load(&edited.id).await.expect("load").deck, edited);

    store.create(deck("Second"), NOW).await.expect("create");
    let list = store.list().await.expect("list");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].title, "First, edited", "newest first");

    let removed = store.delete(&edited.id).await.expect("delete");
    assert_eq!(store.load(&edited.id).await, Err(StorageError::NotFound));
    assert_eq!(store.list().await.expect("list").len(), 1);
    store.restore(&removed).await.expect("undo delete");
    assert_eq!(store.load(&edited.id).await.expect("restored"), removed);
}

#[wasm_bindgen_test]
async fn a_stale_save_is_refused_with_the_stored_version() {
    let store = fresh_store().await;
    let created = store.create(deck("Shared"), NOW).await.expect("create");
    // Tab A saves on top of revision 1.
    let mut from_a = created.deck.clone();
    from_a.title = "Edited in tab A".into();
    assert_eq!(store.save(&from_a, 1).await, Ok(2));
    // Tab B also started from revision 1: it must not overwrite A's edit.
    let mut from_b = created.deck.clone();
    from_b.title = "Edited in tab B".into();
    match store.save(&from_b, 1).await {
        Err(StorageError::Conflict(theirs)) => {
            assert_eq!(theirs.revision, 2);
            assert_eq!(theirs.deck.title, "Edited in tab A");
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        store.load(&created.deck.id).await.expect("load").deck.title,
        "Edited in tab A"
    );
    // "Keep mine": saving on top of the revision just seen wins.
    assert_eq!(store.save(&from_b, 2).await, Ok(3));
}

#[wasm_bindgen_test]
async fn a_thousand_decks_list() {
    let store = fresh_store().await;
    let records: Vec<DeckRecord> = (0..1000)
        .map(|i| {
            let mut d = deck(&format!("Deck {i:04}"));
            d.updated_at = format!("2026-01-01T00:{:02}:{:02}Z", i / 60 % 60, i % 60);
            let mut r = DeckRecord::new(d, NOW.into());
            r.revision = 1;
            r
        })
        .collect();
    store.put_all(&records).await.expect("put all");
    let list = store.list().await.expect("list");
    assert_eq!(list.len(), 1000);
    assert!(list.windows(2).all(|w| w[0].updated_at >= w[1].updated_at));
}

#[wasm_bindgen_test]
async fn an_older_record_is_upgraded_on_load() {
    let store = fresh_store().await;
    let d = deck("Old");
    // Write a schema-1 record straight into IndexedDB, as an earlier build did.
    let old = serde_json::json!({ "schema": 1, "id": d.id, "revision": 4, "deck": serde_json::to_value(&d).expect("json") });
    store.put_raw_for_tests(&old).await.expect("raw put");
    let loaded = store.load(&d.id).await.expect("upgraded");
    assert_eq!(loaded.deck, d);
    assert_eq!(loaded.revision, 4);
    assert_eq!(
        loaded,
        migrate_record(old).expect("same as the native migration")
    );
}

#[wasm_bindgen_test]
async fn share_history_is_per_deck_newest_first() {
    let store = fresh_store().await;
    let entry = |deck_id: &str, at: &str| ShareLogEntry {
        deck_id: deck_id.into(),
        at: at.into(),
        sections: vec![Section::Profile, Section::Asks],
        owner_included: true,
        passphrase: false,
        link_length: 1000,
    };
    store
        .log_share(&entry("a", "2026-01-01T00:00:00Z"))
        .await
        .expect("log");
    store
        .log_share(&entry("b", "2026-01-02T00:00:00Z"))
        .await
        .expect("log");
    store
        .log_share(&entry("a", "2026-01-03T00:00:00Z"))
        .await
        .expect("log");
    let history = store.share_history("a").await.expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].at, "2026-01-03T00:00:00Z");
}

#[wasm_bindgen_test]
async fn the_memory_fallback_behaves_like_storage() {
    let store = DeckStore::in_memory();
    assert!(!store.is_kept());
    let created = store.create(deck("Memory"), NOW).await.expect("create");
    assert_eq!(store.save(&created.deck, 1).await, Ok(2));
    assert!(matches!(
        store.save(&created.deck, 1).await,
        Err(StorageError::Conflict(_))
    ));
    assert_eq!(store.list().await.expect("list").len(), 1);
}
