//! Browser tests of the career workshop: the value card sort and the energy step mounted in a
//! real DOM in headless Chromium and driven with real DOM events (keys included), and the
//! workshop state stored and resumed against a real IndexedDB.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;

use career_deck::features::workshop::{EnergyStep, StateSave, ValuesStep, WorkshopCtx};
use career_deck::model::{new_deck_id, Deck, DeckRecord, NoteSlide, TextList};
use career_deck::services::{provide_library, provide_toasts, DeckLibrary, EditSession};
use career_deck::storage::workshop::{keep_pending_workshop, pending_workshop};
use career_deck::storage::DeckStore;
use career_deck::workshop::{Pile, SortPhase, StateError, Step, WorkshopState};
use leptos::mount::mount_to;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{HtmlElement, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

const NOW: &str = "2026-11-25T10:00:00Z";

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("document")
}

fn container() -> HtmlElement {
    let doc = document();
    let el: HtmlElement = doc
        .create_element("div")
        .expect("div")
        .dyn_into()
        .expect("element");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

fn element(root: &HtmlElement, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no {selector}"))
        .dyn_into()
        .expect("an element")
}

fn text(root: &HtmlElement, selector: &str) -> String {
    element(root, selector)
        .text_content()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// The button whose accessible name (aria-label, else its text) is `name`.
fn button(root: &HtmlElement, name: &str) -> HtmlElement {
    let all = root.query_selector_all("button").expect("buttons");
    (0..all.length())
        .filter_map(|i| all.item(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .find(|b| {
            b.get_attribute("aria-label")
                .or_else(|| b.text_content())
                .is_some_and(|t| t.trim() == name)
        })
        .unwrap_or_else(|| panic!("no button {name}"))
}

fn focused() -> Option<String> {
    document().active_element().map(|e| e.id())
}

/// Presses a key on an element as a person does (the event bubbles, as a real one would).
fn press(el: &HtmlElement, key: &str, alt: bool, ctrl: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_alt_key(alt);
    init.set_ctrl_key(ctrl);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let ev =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

/// Types into a field as a person does: the value changes, then an `input` event fires.
fn type_into(el: &HtmlElement, value: &str) {
    if let Some(input) = el.dyn_ref::<HtmlInputElement>() {
        input.set_value(value);
    } else if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        area.set_value(value);
    }
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let ev = web_sys::Event::new_with_event_init_dict("input", &init).expect("event");
    el.dispatch_event(&ev).expect("dispatch");
}

async fn sleep(d: Duration) {
    let done = std::rc::Rc::new(std::cell::Cell::new(false));
    let waker = std::rc::Rc::new(std::cell::RefCell::new(None::<std::task::Waker>));
    let (d2, w2) = (done.clone(), waker.clone());
    set_timeout(
        move || {
            d2.set(true);
            if let Some(w) = w2.borrow_mut().take() {
                w.wake();
            }
        },
        d,
    );
    std::future::poll_fn(move |cx| {
        if done.get() {
            std::task::Poll::Ready(())
        } else {
            *waker.borrow_mut() = Some(cx.waker().clone());
            std::task::Poll::Pending
        }
    })
    .await;
}

async fn settle() {
    leptos::task::tick().await;
    sleep(Duration::from_millis(20)).await;
}

fn blank(id: &str) -> Deck {
    Deck::blank(id.into(), "Workshop test".into(), NOW.into())
}

/// A workshop over a blank deck that lives only in this test.
fn workshop(library: DeckLibrary, id: &str) -> WorkshopCtx {
    let session = EditSession::new(DeckRecord::new(blank(id), NOW.into()), library);
    WorkshopCtx::new(session, WorkshopState::new(), library)
}

/// A library for one test; the owner must live as long as the test.
fn start() -> (Owner, DeckLibrary) {
    let owner = Owner::new();
    owner.set();
    // Mounting starts the async executor the library needs.
    std::mem::forget(mount_to(container(), || ()));
    let library = provide_library();
    provide_toasts();
    (owner, library)
}

#[wasm_bindgen_test]
async fn values_sort_one_card_at_a_time_by_keys_and_buttons() {
    let (_owner, library) = start();
    let ctx = workshop(library, "values-ui");
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ctx);
        view! { <ValuesStep/> }
    });
    settle().await;
    assert_eq!(text(&root, "#value-card"), "Autonomy");
    assert!(
        root.query_selector("section[aria-labelledby='step-values-heading']")
            .ok()
            .flatten()
            .is_some(),
        "the step is a landmark labelled by its heading"
    );

    // Keys 1, 2 and 3 place the card on show, from any button of the group.
    let very = element(&root, "#pile-very_important");
    press(&very, "1", false, false);
    settle().await;
    assert_eq!(text(&root, "#value-card"), "Craft");
    assert_eq!(
        ctx.said.get_untracked(),
        "“Autonomy” — very important. 1 of 63 sorted. Next: “Craft”."
    );
    press(&very, "2", false, false);
    settle().await;
    assert_eq!(
        ctx.state.with_untracked(|s| s.values.pile_of("Craft")),
        Some(Pile::Important)
    );

    // Backspace takes the last card back, and says so.
    press(&very, "Backspace", false, false);
    settle().await;
    assert_eq!(text(&root, "#value-card"), "Craft");
    assert!(
        ctx.said.get_untracked().starts_with("Took back “Craft”."),
        "{}",
        ctx.said.get_untracked()
    );
    assert_eq!(
        ctx.state.with_untracked(|s| s.values.pile_of("Craft")),
        None
    );

    // The buttons do the same, and Ctrl+Z takes back too.
    element(&root, "#pile-less_so").click();
    settle().await;
    assert_eq!(
        ctx.state.with_untracked(|s| s.values.pile_of("Craft")),
        Some(Pile::LessSo)
    );
    press(&very, "z", false, true);
    settle().await;
    assert_eq!(
        ctx.state.with_untracked(|s| s.values.pile_of("Craft")),
        None
    );

    // A key that is not a pile does nothing.
    press(&very, "4", false, false);
    settle().await;
    assert_eq!(ctx.state.with_untracked(|s| s.values.sorted_count()), 1);

    // Six more very important, then the rest less so, all by keys.
    for _ in 0..6 {
        press(&very, "1", false, false);
    }
    settle().await;
    while ctx
        .state
        .with_untracked(|s| s.values.current_card().is_some())
    {
        press(&very, "3", false, false);
    }
    settle().await;
    assert_eq!(text(&root, "#value-card"), "All 63 cards sorted.");
    assert!(ctx.said.get_untracked().ends_with("That is all of them."));
    assert_eq!(
        focused().as_deref(),
        Some("values-narrow"),
        "focus goes on, not to the page"
    );

    // Narrowing: the band starts as the seven very important cards.
    button(&root, "Narrow them down").click();
    settle().await;
    assert_eq!(
        ctx.state.with_untracked(|s| s.values.phase),
        SortPhase::Narrow
    );
    assert_eq!(ctx.state.with_untracked(|s| s.values.band.len()), 7);
    let second = ctx.state.with_untracked(|s| s.values.band[1].clone());
    button(&root, &format!("Set aside {second}")).click();
    settle().await;
    assert_eq!(ctx.state.with_untracked(|s| s.values.band.len()), 6);
    assert_eq!(
        focused().as_deref(),
        Some("band-1"),
        "focus moves to the next card"
    );
    assert!(ctx.said.get_untracked().contains("set aside"));

    // Ranking with the buttons and with Alt+arrows.
    button(&root, "Put them in order").click();
    settle().await;
    assert_eq!(
        ctx.state.with_untracked(|s| s.values.phase),
        SortPhase::Rank
    );
    let band = ctx.state.with_untracked(|s| s.values.band.clone());
    element(&root, "#rank-1-up").click();
    settle().await;

    let now = ctx.state.with_untracked(|s| s.values.band.clone());
    assert_eq!(
        (now[0].as_str(), now[1].as_str()),
        (band[1].as_str(), band[0].as_str())
    );
    assert_eq!(
        focused().as_deref(),
        Some("rank-0-down"),
        "at the top, focus takes the other button"
    );
    assert_eq!(
        ctx.said.get_untracked(),
        format!("“{}” is now 1 of 6, in your top 5.", band[1])
    );
    let row = element(&root, "#rank-0-down")
        .closest("li")
        .ok()
        .flatten()
        .expect("row");
    press(row.unchecked_ref(), "ArrowDown", true, false);
    settle().await;
    assert_eq!(ctx.state.with_untracked(|s| s.values.band.clone()), band);

    // A line for the first of the top five, then into the deck: one Undo takes it all back.
    type_into(
        &element(&root, "#value-0-meaning"),
        "Being free to choose how",
    );
    settle().await;
    button(&root, "Show what changes in my deck").click();
    settle().await;
    let tick: HtmlInputElement = element(&root, "#change-values-0").unchecked_into();
    assert!(tick.checked(), "an addition starts ticked");
    button(&root, "Put the ticked changes in my deck").click();
    settle().await;
    let session = ctx.session;
    let values = session
        .deck
        .with_untracked(|d| d.text_list(TextList::Values).to_vec());
    assert_eq!(values.len(), 5);
    assert_eq!(values[0], format!("{} — Being free to choose how", band[0]));
    assert!(ctx.state.with_untracked(|s| s.is_done(Step::Values)));
    session.undo();
    assert!(session
        .deck
        .with_untracked(|d| d.text_list(TextList::Values).is_empty()));
}

#[wasm_bindgen_test]
async fn an_own_value_joins_the_cards() {
    let (_owner, library) = start();
    let ctx = workshop(library, "values-own");
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ctx);
        view! { <ValuesStep/> }
    });
    settle().await;
    type_into(&element(&root, "#own-value"), "Cooking for friends");
    element(&root, "form.own-value button[type=submit]").click();
    settle().await;
    assert_eq!(ctx.state.with_untracked(|s| s.values.total()), 64);
    assert!(ctx
        .said
        .get_untracked()
        .starts_with("Added “Cooking for friends”."));
    type_into(&element(&root, "#own-value"), "craft");
    element(&root, "form.own-value button[type=submit]").click();
    settle().await;
    assert_eq!(
        root.query_selector("form.own-value [role=alert]")
            .ok()
            .flatten()
            .and_then(|e| e.text_content()),
        Some("That value is already one of your cards.".into())
    );
}

#[wasm_bindgen_test]
async fn the_energy_step_rebuilds_a_day_and_shows_its_patterns() {
    let (_owner, library) = start();
    let ctx = workshop(library, "energy-ui");
    let root = container();
    let _mounted = mount_to(root.clone(), move || {
        provide_context(ctx);
        view! { <EnergyStep/> }
    });
    settle().await;
    // The frame is a radio group; a typical week changes the prompt.
    element(&root, "#energy-frame-week").click();
    settle().await;
    assert!(text(&root, ".prompt").starts_with("Picture an ordinary week"));

    // Adding a moment puts the cursor in it; Enter in "what" goes on to a new one.
    button(&root, "Add a moment").click();
    settle().await;
    assert_eq!(focused().as_deref(), Some("moment-0-what"));
    let what = element(&root, "#moment-0-what");
    type_into(&what, "Teaching the new starters");
    type_into(&element(&root, "#moment-0-who"), "Priya");
    element(&root, "#moment-0-energy-2").click();
    element(&root, "#moment-0-engagement-4").click();
    press(&what, "Enter", false, false);
    settle().await;
    assert_eq!(focused().as_deref(), Some("moment-1-what"));
    type_into(&element(&root, "#moment-1-what"), "Teaching a student");
    element(&root, "#moment-1-energy-2").click();
    press(&element(&root, "#moment-1-what"), "Enter", false, false);
    settle().await;
    type_into(&element(&root, "#moment-2-what"), "Weekly status report");
    element(&root, "#moment-2-energy--2").click();
    settle().await;
    let episodes = ctx.state.with_untracked(|s| s.energy.episodes.clone());
    assert_eq!(episodes.len(), 3);
    assert_eq!((episodes[0].energy, episodes[0].engagement), (2, 4));
    assert_eq!(episodes[2].energy, -2);

    // Removing a moment loses words, so it is offered back.
    button(&root, "Remove moment 2").click();
    settle().await;
    assert_eq!(ctx.state.with_untracked(|s| s.energy.episodes.len()), 2);
    let toasts = career_deck::services::use_toasts();
    let (label, undo) = toasts
        .items
        .with_untracked(|t| t.last().and_then(|t| t.action))
        .expect("a notice with Undo");
    assert_eq!(label, "Undo");
    undo.run(());
    settle().await;
    assert_eq!(
        ctx.state.with_untracked(|s| s.energy.episodes.clone()),
        episodes
    );
    assert_eq!(
        focused().as_deref(),
        Some("moment-1-what"),
        "the cursor goes back into it"
    );

    // The patterns, strongest first: "teaching" links two lifting moments.
    let energizers = text(
        &root,
        ".patterns .two-columns > div:first-child ol li:first-child",
    );
    assert!(
        energizers.starts_with("Teaching came up twice and gave you a lot of energy"),
        "{energizers}"
    );
    let drainers = text(
        &root,
        ".patterns .two-columns > div:last-child ol li:first-child",
    );
    assert!(drainers.contains("drained you a lot"), "{drainers}");
    assert!(
        text(&root, ".patterns > p").starts_with("About 70% of what you described gave you energy")
    );

    // Each drainer gets a nudge; picking another one rewrites the untouched sentence.
    let nudges = ctx.state.with_untracked(|s| s.energy.nudges.clone());
    assert_eq!(nudges.len(), 1, "{nudges:?}");
    element(&root, "#nudge-0-reframe").click();
    settle().await;
    let sentence: web_sys::HtmlTextAreaElement =
        element(&root, "#nudge-0-sentence").unchecked_into();
    assert!(
        sentence.value().starts_with("I will connect"),
        "{}",
        sentence.value()
    );

    // The lists for the deck start from the patterns; Enter adds one, Backspace removes it.
    button(&root, "Start from the patterns").click();
    settle().await;
    assert_eq!(focused().as_deref(), Some("energizers-0-text"));
    let first = ctx
        .state
        .with_untracked(|s| s.energy.energizer_names.clone());
    assert_eq!(first.first().map(String::as_str), Some("Teaching"));
    press(&element(&root, "#energizers-0-text"), "Enter", false, false);
    settle().await;
    assert_eq!(focused().as_deref(), Some("energizers-1-text"));
    assert_eq!(
        ctx.state.with_untracked(|s| s.energy.energizer_names.len()),
        first.len() + 1
    );
    press(
        &element(&root, "#energizers-1-text"),
        "Backspace",
        false,
        false,
    );
    settle().await;
    assert_eq!(
        ctx.state
            .with_untracked(|s| s.energy.energizer_names.clone()),
        first
    );
    assert_eq!(
        focused().as_deref(),
        Some("energizers-1-text")
            .filter(|_| first.len() > 1)
            .or(Some("energizers-0-text"))
    );

    // Into the deck: energizers, drainers and the nudge as a speaker note, in one step.
    button(&root, "Show what changes in my deck").click();
    settle().await;
    button(&root, "Put the ticked changes in my deck").click();
    settle().await;
    let deck = ctx.session.deck.get_untracked();
    assert_eq!(
        deck.text_list(TextList::Energizers)
            .first()
            .map(String::as_str),
        Some("Teaching")
    );
    assert!(!deck.text_list(TextList::Drainers).is_empty());
    let note = deck
        .speaker_notes
        .as_ref()
        .map(|n| n.get(NoteSlide::Energy).to_owned())
        .unwrap_or_default();
    assert!(note.starts_with("I will connect"), "{note}");
    ctx.session.undo();
    assert!(ctx
        .session
        .deck
        .with_untracked(|d| d.text_list(TextList::Energizers).is_empty()));
}

/// A store in a database of its own, so tests never see each other's records.
async fn fresh_store() -> DeckStore {
    let name = format!("test-{}", new_deck_id().expect("random"));
    DeckStore::open(&name).await.expect("IndexedDB opens")
}

#[wasm_bindgen_test]
async fn workshop_state_is_stored_per_deck_and_read_back() {
    let store = fresh_store().await;
    assert_eq!(store.workshop("d1").await, Ok(None));
    let mut state = WorkshopState::new();
    state
        .values
        .place_current(Pile::VeryImportant)
        .expect("place");
    state.go_to(Step::Story);
    state.story.paragraph = "In my own words".into();
    store.save_workshop("d1", &state).await.expect("save");
    store
        .save_workshop("d2", &WorkshopState::new())
        .await
        .expect("save");
    assert_eq!(store.workshop("d1").await, Ok(Some(Ok(state.clone()))));
    // Reopened: it is really in IndexedDB.
    let again = DeckStore::open(&format!("test-reopen-{}", new_deck_id().expect("random")))
        .await
        .expect("open");
    assert_eq!(
        again.workshop("d1").await,
        Ok(None),
        "another database knows nothing of it"
    );
    store.delete_workshop("d1").await.expect("delete");
    assert_eq!(store.workshop("d1").await, Ok(None));
    assert_eq!(
        store.workshop("d2").await,
        Ok(Some(Ok(WorkshopState::new())))
    );
}

#[wasm_bindgen_test]
async fn a_workshop_is_saved_as_it_changes_and_resumed_on_its_step() {
    let (_owner, library) = start();
    let store = library.store().await;
    let id = format!("resume-{}", new_deck_id().expect("random"));
    let record = store.create(blank(&id), NOW).await.expect("create");
    let ctx = WorkshopCtx::new(
        EditSession::new(record, library),
        WorkshopState::new(),
        library,
    );
    ctx.update(|s| {
        s.values.place_current(Pile::VeryImportant).expect("place");
        s.mark_done(Step::Values);
    });
    ctx.go(Step::Energy);
    for _ in 0..100 {
        if ctx.state_save.get_untracked() == StateSave::Saved {
            break;
        }
        sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(ctx.state_save.get_untracked(), StateSave::Saved);
    // What the next visit reads, through a freshly opened store on the same database.
    let reopened = DeckStore::open(career_deck::storage::DB_NAME)
        .await
        .expect("open");
    let Some(Ok(stored)) = reopened.workshop(&id).await.expect("read") else {
        panic!("no workshop stored");
    };
    assert_eq!(stored.current, Step::Energy, "resumes on the same step");
    assert_eq!(stored.values.pile_of("Autonomy"), Some(Pile::VeryImportant));
    let resumed = library.workshop(&id).await.expect("resume");
    assert_eq!(resumed.state, stored);
    assert!(!resumed.unsaved && !resumed.read_only && resumed.note.is_none());

    // Typed just before the page went away: kept synchronously and preferred next time.
    ctx.update(|s| s.pitch.draft = "Typed at the last moment".into());
    assert!(ctx.leave(), "kept where the next visit finds it");
    assert!(pending_workshop(&id).is_some());
    let next = library.workshop(&id).await.expect("resume");
    assert_eq!(next.state.pitch.draft, "Typed at the last moment");
    for _ in 0..100 {
        if pending_workshop(&id).is_none() {
            break;
        }
        sleep(Duration::from_millis(50)).await;
    }
    assert!(pending_workshop(&id).is_none(), "cleared once stored");
}

#[wasm_bindgen_test]
async fn a_damaged_or_newer_workshop_is_never_a_crash() {
    let (_owner, library) = start();
    let store = library.store().await;
    let id = format!("odd-{}", new_deck_id().expect("random"));
    // A newer version's state: read-only, never written over.
    let mut newer = WorkshopState::new().to_value();
    newer["version"] = serde_json::json!(99);
    keep_pending_workshop(&id, &WorkshopState::new());
    store
        .save_workshop(&id, &WorkshopState::new())
        .await
        .expect("save");
    store
        .put_raw_workshop_for_tests(&id, newer)
        .await
        .expect("plant");
    assert_eq!(
        store.workshop(&id).await,
        Ok(Some(Err(StateError::NewerVersion(99))))
    );
    let r = library.workshop(&id).await.expect("resume");
    assert!(r.read_only);
    assert!(r.note.is_some_and(|n| n.contains("newer version")));
    // A damaged one starts afresh, with a note.
    store
        .put_raw_workshop_for_tests(
            &id,
            serde_json::json!({ "version": 1, "values": { "band": 7 } }),
        )
        .await
        .expect("plant");
    career_deck::storage::workshop::clear_pending_workshop(&id);
    let r = library.workshop(&id).await.expect("resume");
    assert_eq!(r.state, WorkshopState::new());
    assert!(!r.read_only);
    assert!(r.note.is_some_and(|n| n.contains("starts afresh")));
}
