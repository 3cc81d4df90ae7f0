//! Native tests: receiving shared decks keeps versions and never replaces silently with an
//! older one; "Shared with me" groups by person.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::manager::*;
use career_deck::model::*;

fn shared(id: &str, owner: Option<&str>, at: &str) -> Deck {
    let mut d = example_deck(id.into(), at.into()).subset(&[Section::Asks, Section::Roadmap], true);
    d.owner = owner.map(Into::into);
    d
}

#[test]
fn new_same_newer_older() {
    let first = shared("d1", Some("Noor Haddad"), "2026-11-01T10:00:00Z");
    let Receipt::New(kept) = receive(None, first.clone(), "2026-11-02T08:00:00Z") else {
        panic!("a first link is new");
    };
    assert_eq!(kept.id, "d1");
    assert_eq!(kept.person, "Noor Haddad");
    assert_eq!(kept.received_at, "2026-11-02T08:00:00Z");
    assert!(kept.versions.is_empty());

    assert_eq!(
        receive(Some(&kept), first.clone(), "2026-11-03T08:00:00Z"),
        Receipt::Same
    );

    let mut second = first.clone();
    second.updated_at = "2026-11-20T10:00:00Z".into();
    second.asks = Some(vec!["Introduce me to the architecture guild".into()]);
    let Receipt::Newer(kept2) = receive(Some(&kept), second.clone(), "2026-11-21T08:00:00Z") else {
        panic!("a later link is newer");
    };
    assert_eq!(kept2.deck, second);
    assert_eq!(kept2.versions.len(), 1);
    assert_eq!(
        kept2.versions[0].deck, first,
        "the old one is kept as a version"
    );
    assert_eq!(kept2.versions[0].received_at, "2026-11-02T08:00:00Z");
    assert_eq!(kept2.previous(), Some(&first));

    match receive(Some(&kept2), first.clone(), "2026-11-22T08:00:00Z") {
        Receipt::Older {
            kept_updated_at,
            incoming_updated_at,
            if_confirmed,
        } => {
            assert_eq!(kept_updated_at, "2026-11-20T10:00:00Z");
            assert_eq!(incoming_updated_at, "2026-11-01T10:00:00Z");
            assert_eq!(if_confirmed.deck, first);
            assert_eq!(if_confirmed.versions.last().map(|v| &v.deck), Some(&second));
        }
        other => panic!("an old link must not replace silently: {other:?}"),
    }
}

#[test]
fn versions_keep_at_least_five_and_drop_the_oldest_beyond_ten() {
    let mut kept = KeptDeck::new(shared("d1", Some("Sam"), "2026-01-01T00:00:00Z"), "t0");
    for day in 2..=20 {
        let mut next = kept.deck.clone();
        next.updated_at = format!("2026-01-{day:02}T00:00:00Z");
        match receive(Some(&kept), next, &format!("t{day}")) {
            Receipt::Newer(k) => kept = k,
            other => panic!("{other:?}"),
        }
        assert!(kept.versions.len() <= kept::MAX_VERSIONS);
        assert!(kept.versions.len() >= kept::MIN_VERSIONS.min(day - 1));
    }
    assert_eq!(kept.versions.len(), 10);
    assert_eq!(kept.versions[0].deck.updated_at, "2026-01-10T00:00:00Z");
    assert_eq!(kept.versions[9].deck.updated_at, "2026-01-19T00:00:00Z");
}

#[test]
fn the_deck_seen_on_a_day_is_the_latest_received_by_then() {
    let first = shared("d1", Some("Sam"), "2026-11-01T10:00:00Z");
    let kept = KeptDeck::new(first.clone(), "2026-11-02T08:00:00Z");
    let mut second = first.clone();
    second.updated_at = "2026-11-20T10:00:00Z".into();
    let Receipt::Newer(kept) = receive(Some(&kept), second.clone(), "2026-11-21T08:00:00Z") else {
        panic!()
    };
    assert_eq!(kept.deck_seen_on("2026-11-01"), None);
    assert_eq!(kept.deck_seen_on("2026-11-10"), Some(&first));
    assert_eq!(kept.deck_seen_on("2026-11-21"), Some(&second));
}

#[test]
fn person_is_the_owner_else_the_title() {
    let k = KeptDeck::new(shared("d1", None, "2026-11-01T10:00:00Z"), "now");
    assert_eq!(k.person, "Where I'm heading in 2027");
    let k = KeptDeck::new(shared("d1", Some("  "), "2026-11-01T10:00:00Z"), "now");
    assert_eq!(k.person, "Where I'm heading in 2027");
}

#[test]
fn shared_with_me_groups_by_person_ignoring_case() {
    let kd = |id: &str, owner: &str, at: &str| {
        KeptDeck::new(shared(id, Some(owner), at), "2026-12-01T00:00:00Z")
    };
    let kept = vec![
        kd("1", "zoe Quinn", "2026-01-01T00:00:00Z"),
        kd("2", "Ana Silva", "2026-01-01T00:00:00Z"),
        kd("3", "Zoe Quinn", "2026-03-01T00:00:00Z"),
        kd("4", "ben Okafor", "2026-01-01T00:00:00Z"),
    ];
    let groups = group_by_person(&kept);
    let names: Vec<&str> = groups.iter().map(|g| g.person).collect();
    assert_eq!(names, vec!["Ana Silva", "ben Okafor", "zoe Quinn"]);
    let zoe: Vec<&str> = groups[2].decks.iter().map(|k| k.id.as_str()).collect();
    assert_eq!(zoe, vec!["3", "1"], "most recently updated first");
    assert!(group_by_person(&[]).is_empty());
}

#[test]
fn kept_records_round_trip_and_refuse_newer_schemas() {
    let first = shared("d1", Some("Noor"), "2026-11-01T10:00:00Z");
    let kept = KeptDeck::new(first.clone(), "2026-11-02T08:00:00Z");
    let mut next = first;
    next.updated_at = "2026-11-03T08:00:00Z".into();
    let Receipt::Newer(kept) = receive(Some(&kept), next, "2026-11-04T08:00:00Z") else {
        panic!()
    };
    let v = kept.to_value();
    assert_eq!(KeptDeck::from_value(&v), Ok(kept.clone()));
    let mut newer = v.clone();
    newer["schema"] = 2.into();
    assert_eq!(
        KeptDeck::from_value(&newer),
        Err(ManagerDataError::NewerSchema(2))
    );
    let mut draft = v;
    draft["deck"]["roadmap"][0]["start"] = "2024-13".into();
    assert!(KeptDeck::from_value(&draft).is_ok(), "read by structure");
}
