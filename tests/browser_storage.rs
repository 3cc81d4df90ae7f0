//! Browser tests: the deck store against a real IndexedDB in headless Chromium.
#![cfg(target_arch = "wasm32")]

use career_deck::manager::Receipt;
use career_deck::model::{
    example_deck, migrate_record, new_deck_id, read_backup, BackupDeck, Deck, DeckRecord,
    PlanChoice, Section, ShareLogEntry, SnapshotReason,
};
use career_deck::storage::{DeckStore, ImportOutcome, StorageError};
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

    let before = store.load(&edited.id).await.expect("load");
    let removed = store.delete(&edited.id).await.expect("delete");
    assert_eq!(store.load(&edited.id).await, Err(StorageError::NotFound));
    assert_eq!(store.list().await.expect("list").len(), 1);
    store.undelete(&removed).await.expect("undo delete");
    assert_eq!(store.load(&edited.id).await.expect("restored"), before);
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
        label: String::new(),
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

#[wasm_bindgen_test]
async fn a_damaged_record_is_left_out_of_a_backup_and_can_still_be_deleted() {
    let store = fresh_store().await;
    store.create(deck("Fine"), NOW).await.expect("create");
    let broken = serde_json::json!({ "schema": 2, "id": "broken", "revision": 1,
        "created_at": NOW, "deck": { "format": "career-deck", "title": "Half written" } });
    store.put_raw_for_tests(&broken).await.expect("raw put");
    let (good, bad) = store.load_all().await.expect("the others are still read");
    assert_eq!(good.len(), 1);
    assert_eq!(bad.len(), 1);
    assert_eq!(bad[0].title.as_deref(), Some("Half written"));
    let deleted = store
        .delete("broken")
        .await
        .expect("deleted without reading it");
    assert_eq!(deleted.title.as_deref(), Some("Half written"));
    assert_eq!(store.load_all().await.expect("all").1.len(), 0);
}

fn backup_deck(d: Deck) -> BackupDeck {
    BackupDeck {
        deck: d,
        created_at: None,
        revision: None,
    }
}

#[wasm_bindgen_test]
async fn a_restore_never_replaces_a_deck_that_became_newer_meanwhile() {
    let store = fresh_store().await;
    let mine = store.create(deck("Mine"), NOW).await.expect("create");
    // The backup holds an older copy; the plan said "Replace" (as if it had been newer)...
    let mut old = mine.deck.clone();
    old.title = "From an old backup".into();
    old.updated_at = "2026-01-01T00:00:00Z".into();
    let out = store
        .import(
            vec![(backup_deck(old), PlanChoice::Replace)],
            || new_deck_id().ok(),
            NOW,
        )
        .await
        .expect("import");
    // ...but inside the write the check is made again: the newer deck here stays.
    assert_eq!(
        out,
        ImportOutcome {
            kept: 1,
            ..Default::default()
        }
    );
    assert_eq!(
        store.load(&mine.deck.id).await.expect("load").deck.title,
        "Mine"
    );
}

#[wasm_bindgen_test]
async fn restore_plans_are_carried_out_and_a_replaced_deck_is_snapshotted() {
    let store = fresh_store().await;
    let mine = store.create(deck("Mine"), NOW).await.expect("create");
    let mut newer = mine.deck.clone();
    newer.title = "Newer in the backup".into();
    newer.updated_at = "2027-01-01T00:00:00Z".into();
    let fresh = deck("Brand new");
    let twin = mine.deck.clone();
    let out = store
        .import(
            vec![
                (backup_deck(newer), PlanChoice::Replace),
                (backup_deck(fresh.clone()), PlanChoice::Restore),
                (backup_deck(twin), PlanChoice::KeepBoth),
            ],
            || new_deck_id().ok(),
            NOW,
        )
        .await
        .expect("import");
    assert_eq!((out.replaced, out.restored, out.beside), (1, 1, 1));
    assert_eq!(
        store.load(&mine.deck.id).await.expect("load").deck.title,
        "Newer in the backup"
    );
    let before = store.snapshots(&mine.deck.id).await.expect("snapshots");
    assert!(before
        .iter()
        .any(|s| s.reason == SnapshotReason::BeforeRestore && s.deck.title == "Mine"));
    assert_eq!(store.list().await.expect("list").len(), 3);
    assert!(store.load(&fresh.id).await.is_ok());
}

#[wasm_bindgen_test]
async fn a_backup_with_a_half_typed_date_restores() {
    let store = fresh_store().await;
    let mut draft = deck("Draft");
    draft.roadmap.as_mut().expect("roadmap")[0].start = Some("2024-13".into());
    let record = store
        .create(draft.clone(), NOW)
        .await
        .expect("a draft is stored as typed");
    let text = career_deck::model::write_backup_document(&career_deck::model::BackupInput {
        exported_at: NOW,
        decks: std::slice::from_ref(&record),
        manager: None,
        snapshots: None,
        boards: None,
        workshops: None,
    });
    let other = fresh_store().await;
    let contents = read_backup(&text).expect("the app's own backup reads");
    let plan: Vec<_> = contents
        .decks
        .into_iter()
        .map(|d| (d, PlanChoice::Restore))
        .collect();
    let out = other.import(plan, || None, NOW).await.expect("restores");
    assert_eq!(out.restored, 1);
    assert_eq!(other.load(&draft.id).await.expect("load").deck, draft);
}

#[wasm_bindgen_test]
async fn kept_copies_are_new_then_the_same_then_newer_with_the_old_one_kept() {
    let store = fresh_store().await;
    let d = deck("Noor's deck");
    assert!(matches!(
        store.keep(d.clone(), NOW, false).await,
        Ok(Receipt::New(_))
    ));
    assert_eq!(store.keep(d.clone(), NOW, false).await, Ok(Receipt::Same));
    let mut later = d.clone();
    later.updated_at = "2027-02-01T00:00:00Z".into();
    later
        .asks
        .get_or_insert_with(Vec::new)
        .push("A new ask".into());
    assert!(matches!(
        store.keep(later.clone(), NOW, false).await,
        Ok(Receipt::Newer(_))
    ));
    let kept = store.kept(&d.id).await.expect("read").expect("kept");
    assert_eq!(kept.deck, later);
    assert_eq!(kept.versions.len(), 1);
    assert_eq!(kept.versions[0].deck, d);
    // Kept copies are not the owner's own decks.
    assert!(store.list().await.expect("list").is_empty());
    store.delete_kept(&d.id).await.expect("delete");
    assert_eq!(store.kept(&d.id).await, Ok(None));
}

#[wasm_bindgen_test]
async fn a_snapshot_restores_and_the_restore_can_be_undone() {
    let store = fresh_store().await;
    let rec = store
        .create(deck("Version one"), NOW)
        .await
        .expect("create");
    let snap = store
        .snapshot(&rec.deck, "First", SnapshotReason::Manual, NOW)
        .await
        .expect("snapshot");
    let mut two = rec.deck.clone();
    two.title = "Version two".into();
    store.save(&two, rec.revision).await.expect("save");
    store.restore_snapshot(&snap, NOW).await.expect("restore");
    assert_eq!(
        store.load(&rec.deck.id).await.expect("load").deck.title,
        "Version one"
    );
    let list = store.snapshots(&rec.deck.id).await.expect("list");
    let undo = list
        .iter()
        .find(|s| s.reason == SnapshotReason::BeforeRestore)
        .expect("the version before the restore is kept");
    assert_eq!(undo.deck.title, "Version two");
    store
        .restore_snapshot(undo, NOW)
        .await
        .expect("undo the restore");
    assert_eq!(
        store.load(&rec.deck.id).await.expect("load").deck.title,
        "Version two"
    );
}

#[wasm_bindgen_test]
async fn manager_notes_are_kept_per_deck_and_go_with_it() {
    let store = fresh_store().await;
    let d = deck("Noor's deck");
    store.keep(d.clone(), NOW, false).await.expect("kept");
    let mut notes = store.manager_notes(&d.id).await.expect("empty notes");
    assert!(notes.is_empty());
    notes.set_note("ask:1", "Ask about the timing".into());
    notes.add_commitment(
        "Introduce her to the PM".into(),
        Some("2027-01-15".into()),
        None,
        NOW,
    );
    notes.add_conversation("2026-12-01".into(), "First talk".into());
    store.save_manager_notes(&notes).await.expect("saved");
    assert_eq!(store.manager_notes(&d.id).await.expect("read"), notes);
    assert_eq!(
        store.all_manager_notes().await.expect("all"),
        vec![notes.clone()]
    );
    store.delete_kept(&d.id).await.expect("delete");
    assert!(
        store.manager_notes(&d.id).await.expect("read").is_empty(),
        "deleted with the deck"
    );
}
