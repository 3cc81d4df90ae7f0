//! Property tests: for any workshop and deck, applying a proposal with nothing accepted leaves
//! the deck exactly as it was; with any ticks the deck stays valid with unique ids; and after
//! accepting everything, a fresh proposal finds it all already there.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::{example_deck, Deck, SupporterRole};
use career_deck::workshop::direction::SketchKind;
use career_deck::workshop::*;
use proptest::prelude::*;

/// Texts that sometimes match what the example deck already holds.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("Coaching new leads".to_owned()),
        Just("Working with data".to_owned()),
        Just("Imani Cole".to_owned()),
        Just("Protect Fridays for discovery work".to_owned()),
        Just("Support agent".to_owned()),
        Just("Head of product for customer experience".to_owned()),
        "[A-Za-z]{1,8}( [a-z]{1,8}){0,3}",
        "[ a-zé,\n]{0,12}",
    ]
}

fn month() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("2019-02".to_owned()),
        Just("March 2021".to_owned()),
        Just("spring".to_owned()),
        (2000u32..2040, 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}")),
    ]
}

fn day() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("31 March 2027".to_owned()),
        Just("2027-02-30".to_owned()),
        Just("soon".to_owned()),
    ]
}

/// A sketch: title, description, appeal, steps (title, month), questions.
type SketchInput = (String, String, u8, Vec<(String, String)>, Vec<String>);
/// A gap: name, current, target, when, will, due, kind.
type GapInput = (String, u8, u8, String, String, String, u8);

#[derive(Debug, Clone)]
struct Inputs {
    keys: Vec<u8>,
    narrow: bool,
    meanings: Vec<(String, String)>,
    episodes: Vec<(String, String, String, i8, u8)>,
    strengths: Vec<(String, String)>,
    chapters: Vec<(String, String, String, String)>,
    prose: (String, String),
    sketches: Vec<SketchInput>,
    chosen: Option<u8>,
    gaps: Vec<GapInput>,
    asks: Vec<String>,
    supporters: Vec<(String, u8, String)>,
}

fn inputs() -> impl Strategy<Value = Inputs> {
    (
        (
            prop::collection::vec(0u8..4, 0..30),
            any::<bool>(),
            prop::collection::vec((text(), text()), 0..5),
            prop::collection::vec((text(), text(), text(), -3i8..=3, 0u8..6), 0..8),
            prop::collection::vec((text(), text()), 0..4),
            prop::collection::vec((text(), month(), month(), text()), 0..4),
            (text(), text()),
        ),
        (
            prop::collection::vec(
                (
                    text(),
                    text(),
                    0u8..6,
                    prop::collection::vec((text(), month()), 0..3),
                    prop::collection::vec(text(), 0..3),
                ),
                3,
            ),
            prop::option::of(0u8..3),
            prop::collection::vec(
                (text(), 0u8..7, 0u8..7, text(), text(), day(), 0u8..3),
                0..4,
            ),
            prop::collection::vec(text(), 0..4),
            prop::collection::vec((text(), 0u8..5, text()), 0..3),
        ),
    )
        .prop_map(
            |(
                (keys, narrow, meanings, episodes, strengths, chapters, prose),
                (sketches, chosen, gaps, asks, supporters),
            )| Inputs {
                keys,
                narrow,
                meanings,
                episodes,
                strengths,
                chapters,
                prose,
                sketches,
                chosen,
                gaps,
                asks,
                supporters,
            },
        )
}

fn build(i: &Inputs) -> WorkshopState {
    let mut w = WorkshopState::new();
    w.values.cards = [
        "Craft", "Family", "Fairness", "Learning", "Security", "Calm", "Humour",
    ]
    .map(String::from)
    .to_vec();
    for k in &i.keys {
        let _ = match k {
            0 => w.values.place_current(Pile::VeryImportant),
            1 => w.values.place_current(Pile::Important),
            2 => w.values.place_current(Pile::LessSo),
            _ => w.values.undo(),
        };
    }
    if i.narrow {
        let _ = w.values.start_narrowing();
        let _ = w.values.start_ranking();
    }
    for (card, (meaning, moment)) in w.values.cards.clone().iter().zip(&i.meanings) {
        w.values.set_meaning(card, meaning);
        w.values.set_moment(card, moment);
    }
    for (what, who, place, energy, engagement) in &i.episodes {
        w.energy
            .add_episode(Episode::new(what, who, place, *energy, *engagement));
    }
    w.energy.refresh_nudges();
    for (name, evidence) in &i.strengths {
        w.strengths.add(name, evidence);
    }
    for (title, from, to, high) in &i.chapters {
        if let Some(c) = w.story.add_chapter() {
            w.story.chapters[c].title = title.clone();
            w.story.chapters[c].high = high.clone();
            w.story.set_from(c, from);
            w.story.set_to(c, to);
        }
    }
    w.story.paragraph = i.prose.0.clone();
    w.pitch.draft = i.prose.1.clone();
    for (kind, (title, description, appeal, steps, questions)) in
        SketchKind::ALL.into_iter().zip(&i.sketches)
    {
        let s = w.direction.sketch_mut(kind);
        s.six_word_title = title.clone();
        s.description = description.clone();
        s.appeal = (*appeal).min(4);
        for (t, when) in steps {
            s.add_step(t, when);
        }
        s.questions = questions.clone();
    }
    w.direction.chosen = i.chosen.map(|k| SketchKind::ALL[usize::from(k)]);
    for (name, current, target, when, will, due, kind) in &i.gaps {
        let g = w.gaps.add(name);
        let gap = &mut w.gaps.gaps[g];
        gap.current = (*current).min(5);
        gap.target = (*target).min(5);
        gap.action.when = when.clone();
        gap.action.will = will.clone();
        gap.action.set_due(due);
        gap.action.kind = ActionKind::ALL[usize::from(*kind)];
    }
    w.asks.asks = i.asks.clone();
    w.asks.needs = i.asks.iter().rev().cloned().collect();
    w.asks.supporters = i
        .supporters
        .iter()
        .map(|(name, role, how)| SupporterDraft {
            name: name.clone(),
            role: SupporterRole::ALL[usize::from(*role)],
            how: how.clone(),
        })
        .collect();
    w
}

fn decks() -> impl Strategy<Value = Deck> {
    prop_oneof![
        Just(Deck::blank(
            "d".into(),
            "Deck".into(),
            "2026-01-01T00:00:00Z".into()
        )),
        Just(example_deck("d".into(), "2026-01-01T00:00:00Z".into())),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(150))]

    #[test]
    fn nothing_accepted_changes_nothing(i in inputs(), deck in decks()) {
        let w = build(&i);
        for step in Step::ALL {
            let p = propose(step, &w, &deck);
            let mut after = deck.clone();
            prop_assert_eq!(apply(&p, &vec![false; p.changes.len()], &mut after), 0);
            prop_assert_eq!(&after, &deck);
            prop_assert_eq!(apply(&p, &[], &mut after), 0, "missing ticks mean no");
            prop_assert_eq!(&after, &deck);
        }
    }

    #[test]
    fn any_ticks_keep_the_deck_valid(
        i in inputs(),
        deck in decks(),
        ticks in prop::collection::vec(any::<bool>(), 0..40),
    ) {
        let w = build(&i);
        let mut deck = deck;
        for step in Step::ALL {
            let p = propose(step, &w, &deck);
            for c in &p.changes {
                prop_assert!(!c.label.is_empty());
                prop_assert!(!c.label.contains('['), "screen words, not paths: {}", c.label);
                if c.kind == ChangeKind::Add {
                    prop_assert!(c.before.is_empty());
                }
            }
            apply(&p, &ticks, &mut deck);
            prop_assert!(deck.validate().is_empty(), "{:?}", deck.validate());
        }
    }

    #[test]
    fn after_accepting_everything_it_is_all_there(i in inputs(), deck in decks()) {
        let w = build(&i);
        let mut deck = deck;
        for step in Step::ALL {
            let p = propose(step, &w, &deck);
            apply(&p, &vec![true; p.changes.len()], &mut deck);
            let again = propose(step, &w, &deck);
            prop_assert!(again.is_empty(), "{:?}: {:?}", step, again.changes);
        }
    }
}
