//! Native tests: every rule of the opportunity board format (opportunities-format.md) is
//! enforced, with an error that names the field both ways (format path and screen words).
#![cfg(not(target_arch = "wasm32"))]

use career_deck::board::*;
use career_deck::model::Problem;
use serde_json::{json, Value};

fn base() -> Value {
    json!({
        "format": "career-opportunities", "version": 1,
        "id": "8d0b6a52-3c41-4f0e-9a57-1d2e3f4a5b6c",
        "title": "Payments group — open opportunities, spring 2027",
        "updated_at": "2026-11-20T09:14:03Z",
        "from": "Dana Okafor, Director of Payments",
        "note": "Interested? Tell your manager, or write to me directly.",
        "opportunities": [
            { "id": "o1", "title": "Tech lead, ledger migration", "type": "role",
              "summary": "Lead six engineers through moving the ledger to the new platform.",
              "builds": ["System design", "Leading people"],
              "needs": [ { "name": "SQL", "level": 3 }, { "name": "Go", "level": 2 } ],
              "starts": "2027-03", "length": "9 months", "contact": "Dana Okafor" },
            { "id": "o2", "title": "Fraud analytics rotation", "type": "rotation" }
        ]
    })
}

fn parse(v: &Value) -> Result<Board, BoardError> {
    parse_board(&v.to_string())
}

/// The broken rule's format path and problem.
fn field_error(v: &Value) -> (String, BoardProblem) {
    match parse(v) {
        Err(BoardError::Invalid(BoardIssue { field, problem })) => (field.to_string(), problem),
        other => panic!("expected a field error, got {other:?}"),
    }
}

fn common(p: Problem) -> BoardProblem {
    BoardProblem::Common(p)
}

/// The base board with the value at `path` replaced (or added, for a key of an object).
fn with(path: &str, value: Value) -> Value {
    let mut v = base();
    let (parent, key) = path.rsplit_once('/').expect("a path");
    match v
        .pointer_mut(parent)
        .unwrap_or_else(|| panic!("no {parent}"))
    {
        Value::Array(items) => items[key.parse::<usize>().expect("an index")] = value,
        Value::Object(map) => {
            map.insert(key.to_owned(), value);
        }
        _ => panic!("{path} is not inside a container"),
    }
    v
}

/// The base board without the key at `path`.
fn without(path: &str) -> Value {
    let mut v = base();
    let (parent, key) = path.rsplit_once('/').expect("a path");
    v.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .expect("an object")
        .remove(key);
    v
}

#[test]
fn the_base_board_is_valid_and_read_whole() {
    let board = parse(&base()).expect("valid");
    assert_eq!(board.opportunities.len(), 2);
    assert_eq!(board.opportunities[0].kind, OpportunityType::Role);
    assert_eq!(
        board.opportunities[0].needs[1],
        Need {
            name: "Go".into(),
            level: 2
        }
    );
    assert_eq!(board.opportunities[0].starts.as_deref(), Some("2027-03"));
    assert!(board.validate().is_empty());
    // Optional fields default to empty.
    let o2 = &board.opportunities[1];
    assert!(o2.summary.is_empty() && o2.builds.is_empty() && o2.needs.is_empty());
    assert_eq!(o2.starts, None);
}

#[test]
fn not_json_too_large_and_not_an_object_are_told_apart() {
    assert_eq!(parse_board("{nope"), Err(BoardError::NotJson));
    let huge = format!("\"{}\"", "x".repeat(1024 * 1024));
    assert!(matches!(
        parse_board(&huge),
        Err(BoardError::TooLarge { .. })
    ));
    assert_eq!(
        field_error(&json!([])),
        (
            "board".into(),
            common(Problem::WrongType {
                expected: "an object"
            })
        )
    );
}

#[test]
fn format_must_be_career_opportunities() {
    assert_eq!(
        field_error(&with("/format", json!("career-deck"))),
        ("format".into(), BoardProblem::WrongFormatName)
    );
    assert_eq!(
        field_error(&without("/format")),
        ("format".into(), common(Problem::Missing))
    );
    assert_eq!(field_error(&with("/format", json!(1))).0, "format");
}

#[test]
fn newer_versions_are_refused_not_guessed() {
    assert_eq!(
        parse(&with("/version", json!(2))),
        Err(BoardError::NewerVersion { version: 2 })
    );
    for bad in [json!(0), json!("1"), json!(1.5)] {
        assert_eq!(field_error(&with("/version", bad)).0, "version");
    }
    assert_eq!(
        field_error(&without("/version")),
        ("version".into(), common(Problem::Missing))
    );
}

#[test]
fn id_is_required_and_1_to_64_characters() {
    assert_eq!(
        field_error(&without("/id")),
        ("id".into(), common(Problem::Missing))
    );
    assert_eq!(
        field_error(&with("/id", json!(""))),
        ("id".into(), common(Problem::Empty))
    );
    assert!(parse(&with("/id", json!("é".repeat(64)))).is_ok());
    assert_eq!(
        field_error(&with("/id", json!("x".repeat(65)))),
        (
            "id".into(),
            common(Problem::TooLong {
                max: 64,
                actual: 65
            })
        )
    );
}

#[test]
fn titles_are_1_to_200_characters_after_trimming() {
    for (path, name) in [
        ("/title", "title"),
        ("/opportunities/0/title", "opportunities[0].title"),
    ] {
        assert_eq!(
            field_error(&with(path, json!("  \n "))),
            (name.into(), common(Problem::Empty))
        );
        assert!(parse(&with(path, json!(format!("  {}  ", "t".repeat(200))))).is_ok());
        assert_eq!(
            field_error(&with(path, json!("t".repeat(201)))),
            (
                name.into(),
                common(Problem::TooLong {
                    max: 200,
                    actual: 201
                })
            )
        );
        assert_eq!(
            field_error(&without(path)),
            (name.into(), common(Problem::Missing))
        );
    }
}

#[test]
fn updated_at_is_rfc3339() {
    assert_eq!(
        field_error(&with("/updated_at", json!("2026-11-20"))),
        ("updated_at".into(), common(Problem::NotADateTime))
    );
    assert_eq!(
        field_error(&without("/updated_at")),
        ("updated_at".into(), common(Problem::Missing))
    );
}

#[test]
fn from_and_note_are_optional_text_and_empty_is_absent() {
    let mut v = without("/from");
    v.as_object_mut().expect("object").remove("note");
    let board = parse(&v).expect("valid");
    assert_eq!((board.from, board.note), (None, None));
    let board = parse(&with("/from", json!(""))).expect("valid");
    assert_eq!(board.from, None);
    assert_eq!(
        parse(&with("/note", Value::Null)).expect("valid").note,
        None
    );
    assert_eq!(
        field_error(&with("/from", json!(["Dana"]))),
        (
            "from".into(),
            common(Problem::WrongType { expected: "text" })
        )
    );
    assert_eq!(field_error(&with("/note", json!(5))).0, "note");
}

#[test]
fn opportunities_are_required_may_be_empty_and_at_most_500() {
    assert_eq!(
        field_error(&without("/opportunities")),
        ("opportunities".into(), common(Problem::Missing))
    );
    assert!(parse(&with("/opportunities", json!([]))).is_ok());
    assert_eq!(
        field_error(&with("/opportunities", json!({}))),
        (
            "opportunities".into(),
            common(Problem::WrongType { expected: "a list" })
        )
    );
    let many: Vec<Value> = (0..501)
        .map(|i| json!({ "id": format!("o{i}"), "title": "T", "type": "other" }))
        .collect();
    assert_eq!(
        field_error(&with("/opportunities", Value::Array(many.clone()))),
        (
            "opportunities".into(),
            common(Problem::TooManyItems {
                max: 500,
                actual: 501
            })
        )
    );
    assert!(parse(&with("/opportunities", Value::Array(many[..500].to_vec()))).is_ok());
    assert_eq!(
        field_error(&with("/opportunities/1", json!("o2"))),
        (
            "opportunities[1]".into(),
            common(Problem::WrongType {
                expected: "an object"
            })
        )
    );
}

#[test]
fn opportunity_ids_are_required_1_to_64_and_unique() {
    assert_eq!(
        field_error(&without("/opportunities/1/id")),
        ("opportunities[1].id".into(), common(Problem::Missing))
    );
    assert_eq!(
        field_error(&with("/opportunities/1/id", json!(""))),
        ("opportunities[1].id".into(), common(Problem::Empty))
    );
    assert_eq!(
        field_error(&with("/opportunities/1/id", json!("o".repeat(65)))).0,
        "opportunities[1].id"
    );
    assert_eq!(
        field_error(&with("/opportunities/1/id", json!("o1"))),
        ("opportunities[1].id".into(), BoardProblem::DuplicateId)
    );
}

#[test]
fn type_is_one_of_six_words() {
    for t in [
        "role",
        "project",
        "rotation",
        "mentoring",
        "learning",
        "other",
    ] {
        let board = parse(&with("/opportunities/0/type", json!(t))).expect(t);
        assert_eq!(board.opportunities[0].kind.as_str(), t);
    }
    for bad in [json!("Role"), json!("job"), json!(1)] {
        assert_eq!(
            field_error(&with("/opportunities/0/type", bad)),
            (
                "opportunities[0].type".into(),
                BoardProblem::NotAnOpportunityType
            )
        );
    }
    assert_eq!(
        field_error(&without("/opportunities/0/type")),
        ("opportunities[0].type".into(), common(Problem::Missing))
    );
}

#[test]
fn builds_is_a_list_of_text() {
    assert_eq!(
        field_error(&with("/opportunities/0/builds", json!("System design"))).0,
        "opportunities[0].builds"
    );
    assert_eq!(
        field_error(&with("/opportunities/0/builds/1", json!({"name": "x"}))),
        (
            "opportunities[0].builds[1]".into(),
            common(Problem::WrongType { expected: "text" })
        )
    );
    let many = Value::Array(vec![json!("x"); 501]);
    assert_eq!(
        field_error(&with("/opportunities/0/builds", many)).0,
        "opportunities[0].builds"
    );
}

#[test]
fn needs_are_name_and_a_level_0_to_5() {
    for n in 0..=5 {
        assert!(parse(&with("/opportunities/0/needs/1/level", json!(n))).is_ok());
    }
    for bad in [json!(6), json!(-1), json!(2.5), json!("3")] {
        assert_eq!(
            field_error(&with("/opportunities/0/needs/1/level", bad)),
            (
                "opportunities[0].needs[1].level".into(),
                common(Problem::NotALevel)
            )
        );
    }
    assert_eq!(
        field_error(&without("/opportunities/0/needs/1/level")),
        (
            "opportunities[0].needs[1].level".into(),
            common(Problem::Missing)
        )
    );
    assert_eq!(
        field_error(&without("/opportunities/0/needs/0/name")),
        (
            "opportunities[0].needs[0].name".into(),
            common(Problem::Missing)
        )
    );
    assert_eq!(
        field_error(&with("/opportunities/0/needs/0", json!("SQL"))).0,
        "opportunities[0].needs[0]"
    );
    assert_eq!(
        field_error(&with("/opportunities/0/needs", json!({}))).0,
        "opportunities[0].needs"
    );
}

#[test]
fn starts_is_year_month_or_null() {
    assert!(parse(&with("/opportunities/0/starts", Value::Null)).is_ok());
    assert_eq!(
        field_error(&with("/opportunities/0/starts", json!("2027-13"))),
        (
            "opportunities[0].starts".into(),
            common(Problem::NoSuchMonth(13))
        )
    );
    assert_eq!(
        field_error(&with("/opportunities/0/starts", json!("spring"))),
        (
            "opportunities[0].starts".into(),
            common(Problem::NotAYearMonth)
        )
    );
    assert_eq!(
        field_error(&with("/opportunities/0/starts", json!(202703))).0,
        "opportunities[0].starts"
    );
}

#[test]
fn every_string_is_at_most_10000_characters() {
    let long = json!("é".repeat(10_001));
    let ok = json!("é".repeat(10_000));
    for (path, name) in [
        ("/from", "from"),
        ("/note", "note"),
        ("/opportunities/0/summary", "opportunities[0].summary"),
        ("/opportunities/0/builds/0", "opportunities[0].builds[0]"),
        (
            "/opportunities/0/needs/0/name",
            "opportunities[0].needs[0].name",
        ),
        ("/opportunities/0/length", "opportunities[0].length"),
        ("/opportunities/0/contact", "opportunities[0].contact"),
    ] {
        assert!(parse(&with(path, ok.clone())).is_ok(), "{path}");
        assert_eq!(
            field_error(&with(path, long.clone())),
            (
                name.into(),
                common(Problem::TooLong {
                    max: 10_000,
                    actual: 10_001
                })
            ),
            "{path}"
        );
    }
    for key in ["summary", "length", "contact"] {
        assert_eq!(
            field_error(&with(&format!("/opportunities/0/{key}"), json!(7))),
            (
                format!("opportunities[0].{key}"),
                common(Problem::WrongType { expected: "text" })
            )
        );
    }
}

#[test]
fn unknown_keys_are_ignored() {
    let mut v = with("/colour", json!("teal"));
    v["opportunities"][0]["salary_band"] = json!("B");
    v["opportunities"][0]["needs"][0]["weight"] = json!(2);
    assert_eq!(parse(&v).expect("valid"), parse(&base()).expect("valid"));
}

#[test]
fn the_first_broken_rule_is_reported_in_document_order() {
    let mut v = base();
    v["opportunities"][0]["type"] = json!("job");
    v["opportunities"][0]["title"] = json!(3);
    assert_eq!(field_error(&v).0, "opportunities[0].title");
    let mut v = base();
    v["opportunities"][1]["id"] = json!("o1");
    v["opportunities"][1]["title"] = json!(" ");
    assert_eq!(field_error(&v).0, "opportunities[1].id");
}

#[test]
fn errors_name_the_field_in_the_screens_words() {
    let v = with("/opportunities/0/needs/1/level", json!(9));
    let err = parse(&v).expect_err("invalid");
    assert_eq!(
        err.to_string(),
        "This is not a valid opportunity board: Opportunity 1, Needs, item 2, Level should \
         be a level from 0 to 5."
    );
    let BoardError::Invalid(issue) = err else {
        panic!("a field error")
    };
    let board = parse(&base()).expect("valid");
    assert_eq!(
        issue.field.describe(Some(&board)),
        "Opportunity 1 “Tech lead, ledger migration”, Needs, item 2 “Go”, Level"
    );
    assert_eq!(
        issue.sentence(&board),
        "Opportunity 1 “Tech lead, ledger migration”, Needs, item 2 “Go”, Level should be \
         a level from 0 to 5."
    );
    assert!(std::error::Error::source(&BoardError::Invalid(issue)).is_some());
}

#[test]
fn drafts_open_with_their_problems_for_the_editor() {
    let mut v = base();
    v["title"] = json!("");
    v["opportunities"][1]["starts"] = json!("2027-3");
    let draft = board_structure_from_value(&v).expect("structure is fine");
    let issues: Vec<String> = draft
        .validate()
        .iter()
        .map(|i| i.field.to_string())
        .collect();
    assert_eq!(issues, ["title", "opportunities[1].starts"]);
    assert_eq!(
        board_from_value(&v).map_err(|e| matches!(e, BoardError::Invalid(_))),
        Err(true)
    );
}

#[test]
fn a_board_written_out_reads_back_the_same() {
    let board = parse(&base()).expect("valid");
    assert_eq!(parse_board(&board.to_json()), Ok(board.clone()));
    let example = example_board("b".into(), "2026-11-26T10:00:00Z".into());
    assert_eq!(parse_board(&example.to_json()), Ok(example));
}
