//! Browser tests of the editor's widgets, mounted into a real DOM in headless Chromium and
//! driven with real DOM events; autosave checked against a real IndexedDB.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use career_deck::components::LevelPicker;
use career_deck::features::editor::{guidance, EditorCtx, TextListEditor};
use career_deck::model::{example_deck, Deck, DeckRecord, TextList};
use career_deck::services::{provide_library, provide_toasts, EditSession, SaveStatus};
use career_deck::storage::{pending, DeckStore};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> HtmlElement {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let el: HtmlElement = doc
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("element");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

fn input(root: &HtmlElement, selector: &str) -> HtmlInputElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .expect("an input")
}

fn button(root: &HtmlElement, text: &str, nth: usize) -> HtmlElement {
    let all = root.query_selector_all("button").expect("buttons");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .filter(|b| {
            b.get_attribute("aria-label")
                .or_else(|| b.text_content())
                .as_deref()
                == Some(text)
        })
        .nth(nth)
        .unwrap_or_else(|| panic!("no button {text} #{nth}"))
}

/// Types into a text area as a person does: the value changes, then an `input` event fires.
fn type_into(field: &web_sys::HtmlTextAreaElement, text: &str) {
    field.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    field.dispatch_event(&ev).expect("dispatch");
}

async fn settle() {
    leptos::task::tick().await;
    gloo_sleep(Duration::from_millis(20)).await;
}

async fn gloo_sleep(d: Duration) {
    let (tx, rx) = futures_oneshot();
    set_timeout(tx, d);
    rx.await;
}

/// A tiny one-shot, so the tests need no extra crate to wait for a timer.
fn futures_oneshot() -> (impl FnOnce(), impl std::future::Future<Output = ()>) {
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let waker = std::rc::Rc::new(std::cell::RefCell::new(None::<std::task::Waker>));
    let (d2, w2) = (done.clone(), waker.clone());
    let fire = move || {
        d2.set(true);
        if let Some(w) = w2.borrow_mut().take() {
            w.wake();
        }
    };
    let fut = std::future::poll_fn(move |cx| {
        if done.get() {
            std::task::Poll::Ready(())
        } else {
            *waker.borrow_mut() = Some(cx.waker().clone());
            std::task::Poll::Pending
        }
    });
    (fire, fut)
}

fn blank() -> Deck {
    Deck::blank(
        "component-test".into(),
        "Widgets".into(),
        "2026-11-25T10:00:00Z".into(),
    )
}

#[wasm_bindgen_test]
async fn level_picker_follows_clicks_and_the_signal() {
    let root = container();
    let level = RwSignal::new(2u8);
    let _mounted = mount_to(root.clone(), move || {
        view! { <LevelPicker name="lp" legend="Current level" value=level on_change=Callback::new(move |n| level.set(n))/> }
    });
    settle().await;
    assert!(input(&root, "#lp-2").checked());
    input(&root, "#lp-4").click();
    settle().await;
    assert_eq!(level.get_untracked(), 4);
    level.set(0);
    settle().await;
    assert!(input(&root, "#lp-0").checked());
    assert!(!input(&root, "#lp-4").checked());
    let legend = root
        .query_selector("legend")
        .ok()
        .flatten()
        .and_then(|l| l.text_content());
    assert_eq!(legend.as_deref(), Some("Current level"));
}

#[wasm_bindgen_test]
async fn text_list_editor_adds_edits_reorders_and_removes() {
    let root = container();
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    provide_toasts();
    let session = EditSession::new(
        DeckRecord::new(blank(), "2026-11-25T10:00:00Z".into()),
        service,
    );
    let ctx = EditorCtx::new(session);
    provide_context(ctx);
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ctx);
        view! { <TextListEditor list=TextList::Values item_name="value" guide=ctx.tip(guidance::VALUES)/> }
    });
    settle().await;
    button(&root, "Add value", 0).click();
    settle().await;
    type_into(&textarea(&root, "#profile-values-0"), "Craft");
    button(&root, "Add value", 0).click();
    settle().await;
    type_into(&textarea(&root, "#profile-values-1"), "Candour");
    settle().await;
    assert_eq!(
        session
            .deck
            .with_untracked(|d| d.text_list(TextList::Values).to_vec()),
        ["Craft", "Candour"]
    );

    button(&root, "Move up", 1).click();
    settle().await;
    assert_eq!(
        session
            .deck
            .with_untracked(|d| d.text_list(TextList::Values).to_vec()),
        ["Candour", "Craft"]
    );
    assert_eq!(textarea(&root, "#profile-values-0").value(), "Candour");

    button(&root, "Remove", 0).click();
    settle().await;
    assert_eq!(
        session
            .deck
            .with_untracked(|d| d.text_list(TextList::Values).to_vec()),
        ["Craft"]
    );

    // A value over the limit is kept as typed and flagged beside the field.
    type_into(&textarea(&root, "#profile-values-0"), &"x".repeat(10_001));
    settle().await;
    assert_eq!(textarea(&root, "#profile-values-0").value().len(), 10_001);
    let error = root
        .query_selector(".field-error")
        .ok()
        .flatten()
        .and_then(|e| e.text_content());
    assert!(
        error.is_some_and(|e| e.contains("the limit is 10000")),
        "inline message shown"
    );
    let counter = root
        .query_selector(".char-count")
        .ok()
        .flatten()
        .and_then(|e| e.text_content());
    assert_eq!(counter.as_deref(), Some("10,001 of 10,000 characters"));
}

/// Presses a key in a field as a person does.
fn press(field: &HtmlElement, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    field.dispatch_event(&ev).expect("dispatch");
}

fn textarea(root: &HtmlElement, selector: &str) -> web_sys::HtmlTextAreaElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .expect("a text area")
}

#[wasm_bindgen_test]
async fn enter_adds_the_next_item_and_backspace_removes_an_empty_one() {
    let root = container();
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    provide_toasts();
    let session = EditSession::new(
        DeckRecord::new(blank(), "2026-11-25T10:00:00Z".into()),
        service,
    );
    let ctx = EditorCtx::new(session);
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ctx);
        view! { <TextListEditor list=TextList::Asks item_name="ask" guide=ctx.tip(guidance::ASKS)/> }
    });
    settle().await;
    button(&root, "Add ask", 0).click();
    settle().await;
    let first = textarea(&root, "#asks-0");
    first.set_value("Pair me with a mentor");
    first
        .dispatch_event(
            &web_sys::Event::new_with_event_init_dict("input", &{
                let i = web_sys::EventInit::new();
                i.set_bubbles(true);
                i
            })
            .expect("event"),
        )
        .expect("dispatch");
    press(&first, "Enter");
    settle().await;
    let asks = || {
        session
            .deck
            .with_untracked(|d| d.text_list(TextList::Asks).to_vec())
    };
    assert_eq!(asks(), ["Pair me with a mentor", ""]);
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.id());
    assert_eq!(
        active.as_deref(),
        Some("asks-1"),
        "the cursor is in the new item"
    );
    press(&textarea(&root, "#asks-1"), "Backspace");
    settle().await;
    assert_eq!(asks(), ["Pair me with a mentor"]);
    let active = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.active_element())
        .map(|e| e.id());
    assert_eq!(
        active.as_deref(),
        Some("asks-0"),
        "focus moves back, never to the page"
    );
}

#[wasm_bindgen_test]
async fn undo_and_redo_step_through_edits() {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    let session = EditSession::new(
        DeckRecord::new(blank(), "2026-11-25T10:00:00Z".into()),
        service,
    );
    session.edit("title", |d| d.title = "One".into());
    session.seal();
    session.edit("title", |d| d.title = "Two".into());
    session.edit("title", |d| d.title = "Two and a half".into()); // same burst: one step
    session.seal();
    session.edit("owner", |d| d.owner = Some("Ana".into()));
    assert!(session.can_undo() && !session.can_redo());
    session.undo();
    assert_eq!(session.deck.with_untracked(|d| d.owner.clone()), None);
    session.undo();
    assert_eq!(session.deck.with_untracked(|d| d.title.clone()), "One");
    session.redo();
    assert_eq!(
        session.deck.with_untracked(|d| d.title.clone()),
        "Two and a half"
    );
    session.edit("title", |d| d.title = "New branch".into());
    assert!(!session.can_redo(), "a new edit clears redo");
}

#[wasm_bindgen_test]
async fn autosave_commits_to_indexeddb_within_half_a_second() {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    let store = service.store().await;
    let record = store
        .create(
            example_deck("autosave-test".into(), "2026-11-25T10:00:00Z".into()),
            "2026-11-25T10:00:00Z",
        )
        .await
        .expect("create");
    let session = EditSession::new(record, service);
    session.edit("headline", |d| {
        d.profile_mut().headline = "Saved by itself".into()
    });
    assert_eq!(session.status.get_untracked(), SaveStatus::Unsaved);
    gloo_sleep(Duration::from_millis(500)).await;
    for _ in 0..20 {
        if session.status.get_untracked() == SaveStatus::Saved {
            break;
        }
        settle().await;
    }
    assert_eq!(session.status.get_untracked(), SaveStatus::Saved);
    let reread = DeckStore::open(career_deck::storage::DB_NAME)
        .await
        .expect("open")
        .load("autosave-test")
        .await
        .expect("load");
    assert_eq!(
        reread.deck.profile.map(|p| p.headline).as_deref(),
        Some("Saved by itself")
    );
    assert_eq!(reread.revision, 2, "one save, one revision");
}

async fn wait_saved(session: EditSession) {
    for _ in 0..100 {
        if session.status.get_untracked() == SaveStatus::Saved {
            return;
        }
        gloo_sleep(Duration::from_millis(50)).await;
    }
    panic!("never saved: {:?}", session.status.get_untracked());
}

#[wasm_bindgen_test]
async fn two_sessions_editing_different_fields_both_keep_their_edits() {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    let store = service.store().await;
    let now = "2026-11-25T10:00:00Z";
    let record = store
        .create(example_deck("two-tabs".into(), now.into()), now)
        .await
        .expect("create");
    // Two tabs opened the same version, then each changed a different field.
    let a = EditSession::new(record.clone(), service);
    let b = EditSession::new(record, service);
    a.edit("headline", |d| {
        d.profile_mut().headline = "From tab A".into()
    });
    a.save_now();
    wait_saved(a).await;
    b.edit("story", |d| d.profile_mut().story = "From tab B".into());
    b.save_now();
    wait_saved(b).await;
    let stored = store.load("two-tabs").await.expect("load").deck;
    let p = stored.profile.expect("profile");
    assert_eq!(p.headline, "From tab A");
    assert_eq!(p.story, "From tab B");
    assert_eq!(
        b.deck
            .with_untracked(|d| d.profile.clone().map(|p| p.headline)),
        Some("From tab A".into()),
        "tab B's screen shows tab A's edit too"
    );
}

#[wasm_bindgen_test]
async fn the_same_field_in_two_sessions_asks_and_keeps_the_other_version() {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    let store = service.store().await;
    let now = "2026-11-25T10:00:00Z";
    let record = store
        .create(example_deck("clash".into(), now.into()), now)
        .await
        .expect("create");
    let a = EditSession::new(record.clone(), service);
    let b = EditSession::new(record, service);
    a.edit("headline", |d| d.profile_mut().headline = "Theirs".into());
    a.save_now();
    wait_saved(a).await;
    b.edit("headline", |d| d.profile_mut().headline = "Mine".into());
    b.save_now();
    for _ in 0..100 {
        if matches!(b.status.get_untracked(), SaveStatus::Conflict(_)) {
            break;
        }
        gloo_sleep(Duration::from_millis(50)).await;
    }
    let SaveStatus::Conflict(c) = b.status.get_untracked() else {
        panic!("expected a clash, got {:?}", b.status.get_untracked());
    };
    assert_eq!(c.merge.clashes.len(), 1);
    assert_eq!(c.merge.clashes[0].mine, "Mine");
    assert_eq!(c.merge.clashes[0].theirs, "Theirs");
    b.choose(0, true);
    b.resolve();
    wait_saved(b).await;
    let stored = store.load("clash").await.expect("load").deck;
    assert_eq!(stored.profile.expect("profile").headline, "Mine");
    // The version not chosen is recoverable.
    let kept = store.snapshots("clash").await.expect("snapshots");
    assert!(
        kept.iter().any(|s| s
            .deck
            .profile
            .as_ref()
            .is_some_and(|p| p.headline == "Theirs")),
        "{kept:?}"
    );
}

#[wasm_bindgen_test]
async fn text_left_unsaved_is_offered_back_on_the_next_open() {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let service = provide_library();
    let store = service.store().await;
    let now = "2026-11-25T10:00:00Z";
    let record = store
        .create(example_deck("pending".into(), now.into()), now)
        .await
        .expect("create");
    let s = EditSession::new(record.clone(), service);
    s.edit("story", |d| {
        d.profile_mut().story = "Typed just before closing".into()
    });
    // The page goes away before the debounce: the text is kept synchronously.
    assert!(s.leave(), "kept where the next visit finds it");
    assert!(pending::find("pending").is_some());
    // Next visit, from what storage had then (the in-flight save may not have landed).
    let again = EditSession::new(record, service);
    assert_eq!(
        again
            .deck
            .with_untracked(|d| d.profile.clone().map(|p| p.story)),
        Some("Typed just before closing".into())
    );
    assert!(again.recovered.get_untracked().is_some());
    wait_saved(again).await;
    assert!(pending::find("pending").is_none(), "cleared once stored");
}
