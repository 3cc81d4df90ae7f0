//! Native tests: matching a board against decks — keys, grows / ready / stretch, ordering,
//! the reader's own mappings, the "that is my …" picker's names, and team fit.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::board::*;
use career_deck::model::{example_deck, Competency, Deck};

fn competency(id: &str, name: &str, current: u8, target: u8) -> Competency {
    Competency {
        id: id.into(),
        name: name.into(),
        current,
        target,
        why: String::new(),
        actions: Vec::new(),
    }
}

fn deck(competencies: Vec<Competency>) -> Deck {
    let mut d = Deck::blank("d".into(), "Mine".into(), "2026-11-26T10:00:00Z".into());
    d.competencies = Some(competencies);
    d
}

fn opportunity(id: &str, builds: &[&str], needs: &[(&str, u8)]) -> Opportunity {
    let mut o = Opportunity::blank(id.into());
    o.title = format!("Opportunity {id}");
    o.builds = builds.iter().map(|s| (*s).to_owned()).collect();
    o.needs = needs
        .iter()
        .map(|(name, level)| Need {
            name: (*name).into(),
            level: *level,
        })
        .collect();
    o
}

fn board(opportunities: Vec<Opportunity>) -> Board {
    let mut b = Board::blank("b".into(), "Board".into(), "2026-11-26T10:00:00Z".into());
    b.opportunities = opportunities;
    b
}

fn ids(matches: &[OpportunityMatch]) -> Vec<&str> {
    matches.iter().map(|m| m.id.as_str()).collect()
}

#[test]
fn keys_trim_collapse_whitespace_and_lowercase_unicode() {
    assert_eq!(competency_key("System Design "), "system design");
    assert_eq!(competency_key("  system \t\n design"), "system design");
    assert_eq!(competency_key("ÉTUDE  DE CAS"), "étude de cas");
    assert_eq!(competency_key("ΣΟΦΊΑ"), "σοφία");
    assert_eq!(competency_key("   "), "");
    assert_eq!(
        competency_key("System Design "),
        competency_key("system  design")
    );
}

#[test]
fn an_opportunity_grows_a_deck_where_the_person_aims_higher() {
    let d = deck(vec![
        competency("c1", "system  Design", 2, 4),
        competency("c2", "Leading people", 3, 3),
    ]);
    let b = board(vec![opportunity(
        "o1",
        &["System design", "Leading people", "Cooking"],
        &[],
    )]);
    let m = &match_board(&b, &d, &Mappings::new())[0];
    assert!(m.grows_deck());
    assert_eq!(
        m.grows,
        vec![GrowReason {
            board_name: "System design".into(),
            deck_competency_id: "c1".into(),
            deck_competency_name: "system  Design".into(),
            current: 2,
            target: 4,
            mapped: false,
        }],
        "a competency already at its target is not a reason"
    );
    assert_eq!(
        m.grows[0].describe(),
        "grows system Design: you are at 2, aiming for 4"
    );
}

#[test]
fn two_spellings_of_one_competency_make_one_reason() {
    let d = deck(vec![competency("c1", "System design", 1, 3)]);
    let b = board(vec![opportunity(
        "o1",
        &["System design", "system design "],
        &[],
    )]);
    assert_eq!(match_board(&b, &d, &Mappings::new())[0].grows.len(), 1);
}

#[test]
fn needs_are_ready_or_a_stretch_naming_the_levels() {
    let d = deck(vec![
        competency("c1", "SQL", 3, 3),
        competency("c2", "Leading people", 1, 3),
    ]);
    let b = board(vec![opportunity(
        "o1",
        &[],
        &[("sql", 3), ("Leading people", 3), ("Go", 2), ("  ", 1)],
    )]);
    let m = &match_board(&b, &d, &Mappings::new())[0];
    assert_eq!(
        m.needs,
        vec![
            NeedFit::Ready {
                name: "sql".into(),
                level: 3,
                have: 3,
                mapped_to: None
            },
            NeedFit::Stretch {
                name: "Leading people".into(),
                level: 3,
                have: Some(1),
                mapped_to: None
            },
            NeedFit::Stretch {
                name: "Go".into(),
                level: 2,
                have: None,
                mapped_to: None
            },
        ],
        "a blank need is no need"
    );
    let texts: Vec<String> = m.needs.iter().map(NeedFit::describe).collect();
    assert_eq!(
        texts,
        [
            "ready: sql 3",
            "stretch: asks Leading people 3, you are at 1",
            "stretch: asks Go 2, not in your deck"
        ]
    );
    assert!(!m.is_ready());
    assert!(!m.grows_deck());
    assert_eq!(m.describe(), texts, "no reasons, so only the needs");
}

#[test]
fn a_deck_without_its_growth_section_grows_nothing_and_lists_nothing() {
    let mut d = deck(Vec::new());
    d.competencies = None;
    let b = board(vec![opportunity("o1", &["SQL"], &[("SQL", 0)])]);
    let m = &match_board(&b, &d, &Mappings::new())[0];
    assert!(!m.grows_deck());
    assert_eq!(
        m.needs[0],
        NeedFit::Stretch {
            name: "SQL".into(),
            level: 0,
            have: None,
            mapped_to: None
        }
    );
}

#[test]
fn growing_opportunities_come_first_more_reasons_first_then_board_order() {
    let d = deck(vec![
        competency("c1", "A", 1, 3),
        competency("c2", "B", 1, 3),
        competency("c3", "C", 1, 3),
    ]);
    let b = board(vec![
        opportunity("none1", &["Z"], &[]),
        opportunity("one1", &["A"], &[]),
        opportunity("two", &["A", "B"], &[]),
        opportunity("none2", &[], &[("A", 1)]),
        opportunity("one2", &["C"], &[]),
        opportunity("three", &["A", "B", "C"], &[]),
    ]);
    let matches = match_board(&b, &d, &Mappings::new());
    assert_eq!(
        ids(&matches),
        ["three", "two", "one1", "one2", "none1", "none2"]
    );
    assert_eq!(matches[0].index, 5);
    assert_eq!(matches[4].index, 0);
}

#[test]
fn the_example_board_matches_the_example_deck() {
    let d = example_deck("d".into(), "2026-11-26T10:00:00Z".into());
    let b = example_board("b".into(), "2026-11-26T10:00:00Z".into());
    let matches = match_board(&b, &d, &Mappings::new());
    let first = &matches[0];
    assert_eq!(
        b.opportunities[first.index].builds[0], "Product discovery",
        "{matches:#?}"
    );
    assert_eq!(
        first.describe()[0],
        "grows Product discovery: you are at 2, aiming for 4"
    );
    assert!(matches.iter().filter(|m| m.grows_deck()).count() >= 2);
}

#[test]
fn a_mapping_stands_in_where_no_name_matches_and_is_marked() {
    let d = deck(vec![
        competency("c1", "Presenting", 2, 4),
        competency("c2", "Databases", 3, 3),
        competency("c3", "Leading people", 1, 2),
    ]);
    let b = board(vec![opportunity(
        "o1",
        &["Public speaking", "Leading people"],
        &[("SQL", 3), ("Postgres", 4)],
    )]);
    let mut mappings = Mappings::new();
    mappings.map("Public  Speaking", "c1");
    // An answer by name (it carries across decks).
    mappings.map("sql", "databases");
    mappings.map("Postgres", "c2");
    // The key rule comes first: this mapping is not used while "Leading people" matches.
    mappings.map("Leading people", "c1");
    let m = &match_board(&b, &d, &mappings)[0];
    assert_eq!(m.grows.len(), 2);
    assert!(m.grows[0].mapped);
    assert_eq!(m.grows[0].deck_competency_id, "c1");
    assert_eq!(
        m.grows[0].describe(),
        "builds Public speaking — your Presenting: you are at 2, aiming for 4"
    );
    assert!(!m.grows[1].mapped);
    assert_eq!(m.grows[1].deck_competency_id, "c3");
    assert_eq!(
        m.describe()[2..],
        [
            "ready: SQL 3 — your Databases".to_owned(),
            "stretch: asks Postgres 4, you are at 3 — your Databases".to_owned()
        ]
    );
    assert!(m.uses_mapping());
    assert!(m.needs.iter().all(NeedFit::is_mapped));
    // Without the mappings, nothing of that holds.
    let plain = &match_board(&b, &d, &Mappings::new())[0];
    assert_eq!(plain.grows.len(), 1);
    assert!(!plain.uses_mapping());
}

#[test]
fn a_mapping_to_something_the_deck_does_not_have_is_no_match() {
    let d = deck(vec![competency("c1", "Presenting", 2, 4)]);
    let b = board(vec![opportunity("o1", &["Public speaking"], &[])]);
    let mut mappings = Mappings::new();
    mappings.map("Public speaking", "c9");
    assert!(!match_board(&b, &d, &mappings)[0].grows_deck());
    assert_eq!(
        unmatched_competencies(&b, &d, &mappings),
        ["Public speaking"]
    );
}

#[test]
fn mappings_are_stored_and_read_back_as_plain_json() {
    let mut mappings = Mappings::new();
    assert!(mappings.is_empty());
    mappings.map("Public Speaking", "c1");
    mappings.map("   ", "c2");
    assert_eq!(mappings.target("public  speaking"), Some("c1"));
    let json = serde_json::to_string(&mappings).expect("json");
    assert_eq!(json, r#"{"public speaking":"c1"}"#);
    let back: Mappings = serde_json::from_str(&json).expect("reads");
    assert_eq!(back, mappings);
    assert_eq!(back.iter().collect::<Vec<_>>(), [("public speaking", "c1")]);
    assert!(mappings.unmap("PUBLIC SPEAKING"));
    assert!(!mappings.unmap("PUBLIC SPEAKING"));
    assert!(mappings.is_empty());
}

#[test]
fn unmatched_names_are_offered_once_in_board_order() {
    let d = deck(vec![competency("c1", "SQL", 1, 2)]);
    let b = board(vec![
        opportunity("o1", &["Public speaking", " sql "], &[("Budgeting", 2)]),
        opportunity(
            "o2",
            &["public speaking", ""],
            &[("SQL", 3), ("Negotiation", 1)],
        ),
    ]);
    let mut mappings = Mappings::new();
    assert_eq!(
        unmatched_competencies(&b, &d, &mappings),
        ["Public speaking", "Budgeting", "Negotiation"]
    );
    mappings.map("Budgeting", "c1");
    assert_eq!(
        unmatched_competencies(&b, &d, &mappings),
        ["Public speaking", "Negotiation"]
    );
}

#[test]
fn team_fit_says_who_it_grows_and_who_is_ready() {
    let team = vec![
        (
            "Amara".to_owned(),
            deck(vec![
                competency("c1", "SQL", 3, 3),
                competency("c2", "Leading people", 1, 3),
            ]),
        ),
        (
            "Bo".to_owned(),
            deck(vec![
                competency("c1", "SQL", 1, 4),
                competency("c2", "Leading people", 3, 3),
            ]),
        ),
        ("Cleo".to_owned(), deck(Vec::new())),
    ];
    let b = board(vec![
        opportunity("lead", &["Leading people"], &[("SQL", 3)]),
        opportunity("data", &["sql"], &[("Leading people", 2)]),
        opportunity("mentor", &["Coaching"], &[]),
    ]);
    let fit = team_fit(&b, &team, &Mappings::new());
    assert_eq!(
        fit,
        vec![
            OpportunityFit {
                index: 0,
                id: "lead".into(),
                grows: vec!["Amara".into()],
                ready: vec!["Amara".into()],
            },
            OpportunityFit {
                index: 1,
                id: "data".into(),
                grows: vec!["Bo".into()],
                ready: vec!["Bo".into()],
            },
            OpportunityFit {
                index: 2,
                id: "mentor".into(),
                grows: vec![],
                ready: vec!["Amara".into(), "Bo".into(), "Cleo".into()],
            },
        ]
    );
    // Name answers carry across decks.
    let mut mappings = Mappings::new();
    mappings.map("Coaching", "Leading people");
    let fit = team_fit(&b, &team, &mappings);
    assert_eq!(fit[2].grows, ["Amara"]);
}
