//! Browser tests: a deck's history through the library, against a real IndexedDB — restoring
//! and undoing it, restoring the copy a link carried, pruning and putting snapshots back, and
//! the backup date the reminder reads.
#![cfg(target_arch = "wasm32")]

use career_deck::model::{
    changes_since_shared, example_deck, latest_shared, new_deck_id, prune_keeping, share_entry_for,
    Deck, NoteSlide, Section, ShareLogEntry, SnapshotReason, TextList,
};
use career_deck::services::{provide_library, DeckLibrary};
use career_deck::storage::{backup_date, DeckStore};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-25T10:00:00Z";

/// The library, with the async executor started (mounting does that) and a deck of its own.
async fn library_with_deck(title: &str) -> (DeckLibrary, Deck) {
    let owner = Owner::new();
    owner.set();
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let el: web_sys::HtmlElement = doc
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("element");
    doc.body().expect("body").append_child(&el).expect("append");
    std::mem::forget(mount_to(el, || ()));
    std::mem::forget(owner);
    let library = provide_library();
    let mut deck = example_deck(new_deck_id().expect("random"), NOW.into());
    deck.title = title.into();
    let record = library.create(deck).await.expect("create");
    (library, record.deck)
}

fn entry(deck: &Deck, at: &str, sections: &[Section]) -> ShareLogEntry {
    ShareLogEntry {
        deck_id: deck.id.clone(),
        at: at.into(),
        sections: sections.to_vec(),
        owner_included: true,
        passphrase: false,
        link_length: 1000,
        label: "For Sam".into(),
    }
}

#[wasm_bindgen_test]
async fn a_restore_is_undone_and_the_history_is_as_it_was() {
    let (library, deck) = library_with_deck("Version one").await;
    let snap = library.snapshot(&deck, "First").await.expect("snapshot");
    let record = library.load(&deck.id).await.expect("load");
    let mut two = record.deck.clone();
    two.title = "Version two".into();
    library.save(&two, record.revision).await.expect("save");
    let before_restore = library.snapshots(&deck.id).await.expect("list");

    let receipt = library.restore_version(&snap, &[]).await.expect("restore");
    assert_eq!(
        library.load(&deck.id).await.expect("load").deck.title,
        "Version one"
    );
    let list = library.snapshots(&deck.id).await.expect("list");
    let kept = list
        .iter()
        .find(|s| s.id == receipt.before_id)
        .expect("the version before the restore is a snapshot");
    assert_eq!(kept.reason, SnapshotReason::BeforeRestore);
    assert_eq!(kept.deck.title, "Version two");

    library.undo_restore(&receipt).await.expect("undo");
    assert_eq!(
        library.load(&deck.id).await.expect("load").deck.title,
        "Version two"
    );
    assert_eq!(
        library.snapshots(&deck.id).await.expect("list"),
        before_restore,
        "undoing leaves the history as it was before the restore"
    );
}

#[wasm_bindgen_test]
async fn restoring_the_copy_a_link_carried_keeps_what_it_left_out() {
    let (library, deck) = library_with_deck("Shared deck").await;
    // Speaker notes are the owner's own and never shared.
    let mut deck = deck;
    deck.speaker_notes
        .get_or_insert_with(Default::default)
        .set(NoteSlide::Title, "Open with the story".into());
    let record = library.load(&deck.id).await.expect("load");
    let rev = library.save(&deck, record.revision).await.expect("save");
    let at = "2026-11-26T09:00:00Z";
    let e = entry(&deck, at, &[Section::Asks]);
    library
        .log_share(&e, &deck.subset(&[Section::Asks], true))
        .await
        .expect("log the share");

    // After the share: a new ask, and the roadmap emptied.
    let mut edited = deck.clone();
    edited
        .text_list_mut(TextList::Asks)
        .push("A mentor in design".into());
    edited.roadmap = Some(Vec::new());
    library.save(&edited, rev).await.expect("save");

    let snapshots = library.snapshots(&deck.id).await.expect("list");
    let shares = library.share_history(&deck.id).await.expect("shares");
    let shared = latest_shared(&snapshots).expect("a snapshot of the share");
    assert_eq!(shared.at, at);
    let found = share_entry_for(&shares, shared).expect("its log entry");
    let diff = changes_since_shared(&shared.deck, Some(found), &edited);
    assert_eq!(diff.describe_all(), ["Asks: new ask “A mentor in design”"]);

    library
        .restore_version(shared, &shares)
        .await
        .expect("restore the shared copy");
    let now = library.load(&deck.id).await.expect("load").deck;
    assert_eq!(now.asks, deck.asks, "the asks are as shared");
    assert_eq!(
        now.roadmap,
        Some(Vec::new()),
        "the unshared roadmap stays as it is now"
    );
    assert_eq!(
        now.speaker_notes
            .map(|n| n.get(NoteSlide::Title).to_owned()),
        Some("Open with the story".to_owned()),
        "speaker notes are never wiped by restoring a shared copy"
    );
}

#[wasm_bindgen_test]
async fn pruning_deletes_in_one_go_and_can_be_put_back() {
    let (library, deck) = library_with_deck("Many versions").await;
    for n in 1..=8 {
        library
            .snapshot(&deck, &format!("Version {n}"))
            .await
            .expect("snapshot");
    }
    let all = library.snapshots(&deck.id).await.expect("list");
    assert_eq!(all.len(), 8);
    let gone = prune_keeping(&all, 5);
    assert_eq!(gone.len(), 3);
    library.delete_snapshots(&gone).await.expect("prune");
    let left = library.snapshots(&deck.id).await.expect("list");
    assert_eq!(
        left.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
        [
            "Version 8",
            "Version 7",
            "Version 6",
            "Version 5",
            "Version 4"
        ]
    );
    let removed: Vec<_> = all
        .iter()
        .filter(|s| gone.contains(&s.id))
        .cloned()
        .collect();
    library.put_back_snapshots(&removed).await.expect("undo");
    assert_eq!(library.snapshots(&deck.id).await.expect("list"), all);
}

#[wasm_bindgen_test]
async fn a_store_deletes_several_snapshots_and_leaves_the_rest() {
    let store = DeckStore::open(&format!("test-{}", new_deck_id().expect("random")))
        .await
        .expect("open");
    let deck = example_deck("several".into(), NOW.into());
    store.create(deck.clone(), NOW).await.expect("create");
    let mut ids = Vec::new();
    for n in 0..3 {
        let s = store
            .snapshot(&deck, &format!("#{n}"), SnapshotReason::Manual, NOW)
            .await
            .expect("snapshot");
        ids.push(s.id);
    }
    store.delete_snapshots(&ids[..2]).await.expect("delete two");
    let left = store.snapshots(&deck.id).await.expect("list");
    assert_eq!(left.len(), 1);
    assert_eq!(left[0].id, ids[2]);
}

#[wasm_bindgen_test]
fn the_backup_date_is_remembered_and_first_seen_only_once() {
    let storage = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .expect("localStorage");
    for key in [
        "career-deck.last-backup",
        "career-deck.backup-first-seen",
        "career-deck.backup-reminder-dismissed",
    ] {
        storage.remove_item(key).expect("clear");
    }
    backup_date::note_first_seen("2026-10-01T00:00:00Z");
    backup_date::note_first_seen("2026-11-01T00:00:00Z");
    assert_eq!(
        backup_date::dates().first_seen.as_deref(),
        Some("2026-10-01T00:00:00Z")
    );
    assert!(backup_date::dates().reminder_due(["2026-11-20T00:00:00Z"], "2026-11-25T00:00:00Z"));
    backup_date::record_backup("2026-11-24T00:00:00Z");
    assert_eq!(
        backup_date::last_backup().as_deref(),
        Some("2026-11-24T00:00:00Z")
    );
    assert!(!backup_date::dates().reminder_due(["2026-11-20T00:00:00Z"], "2026-11-25T00:00:00Z"));
    // The value is plain JSON, as an end-to-end test sets it.
    assert_eq!(
        storage
            .get_item("career-deck.last-backup")
            .expect("read")
            .as_deref(),
        Some("\"2026-11-24T00:00:00Z\"")
    );
}
