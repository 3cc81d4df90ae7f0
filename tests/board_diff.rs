//! Native tests: what changed between two versions of a board, by opportunity id.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::board::*;

fn v1() -> Board {
    example_board("b".into(), "2026-11-26T10:00:00Z".into())
}

#[test]
fn the_same_board_or_a_reordered_one_has_no_changes() {
    assert!(board_diff(&v1(), &v1()).is_empty());
    let mut moved = v1();
    moved.opportunities.reverse();
    moved.updated_at = "2026-12-01T10:00:00Z".into();
    let diff = board_diff(&v1(), &moved);
    assert!(diff.is_empty(), "{diff:?}");
    assert!(diff.describe().is_empty());
}

#[test]
fn added_removed_and_changed_are_found_by_id() {
    let old = v1();
    let mut new = v1();
    let gone = new.opportunities.remove(1);
    let mut extra = Opportunity::blank("o9".into());
    extra.title = "Shadow the night shift lead".into();
    new.opportunities.push(extra);
    new.opportunities[0].starts = Some("2027-09".into());
    new.opportunities[0].needs.clear();
    new.opportunities[1].title = "Four months with the billing team".into();
    new.opportunities[1].kind = OpportunityType::Project;
    new.note = None;

    let diff = board_diff(&old, &new);
    assert_eq!(
        diff.added,
        vec![OpportunityRef {
            id: "o9".into(),
            title: "Shadow the night shift lead".into()
        }]
    );
    assert_eq!(
        diff.removed,
        vec![OpportunityRef {
            id: gone.id.clone(),
            title: gone.title.clone()
        }]
    );
    let changed: Vec<(&str, &[OppField])> = diff
        .changed
        .iter()
        .map(|c| (c.new.id.as_str(), c.fields.as_slice()))
        .collect();
    assert_eq!(
        changed,
        [
            ("o1", &[OppField::Needs, OppField::Starts][..]),
            ("o3", &[OppField::Title, OppField::Type][..]),
        ]
    );
    assert_eq!(diff.board_fields, [BoardField::Note]);
    assert_eq!(
        diff.describe(),
        [
            "New: “Shadow the night shift lead”".to_owned(),
            "“Associate product manager, self-service help”: Needs changed; Starts now \
             Sep 2027 (was Jul 2027)"
                .to_owned(),
            "“Four months with the billing team”: renamed from “Three months with the \
             billing team”; Type now Project (was Rotation)"
                .to_owned(),
            format!("No longer offered: “{}”", gone.title),
            "How to raise your hand changed".to_owned(),
        ]
    );
}

#[test]
fn a_start_taken_away_says_so_in_words() {
    let old = v1();
    let mut new = v1();
    new.opportunities[0].starts = None;
    let diff = board_diff(&old, &new);
    assert_eq!(
        diff.changed[0].describe(),
        "“Associate product manager, self-service help”: Starts now no set start (was Jul 2027)"
    );
}

#[test]
fn every_field_of_an_opportunity_counts() {
    let old = v1();
    for field in [
        OppField::Summary,
        OppField::Builds,
        OppField::Length,
        OppField::Contact,
    ] {
        let mut new = v1();
        let o = &mut new.opportunities[2];
        match field {
            OppField::Summary => o.summary.push('!'),
            OppField::Builds => o.builds.push("Negotiation".into()),
            OppField::Length => o.length = "4 months".into(),
            _ => o.contact = "Someone else".into(),
        }
        let diff = board_diff(&old, &new);
        assert_eq!(diff.changed.len(), 1, "{field:?}");
        assert_eq!(diff.changed[0].fields, [field]);
        assert!(
            diff.changed[0]
                .describe()
                .ends_with(&format!("{} changed", field.label())),
            "{}",
            diff.changed[0].describe()
        );
    }
}

#[test]
fn the_boards_own_title_and_from_count() {
    let mut new = v1();
    new.title = "Customer experience — autumn".into();
    new.from = Some("Ana Sousa".into());
    let diff = board_diff(&v1(), &new);
    assert_eq!(diff.board_fields, [BoardField::Title, BoardField::From]);
    assert_eq!(
        diff.describe(),
        ["The board's title changed", "Who offers these changed"]
    );
}
