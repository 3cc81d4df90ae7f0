//! Native tests: the restore plan never replaces a newer local deck.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::*;

fn deck(id: &str, at: &str) -> Deck {
    example_deck(id.into(), at.into())
}

#[test]
fn each_status_gets_its_default() {
    let mut edited = deck("same-time", "2026-05-01T10:00:00Z");
    edited.title = "Edited on the other laptop".into();
    let incoming = vec![
        deck("new", "2026-05-01T10:00:00Z"),
        deck("identical", "2026-05-01T10:00:00Z"),
        deck("touched", "2026-06-01T10:00:00Z"),
        deck("newer", "2026-06-01T10:00:00Z"),
        deck("older", "2026-04-01T10:00:00Z"),
        edited,
    ];
    let mut local_newer = deck("newer", "2026-05-01T10:00:00Z");
    local_newer.asks = Some(vec![]);
    let mut local_older = deck("older", "2026-05-01T12:00:00+02:00");
    local_older.asks = Some(vec![]);
    let local = vec![
        deck("identical", "2026-05-01T10:00:00Z"),
        deck("touched", "2026-05-01T10:00:00Z"),
        local_newer,
        local_older,
        deck("same-time", "2026-05-01T12:00:00+02:00"),
    ];
    let plan = plan_import(&incoming, &local);
    let got: Vec<(&str, PlanStatus, PlanChoice)> = plan
        .iter()
        .map(|e| (e.deck_id.as_str(), e.status, e.default_choice))
        .collect();
    use PlanChoice::*;
    use PlanStatus::*;
    assert_eq!(
        got,
        vec![
            ("new", New, Restore),
            ("identical", Identical, Skip),
            ("touched", Identical, Skip),
            ("newer", Newer, Replace),
            ("older", Older, Skip),
            ("same-time", Diverged, KeepBoth),
        ]
    );
    let older = &plan[4];
    assert!(
        !older.choices.contains(&Replace),
        "never replace a newer local deck"
    );
    assert_eq!(older.choices, vec![Skip, KeepBoth]);
    assert_eq!(older.choice_label(Skip), "Keep mine");
    assert_eq!(plan[3].choice_label(Replace), "Replace mine");
    assert_eq!(plan[0].choice_label(Skip), "Leave it out");
    assert_eq!(
        plan_summary(&plan),
        "1 new deck to restore. 2 decks already here, unchanged. 1 deck is newer in the \
         backup than here. 1 deck is older in the backup than here; yours is kept unless you \
         choose otherwise. 1 deck was changed both here and in the backup; both can be kept."
    );
}

#[test]
fn summaries_count_in_words() {
    let d = [
        deck("a", "2026-05-01T10:00:00Z"),
        deck("b", "2026-05-01T10:00:00Z"),
    ];
    assert_eq!(
        plan_summary(&plan_import(&d, &d)),
        "2 decks already here, unchanged."
    );
    assert_eq!(
        plan_summary(&plan_import(&d, &[])),
        "2 new decks to restore."
    );
    assert_eq!(plan_summary(&[]), "Nothing to restore.");
}

#[test]
fn keep_both_restores_beside_under_a_new_id() {
    let d = deck("a", "2026-05-01T10:00:00Z");
    let copy = copy_beside(&d, "b".into());
    assert_eq!(copy.id, "b");
    assert_eq!(copy.title, "Where I'm heading in 2027 (from backup)");
    assert_eq!(copy.roadmap, d.roadmap);
}
