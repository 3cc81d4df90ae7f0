//! Browser tests of the editor's widgets, mounted into a real DOM in headless Chromium and
//! driven with real DOM events; autosave checked against a real IndexedDB.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use career_deck::components::{LevelPicker, TextListEditor};
use career_deck::guidance;
use career_deck::model::{example_deck, Deck, DeckRecord, TextList};
use career_deck::services::{provide_decks, EditSession, SaveStatus};
use career_deck::storage::DeckStore;
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

/// Types into a field as a person does: the value changes, then an `input` event fires.
fn type_into(field: &HtmlInputElement, text: &str) {
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
    let decks = Owner::new();
    decks.set();
    let service = provide_decks();
    let session = EditSession::new(
        DeckRecord::new(blank(), "2026-11-25T10:00:00Z".into()),
        service,
    );
    let issues = Memo::new(move |_| session.deck.with(|d| d.validate()));
    let _mounted = mount_to(root.clone(), move || {
        view! {
            <TextListEditor session=session list=TextList::Values legend="Values" item_name="value"
                guide=guidance::VALUES issues=issues/>
        }
    });
    settle().await;
    button(&root, "Add value", 0).click();
    settle().await;
    type_into(&input(&root, "#profile-values-0"), "Craft");
    button(&root, "Add value", 0).click();
    settle().await;
    type_into(&input(&root, "#profile-values-1"), "Candour");
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
    assert_eq!(input(&root, "#profile-values-0").value(), "Candour");

    button(&root, "Remove", 0).click();
    settle().await;
    assert_eq!(
        session
            .deck
            .with_untracked(|d| d.text_list(TextList::Values).to_vec()),
        ["Craft"]
    );

    // A value over the limit is kept as typed and flagged beside the field.
    type_into(&input(&root, "#profile-values-0"), &"x".repeat(10_001));
    settle().await;
    assert_eq!(input(&root, "#profile-values-0").value().len(), 10_001);
    let error = root
        .query_selector(".field-error")
        .ok()
        .flatten()
        .and_then(|e| e.text_content());
    assert!(
        error.is_some_and(|e| e.contains("the limit is 10000")),
        "inline message shown"
    );
}

#[wasm_bindgen_test]
async fn undo_and_redo_step_through_edits() {
    let owner = Owner::new();
    owner.set();
    let service = provide_decks();
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
    let service = provide_decks();
    service.ensure_open();
    while !service.opened.get_untracked() {
        settle().await;
    }
    let store = service.store().expect("store");
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
