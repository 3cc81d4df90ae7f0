//! Native tests: backup files of both formats restore; one damaged entry never refuses the
//! rest; sections are versioned.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::manager::{KeptDeck, ManagerNotes, ManagerSection};
use career_deck::model::*;
use serde_json::{json, Value};

fn deck(id: &str) -> Deck {
    example_deck(id.into(), "2026-11-25T10:00:00Z".into())
}

fn record(id: &str, revision: u64) -> DeckRecord {
    DeckRecord {
        deck: deck(id),
        revision,
        created_at: "2026-01-02T03:04:05Z".into(),
    }
}

fn decks_of(c: &BackupContents) -> Vec<Deck> {
    c.decks.iter().map(|d| d.deck.clone()).collect()
}

fn manager_section() -> ManagerSection {
    let mut shared = deck("shared-1").subset(&[Section::Asks, Section::Roadmap], true);
    shared.updated_at = "2026-11-01T10:00:00Z".into();
    let mut kept = KeptDeck::new(shared.clone(), "2026-11-02T08:00:00Z");
    shared.asks = Some(vec!["Introduce me to the architecture guild".into()]);
    shared.updated_at = "2026-11-20T10:00:00Z".into();
    if let career_deck::manager::Receipt::Newer(k) =
        career_deck::manager::receive(Some(&kept), shared, "2026-11-21T08:00:00Z")
    {
        kept = k;
    }
    let mut notes = ManagerNotes::new("shared-1");
    notes.set_note("energy", "Lights up talking about workshops".into());
    notes.add_commitment(
        "Introduce Noor to the architecture guild".into(),
        Some("2027-01-15".into()),
        Some("Introduce me to the architecture guild".into()),
        "2026-11-21T09:00:00Z",
    );
    notes.add_conversation("2026-11-21".into(), "Talked about the APM role".into());
    ManagerSection {
        kept: vec![kept],
        notes: vec![notes],
    }
}

#[test]
fn old_format_backups_still_restore() {
    let decks = vec![deck("a"), deck("b")];
    let contents = read_backup(&write_backup(&decks)).expect("restores");
    assert_eq!(contents.version, 1);
    assert_eq!(decks_of(&contents), decks);
    assert!(contents.skipped.is_empty() && contents.notes.is_empty());
    assert_eq!(contents.decks[0].created_at, None);
    assert_eq!(parse_backup(&write_backup(&decks)), Ok(decks));
}

#[test]
fn a_shared_subset_in_an_old_backup_gets_every_section_back() {
    let part = deck("a").subset(&[Section::Asks], false);
    let contents = read_backup(&write_backup(&[part])).expect("restores");
    let d = &contents.decks[0].deck;
    assert!(Section::ALL.iter().all(|s| d.has_section(*s)));
}

#[test]
fn the_whole_document_round_trips() {
    let records = vec![record("a", 3), record("b", 7)];
    let manager = manager_section();
    let snapshots = json!({ "version": 1, "items": [1, 2, 3] });
    let text = write_backup_document(&BackupInput {
        exported_at: "2026-12-01T09:30:00Z",
        decks: &records,
        manager: Some(&manager),
        snapshots: Some(&snapshots),
        boards: None,
        workshops: None,
    });
    let v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["format"], "career-deck-backup");
    assert_eq!(v["version"], 2);
    assert_eq!(v["decks"][0]["revision"], 3);
    assert_eq!(v["sections"]["manager"]["version"], 1);

    let back = read_backup(&text).expect("restores");
    assert!(back.skipped.is_empty(), "{:?}", back.skipped);
    assert!(back.notes.is_empty(), "{:?}", back.notes);
    assert_eq!(back.exported_at.as_deref(), Some("2026-12-01T09:30:00Z"));
    let restored: Vec<DeckRecord> = back
        .decks
        .iter()
        .cloned()
        .map(|d| d.into_record("never used"))
        .collect();
    assert_eq!(restored, records);
    assert_eq!(back.manager.as_ref(), Some(&manager));
    assert_eq!(
        back.manager.as_ref().expect("manager").kept[0]
            .versions
            .len(),
        1
    );
    assert_eq!(back.snapshots, Some(snapshots));
    assert_eq!(back.boards, None);

    // Writing what was read gives the same file.
    let again = write_backup_document(&BackupInput {
        exported_at: "2026-12-01T09:30:00Z",
        decks: &restored,
        manager: back.manager.as_ref(),
        snapshots: back.snapshots.as_ref(),
        boards: None,
        workshops: None,
    });
    assert_eq!(again, text);
}

#[test]
fn a_backup_holding_a_half_typed_draft_restores() {
    let mut draft = record("draft", 2);
    draft.deck.roadmap.as_mut().expect("roadmap")[0].start = Some("2024-13".into());
    draft.deck.title = "   ".into();
    assert!(
        !draft.deck.validate().is_empty(),
        "the draft breaks content rules"
    );
    for text in [
        write_backup(std::slice::from_ref(&draft.deck)),
        write_backup_document(&BackupInput {
            exported_at: "2026-12-01T09:30:00Z",
            decks: std::slice::from_ref(&draft),
            manager: None,
            snapshots: None,
            boards: None,
            workshops: None,
        }),
    ] {
        let contents = read_backup(&text).expect("restores");
        assert!(contents.skipped.is_empty(), "{:?}", contents.skipped);
        assert_eq!(contents.decks[0].deck, draft.deck);
    }
}

#[test]
fn a_damaged_entry_is_skipped_and_named_and_the_rest_restores() {
    let mut list = serde_json::to_value(vec![deck("a"), deck("b"), deck("c")]).expect("json");
    list[1]["competencies"][0]["current"] = json!(9);
    list[2] = json!("not a deck");
    let contents = read_backup(&list.to_string()).expect("restores the rest");
    assert_eq!(decks_of(&contents), vec![deck("a")]);
    assert_eq!(contents.skipped.len(), 2);
    let first = &contents.skipped[0];
    assert_eq!(
        (first.kind, first.index, first.title.as_deref()),
        (EntryKind::Deck, 2, Some("Where I'm heading in 2027"))
    );
    assert!(first.reason.contains("Current level"), "{}", first.reason);
    let said = first.to_string();
    assert!(
        said.starts_with("Deck 2 “Where I'm heading in 2027” was not restored."),
        "{said}"
    );
    assert_eq!(
        (
            contents.skipped[1].index,
            contents.skipped[1].title.as_deref()
        ),
        (3, None)
    );
}

#[test]
fn a_damaged_entry_in_a_document_is_named_too() {
    let text = write_backup_document(&BackupInput {
        exported_at: "2026-12-01T09:30:00Z",
        decks: &[record("a", 1), record("b", 1)],
        manager: None,
        snapshots: None,
        boards: None,
        workshops: None,
    });
    let mut v: Value = serde_json::from_str(&text).expect("json");
    v["decks"][0]["deck"]["version"] = json!(7);
    v["decks"][1]["deck"]["id"] = json!("a");
    let mut third = v["decks"][1].clone();
    third["deck"]["id"] = json!("a");
    v["decks"].as_array_mut().expect("list").push(third);
    let contents = read_backup(&v.to_string()).expect("restores the rest");
    assert_eq!(contents.decks.len(), 1);
    assert_eq!(contents.skipped[0].index, 1);
    assert!(contents.skipped[0].reason.contains("newer version"));
    assert_eq!(contents.skipped[1].index, 3);
    assert!(contents.skipped[1].reason.contains("same id"));
}

#[test]
fn duplicate_item_ids_are_renumbered_with_a_note() {
    let mut d = deck("a");
    d.roadmap.as_mut().expect("roadmap")[1].id = "r1".into();
    d.competencies.as_mut().expect("growth")[1].id = "c1".into();
    let contents = read_backup(&write_backup(&[d])).expect("restores");
    let restored = &contents.decks[0].deck;
    let ids = restored.item_ids();
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
    assert!(restored.validate().is_empty());
    assert_eq!(
        contents.notes,
        vec![BackupNote::IdsRenumbered {
            index: 1,
            title: "Where I'm heading in 2027".into(),
            count: 2
        }]
    );
}

#[test]
fn a_newer_section_is_skipped_with_a_note_and_unknown_ones_are_ignored() {
    let manager = manager_section();
    let text = write_backup_document(&BackupInput {
        exported_at: "2026-12-01T09:30:00Z",
        decks: &[record("a", 1)],
        manager: Some(&manager),
        snapshots: None,
        boards: Some(&json!({ "boards": [] })),
        workshops: None,
    });
    let mut v: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(v["sections"]["boards"]["version"], 1, "the writer adds it");
    v["sections"]["manager"]["version"] = json!(2);
    v["sections"]["timeline"] = json!({ "version": 9, "anything": true });
    v["sections"]["snapshots"] = json!({ "no": "version" });
    let contents = read_backup(&v.to_string()).expect("restores");
    assert_eq!(contents.decks.len(), 1);
    assert_eq!(contents.manager, None);
    assert_eq!(contents.snapshots, None);
    assert!(contents.boards.is_some());
    assert_eq!(contents.notes.len(), 2, "{:?}", contents.notes);
    assert!(contents.notes.contains(&BackupNote::SectionTooNew {
        section: "manager".into(),
        version: 2
    }));
    let said: Vec<String> = contents.notes.iter().map(|n| n.to_string()).collect();
    assert!(said.iter().any(|s| s.contains("newer version")), "{said:?}");
    assert!(!said.iter().any(|s| s.contains("timeline")), "{said:?}");
}

#[test]
fn a_damaged_manager_record_is_skipped_and_named() {
    let mut manager = manager_section();
    manager.notes.push(ManagerNotes::new("other"));
    let text = write_backup_document(&BackupInput {
        exported_at: "2026-12-01T09:30:00Z",
        decks: &[],
        manager: Some(&manager),
        snapshots: None,
        boards: None,
        workshops: None,
    });
    let mut v: Value = serde_json::from_str(&text).expect("json");
    v["sections"]["manager"]["notes"][1]["schema"] = json!(5);
    v["sections"]["manager"]["kept"][0]["deck"]["roadmap"] = json!("oops");
    let contents = read_backup(&v.to_string()).expect("restores the rest");
    let section = contents.manager.expect("section");
    assert!(section.kept.is_empty());
    assert_eq!(section.notes, manager.notes[..1].to_vec());
    assert_eq!(contents.skipped.len(), 2, "{:?}", contents.skipped);
    assert_eq!(contents.skipped[0].kind, EntryKind::KeptDeck);
    assert_eq!(contents.skipped[0].title.as_deref(), Some("Noor Haddad"));
    assert_eq!(contents.skipped[1].kind, EntryKind::ManagerNotes);
    assert_eq!(contents.skipped[1].index, 2);
    assert!(contents.skipped[1].reason.contains("newer version"));
}

#[test]
fn files_that_are_not_backups_are_refused_in_words() {
    assert_eq!(read_backup("hello"), Err(BackupError::NotJson));
    assert_eq!(
        read_backup("{\"format\":\"career-deck\"}"),
        Err(BackupError::NotABackup)
    );
    assert_eq!(read_backup("[]"), Err(BackupError::Empty));
    assert_eq!(
        read_backup(r#"{"format":"career-deck-backup","version":2,"decks":[]}"#),
        Err(BackupError::Empty)
    );
    assert_eq!(
        read_backup(r#"{"format":"career-deck-backup","version":3}"#),
        Err(BackupError::NewerVersion { version: 3 })
    );
    assert!(matches!(
        read_backup(r#"{"format":"career-deck-backup","version":2,"decks":{}}"#),
        Err(BackupError::Damaged(_))
    ));
    assert!(matches!(
        read_backup(r#"{"format":"career-deck-backup"}"#),
        Err(BackupError::Damaged(_))
    ));
    assert!(BackupError::NewerVersion { version: 3 }
        .to_string()
        .contains("newer version"));
}

#[test]
fn the_size_guard_holds() {
    let big = " ".repeat(MAX_BACKUP_BYTES + 1);
    assert_eq!(read_backup(&big), Err(BackupError::TooLarge));
    let many = format!("[{}]", vec!["{}"; MAX_BACKUP_DECKS + 1].join(","));
    assert_eq!(read_backup(&many), Err(BackupError::TooLarge));
}

#[test]
fn workshop_progress_travels_in_its_own_section_and_a_newer_one_is_left_out_in_words() {
    use career_deck::workshop::{read_workshops_section, workshops_section, WorkshopState};
    let mut state = WorkshopState::new();
    state.pitch.draft = "I turn messy support queues into calm ones.".into();
    let section = workshops_section(&[("a".to_owned(), state.clone())]);
    let text = write_backup_document(&BackupInput {
        exported_at: "2026-12-02T09:30:00Z",
        decks: &[record("a", 1)],
        manager: None,
        snapshots: None,
        boards: None,
        workshops: Some(&section),
    });
    let contents = read_backup(&text).expect("restores");
    let body = contents.workshops.as_ref().expect("the section is read");
    assert_eq!(body["version"], WORKSHOPS_SECTION_VERSION);
    assert_eq!(
        read_workshops_section(body),
        (vec![("a".to_owned(), state)], 0)
    );

    let mut v: Value = serde_json::from_str(&text).expect("json");
    v["sections"]["workshops"]["version"] = json!(WORKSHOPS_SECTION_VERSION + 1);
    let newer = read_backup(&v.to_string()).expect("the decks still restore");
    assert_eq!(newer.decks.len(), 1);
    assert_eq!(newer.workshops, None);
    let said: Vec<String> = newer.notes.iter().map(|n| n.to_string()).collect();
    assert!(
        said.iter()
            .any(|s| s.starts_with("Workshop progress in this backup")),
        "{said:?}"
    );
}

#[test]
fn the_restore_plan_says_what_else_the_backup_holds() {
    use career_deck::workshop::{workshops_section, WorkshopState};
    let only_decks = write_backup_document(&BackupInput {
        exported_at: "2026-12-02T09:30:00Z",
        decks: &[record("a", 1)],
        manager: None,
        snapshots: None,
        boards: Some(&json!({ "boards": [], "kept": [] })),
        workshops: Some(&workshops_section(&[])),
    });
    assert_eq!(read_backup(&only_decks).expect("reads").also_holds(), None);

    let manager = manager_section();
    let workshops = workshops_section(&[
        ("a".to_owned(), WorkshopState::new()),
        ("b".to_owned(), WorkshopState::new()),
    ]);
    let more = write_backup_document(&BackupInput {
        exported_at: "2026-12-02T09:30:00Z",
        decks: &[record("a", 1)],
        manager: Some(&manager),
        snapshots: None,
        boards: None,
        workshops: Some(&workshops),
    });
    let said = read_backup(&more)
        .expect("reads")
        .also_holds()
        .expect("words");
    assert!(
        said.starts_with(
            "This backup also holds 1 deck shared with you and workshop progress for 2 decks."
        ),
        "{said}"
    );
}
