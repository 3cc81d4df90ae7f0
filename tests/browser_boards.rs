//! Browser tests: opportunity boards stored and listed against a real IndexedDB in headless
//! Chromium — the leader's boards (revision-checked saves, delete and undo), boards kept from
//! links (new, same, newer with versions, older only when confirmed), a board's share log,
//! raising and lowering a hand through the library, and the reader's remembered mappings.
#![cfg(target_arch = "wasm32")]

use career_deck::board::{example_board, is_hand_raised, BoardReceipt, Mappings};
use career_deck::features::boards::{BoardSession, BoardStatus};
use career_deck::model::{example_deck, new_deck_id, ShareLogEntry};
use career_deck::services::provide_library;
use career_deck::storage::pending::{self, PendingBoard};
use career_deck::storage::{mappings, BoardSave, DeckStore};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-25T10:00:00Z";
const LATER: &str = "2026-11-26T10:00:00Z";

/// A store in a database of its own, so tests never see each other's boards.
async fn fresh_store() -> DeckStore {
    let name = format!("test-boards-{}", new_deck_id().expect("random"));
    DeckStore::open(&name).await.expect("IndexedDB opens")
}

fn board(title: &str, updated_at: &str) -> career_deck::board::Board {
    let mut b = example_board(new_deck_id().expect("random"), updated_at.into());
    b.title = title.into();
    b
}

#[wasm_bindgen_test]
async fn boards_are_stored_listed_saved_and_deleted_with_undo() {
    let store = fresh_store().await;
    assert!(store.boards().await.expect("list").is_empty());
    let first = store
        .create_board(board("First", NOW), NOW)
        .await
        .expect("create");
    assert_eq!(first.revision, 1);
    let second = store
        .create_board(board("Second", LATER), LATER)
        .await
        .expect("create");
    let list = store.boards().await.expect("list");
    let titles: Vec<&str> = list.iter().map(|r| r.board.title.as_str()).collect();
    assert_eq!(titles, ["Second", "First"], "most recently edited first");
    assert_eq!(
        store.load_board(first.id()).await.expect("load"),
        first,
        "read back as written"
    );

    // A draft that breaks a rule is still stored and read back (the editor shows the problem).
    let mut draft = first.board.clone();
    draft.title = String::new();
    draft.opportunities[0].starts = Some("2027-13".into());
    draft.updated_at = "2026-11-27T10:00:00Z".into();
    assert_eq!(store.save_board(&draft, 1).await, Ok(BoardSave::Saved(2)));
    let reread = store.load_board(first.id()).await.expect("load");
    assert_eq!(reread.board, draft);
    assert_eq!(reread.revision, 2);
    assert_eq!(
        store.boards().await.expect("list")[0].board.id,
        first.board.id,
        "the edited board moves to the top"
    );

    // Another tab saved on top of revision 1 as well: nothing is overwritten.
    let mut stale = first.board.clone();
    stale.title = "From another tab".into();
    match store.save_board(&stale, 1).await {
        Ok(BoardSave::Conflict(theirs)) => {
            assert_eq!(theirs.revision, 2);
            assert_eq!(theirs.board, draft);
        }
        other => panic!("expected a conflict, got {other:?}"),
    }
    assert_eq!(
        store.load_board(first.id()).await.expect("load").board,
        draft
    );
    // Keeping mine means saving on top of the revision just seen.
    assert_eq!(store.save_board(&stale, 2).await, Ok(BoardSave::Saved(3)));

    let deleted = store.delete_board(second.id()).await.expect("delete");
    assert_eq!(deleted.title.as_deref(), Some("Second"));
    assert_eq!(store.boards().await.expect("list").len(), 1);
    store.undelete_board(&deleted).await.expect("undo");
    assert_eq!(
        store.load_board(second.id()).await.expect("back"),
        second,
        "put back exactly"
    );
}

#[wasm_bindgen_test]
async fn kept_boards_keep_new_same_newer_and_refuse_older_unless_confirmed() {
    let store = fresh_store().await;
    let b = board("Payments — open opportunities", NOW);
    assert_eq!(store.kept_board(&b.id).await, Ok(None));
    assert!(matches!(
        store.keep_board(b.clone(), NOW, false).await,
        Ok(BoardReceipt::New(_))
    ));
    assert_eq!(
        store.keep_board(b.clone(), LATER, false).await,
        Ok(BoardReceipt::Same)
    );

    let mut newer = b.clone();
    newer.updated_at = LATER.into();
    newer.opportunities.remove(0);
    assert!(matches!(
        store.keep_board(newer.clone(), LATER, false).await,
        Ok(BoardReceipt::Newer(_))
    ));
    let kept = store.kept_board(&b.id).await.expect("read").expect("kept");
    assert_eq!(kept.board, newer);
    assert_eq!(kept.versions.len(), 1);
    assert_eq!(kept.versions[0].board, b, "the version it replaced is kept");

    // An old link opened again changes nothing unless the reader says so.
    assert!(matches!(
        store.keep_board(b.clone(), LATER, false).await,
        Ok(BoardReceipt::Older { .. })
    ));
    assert_eq!(
        store
            .kept_board(&b.id)
            .await
            .expect("read")
            .expect("kept")
            .board,
        newer
    );
    store
        .keep_board(b.clone(), LATER, true)
        .await
        .expect("keep");
    assert_eq!(
        store
            .kept_board(&b.id)
            .await
            .expect("read")
            .expect("kept")
            .board,
        b
    );

    let other = board("Another board", NOW);
    store
        .keep_board(other.clone(), "2026-11-20T10:00:00Z", false)
        .await
        .expect("keep");
    let list = store.kept_boards().await.expect("list");
    assert_eq!(list.len(), 2);
    assert_eq!(list[0].id, b.id, "most recently received first");
    store.delete_kept_board(&b.id).await.expect("delete");
    assert_eq!(store.kept_board(&b.id).await, Ok(None));
    assert_eq!(store.kept_boards().await.expect("list").len(), 1);
    // The leader's own boards are a different store.
    assert!(store.boards().await.expect("list").is_empty());
}

#[wasm_bindgen_test]
async fn a_boards_links_are_in_its_own_share_history() {
    let store = fresh_store().await;
    let b = board("Shared board", NOW);
    let entry = ShareLogEntry {
        deck_id: b.id.clone(),
        at: NOW.into(),
        sections: Vec::new(),
        owner_included: false,
        passphrase: true,
        link_length: 1_234,
        label: "For the team".into(),
    };
    store.log_share(&entry).await.expect("log");
    assert_eq!(
        store.share_history(&b.id).await.expect("history"),
        vec![entry]
    );
    assert!(store
        .share_history("some-deck")
        .await
        .expect("history")
        .is_empty());
}

fn container() -> web_sys::HtmlElement {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let el: web_sys::HtmlElement = doc
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("element");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

#[wasm_bindgen_test]
async fn raising_a_hand_saves_a_step_and_an_ask_and_lowering_takes_them_out() {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let library = provide_library();
    let deck_id = new_deck_id().expect("random");
    let record = library
        .create(example_deck(deck_id.clone(), NOW.into()))
        .await
        .expect("create");
    let b = example_board("raise-board".into(), NOW.into());

    let (hand, after) = library
        .raise_hand(&deck_id, &b, "o1")
        .await
        .expect("raised")
        .expect("something added");
    assert_eq!(after.revision, record.revision + 1, "one save");
    let stored = library.load(&deck_id).await.expect("load");
    assert_eq!(stored, after);
    assert!(is_hand_raised(&stored.deck, &b, "o1"));
    assert!(stored
        .deck
        .roadmap_list()
        .iter()
        .any(|r| r.id == hand.roadmap_item_id));
    assert!(stored
        .deck
        .asks
        .as_ref()
        .is_some_and(|a| a.contains(&hand.ask)));
    assert_eq!(
        library
            .raise_hand(&deck_id, &b, "o1")
            .await
            .expect("no error"),
        None,
        "a hand is raised once"
    );

    let lowered = library
        .lower_hand(&deck_id, &hand)
        .await
        .expect("lowered")
        .expect("taken out");
    assert!(!is_hand_raised(&lowered.deck, &b, "o1"));
    let stored = library.load(&deck_id).await.expect("load");
    assert_eq!(stored.deck.roadmap, record.deck.roadmap);
    assert_eq!(stored.deck.asks, record.deck.asks);
}

#[wasm_bindgen_test]
fn the_readers_answers_are_remembered_and_cleared() {
    let mut m = Mappings::new();
    m.map("Public speaking", "Presenting");
    assert!(mappings::set_mappings(&m));
    assert_eq!(
        mappings::mappings().target("public  SPEAKING"),
        Some("Presenting")
    );
    m.unmap("Public speaking");
    assert!(mappings::set_mappings(&m));
    assert!(mappings::mappings().is_empty());
    let stored = web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item("career-deck.board-mappings").ok().flatten());
    assert_eq!(stored, None, "no answers, no setting left behind");
}

async fn sleep_ms(ms: i32) {
    let wait = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
}

async fn wait_board_saved(session: BoardSession) {
    for _ in 0..100 {
        if session.status.get_untracked() == BoardStatus::Saved {
            return;
        }
        sleep_ms(50).await;
    }
    panic!("never saved: {:?}", session.status.get_untracked());
}

#[wasm_bindgen_test]
async fn a_board_typed_into_just_before_closing_is_brought_back_and_then_saved() {
    let owner = Owner::new();
    owner.set();
    std::mem::forget(mount_to(container(), || ()));
    let library = provide_library();
    let record = library.create_board(true).await.expect("create");
    let id = record.board.id.clone();
    let s = BoardSession::new(record.clone(), library);
    s.edit("title", |b| b.title = "Typed just before closing".into());
    // The page goes away before the debounce: the board is kept synchronously.
    assert!(s.leave(), "kept where the next visit finds it");
    assert!(pending::find_board(&id).is_some());

    // Next visit, from what storage had then (the save started on leaving may not land).
    let again = BoardSession::new(record.clone(), library);
    assert_eq!(
        again.board.with_untracked(|b| b.title.clone()),
        "Typed just before closing"
    );
    assert!(again.recovered.get_untracked().is_some());
    wait_board_saved(again).await;
    assert!(pending::find_board(&id).is_none(), "cleared once stored");
    let stored = library.load_board(&id).await.expect("load");
    assert_eq!(stored.board.title, "Typed just before closing");

    // Left unsaved on top of a version that has since changed elsewhere: nothing is written
    // over; the person is asked.
    let mut theirs = stored.board.clone();
    theirs.title = "Changed in another tab".into();
    let saved = library
        .save_board(&theirs, stored.revision)
        .await
        .expect("save");
    assert!(matches!(saved, BoardSave::Saved(_)));
    let mut mine = stored.board.clone();
    mine.title = "Mine, not saved".into();
    assert!(pending::keep_board(&PendingBoard {
        board: mine,
        base_revision: stored.revision,
        at: NOW.into(),
    }));
    let newer = library.load_board(&id).await.expect("load");
    let third = BoardSession::new(newer.clone(), library);
    assert_eq!(
        third.board.with_untracked(|b| b.title.clone()),
        "Mine, not saved"
    );
    assert!(matches!(
        third.status.get_untracked(),
        BoardStatus::Conflict(_)
    ));
    assert_eq!(
        library.load_board(&id).await.expect("load").board.title,
        "Changed in another tab",
        "not written over before the person chooses"
    );
    third.take_theirs();
    assert_eq!(
        third.board.with_untracked(|b| b.title.clone()),
        "Changed in another tab"
    );
    assert!(pending::find_board(&id).is_none());
}
