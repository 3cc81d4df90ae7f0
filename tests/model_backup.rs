//! Native tests: backup files are all-or-nothing and name the deck that is wrong.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;

fn deck(id: &str) -> Deck {
    example_deck(id.into(), "2026-11-25T10:00:00Z".into())
}

#[test]
fn a_backup_round_trips() {
    let decks = vec![deck("a"), deck("b")];
    assert_eq!(parse_backup(&write_backup(&decks)), Ok(decks));
}

#[test]
fn one_bad_deck_refuses_the_whole_file_and_is_named() {
    let mut bad = serde_json::to_value(vec![deck("a"), deck("b")]).expect("json");
    bad[1]["competencies"][0]["current"] = serde_json::json!(9);
    match parse_backup(&bad.to_string()) {
        Err(BackupError::Deck { index: 2, error }) => {
            assert!(
                error
                    .to_string()
                    .contains("Growth, competency 1 “Product discovery”, Current level")
                    || error
                        .to_string()
                        .contains("Growth, competency 1, Current level"),
                "{error}"
            )
        }
        other => panic!("expected deck 2 to be refused, got {other:?}"),
    }
}

#[test]
fn files_that_are_not_backups_are_refused_in_words() {
    assert_eq!(parse_backup("hello"), Err(BackupError::NotJson));
    assert_eq!(
        parse_backup("{\"format\":\"career-deck\"}"),
        Err(BackupError::NotAList)
    );
    assert_eq!(parse_backup("[]"), Err(BackupError::Empty));
    assert!(BackupError::NotAList.to_string().contains("list of decks"));
}
