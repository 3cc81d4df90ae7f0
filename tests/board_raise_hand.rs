//! Native tests: raising a hand puts an opportunity into the reader's own deck (a *next*
//! roadmap item and an ask), once, and lowering it takes exactly that out again.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::board::*;
use career_deck::model::{example_deck, Deck, Horizon, TextList};

const NOW: &str = "2026-11-26T10:00:00Z";

fn setup() -> (Deck, Board) {
    (
        example_deck("d".into(), NOW.into()),
        example_board("b".into(), NOW.into()),
    )
}

#[test]
fn raising_a_hand_adds_a_next_roadmap_item_and_an_ask() {
    let (mut deck, board) = setup();
    let before = deck.clone();
    let o = board.opportunities[0].clone();
    let hand = raise_hand(&mut deck, &board, &o.id).expect("raised");
    assert_eq!(hand.opportunity_id, o.id);
    assert_eq!(hand.ask, format!("Consider me for: {}", o.title));
    let item = deck
        .roadmap_list()
        .iter()
        .find(|r| r.id == hand.roadmap_item_id)
        .expect("the new item");
    assert_eq!(item.title, o.title);
    assert_eq!(item.horizon, Horizon::Next);
    assert_eq!(Some(item.organization.as_str()), board.from.as_deref());
    assert_eq!(item.start, o.starts);
    assert!(item.notes.contains(&board.title), "{}", item.notes);
    assert!(item.notes.contains(&o.contact), "{}", item.notes);
    assert_eq!(
        deck.text_list(TextList::Asks).last(),
        Some(&hand.ask),
        "the ask is added at the end"
    );
    assert_eq!(deck.roadmap_list().len(), before.roadmap_list().len() + 1);
    assert!(
        before
            .roadmap_list()
            .iter()
            .all(|r| r.id != hand.roadmap_item_id),
        "a fresh id"
    );
    assert!(deck.validate().is_empty(), "{:?}", deck.validate());
    assert!(is_hand_raised(&deck, &board, &o.id));
}

#[test]
fn a_hand_is_raised_once() {
    let (mut deck, board) = setup();
    let id = board.opportunities[1].id.clone();
    assert!(raise_hand(&mut deck, &board, &id).is_some());
    let once = deck.clone();
    assert_eq!(raise_hand(&mut deck, &board, &id), None);
    assert_eq!(deck, once, "nothing changed the second time");
}

#[test]
fn lowering_a_hand_takes_out_exactly_what_was_added() {
    let (mut deck, board) = setup();
    let before = deck.clone();
    let hand = raise_hand(&mut deck, &board, "o3").expect("raised");
    assert!(lower_hand(&mut deck, &hand));
    assert_eq!(deck, before);
    assert!(!is_hand_raised(&deck, &board, "o3"));
    assert!(!lower_hand(&mut deck, &hand), "nothing left to take out");
    // It can be raised again after.
    assert!(raise_hand(&mut deck, &board, "o3").is_some());
}

#[test]
fn without_from_the_board_title_is_the_organization_and_no_start_is_no_start() {
    let (mut deck, mut board) = setup();
    board.from = None;
    let o = board
        .opportunities
        .iter()
        .find(|o| o.starts.is_none())
        .expect("an opportunity without a start")
        .clone();
    let hand = raise_hand(&mut deck, &board, &o.id).expect("raised");
    let item = deck
        .roadmap_list()
        .iter()
        .find(|r| r.id == hand.roadmap_item_id)
        .expect("item");
    assert_eq!(item.organization, board.title);
    assert_eq!(item.start, None);
}

#[test]
fn a_deck_without_roadmap_or_asks_gets_them() {
    let (_, board) = setup();
    let mut deck = Deck::blank("d".into(), "Mine".into(), NOW.into());
    deck.roadmap = None;
    deck.asks = None;
    let hand = raise_hand(&mut deck, &board, "o1").expect("raised");
    assert_eq!(deck.roadmap_list().len(), 1);
    assert_eq!(deck.roadmap_list()[0].id, hand.roadmap_item_id);
    assert_eq!(deck.asks, Some(vec![hand.ask.clone()]));
}

#[test]
fn an_unknown_opportunity_or_a_full_deck_changes_nothing() {
    let (mut deck, board) = setup();
    let before = deck.clone();
    assert_eq!(raise_hand(&mut deck, &board, "nope"), None);
    assert!(!is_hand_raised(&deck, &board, "nope"));
    assert_eq!(deck, before);
    deck.asks = Some(vec!["x".to_owned(); 500]);
    let full = deck.clone();
    assert_eq!(raise_hand(&mut deck, &board, "o1"), None);
    assert_eq!(deck, full);
}

#[test]
fn a_start_the_deck_format_would_refuse_is_left_out() {
    let (mut deck, mut board) = setup();
    board.opportunities[0].starts = Some("2027-13".into());
    let hand = raise_hand(&mut deck, &board, "o1").expect("raised");
    let item = deck
        .roadmap_list()
        .iter()
        .find(|r| r.id == hand.roadmap_item_id)
        .expect("item");
    assert_eq!(item.start, None);
    assert!(deck.validate().is_empty());
}
