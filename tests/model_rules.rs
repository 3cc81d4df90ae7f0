//! Native tests: every rule of deck format v1 is enforced with an error that names the field.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "format": "career-deck", "version": 1, "id": "d1", "title": "My deck",
        "updated_at": "2026-11-20T09:14:03Z",
        "profile": { "headline": "h", "values": ["a"] },
        "roadmap": [{ "id": "r1", "title": "Role", "organization": "Org", "start": "2020-01",
                      "end": null, "horizon": "now", "notes": "" }],
        "competencies": [{ "id": "c1", "name": "Design", "current": 2, "target": 4, "why": "",
                           "actions": [{ "id": "a1", "text": "Do", "due": "2027-01-31", "done": false }] }],
        "asks": ["help"]
    })
}

fn parse(v: &Value) -> Result<Deck, DeckError> {
    parse_deck(&v.to_string())
}

fn field_error(v: &Value) -> (String, Problem) {
    match parse(v) {
        Err(DeckError::Invalid(FieldIssue { field, problem })) => (field.to_string(), problem),
        other => panic!("expected a field error, got {other:?}"),
    }
}

/// The base deck with the value at `path` replaced (or added, for a key of an object).
fn with(path: &str, value: Value) -> Value {
    let mut v = base();
    let (parent, key) = path.rsplit_once('/').expect("a path");
    let parent = v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"));
    match parent {
        Value::Array(items) => items[key.parse::<usize>().expect("an index")] = value,
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        _ => panic!("{path} is not inside a container"),
    }
    v
}

fn without(key: &str) -> Value {
    let mut v = base();
    v.as_object_mut().expect("object").remove(key);
    v
}

#[test]
fn the_base_deck_is_valid() {
    let deck = parse(&base()).expect("valid");
    assert_eq!(deck.title, "My deck");
    assert!(deck.validate().is_empty());
}

#[test]
fn format_must_be_career_deck() {
    assert_eq!(
        field_error(&with("/format", json!("slides"))),
        ("format".into(), Problem::WrongFormatName)
    );
    assert_eq!(
        field_error(&without("format")),
        ("format".into(), Problem::Missing)
    );
}

#[test]
fn newer_versions_are_refused_not_guessed() {
    assert_eq!(
        parse(&with("/version", json!(2))),
        Err(DeckError::NewerVersion { version: 2 })
    );
    assert_eq!(field_error(&with("/version", json!(0))).0, "version");
    assert_eq!(field_error(&with("/version", json!("1"))).0, "version");
    assert_eq!(
        field_error(&without("version")),
        ("version".into(), Problem::Missing)
    );
}

#[test]
fn id_is_required_and_at_most_64_characters() {
    assert_eq!(field_error(&without("id")), ("id".into(), Problem::Missing));
    assert_eq!(
        field_error(&with("/id", json!(""))),
        ("id".into(), Problem::Empty)
    );
    assert!(parse(&with("/id", json!("é".repeat(64)))).is_ok());
    assert_eq!(
        field_error(&with("/id", json!("x".repeat(65)))),
        (
            "id".into(),
            Problem::TooLong {
                max: 64,
                actual: 65
            }
        )
    );
}

#[test]
fn title_is_1_to_200_characters_after_trimming() {
    assert_eq!(
        field_error(&with("/title", json!("   "))),
        ("title".into(), Problem::Empty)
    );
    assert!(parse(&with("/title", json!(format!("  {}  ", "t".repeat(200))))).is_ok());
    assert_eq!(
        field_error(&with("/title", json!("t".repeat(201)))).0,
        "title"
    );
    assert_eq!(
        field_error(&without("title")),
        ("title".into(), Problem::Missing)
    );
}

#[test]
fn updated_at_is_rfc3339() {
    assert_eq!(
        field_error(&with("/updated_at", json!("2026-11-20"))),
        ("updated_at".into(), Problem::NotADateTime)
    );
    assert_eq!(
        field_error(&without("updated_at")),
        ("updated_at".into(), Problem::Missing)
    );
}

#[test]
fn sections_are_optional_and_absent_is_not_empty() {
    let mut v = base();
    for key in ["profile", "roadmap", "competencies", "asks"] {
        v.as_object_mut().expect("object").remove(key);
    }
    let deck = parse(&v).expect("minimal deck");
    for s in Section::ALL {
        assert!(!deck.has_section(s));
    }
    let deck = parse(&with("/asks", json!([]))).expect("empty asks");
    assert_eq!(deck.asks, Some(vec![]));
}

#[test]
fn profile_fields_default_when_missing() {
    let deck = parse(&with("/profile", json!({}))).expect("empty profile");
    assert_eq!(deck.profile, Some(Profile::default()));
    assert_eq!(
        field_error(&with("/profile/values", json!("Craft"))).0,
        "profile.values"
    );
    assert_eq!(
        field_error(&with("/profile/values/0", json!(3))).0,
        "profile.values[0]"
    );
}

#[test]
fn horizon_is_one_of_four_words() {
    for h in ["past", "now", "next", "aspiration"] {
        assert!(parse(&with("/roadmap/0/horizon", json!(h))).is_ok(), "{h}");
    }
    assert_eq!(
        field_error(&with("/roadmap/0/horizon", json!("later"))),
        ("roadmap[0].horizon".into(), Problem::NotAHorizon)
    );
}

#[test]
fn roadmap_months_are_year_month_or_null() {
    assert!(parse(&with("/roadmap/0/start", Value::Null)).is_ok());
    assert_eq!(
        field_error(&with("/roadmap/0/end", json!("2020-13"))),
        ("roadmap[0].end".into(), Problem::NoSuchMonth(13))
    );
    assert_eq!(
        field_error(&with("/roadmap/0/end", json!("later"))),
        ("roadmap[0].end".into(), Problem::NotAYearMonth)
    );
    assert_eq!(
        field_error(&with("/roadmap/0/start", json!("March 2020"))).0,
        "roadmap[0].start"
    );
}

#[test]
fn levels_are_whole_numbers_0_to_5() {
    for n in 0..=5 {
        assert!(parse(&with("/competencies/0/current", json!(n))).is_ok());
    }
    for bad in [json!(6), json!(-1), json!(2.5), json!("3")] {
        assert_eq!(
            field_error(&with("/competencies/0/target", bad)),
            ("competencies[0].target".into(), Problem::NotALevel)
        );
    }
}

#[test]
fn due_dates_are_real_days_or_null() {
    assert!(parse(&with("/competencies/0/actions/0/due", Value::Null)).is_ok());
    assert_eq!(
        field_error(&with("/competencies/0/actions/0/due", json!("2027-02-30"))),
        ("competencies[0].actions[0].due".into(), Problem::NoSuchDay)
    );
    assert_eq!(
        field_error(&with("/competencies/0/actions/0/due", json!("soon"))),
        ("competencies[0].actions[0].due".into(), Problem::NotADate)
    );
    assert_eq!(
        field_error(&with("/competencies/0/actions/0/done", json!("yes"))).0,
        "competencies[0].actions[0].done"
    );
}

#[test]
fn strings_are_at_most_10000_characters() {
    assert!(parse(&with("/asks/0", json!("ü".repeat(10_000)))).is_ok());
    assert_eq!(
        field_error(&with("/roadmap/0/notes", json!("x".repeat(10_001)))),
        (
            "roadmap[0].notes".into(),
            Problem::TooLong {
                max: 10_000,
                actual: 10_001
            }
        )
    );
    assert_eq!(
        field_error(&with("/owner", json!("x".repeat(10_001)))).0,
        "owner"
    );
}

#[test]
fn lists_are_at_most_500_items() {
    assert!(parse(&with("/asks", json!(vec!["a"; 500]))).is_ok());
    assert_eq!(
        field_error(&with("/asks", json!(vec!["a"; 501]))),
        (
            "asks".into(),
            Problem::TooManyItems {
                max: 500,
                actual: 501
            }
        )
    );
    assert_eq!(
        field_error(&with("/profile/needs", json!(vec!["a"; 501]))).0,
        "profile.needs"
    );
}

#[test]
fn the_whole_json_is_at_most_1_mib() {
    let big = format!("{{\"pad\":\"{}\"}}", "x".repeat(1024 * 1024));
    assert!(matches!(parse_deck(&big), Err(DeckError::TooLarge { .. })));
}

#[test]
fn unknown_keys_are_ignored() {
    let mut v = base();
    v["future_field"] = json!({"anything": [1, 2]});
    v["roadmap"][0]["colour"] = json!("blue");
    assert!(parse(&v).is_ok());
}

#[test]
fn errors_read_as_sentences_that_name_the_field() {
    let msg = parse(&with("/roadmap/0/horizon", json!("later")))
        .expect_err("invalid")
        .to_string();
    // The field is named as the screen names it, not by its path in the file.
    assert!(msg.contains("Roadmap, item 1, When"), "{msg}");
    assert!(msg.contains("past, now, next or aspiration"), "{msg}");
    assert!(parse_deck("not json")
        .expect_err("not json")
        .to_string()
        .contains("not readable"));
    let newer = parse(&with("/version", json!(3)))
        .expect_err("newer")
        .to_string();
    assert!(newer.contains("newer version"), "{newer}");
}

#[test]
fn the_example_deck_is_valid_and_complete() {
    let deck = example_deck("id-1".into(), "2026-11-25T10:00:00Z".into());
    assert!(deck.validate().is_empty(), "{:?}", deck.validate());
    for s in Section::ALL {
        assert!(deck.has_section(s));
    }
    assert_eq!(parse_deck(&deck.to_json()).expect("round trip"), deck);
}

#[test]
fn item_ids_are_1_to_64_characters_and_unique_in_the_deck() {
    assert_eq!(
        field_error(&with("/roadmap/0/id", json!(""))),
        ("roadmap[0].id".into(), Problem::Empty)
    );
    assert_eq!(
        field_error(&with("/competencies/0/id", json!("c".repeat(65)))).0,
        "competencies[0].id"
    );
    let mut v = base();
    v["roadmap"]
        .as_array_mut()
        .expect("list")
        .push(json!({ "id": "r1", "title": "Again", "horizon": "next" }));
    assert_eq!(
        field_error(&v),
        ("roadmap[1].id".into(), Problem::DuplicateId)
    );
    // Ids share one space across the deck: an action may not reuse a roadmap item's id.
    assert_eq!(
        field_error(&with("/competencies/0/actions/0/id", json!("r1"))),
        ("competencies[0].actions[0].id".into(), Problem::DuplicateId)
    );
    let msg = parse(&v).expect_err("duplicate").to_string();
    assert!(
        msg.contains("Roadmap, item 2, its id has the same id"),
        "{msg}"
    );
}

#[test]
fn version_1_1_pitch_and_supporters_are_read_and_written() {
    let mut v = base();
    v["profile"]["pitch"] = json!("I make slow systems fast.");
    v["supporters"] = json!([
        { "id": "s1", "name": "Priya", "role": "mentor", "how": "Monthly reviews" },
        { "id": "s2", "name": "Tom", "role": "sponsor", "how": "" }
    ]);
    let deck = parse(&v).expect("valid");
    assert_eq!(
        deck.profile.as_ref().map(|p| p.pitch.as_str()),
        Some("I make slow systems fast.")
    );
    let supporters = deck.supporters.clone().expect("section");
    assert_eq!(supporters[1].role, SupporterRole::Sponsor);
    let out = serde_json::to_value(&deck).expect("json");
    assert_eq!(out["supporters"], v["supporters"]);
    assert_eq!(out["profile"]["pitch"], v["profile"]["pitch"]);
    assert_eq!(parse(&out), Ok(deck));
    assert_eq!(
        field_error(&with(
            "/supporters",
            json!([{ "id": "s1", "name": "P", "role": "boss" }])
        )),
        ("supporters[0].role".into(), Problem::NotASupporterRole)
    );
    assert_eq!(
        field_error(&with(
            "/supporters",
            json!([{ "name": "P", "role": "peer" }])
        )),
        ("supporters[0].id".into(), Problem::Missing)
    );
    // A deck without them writes neither key, exactly as a 1.0 deck.
    let plain = parse(&base()).expect("valid");
    let out = serde_json::to_value(&plain).expect("json");
    assert!(out["profile"].get("pitch").is_none());
    assert!(out.get("supporters").is_none());
}

#[test]
fn speaker_notes_are_an_optional_section_of_plain_texts() {
    let mut v = base();
    v["speaker_notes"] =
        json!({ "title": "Smile", "growth": "Pause on the chart", "unknown": "x" });
    let deck = parse(&v).expect("valid");
    let notes = deck.speaker_notes.clone().expect("section");
    assert_eq!(notes.get(NoteSlide::Growth), "Pause on the chart");
    assert_eq!(
        serde_json::to_value(&deck).expect("json")["speaker_notes"],
        json!({ "title": "Smile", "growth": "Pause on the chart" })
    );
    assert_eq!(
        field_error(&with("/speaker_notes", json!({ "title": 3 }))),
        (
            "speaker_notes.title".into(),
            Problem::WrongType { expected: "text" }
        )
    );
    // A share leaves them out unless the owner includes them.
    let shared = deck.subset(&[Section::Profile], true);
    assert!(shared.speaker_notes.is_none());
    let with_notes = deck.subset(&[Section::Profile, Section::SpeakerNotes], true);
    assert!(with_notes.speaker_notes.is_some());
}
