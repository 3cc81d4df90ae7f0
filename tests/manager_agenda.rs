//! Native tests: agendas for full, partial and empty decks; commitments carried over.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::manager::*;
use career_deck::model::*;

fn full() -> Deck {
    example_deck("d1".into(), "2026-11-25T10:00:00Z".into())
}

fn commitment(id: &str, text: &str, due: Option<&str>, done: bool) -> Commitment {
    Commitment {
        id: id.into(),
        deck_id: "d1".into(),
        text: text.into(),
        due: due.map(Into::into),
        done,
        created_at: "2026-11-01T10:00:00Z".into(),
        from_ask: None,
    }
}

fn parts(a: &Agenda) -> Vec<AgendaPart> {
    a.items.iter().map(|i| i.part).collect()
}

fn all_text(a: &Agenda) -> String {
    a.items
        .iter()
        .map(|i| {
            format!(
                "{}\n{}\n{}\n",
                i.heading,
                i.prompt,
                i.detail.clone().unwrap_or_default()
            )
        })
        .collect()
}

#[test]
fn a_full_deck_gives_the_whole_conversation_in_order() {
    let open = [
        commitment("k1", "Book the workshop", None, false),
        commitment(
            "k2",
            "Introduce Noor to the architecture guild",
            Some("2027-01-15"),
            false,
        ),
        commitment("k3", "Already done", Some("2026-12-01"), true),
    ];
    let changes = vec![
        "Added an ask: “Protect Fridays”".to_owned(),
        "  ".to_owned(),
    ];
    let a = agenda(&full(), &changes, &open, "2027-02-01");
    assert_eq!(a.person, "Noor Haddad");
    use AgendaPart::*;
    assert_eq!(
        parts(&a),
        vec![
            FollowUp, FollowUp, Changes, Direction, Growth, Ask, Ask, Ask, Energy, Supporters,
            Prep, Prep, Prep, Prep
        ]
    );
    // The overdue promise first, flagged; the done one is not carried.
    assert_eq!(a.items[0].key, "commitment:k2");
    assert!(a.items[0].overdue);
    assert_eq!(
        a.items[0].heading,
        "Introduce Noor to the architecture guild — by 15 Jan 2027"
    );
    assert!(a.items[0]
        .detail
        .as_deref()
        .unwrap_or_default()
        .contains("15 Jan 2027"));
    assert!(!a.items[1].overdue);
    assert_eq!(
        a.items[2].detail.as_deref(),
        Some("• Added an ask: “Protect Fridays”")
    );
    // The next step with its timing in words.
    let next = &a.items[3];
    assert_eq!(next.key, "next:r3");
    assert!(next.heading.contains("Associate product manager"));
    assert!(next
        .detail
        .as_deref()
        .unwrap_or_default()
        .contains("Jul 2027"));
    // The biggest gap (target − current) names its open actions.
    let gap = &a.items[4];
    assert_eq!(gap.key, "gap:c1");
    assert!(gap.heading.contains("Product discovery"));
    let plan = gap.detail.as_deref().unwrap_or_default();
    assert!(
        plan.contains("Shadow the checkout squad") && plan.contains("28 Feb 2027"),
        "{plan}"
    );
    // One item per ask.
    assert!(a.items[5]
        .prompt
        .starts_with("How can you help with: “Pair me with"));
    assert!(a.items[5]
        .detail
        .as_deref()
        .unwrap_or_default()
        .contains("Pair Noor Haddad with a product manager"));
    assert!(a.items[8].prompt.contains("energizes them"));
    assert!(a.items[9]
        .detail
        .as_deref()
        .unwrap_or_default()
        .contains("Imani Cole"));
    // Keys are unique, and the same deck gives the same keys.
    let keys: std::collections::HashSet<_> = a.items.iter().map(|i| &i.key).collect();
    assert_eq!(keys.len(), a.items.len());
    assert_eq!(agenda(&full(), &changes, &open, "2027-02-01"), a);
    // People's words only: no ISO dates, no field paths.
    let text = all_text(&a);
    for machine in ["2027-01-15", "2027-07", "roadmap[", "competencies", "asks["] {
        assert!(!text.contains(machine), "{machine} in {text}");
    }
}

#[test]
fn a_partial_deck_gives_only_what_it_shares() {
    let only_asks = full().subset(&[Section::Asks], false);
    let a = agenda(&only_asks, &[], &[], "2027-02-01");
    use AgendaPart::*;
    assert_eq!(parts(&a), vec![Ask, Ask, Ask, Prep, Prep, Prep, Prep]);
    assert_eq!(a.items[0].heading, "They ask");
    assert!(a.items[0]
        .detail
        .as_deref()
        .unwrap_or_default()
        .contains("Pair them with"));

    let mut roadmap_only = full().subset(&[Section::Roadmap], true);
    roadmap_only
        .roadmap
        .as_mut()
        .expect("roadmap")
        .retain(|r| r.horizon != Horizon::Next);
    let a = agenda(&roadmap_only, &[], &[], "2027-02-01");
    assert_eq!(a.items[0].part, Direction);
    assert!(
        a.items[0].heading.contains("Head of product"),
        "the aspiration stands in"
    );

    let mut no_gap = full().subset(&[Section::Growth], true);
    for c in no_gap.competencies.iter_mut().flatten() {
        c.target = c.current;
    }
    let a = agenda(&no_gap, &[], &[], "2027-02-01");
    assert_eq!(
        parts(&a)[0],
        Story,
        "nothing to discuss from the deck: start from the story"
    );
}

#[test]
fn an_empty_deck_still_gives_a_conversation() {
    let empty = Deck::blank("d".into(), "Untitled".into(), "2026-01-01T00:00:00Z".into());
    let a = agenda(&empty, &[], &[], "2027-02-01");
    use AgendaPart::*;
    assert_eq!(parts(&a), vec![Story, Prep, Prep, Prep, Prep]);
    assert!(a.items[0].prompt.contains("12 to 18 months"));
    let bare = empty.subset(&[], false);
    assert_eq!(parts(&agenda(&bare, &[], &[], "")), parts(&a));
    assert_eq!(parts(&rehearse(&bare)), vec![Story]);
}

#[test]
fn rehearsal_is_the_owners_side_without_the_managers_private_parts() {
    let r = rehearse(&full());
    assert!(r
        .items
        .iter()
        .all(|i| i.part != AgendaPart::Prep && i.part != AgendaPart::FollowUp));
    assert!(r
        .items
        .iter()
        .all(|i| i.prompt.starts_with("Your manager may ask: ")));
    let text = all_text(&r);
    assert!(!text.contains("Only you see this"));
    assert!(text.contains("You hope to start in Jul 2027"));
    let manager_keys: Vec<String> = agenda(&full(), &[], &[], "")
        .items
        .into_iter()
        .filter(|i| i.part != AgendaPart::Prep)
        .map(|i| i.key)
        .collect();
    let owner_keys: Vec<String> = r.items.into_iter().map(|i| i.key).collect();
    assert_eq!(
        owner_keys, manager_keys,
        "the same conversation, from the other side"
    );
}

#[test]
fn open_commitments_carry_over() {
    let all = [
        commitment("k1", "A", None, true),
        commitment("k2", "B", None, false),
        commitment("k3", "C", Some("2027-01-01"), false),
    ];
    let ids: Vec<&str> = carry_over(&all).iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, vec!["k2", "k3"]);
    assert!(carry_over(&[]).is_empty());
}

#[test]
fn my_commitments_put_overdue_first_then_by_date_then_undated() {
    let all = vec![
        ("Sam".to_owned(), commitment("k1", "Undated", None, false)),
        (
            "Ana".to_owned(),
            commitment("k2", "Later", Some("2027-06-01"), false),
        ),
        (
            "Noor".to_owned(),
            commitment("k3", "Late", Some("2027-01-15"), false),
        ),
        (
            "Sam".to_owned(),
            commitment("k4", "Done", Some("2026-01-01"), true),
        ),
        (
            "Ana".to_owned(),
            commitment("k5", "Soon", Some("2027-02-10"), false),
        ),
        (
            "Noor".to_owned(),
            commitment("k6", "Very late", Some("2026-12-01"), false),
        ),
        (
            "Ben".to_owned(),
            commitment("k7", "Half-typed", Some("2027-13-01"), false),
        ),
    ];
    let mine = my_commitments(&all, "2027-02-01");
    let got: Vec<(&str, &str, bool)> = mine
        .iter()
        .map(|m| (m.person, m.commitment.text.as_str(), m.overdue))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Noor", "Very late", true),
            ("Noor", "Late", true),
            ("Ana", "Soon", false),
            ("Ana", "Later", false),
            ("Sam", "Undated", false),
            ("Ben", "Half-typed", false),
        ]
    );
}

#[test]
fn suggested_commitments_speak_of_the_person() {
    assert_eq!(
        commitment_from_ask("Introduce me to the architecture guild", "Noor"),
        "Introduce Noor to the architecture guild"
    );
    assert_eq!(
        commitment_from_ask("Protect Fridays for discovery work.", "Noor"),
        "Follow up on Noor’s ask: “Protect Fridays for discovery work”"
    );
    assert_eq!(commitment_from_ask("  ", ""), "Follow up with them");
}
