//! Native tests: each exercise's result reaches the deck through `propose` and `apply` — in
//! the right fields, in the right order, with fresh unique ids — and on a deck that already
//! holds things, every change shows before and after and only accepted changes are made.
#![cfg(not(target_arch = "wasm32"))]

use career_deck::model::{example_deck, Deck, Horizon, NoteSlide, SupporterRole};
use career_deck::workshop::direction::SketchKind;
use career_deck::workshop::energy::Episode;
use career_deck::workshop::*;

fn blank() -> Deck {
    Deck::blank("d".into(), "My deck".into(), "2026-11-20T09:00:00Z".into())
}

fn example() -> Deck {
    example_deck("d".into(), "2026-11-20T09:00:00Z".into())
}

fn accept_all(step: Step, state: &WorkshopState, deck: &mut Deck) -> Proposal {
    let p = propose(step, state, deck);
    let ticks = vec![true; p.changes.len()];
    apply(&p, &ticks, deck);
    p
}

fn assert_sound(deck: &Deck) {
    assert!(deck.validate().is_empty(), "{:?}", deck.validate());
    let ids = deck.item_ids();
    let unique: std::collections::HashSet<_> = ids.iter().collect();
    assert_eq!(unique.len(), ids.len(), "{ids:?}");
}

fn sorted_values() -> WorkshopState {
    let mut w = WorkshopState::new();
    w.values.cards = [
        "Craft", "Family", "Fairness", "Learning", "Security", "Calm",
    ]
    .map(String::from)
    .to_vec();
    for card in [
        "Fairness", "Craft", "Family", "Learning", "Security", "Calm",
    ] {
        w.values.place(card, Pile::VeryImportant).expect("placed");
    }
    w.values.start_narrowing().expect("narrowing");
    w.values.start_ranking().expect("ranking");
    // The band follows showing order; put Fairness first.
    w.values
        .rank_move(2, career_deck::model::Move::Up)
        .expect("moves");
    w.values
        .rank_move(1, career_deck::model::Move::Up)
        .expect("moves");
    w.values
        .set_meaning("Craft", "doing the job properly, even when nobody checks");
    w.values
        .set_moment("Fairness", "Spoke up for the agency staff's breaks");
    w
}

#[test]
fn values_reach_the_deck_as_the_top_five_in_order() {
    let w = sorted_values();
    let mut deck = blank();
    let p = accept_all(Step::Values, &w, &mut deck);
    assert_eq!(p.changes[0].label, "Who I am, Values");
    assert_eq!(p.changes[0].kind, ChangeKind::Add);
    assert_eq!(
        deck.profile.as_ref().expect("profile").values,
        [
            "Fairness",
            "Craft — doing the job properly, even when nobody checks",
            "Family",
            "Learning",
            "Security"
        ]
    );
    assert_eq!(
        deck.speaker_notes
            .as_ref()
            .expect("notes")
            .get(NoteSlide::Values),
        "Fairness: Spoke up for the agency staff's breaks"
    );
    // Proposed again, it is already there.
    assert!(propose(Step::Values, &w, &deck).is_empty());
}

#[test]
fn values_on_a_deck_that_has_some_show_before_and_after_and_wait_for_a_tick() {
    let w = sorted_values();
    let mut deck = example();
    let before = deck.clone();
    let p = propose(Step::Values, &w, &deck);
    let c = &p.changes[0];
    assert_eq!(c.kind, ChangeKind::Replace);
    assert_eq!(
        c.before,
        "Say the hard thing kindly\nLeave things clearer than I found them\nTime with my kids"
    );
    assert!(c.after.starts_with("Fairness\nCraft — doing"));
    assert_eq!(
        p.suggested_ticks(),
        [false, true],
        "a replacement waits for the person"
    );
    assert_eq!(apply(&p, &[false, false], &mut deck), 0);
    assert_eq!(deck, before);
    assert_eq!(apply(&p, &[false, true], &mut deck), 1);
    assert_eq!(deck.profile, before.profile, "only the note changed");
    assert_ne!(deck.speaker_notes, before.speaker_notes);
}

#[test]
fn energy_adds_patterns_one_by_one_and_keeps_what_is_there() {
    let mut w = WorkshopState::new();
    w.energy.episodes = vec![
        Episode::new("Coaching new leads", "", "", 2, 4),
        Episode::new("Weekly metrics theatre", "", "", -2, 0),
        Episode::new("Customer calls", "", "", 1, 3),
    ];
    w.energy.refresh_nudges();
    let mut deck = example();
    let p = propose(Step::Energy, &w, &deck);
    let rows: Vec<(&str, ChangeKind, &str)> = p
        .changes
        .iter()
        .map(|c| (c.label.as_str(), c.kind, c.after.as_str()))
        .collect();
    assert_eq!(
        rows[..3],
        [
            (
                "Who I am, What gives me energy",
                ChangeKind::Keep,
                "Coaching new leads"
            ),
            (
                "Who I am, What gives me energy",
                ChangeKind::Add,
                "Customer calls"
            ),
            (
                "Who I am, What drains me",
                ChangeKind::Keep,
                "Weekly metrics theatre"
            ),
        ]
    );
    assert_eq!(rows[3].0, "Speaker notes, Energy slide");
    assert_eq!(rows[3].1, ChangeKind::Add);
    let n = apply(&p, &p.suggested_ticks(), &mut deck);
    assert_eq!(n, 2);
    let profile = deck.profile.as_ref().expect("profile");
    assert_eq!(
        profile.energizers,
        [
            "Workshops with product and engineering",
            "Coaching new leads",
            "Customer calls"
        ]
    );
    assert_eq!(profile.drainers.len(), 2, "nothing repeated");
    assert!(deck
        .speaker_notes
        .as_ref()
        .expect("notes")
        .get(NoteSlide::Energy)
        .contains("“Weekly metrics theatre”"));
}

#[test]
fn strengths_replace_the_list_and_evidence_joins_the_notes() {
    let mut w = WorkshopState::new();
    w.strengths.add(
        "Explaining hard things simply",
        "Taught the new rota to the night team",
    );
    w.strengths.add("Calm under pressure", "");
    let mut deck = blank();
    deck.speaker_notes.get_or_insert_with(Default::default).set(
        NoteSlide::Values,
        "Start with the story about the flood.".into(),
    );
    let p = accept_all(Step::Strengths, &w, &mut deck);
    assert_eq!(
        p.changes[1].kind,
        ChangeKind::Replace,
        "the note had text already"
    );
    assert_eq!(p.changes[1].before, "Start with the story about the flood.");
    assert_eq!(
        deck.profile.as_ref().expect("profile").strengths,
        ["Explaining hard things simply", "Calm under pressure"]
    );
    assert_eq!(
        deck.speaker_notes
            .as_ref()
            .expect("notes")
            .get(NoteSlide::Values),
        "Start with the story about the flood.\nExplaining hard things simply: Taught the new \
         rota to the night team"
    );
}

#[test]
fn chapters_become_dated_past_items_and_the_paragraph_the_story() {
    let mut w = WorkshopState::new();
    for (title, from, to) in [
        ("Learning to sell", "Sept 2012", "2016-08"),
        ("Running the north region", "2016-09", ""),
        ("", "2020-01", ""),
    ] {
        let i = w.story.add_chapter().expect("room");
        w.story.chapters[i].title = title.into();
        w.story.set_from(i, from);
        w.story.set_to(i, to);
    }
    w.story.chapters[0].high = "First six-figure deal".into();
    w.story.chapters[0].low = "Lost my biggest client".into();
    w.story.chapters[0].turning_point = "Asked to cover the region".into();
    w.story.paragraph = "I learned to sell by listening.".into();
    let mut deck = blank();
    accept_all(Step::Story, &w, &mut deck);
    let items = deck.roadmap_list();
    assert_eq!(items.len(), 2, "the unnamed chapter stays out");
    assert!(items.iter().all(|r| r.horizon == Horizon::Past));
    assert_eq!(items[0].title, "Learning to sell");
    assert_eq!(
        (items[0].start.as_deref(), items[0].end.as_deref()),
        (Some("2012-09"), Some("2016-08"))
    );
    assert_eq!(
        items[0].notes,
        "High point: First six-figure deal Turning point: Asked to cover the region"
    );
    assert!(
        !items[0].notes.contains("Lost"),
        "lows stay in the workshop"
    );
    assert_eq!(items[1].end, None);
    assert_eq!(
        deck.profile.as_ref().expect("profile").story,
        "I learned to sell by listening."
    );
    assert_sound(&deck);
    // A second pass finds them there.
    let again = propose(Step::Story, &w, &deck);
    assert!(again.is_empty(), "{again:?}");
    assert_eq!(again.changes[0].label, "Roadmap, item 1 “Learning to sell”");
}

#[test]
fn a_new_story_on_a_deck_with_one_shows_both() {
    let mut w = WorkshopState::new();
    w.story.paragraph = "  My own words.  ".into();
    let deck = example();
    let p = propose(Step::Story, &w, &deck);
    assert_eq!(p.changes.len(), 1);
    let c = &p.changes[0];
    assert_eq!(c.label, "Who I am, My story");
    assert_eq!(c.kind, ChangeKind::Replace);
    assert!(c.before.starts_with("I started on the phones"));
    assert_eq!(c.after, "My own words.");
}

#[test]
fn the_pitch_is_the_persons_own_sentence() {
    let mut w = WorkshopState::new();
    assert!(
        propose(Step::Pitch, &w, &blank()).changes.is_empty(),
        "nothing written, nothing proposed"
    );
    w.pitch.draft = "I make messy work safe to hand over.".into();
    let mut deck = blank();
    accept_all(Step::Pitch, &w, &mut deck);
    assert_eq!(
        deck.profile.as_ref().expect("profile").pitch,
        "I make messy work safe to hand over."
    );
}

fn directions() -> WorkshopState {
    let mut w = WorkshopState::new();
    let d = &mut w.direction;
    let s = d.sketch_mut(SketchKind::CurrentPath);
    s.six_word_title = "Ward manager at the teaching hospital".into();
    s.appeal = 2;
    s.add_step("Deputy ward manager", "Sept 2027");
    s.add_step("Leadership programme", "");
    s.add_step(" ", "2028-01");
    s.questions = vec!["How did you handle the budget side?".into(), " ".into()];
    let s = d.sketch_mut(SketchKind::PathVanished);
    s.six_word_title = "Training nurses for a medical charity".into();
    s.description = "Teaching in field hospitals, a few months a year.".into();
    s.appeal = 4;
    let s = d.sketch_mut(SketchKind::Unbounded);
    s.six_word_title = "A bakery by the sea".into();
    s.appeal = 4;
    d.choose(SketchKind::CurrentPath);
    w
}

#[test]
fn the_chosen_direction_becomes_next_steps_the_boldest_the_aspiration_and_questions_asks() {
    let mut w = directions();
    // On a tie in appeal, the sketch further from the current path is the boldest.
    assert_eq!(w.direction.boldest(), Some(SketchKind::Unbounded));
    w.direction.aspiration = Some(SketchKind::PathVanished);
    let mut deck = blank();
    let p = accept_all(Step::Direction, &w, &mut deck);
    let labels: Vec<&str> = p.changes.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Roadmap, new next item",
            "Roadmap, new next item",
            "Roadmap, new aspiration",
            "Asks"
        ]
    );
    assert_eq!(p.changes[0].after, "Deputy ward manager (from Sep 2027)\nA step towards: Ward manager at the teaching hospital");
    let items = deck.roadmap_list();
    assert_eq!(
        items
            .iter()
            .map(|r| (r.title.as_str(), r.horizon))
            .collect::<Vec<_>>(),
        [
            ("Deputy ward manager", Horizon::Next),
            ("Leadership programme", Horizon::Next),
            ("Training nurses for a medical charity", Horizon::Aspiration),
        ]
    );
    assert_eq!(items[0].start.as_deref(), Some("2027-09"));
    assert_eq!(
        items[2].notes,
        "Teaching in field hospitals, a few months a year."
    );
    assert_eq!(
        deck.asks.as_deref().expect("asks"),
        [
            "Introduce me to someone already doing “Ward manager at the teaching hospital”, so \
          I can ask: How did you handle the budget side?"
        ]
    );
    assert_sound(&deck);
}

#[test]
fn an_existing_aspiration_is_replaced_only_when_ticked() {
    let w = directions();
    let mut deck = example();
    let before = deck.clone();
    let p = propose(Step::Direction, &w, &deck);
    let asp = p
        .changes
        .iter()
        .position(|c| c.kind == ChangeKind::Replace)
        .expect("a replacement");
    let c = &p.changes[asp];
    assert_eq!(
        c.label,
        "Roadmap, item 4 “Head of product for customer experience”"
    );
    assert_eq!(
        c.before,
        "Head of product for customer experience\nMake support a reason people choose us"
    );
    assert_eq!(c.after, "A bakery by the sea");
    let mut ticks = p.suggested_ticks();
    assert!(!ticks[asp]);
    apply(&p, &ticks, &mut deck);
    assert_eq!(
        deck.roadmap_list()[3],
        before.roadmap_list()[3],
        "untouched"
    );
    assert_eq!(
        deck.roadmap_list().len(),
        6,
        "the two next steps were added"
    );
    ticks = vec![false; p.changes.len()];
    ticks[asp] = true;
    apply(&p, &ticks, &mut deck);
    let r = &deck.roadmap_list()[3];
    assert_eq!(
        (r.id.as_str(), r.title.as_str()),
        ("r4", "A bakery by the sea")
    );
    assert_eq!(r.horizon, Horizon::Aspiration);
    assert_sound(&deck);
}

#[test]
fn gaps_become_competencies_with_their_first_actions() {
    let mut w = WorkshopState::new();
    let i = w.gaps.add("Managing a budget");
    let g = &mut w.gaps.gaps[i];
    (g.current, g.target) = (1, 3);
    g.why = "A ward manager owns one".into();
    g.action.when = "the next budget meeting is booked".into();
    g.action.will = "ask to sit in".into();
    g.action.kind = ActionKind::People;
    g.action.set_due("31 March 2027");
    w.gaps.add("   ");
    let mut deck = blank();
    let p = accept_all(Step::Gaps, &w, &mut deck);
    assert_eq!(p.changes.len(), 1);
    assert_eq!(p.changes[0].label, "Growth, new competency");
    assert_eq!(
        p.changes[0].after,
        "Managing a budget: Aware (1) → Practising (3)\nWhy: A ward manager owns one\nFirst \
         step: When the next budget meeting is booked, I will ask to sit in. (by 31 Mar 2027)"
    );
    let c = &deck.competencies_list()[0];
    assert_eq!(
        (c.name.as_str(), c.current, c.target),
        ("Managing a budget", 1, 3)
    );
    assert_eq!(c.actions.len(), 1);
    assert_eq!(
        c.actions[0].text,
        "When the next budget meeting is booked, I will ask to sit in."
    );
    assert_eq!(c.actions[0].due.as_deref(), Some("2027-03-31"));
    assert!(!c.actions[0].done);
    assert_sound(&deck);
}

#[test]
fn a_gap_the_deck_already_has_updates_its_levels_and_adds_the_action_separately() {
    let mut w = WorkshopState::new();
    let i = w.gaps.add("working with data");
    let g = &mut w.gaps.gaps[i];
    (g.current, g.target) = (2, 4);
    g.action.will = "build the weekly dashboard myself".into();
    g.action.set_due("2027-05-01");
    let mut deck = example();
    let p = propose(Step::Gaps, &w, &deck);
    assert_eq!(p.changes.len(), 2);
    assert_eq!(
        p.changes[0].label,
        "Growth, competency 2 “Working with data”"
    );
    assert_eq!(p.changes[0].kind, ChangeKind::Replace);
    assert_eq!(
        p.changes[0].before,
        "Working with data: Aware (1) → Practising (3)\nWhy: I want to back my instincts with numbers"
    );
    assert_eq!(
        p.changes[0].after,
        "Working with data: Learning (2) → Skilled (4)\nWhy: I want to back my instincts with numbers"
    );
    assert_eq!(
        p.changes[1].label,
        "Growth, competency 2 “Working with data”, Actions"
    );
    assert_eq!(p.changes[1].kind, ChangeKind::Add);
    // Only the action.
    apply(&p, &[false, true], &mut deck);
    let c = &deck.competencies_list()[1];
    assert_eq!((c.current, c.target), (1, 3));
    assert_eq!(c.actions.len(), 2);
    assert_eq!(
        c.actions[1].text,
        "I will build the weekly dashboard myself."
    );
    assert_eq!(c.actions[1].id, "a5", "a fresh id past every other");
    assert_sound(&deck);
}

#[test]
fn asks_needs_and_supporters_reach_their_sections() {
    let mut w = WorkshopState::new();
    w.asks.asks = vec![
        "Let me present the Q3 results to the leadership team".into(),
        "Protect Fridays for discovery work".into(),
    ];
    w.asks.needs = vec!["A regular check-in".into()];
    w.asks.supporters = vec![
        SupporterDraft {
            name: "Priya Shah".into(),
            role: SupporterRole::Coach,
            how: "Monthly walk and talk".into(),
        },
        SupporterDraft {
            name: "dev patel".into(),
            role: SupporterRole::Sponsor,
            how: String::new(),
        },
    ];
    let mut deck = example();
    let p = propose(Step::AsksSupporters, &w, &deck);
    let rows: Vec<(&str, ChangeKind)> = p
        .changes
        .iter()
        .map(|c| (c.label.as_str(), c.kind))
        .collect();
    assert_eq!(
        rows,
        [
            ("Asks", ChangeKind::Add),
            ("Asks", ChangeKind::Keep),
            ("Who I am, What I need to thrive", ChangeKind::Add),
            ("Supporters, new person", ChangeKind::Add),
            ("Supporters, person 2 “Dev Patel”", ChangeKind::Keep),
        ]
    );
    assert_eq!(
        p.changes[3].after,
        "Priya Shah — Coach: Monthly walk and talk"
    );
    assert_eq!(apply(&p, &[true; 5], &mut deck), 3);
    assert_eq!(deck.asks.as_deref().expect("asks").len(), 4);
    let s = deck.supporters_list();
    assert_eq!(s.len(), 3);
    assert_eq!((s[2].id.as_str(), s[2].role), ("s3", SupporterRole::Coach));
    assert_sound(&deck);
}

#[test]
fn a_supporter_with_a_new_role_shows_the_change() {
    let mut w = WorkshopState::new();
    w.asks.supporters = vec![SupporterDraft {
        name: "Imani Cole".into(),
        role: SupporterRole::Sponsor,
        how: String::new(),
    }];
    let mut deck = example();
    let p = propose(Step::AsksSupporters, &w, &deck);
    let c = &p.changes[0];
    assert_eq!(c.kind, ChangeKind::Replace);
    assert_eq!(
        c.before,
        "Imani Cole — Mentor: Product manager on checkout; a monthly hour on discovery"
    );
    assert_eq!(
        c.after,
        "Imani Cole — Sponsor: Product manager on checkout; a monthly hour on discovery"
    );
    apply(&p, &[true], &mut deck);
    assert_eq!(deck.supporters_list()[0].role, SupporterRole::Sponsor);
}

#[test]
fn the_summary_changes_nothing_and_points_at_what_is_thin() {
    let w = WorkshopState::new();
    let deck = blank();
    assert!(propose(Step::Summary, &w, &deck).changes.is_empty());
    let r = review(&deck);
    assert_eq!(r.done(), 0);
    assert!(r
        .thin
        .iter()
        .any(|t| t.label == "Your next step" && t.step == Some(Step::Direction)));
    assert_eq!(
        r.sentence(),
        format!(
            "Your deck has 0 of the {} things a strong deck has.",
            r.total()
        )
    );
}

#[test]
fn a_whole_workshop_fills_a_blank_deck() {
    let mut w = directions();
    let v = sorted_values();
    w.values = v.values;
    w.energy.episodes = vec![
        Episode::new("Teaching students", "", "", 2, 4),
        Episode::new("Paperwork", "", "", -2, 0),
    ];
    w.strengths
        .add("Calm under pressure", "The night of the power cut");
    w.strengths.add("Explaining hard things simply", "");
    w.story.paragraph = "I came to nursing late, after ten years in retail, and found that the \
                         thing I was good at in both was helping frightened people feel safe."
        .into();
    for t in ["Retail years", "Nursing school"] {
        let i = w.story.add_chapter().expect("room");
        w.story.chapters[i].title = t.into();
    }
    w.pitch.draft = "I help frightened people feel safe.".into();
    let i = w.gaps.add("Managing a budget");
    w.gaps.gaps[i].action.will = "ask to sit in on the next budget meeting".into();
    w.gaps.gaps[i].action.set_due("2027-03-31");
    w.gaps.gaps[i].why = "A ward manager owns one".into();
    let j = w.gaps.add("Leading a team");
    w.gaps.gaps[j].action.will = "run the Monday huddle".into();
    w.gaps.gaps[j].action.set_due("2027-01-11");
    w.gaps.gaps[j].why = "The next role leads twelve".into();
    w.asks.asks = vec!["Let me shadow the ward manager for a week".into()];
    w.asks.needs = vec!["A regular check-in".into()];
    w.asks.supporters = vec![career_deck::workshop::asks::SupporterDraft {
        name: "Sister Okafor".into(),
        role: SupporterRole::Mentor,
        how: "Monthly coffee about the ward manager role".into(),
    }];
    let mut deck = blank();
    deck.profile_mut().headline = "Staff nurse".into();
    for step in Step::ALL {
        accept_all(step, &w, &mut deck);
    }
    assert_sound(&deck);
    let thin: Vec<&str> = review(&deck).thin.iter().map(|t| t.label).collect();
    assert_eq!(thin, ["Where you are now"], "only what the editor fills");
}

#[test]
fn repeated_entries_in_one_exercise_land_once() {
    let mut w = WorkshopState::new();
    for from in ["2019-01", "2019-01", "2022-05"] {
        let i = w.story.add_chapter().expect("room");
        w.story.chapters[i].title = "Night shifts".into();
        w.story.set_from(i, from);
    }
    w.gaps.add("Budgets");
    w.gaps.add(" budgets ");
    w.direction.sketch_mut(SketchKind::CurrentPath).questions = vec![
        "How long did it take?".into(),
        "How long did it take?".into(),
    ];
    w.direction.choose(SketchKind::CurrentPath);
    let mut deck = blank();
    for step in [Step::Story, Step::Gaps, Step::Direction] {
        accept_all(step, &w, &mut deck);
    }
    let starts: Vec<_> = deck
        .roadmap_list()
        .iter()
        .map(|r| r.start.as_deref())
        .collect();
    assert_eq!(
        starts,
        [Some("2019-01"), Some("2022-05")],
        "same title, another time: kept"
    );
    assert_eq!(deck.competencies_list().len(), 1);
    assert_eq!(deck.asks.as_deref().expect("asks").len(), 1);
}
