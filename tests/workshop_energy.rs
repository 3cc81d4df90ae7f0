//! Native tests: energy patterns from a rebuilt week — what comes up in the moments that gave
//! energy and in the ones that drained it, strongest first — the share of the week that
//! energized, and a nudge for each drainer.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::workshop::energy::ENERGY_LABELS;
use career_deck::workshop::{patterns, EnergyWork, Episode, Nudge, PatternKind};

/// A nurse's typical week.
fn week() -> Vec<Episode> {
    vec![
        Episode::new("Teaching a student nurse", "Amira", "On the ward", 2, 4),
        Episode::new("Handover", "The night team", "Ward office", -1, 2),
        Episode::new("Paperwork", "On my own", "Ward office", -2, 1),
        Episode::new(
            "Teaching the new starters",
            "New starters",
            "Training room",
            2,
            3,
        ),
        Episode::new("Discharge paperwork", "by myself", "ward office", -2, 1),
        Episode::new("Ward round", "Doctors, Amira", "On the ward", 1, 3),
        Episode::new("Rota planning", "alone", "At home", -1, 2),
        Episode::new("Coffee", "Amira and Sam", "Staff room", 0, 1),
        Episode::new("Paperwork", "alone", "Ward office", -2, 0),
        Episode::new("Teaching", "Students", "Training room", 1, 4),
    ]
}

fn labels(ps: &[career_deck::workshop::Pattern]) -> Vec<(PatternKind, String)> {
    ps.iter().map(|p| (p.kind, p.label.clone())).collect()
}

#[test]
fn energizers_come_strongest_first() {
    let p = patterns(&week());
    let top: Vec<_> = labels(p.energizers()).into_iter().take(4).collect();
    assert_eq!(
        top,
        [
            // "Teaching", and the word inside "Teaching a student nurse" and "Teaching the
            // new starters": 2 + 2 + 1.
            (PatternKind::Activity, "Teaching".to_owned()),
            // Both 1.5 on average over two moments, as absorbing as each other: by name.
            (PatternKind::Setting, "On the ward".to_owned()),
            (PatternKind::Setting, "Training room".to_owned()),
            // 2 + 1 + 0 over three moments: as much in all, less on average.
            (PatternKind::People, "Amira".to_owned()),
        ]
    );
    let teaching = &p.energizers()[0];
    assert_eq!(teaching.count(), 3);
    assert_eq!(teaching.energy_total, 5);
    assert!((teaching.average_energy() - 5.0 / 3.0).abs() < 1e-9);
    assert_eq!(
        teaching.sentence(),
        "Teaching came up 3 times and gave you a lot of energy."
    );
}

#[test]
fn drainers_come_strongest_first_and_alike_entries_group() {
    let p = patterns(&week());
    let top: Vec<_> = labels(p.drainers()).into_iter().take(3).collect();
    assert_eq!(
        top,
        [
            // "On my own", "by myself" and "alone" are one: −2 −2 −1 −2.
            (PatternKind::People, "On my own".to_owned()),
            // "Ward office" and "ward office": −1 −2 −2 −2 (a tie with the above: by name).
            (PatternKind::Setting, "Ward office".to_owned()),
            // "Paperwork" twice and inside "Discharge paperwork".
            (PatternKind::Activity, "Paperwork".to_owned()),
        ]
    );
    let alone = &p.drainers()[0];
    assert_eq!(alone.count(), 4);
    assert_eq!(alone.key, "alone");
    let paperwork = &p.drainers()[2];
    assert_eq!(paperwork.episodes, [2, 4, 8]);
    assert!(paperwork.whole_entry);
}

#[test]
fn neutral_things_are_neither_energizer_nor_drainer() {
    let p = patterns(&week());
    let all: Vec<_> = p.energizers().iter().chain(p.drainers()).collect();
    assert!(all
        .iter()
        .all(|x| x.label != "Coffee" && x.label != "Staff room"));
    assert!(
        all.iter().all(|x| x.label != "Sam"),
        "Sam was only there for coffee"
    );
}

#[test]
fn a_word_counts_alone_only_when_it_links_moments() {
    let p = patterns(&[
        Episode::new("Status meeting", "", "", -2, 1),
        Episode::new("Planning meeting", "", "", -1, 1),
        Episode::new("Status update", "", "", 1, 1),
    ]);
    let drain = labels(p.drainers());
    assert!(
        drain.contains(&(PatternKind::Activity, "Meeting".to_owned())),
        "{drain:?}"
    );
    assert!(
        !drain.iter().any(|(_, l)| l == "Planning"),
        "a word in one moment only is covered by its phrase: {drain:?}"
    );
    // "Status" links −2 and +1: on average −0.5, a drainer just.
    assert!(drain.iter().any(|(_, l)| l == "Status"), "{drain:?}");
}

#[test]
fn the_share_of_the_week_that_gave_energy_is_said_plainly() {
    let p = patterns(&week());
    assert_eq!(p.moments(), 10);
    assert_eq!(p.energizing_percent(), Some(40));
    assert_eq!(p.draining_percent(), Some(50));
    assert_eq!(
        p.share_sentence(),
        "About 40% of what you described gave you energy, and about 50% drained it."
    );
    assert_eq!(
        patterns(&[]).share_sentence(),
        "Add a few moments to see where your energy comes from."
    );
    let flat = patterns(&[Episode::new("Filing", "", "", -1, 0)]);
    assert!(flat
        .share_sentence()
        .starts_with("None of what you described"));
}

#[test]
fn ratings_out_of_range_are_held_in_range() {
    let e = Episode::new("x", "", "", 9, 200);
    assert_eq!((e.energy, e.engagement), (2, 4));
    let raw = Episode {
        energy: -100,
        ..Episode::default()
    };
    let mut w = EnergyWork::default();
    w.add_episode(raw);
    assert_eq!(w.episodes[0].energy, -2);
    assert_eq!(ENERGY_LABELS.len(), 5);
}

#[test]
fn each_drainer_gets_a_nudge_with_an_editable_sentence() {
    let mut w = EnergyWork {
        episodes: week(),
        ..EnergyWork::default()
    };
    w.suggest_names();
    assert_eq!(w.drainer_names.len(), 5);
    assert_eq!(
        &w.drainer_names[..3],
        ["On my own", "Ward office", "Paperwork"]
    );
    w.refresh_nudges();
    assert_eq!(w.nudges.len(), w.drainer_names.len());
    let paperwork = &w.nudges[2];
    assert_eq!(
        (paperwork.kind, paperwork.nudge),
        (PatternKind::Activity, Nudge::Automate)
    );
    assert!(
        paperwork.sentence.contains("“Paperwork”"),
        "{}",
        paperwork.sentence
    );
    assert_eq!(
        w.nudges[0].nudge,
        Nudge::Reframe,
        "people are seen differently"
    );
    assert_eq!(w.nudges[1].nudge, Nudge::Reframe, "and so are places");

    // Another nudge replaces an untouched sentence, never an edited one.
    w.set_nudge(2, Nudge::HandOff);
    assert!(w.nudges[2].sentence.contains("take it on"));
    w.set_nudge_sentence(2, "Ask Sam to take the discharge forms on Fridays.");
    w.set_nudge(2, Nudge::Reframe);
    assert_eq!(
        w.nudges[2].sentence,
        "Ask Sam to take the discharge forms on Fridays."
    );

    // Keeping fewer drainers drops the others' nudges and keeps the chosen ones.
    w.drainer_names = vec!["Paperwork".into(), "Rota planning".into()];
    w.refresh_nudges();
    assert_eq!(w.nudges.len(), 2);
    assert_eq!(
        w.nudges[0].sentence,
        "Ask Sam to take the discharge forms on Fridays."
    );
    assert_eq!(w.nudges[1].nudge, Nudge::Automate, "a rota is routine");
    assert_eq!(w.nudge_lines().len(), 2);
}

#[test]
fn the_persons_own_names_win_over_the_patterns() {
    let mut w = EnergyWork {
        episodes: week(),
        ..EnergyWork::default()
    };
    assert_eq!(w.energizers_for_deck()[0], "Teaching");
    w.energizer_names = vec!["Teaching people something new".into(), " ".into()];
    assert_eq!(w.energizers_for_deck(), ["Teaching people something new"]);
}
