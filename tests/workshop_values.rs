//! Native tests: the value card sort, driven the way keys and buttons drive it — place,
//! undo, narrow, rank — with the announcement each move makes, and the top five as the deck
//! lists them.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::Move;
use career_deck::workshop::values::{BAND_MAX, BAND_MIN, VALUES};
use career_deck::workshop::{Pile, SortError, SortPhase, ValueSort};

fn small(cards: &[&str]) -> ValueSort {
    ValueSort {
        cards: cards.iter().map(|c| (*c).to_owned()).collect(),
        ..ValueSort::default()
    }
}

/// Presses "1", "2" or "3" for the current card, as the keyboard handler would.
fn press(sort: &mut ValueSort, key: &str) -> String {
    let pile = Pile::from_key(key).expect("a pile key");
    sort.place_current(pile).expect("a card to place")
}

#[test]
fn the_quick_pass_goes_card_by_card_and_announces_each_placement() {
    let mut s = ValueSort::default();
    let total = VALUES.len();
    assert_eq!(s.current_card(), Some("Autonomy"));
    assert_eq!(s.remaining(), total);
    assert_eq!(
        press(&mut s, "2"),
        format!("“Autonomy” — important. 1 of {total} sorted.")
    );
    assert_eq!(
        press(&mut s, "1"),
        format!("“Craft” — very important. 2 of {total} sorted.")
    );
    assert_eq!(s.current_card(), Some("Family"));
    assert_eq!(
        press(&mut s, "3"),
        format!("“Family” — less so. 3 of {total} sorted.")
    );
    assert_eq!(s.pile(Pile::VeryImportant), ["Craft"]);
    assert_eq!(s.pile(Pile::Important), ["Autonomy"]);
    assert_eq!(s.pile(Pile::LessSo), ["Family"]);
    assert_eq!(s.remaining(), total - 3);
}

#[test]
fn undo_takes_back_the_last_placement_and_the_card_comes_round_again() {
    let mut s = small(&["Craft", "Family", "Fairness"]);
    press(&mut s, "1");
    press(&mut s, "2");
    assert_eq!(
        s.undo(),
        Ok("Took back “Family”. 1 of 3 sorted.".to_owned())
    );
    assert_eq!(s.current_card(), Some("Family"));
    assert_eq!(s.undo(), Ok("Took back “Craft”. 0 of 3 sorted.".to_owned()));
    assert_eq!(s.undo(), Err(SortError::NothingToUndo));
    assert_eq!(s.current_card(), Some("Craft"));
}

#[test]
fn placing_a_sorted_card_again_moves_it_and_undo_puts_it_back() {
    let mut s = small(&["Craft", "Family"]);
    press(&mut s, "3");
    press(&mut s, "2");
    assert_eq!(
        s.place("Craft", Pile::VeryImportant),
        Ok("“Craft” — very important. 2 of 2 sorted. That is all of them.".to_owned())
    );
    assert_eq!(s.pile_of("Craft"), Some(Pile::VeryImportant));
    assert_eq!(
        s.undo(),
        Ok("Took back “Craft”. It is back on less so. 2 of 2 sorted.".to_owned())
    );
    assert_eq!(s.pile_of("Craft"), Some(Pile::LessSo));
    assert_eq!(s.place("Nope", Pile::LessSo), Err(SortError::UnknownCard));
}

#[test]
fn narrowing_keeps_five_to_ten_from_the_very_important_pile() {
    let cards: Vec<String> = (1..=14).map(|i| format!("V{i}")).collect();
    let refs: Vec<&str> = cards.iter().map(String::as_str).collect();
    let mut s = small(&refs);
    for _ in 0..12 {
        press(&mut s, "1");
    }
    press(&mut s, "2");
    press(&mut s, "3");
    assert_eq!(s.band_add("V1"), Err(SortError::WrongPhase));
    let msg = s.start_narrowing().expect("narrowing");
    assert!(msg.contains("12 chosen: set aside 2 more."), "{msg}");
    assert_eq!(s.phase, SortPhase::Narrow);
    assert_eq!(s.start_ranking(), Err(SortError::BandTooLarge { over: 2 }));
    assert_eq!(
        s.band_add("V13"),
        Err(SortError::NotAvailable),
        "important cards only when fewer than five were very important"
    );
    assert_eq!(s.band_add("V1"), Err(SortError::NotAvailable), "already in");
    assert_eq!(
        s.band_remove("V12"),
        Ok("“V12” set aside. 11 chosen: set aside 1 more.".to_owned())
    );
    assert_eq!(
        s.band_remove("V11"),
        Ok("“V11” set aside. 10 chosen: ready to rank.".to_owned())
    );
    assert_eq!(s.band_add("V11"), Err(SortError::BandFull));
    assert_eq!(s.band.len(), BAND_MAX);
    assert_eq!(
        s.pile_of("V11"),
        Some(Pile::VeryImportant),
        "set aside, not re-sorted"
    );
    assert!(s.start_ranking().is_ok());
}

#[test]
fn with_fewer_than_five_very_important_the_important_pile_opens() {
    let mut s = small(&["A", "B", "C", "D", "E", "F", "G"]);
    for key in ["1", "1", "1", "2", "2", "3", "2"] {
        press(&mut s, key);
    }
    s.start_narrowing().expect("narrowing");
    assert_eq!(s.band, ["A", "B", "C"]);
    assert_eq!(s.pullable(), ["D", "E", "G"]);
    assert_eq!(s.start_ranking(), Err(SortError::BandTooSmall { need: 2 }));
    assert_eq!(
        s.band_add("F"),
        Err(SortError::NotAvailable),
        "less so stays out"
    );
    assert_eq!(
        s.band_add("D"),
        Ok("“D” chosen. 4 chosen: choose 1 more.".to_owned())
    );
    s.band_add("E").expect("room");
    assert!(s.start_ranking().is_ok());
}

#[test]
fn a_small_band_can_be_ranked_when_there_is_nothing_left_to_pull() {
    let mut s = small(&["A", "B", "C"]);
    for key in ["1", "2", "3"] {
        press(&mut s, key);
    }
    s.start_narrowing().expect("narrowing");
    for c in ["B", "C"] {
        s.band_add(c).expect("pullable when too few overall");
    }
    assert!(s.pullable().is_empty());
    assert!(s.band.len() < BAND_MIN);
    assert!(s.start_ranking().is_ok());
}

#[test]
fn ranking_moves_cards_and_the_top_five_reach_the_deck_in_order() {
    let names = [
        "Craft", "Family", "Fairness", "Learning", "Security", "Calm", "Humour",
    ];
    let mut s = small(&names);
    for _ in names {
        press(&mut s, "1");
    }
    s.start_narrowing().expect("narrowing");
    s.start_ranking().expect("ranking");
    assert_eq!(s.rank_move(0, Move::Up), Err(SortError::CannotMove));
    assert_eq!(s.rank_move(6, Move::Down), Err(SortError::CannotMove));
    assert_eq!(s.rank_move(99, Move::Up), Err(SortError::CannotMove));
    // Humour climbs from 7th to 4th.
    assert_eq!(
        s.rank_move(6, Move::Up),
        Ok("“Humour” is now 6 of 7.".to_owned())
    );
    assert_eq!(
        s.rank_move(5, Move::Up),
        Ok("“Humour” is now 5 of 7, in your top 5.".to_owned())
    );
    s.rank_move(4, Move::Up).expect("moves");
    // Family drops one.
    s.rank_move(1, Move::Down).expect("moves");
    assert_eq!(
        s.top_five(),
        ["Craft", "Fairness", "Family", "Humour", "Learning"]
    );
    s.set_meaning("Craft", "doing the job properly, even when nobody checks.");
    s.set_moment("Craft", "Re-did the handover sheet at midnight");
    s.set_meaning("Humour", "  ");
    s.set_meaning("Calm", "not in the top five, so not in the deck");
    assert_eq!(
        s.to_deck_values(),
        [
            "Craft — doing the job properly, even when nobody checks",
            "Fairness",
            "Family",
            "Humour",
            "Learning"
        ]
    );
    assert_eq!(
        s.moments(),
        ["Craft: Re-did the handover sheet at midnight"]
    );
    assert_eq!(s.place("Craft", Pile::LessSo), Err(SortError::WrongPhase));
}

#[test]
fn own_values_join_the_sort_or_go_straight_in_later() {
    let mut s = small(&["A", "B"]);
    assert_eq!(
        s.add_own("Cooking for friends"),
        Ok("Added “Cooking for friends”. 0 of 3 sorted.".to_owned())
    );
    for _ in 0..3 {
        press(&mut s, "1");
    }
    s.start_narrowing().expect("narrowing");
    assert_eq!(
        s.add_own("Quiet mornings"),
        Ok("Added “Quiet mornings” to your chosen values. 4 chosen.".to_owned())
    );
    assert_eq!(s.pile_of("Quiet mornings"), Some(Pile::VeryImportant));
    assert_eq!(s.own, ["Cooking for friends", "Quiet mornings"]);
}

#[test]
fn going_back_to_sort_keeps_the_band_but_drops_unsorted_cards_from_it() {
    let mut s = small(&["A", "B", "C", "D", "E", "F"]);
    for _ in 0..6 {
        press(&mut s, "1");
    }
    s.start_narrowing().expect("narrowing");
    s.back_to_sorting();
    s.undo().expect("takes back F");
    s.start_narrowing().expect("narrowing again");
    assert_eq!(s.band, ["A", "B", "C", "D", "E"]);
    assert_eq!(s.start_narrowing(), Err(SortError::WrongPhase));
}

#[test]
fn before_narrowing_the_top_five_are_the_first_very_important_cards() {
    let mut s = small(&["A", "B", "C", "D", "E", "F", "G"]);
    for key in ["2", "1", "1", "1", "1", "1", "1"] {
        press(&mut s, key);
    }
    assert_eq!(s.to_deck_values(), ["B", "C", "D", "E", "F"]);
}
