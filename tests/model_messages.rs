//! Native tests: the message under each field, and which fields an edit changes the message of
//! (the editor tells only those fields, so a missed one would show a stale message).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use career_deck::model::*;
use proptest::prelude::*;

fn example() -> Deck {
    example_deck("d1".into(), "2026-12-02T09:00:00Z".into())
}

fn first_role(deck: &mut Deck) -> &mut RoadmapItem {
    deck.roadmap
        .as_mut()
        .and_then(|r| r.first_mut())
        .expect("the example has a roadmap")
}

#[test]
fn the_example_deck_has_no_messages() {
    assert_eq!(example().field_messages(), FieldMessages::new());
}

#[test]
fn a_broken_rule_shows_under_its_field() {
    let mut deck = example();
    deck.title = "  ".into();
    first_role(&mut deck).start = Some("2024-13".into());
    let messages = deck.field_messages();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(messages[&Field::Title], "This cannot be empty.");
    let start = &messages[&Field::RoadmapItem(0, RoadmapField::Start)];
    assert!(start.contains("13"), "{start}");
}

#[test]
fn a_warning_shows_unless_a_rule_is_broken_there() {
    let mut deck = example();
    let role = first_role(&mut deck);
    role.start = Some("2020-05".into());
    role.end = Some("2019-01".into());
    let end = Field::RoadmapItem(0, RoadmapField::End);
    let warned = deck.field_messages();
    let warning = deck.warnings()[0].inline_message();
    assert_eq!(warned.get(&end), Some(&warning));

    // An end month that is not a month at all: the broken rule is what the person reads.
    first_role(&mut deck).end = Some("2019-00".into());
    let broken = deck.field_messages();
    let rule = deck.validate()[0].inline_message();
    assert_eq!(broken.get(&end), Some(&rule));
    assert_ne!(rule, warning);
}

#[test]
fn an_edit_changes_only_the_messages_it_touches() {
    let before = example();
    let mut after = before.clone();
    after.title = String::new();
    let changed = changed_messages(&before.field_messages(), &after.field_messages());
    assert_eq!(changed, vec![Field::Title]);

    // Typing on in a field that stays fine, or stays broken in the same words: nothing to tell.
    let mut typed = after.clone();
    first_role(&mut typed).notes.push_str(" and more");
    assert!(changed_messages(&after.field_messages(), &typed.field_messages()).is_empty());

    // Fixing it again tells the field once more.
    let fixed = changed_messages(&after.field_messages(), &before.field_messages());
    assert_eq!(fixed, vec![Field::Title]);
}

#[test]
fn a_message_that_is_reworded_is_told() {
    let mut deck = example();
    deck.title = "x".repeat(limits::MAX_TITLE_CHARS + 1);
    let before = deck.field_messages();
    deck.title.push('x'); // still too long, by one more character
    let after = deck.field_messages();
    assert_ne!(before[&Field::Title], after[&Field::Title]);
    assert_eq!(changed_messages(&before, &after), vec![Field::Title]);
}

fn a_field() -> impl Strategy<Value = Field> {
    prop_oneof![
        Just(Field::Title),
        Just(Field::Owner),
        (0usize..4).prop_map(|i| Field::RoadmapItem(i, RoadmapField::Start)),
        (0usize..4).prop_map(|i| Field::RoadmapItem(i, RoadmapField::End)),
        (0usize..3, 0usize..3).prop_map(|(i, j)| Field::Action(i, j, ActionField::Text)),
    ]
}

fn messages() -> impl Strategy<Value = FieldMessages> {
    proptest::collection::hash_map(a_field(), "[ab]{0,2}", 0..8)
}

proptest! {
    /// Exactly the fields whose message differs are told, each once.
    #[test]
    fn changed_messages_are_exactly_the_differences(before in messages(), after in messages()) {
        let changed = changed_messages(&before, &after);
        let told: HashSet<Field> = changed.iter().copied().collect();
        prop_assert_eq!(told.len(), changed.len(), "a field told twice: {:?}", changed);
        let every: HashSet<Field> = before.keys().chain(after.keys()).copied().collect();
        for field in every {
            let differs = before.get(&field) != after.get(&field);
            prop_assert_eq!(told.contains(&field), differs, "{:?}", field);
        }
    }
}
