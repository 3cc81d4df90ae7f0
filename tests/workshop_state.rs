//! Native tests: a workshop is stored and resumed exactly; a damaged, unknown or newer one is
//! refused with a typed error (or replaced by a fresh start), never a panic; and anything that
//! reads back can be used by every exercise.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::{example_deck, Move};
use career_deck::workshop::direction::SketchKind;
use career_deck::workshop::energy::Episode;
use career_deck::workshop::state::MAX_STATE_BYTES;
use career_deck::workshop::*;
use proptest::prelude::*;
use serde_json::{json, Value};

fn worked() -> WorkshopState {
    let mut w = WorkshopState::new();
    for _ in 0..20 {
        w.values.place_current(Pile::VeryImportant).expect("card");
    }
    w.values.add_own("Quiet mornings").expect("new");
    w.values.start_narrowing().expect("narrow");
    while w.values.band.len() > 10 {
        let last = w.values.band.last().cloned().expect("card");
        w.values.band_remove(&last).expect("in band");
    }
    w.values.start_ranking().expect("rank");
    w.values.rank_move(3, Move::Up).expect("moves");
    w.values.set_meaning("Craft", "doing it properly");
    w.energy
        .add_episode(Episode::new("Teaching", "Students", "Lab", 2, 4));
    w.energy.refresh_nudges();
    w.strengths.add("Explaining simply", "The induction day");
    let i = w.story.add_chapter().expect("room");
    w.story.chapters[i].title = "Lab years".into();
    w.story.set_from(i, "2014-09");
    w.pitch.draft = "I make science make sense.".into();
    w.direction.sketch_mut(SketchKind::Unbounded).six_word_title = "Science on the radio".into();
    w.direction.sketch_mut(SketchKind::Unbounded).appeal = 4;
    w.direction.choose(SketchKind::Unbounded);
    w.gaps.add("Broadcasting");
    w.gaps.gaps[0].action.kind = ActionKind::Course;
    w.asks.asks.push("Let me run the open evening talk".into());
    w.summary.next_step = Some(NextStep::Rehearse);
    w.summary
        .set_revisit("2027-02-20", "2026-11-20")
        .expect("ahead");
    w.finish_current();
    w.finish_current();
    w
}

#[test]
fn a_stored_workshop_resumes_exactly() {
    let w = worked();
    let text = w.to_json();
    let back = WorkshopState::from_json(&text).expect("reads");
    assert_eq!(back, w);
    assert_eq!(back.current, Step::Strengths);
    assert_eq!(back.done_count(), 2);
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["version"], json!(WORKSHOP_VERSION));
    assert_eq!(v["current"], json!("strengths"));
    assert_eq!(v["done"], json!(["values", "energy"]));
    assert_eq!(WorkshopState::from_value(w.to_value()), Ok(w));
}

#[test]
fn the_version_decides_first() {
    let mut v = WorkshopState::new().to_value();
    v["version"] = json!(2);
    assert_eq!(
        WorkshopState::from_value(v.clone()),
        Err(StateError::NewerVersion(2))
    );
    v["version"] = json!(0);
    assert_eq!(
        WorkshopState::from_value(v.clone()),
        Err(StateError::OlderVersion(0))
    );
    v["version"] = json!("1");
    assert_eq!(
        WorkshopState::from_value(v.clone()),
        Err(StateError::NotAWorkshop)
    );
    v.as_object_mut().expect("object").remove("version");
    assert_eq!(WorkshopState::from_value(v), Err(StateError::NotAWorkshop));
    assert!(StateError::NewerVersion(2)
        .message()
        .contains("newer version"));
}

#[test]
fn damaged_states_are_refused_with_a_reason() {
    for (text, want) in [
        ("", StateError::NotJson),
        ("{", StateError::NotJson),
        ("[1, 2]", StateError::NotAWorkshop),
        ("null", StateError::NotAWorkshop),
        ("{\"format\": \"career-deck\"}", StateError::NotAWorkshop),
    ] {
        assert_eq!(WorkshopState::from_json(text), Err(want), "{text}");
    }
    let mut v = WorkshopState::new().to_value();
    v["current"] = json!("somewhere");
    assert!(matches!(
        WorkshopState::from_value(v),
        Err(StateError::Damaged(_))
    ));
    let mut v = WorkshopState::new().to_value();
    v["energy"]["episodes"] = json!([{ "what": "x", "energy": 1000 }]);
    assert!(matches!(
        WorkshopState::from_value(v),
        Err(StateError::Damaged(_))
    ));
    let big = format!(
        "{{\"version\":1,\"pad\":\"{}\"}}",
        "x".repeat(MAX_STATE_BYTES)
    );
    assert_eq!(WorkshopState::from_json(&big), Err(StateError::TooLarge));
}

#[test]
fn an_unreadable_state_becomes_a_fresh_start_with_a_note() {
    let (w, why) = WorkshopState::load_or_fresh("not json");
    assert_eq!(w, WorkshopState::new());
    assert_eq!(why, Some(StateError::NotJson));
    assert!(why
        .expect("reason")
        .message()
        .contains("Your deck is untouched"));
    let (w, why) = WorkshopState::load_or_fresh(&worked().to_json());
    assert_eq!((w, why), (worked(), None));
}

#[test]
fn missing_parts_default_and_unknown_keys_are_ignored() {
    let w = WorkshopState::from_json(r#"{ "version": 1, "current": "gaps", "later": true }"#)
        .expect("reads");
    assert_eq!(w.current, Step::Gaps);
    assert_eq!(w.values, ValueSort::default());
}

#[test]
fn out_of_range_numbers_and_stray_references_are_repaired() {
    let v = json!({
        "version": 1,
        "done": ["values", "values", "summary", "energy"],
        "values": {
            "phase": "rank",
            "cards": ["Craft", "Craft", "Care"],
            "placements": [{ "card": "Ghost", "pile": "important" },
                           { "card": "Care", "pile": "very_important" }],
            "band": ["Ghost", "Care", "Care"]
        },
        "energy": { "episodes": [{ "what": "x", "energy": 7, "engagement": 9 }] },
        "direction": { "unbounded": { "six_word_title": "t", "appeal": 200 } },
        "gaps": { "gaps": [{ "name": "n", "current": 9, "target": 77 }] }
    });
    let mut w = WorkshopState::from_value(v).expect("reads");
    assert_eq!(w.done, [Step::Values, Step::Energy, Step::Summary]);
    assert_eq!(w.values.cards, ["Craft", "Care"]);
    assert_eq!(w.values.band, ["Care"]);
    assert_eq!(w.values.placements.len(), 1);
    assert_eq!(
        (w.energy.episodes[0].energy, w.energy.episodes[0].engagement),
        (2, 4)
    );
    assert_eq!(w.direction.unbounded.appeal, 4);
    assert_eq!((w.gaps.gaps[0].current, w.gaps.gaps[0].target), (5, 5));
    // And it can be used.
    assert_eq!(
        w.values.rank_move(0, Move::Down),
        Err(SortError::CannotMove)
    );
    assert_eq!(w.values.to_deck_values(), ["Care"]);
}

fn exercise(w: &mut WorkshopState) {
    let deck = example_deck("d".into(), "2026-01-01T00:00:00Z".into());
    for step in Step::ALL {
        let _ = propose(step, w, &deck);
        let _ = (step.title(), w.percent(), w.progress_sentence());
    }
    let _ = w.energy.patterns().share_sentence();
    w.energy.refresh_nudges();
    let _ = pitch::pitch_inputs(w, &deck);
    let _ = w.values.current_card().map(str::to_owned);
    let _ = w.values.place_current(Pile::Important);
    let _ = w.values.undo();
    let _ = w.values.start_narrowing();
    let _ = w.values.start_ranking();
    let _ = w.values.rank_move(0, Move::Down);
    let _ = w.values.to_deck_values();
    let _ = w.story.issues();
    let _ = w.gaps.issues();
    let _ = w.direction.sameness_hint();
    let _ = review(&deck);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn any_text_reads_or_is_refused_without_a_panic(text in ".{0,200}") {
        if let Ok(mut w) = WorkshopState::from_json(&text) {
            exercise(&mut w);
        }
    }

    #[test]
    fn a_damaged_copy_of_a_real_state_never_panics(cut in 0usize..4000, byte in any::<u8>()) {
        let text = worked().to_json();
        let mut bytes = text.into_bytes();
        let at = cut % bytes.len();
        bytes[at] = byte;
        let damaged = String::from_utf8_lossy(&bytes).into_owned();
        if let Ok(mut w) = WorkshopState::from_json(&damaged) {
            exercise(&mut w);
        }
        let truncated = String::from_utf8_lossy(&bytes[..at]).into_owned();
        let (mut w, _) = WorkshopState::load_or_fresh(&truncated);
        exercise(&mut w);
    }

    #[test]
    fn numbers_of_any_size_in_any_field_are_refused_or_repaired(
        field in prop::sample::select(vec![
            "/energy/episodes/0/energy", "/energy/episodes/0/engagement",
            "/gaps/gaps/0/current", "/gaps/gaps/0/target",
            "/direction/unbounded/appeal", "/direction/current_path/confidence",
        ]),
        n in any::<i64>(),
    ) {
        let mut v = worked().to_value();
        v["energy"]["episodes"] = json!([{ "what": "x" }]);
        v["gaps"]["gaps"] = json!([{ "name": "x" }]);
        if let Some(slot) = v.pointer_mut(field) {
            *slot = json!(n);
        }
        if let Ok(mut w) = WorkshopState::from_value(v) {
            prop_assert!((-2..=2).contains(&w.energy.episodes[0].energy));
            prop_assert!(w.energy.episodes[0].engagement <= 4);
            prop_assert!(w.gaps.gaps[0].current <= 5 && w.gaps.gaps[0].target <= 5);
            prop_assert!(w.direction.unbounded.appeal <= 4);
            exercise(&mut w);
        }
    }
}

/// The workshops section of a backup gives back every deck's workshop exactly; a damaged or
/// newer entry is left out and counted, never a reason to lose the others; each deck once.
#[test]
fn the_backup_section_round_trips_and_skips_what_it_cannot_read() {
    let states = vec![
        ("deck-a".to_owned(), worked()),
        ("deck-b".to_owned(), WorkshopState::new()),
    ];
    let section = workshops_section(&states);
    assert_eq!(read_workshops_section(&section), (states.clone(), 0));

    let mut damaged = section.clone();
    let entries = damaged["workshops"].as_array_mut().expect("a list");
    entries.push(json!({ "deck": "deck-c", "state": { "version": WORKSHOP_VERSION + 1 } }));
    entries.push(json!({ "deck": "deck-d", "state": "not a state" }));
    entries.push(json!({ "state": worked().to_value() }));
    entries.push(json!({ "deck": "deck-a", "state": WorkshopState::new().to_value() }));
    assert_eq!(read_workshops_section(&damaged), (states, 3));
    assert_eq!(read_workshops_section(&json!({})), (Vec::new(), 0));
}
