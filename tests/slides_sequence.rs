#![cfg(not(target_arch = "wasm32"))]
//! The slide sequence: which slides a deck makes, and how long content flows onto
//! continuation slides with every item shown exactly once.

use std::collections::HashMap;

use career_deck::model::*;
use career_deck::slides::sequence::*;
use career_deck::slides::{slides, Chart, Slide, SlideContent, SlideKind};
use proptest::prelude::*;

fn example() -> Deck {
    example_deck("d1".into(), "2026-11-20T09:14:03Z".into())
}

fn kinds(slides: &[Slide]) -> Vec<SlideKind> {
    slides.iter().map(|s| s.kind).collect()
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

#[test]
fn example_deck_makes_one_slide_of_each_kind() {
    let deck = example();
    let s = slides(&deck);
    assert_eq!(kinds(&s), SlideKind::ALL);
    assert!(s.iter().all(|s| s.part == 0 && s.parts == 1));
    let titles: Vec<String> = s.iter().map(Slide::title).collect();
    assert_eq!(
        titles,
        [
            "Where I'm heading in 2027",
            "Who I am",
            "Values and strengths",
            "Energy",
            "Roadmap",
            "Growth",
            "Asks",
            "Supporters"
        ]
    );
    let notes: Vec<NoteSlide> = s.iter().map(|s| s.note_slide).collect();
    assert_eq!(notes, NoteSlide::ALL);
    let SlideContent::Title(t) = &s[0].content else {
        panic!("title slide first")
    };
    assert_eq!(t.owner.as_deref(), Some("Noor Haddad"));
    assert!(t.headline.starts_with("Support team lead"));
    assert!(t.pitch.starts_with("I hear what customers"));
    let SlideContent::Growth {
        chart: Some(chart),
        plans,
    } = &s[5].content
    else {
        panic!("growth slide with its chart")
    };
    assert!(matches!(chart.chart, Chart::Radar(_)));
    assert_eq!(chart.title, "Current and target level for 3 competencies");
    assert!(chart
        .description
        .starts_with("Product discovery: now 2 (Learning), aiming for 4 (Skilled); "));
    assert_eq!(plans.len(), 3);
    assert_eq!(plans[0].actions[0].due.as_deref(), Some("28 Feb 2027"));
    assert!(plans[1].actions[0].done);
    let SlideContent::Lists(asks) = &s[6].content else {
        panic!("asks are lists")
    };
    let headings: Vec<&str> = asks.iter().map(|b| b.heading).collect();
    assert_eq!(headings, ["What I need", "What I'm asking for"]);
    let SlideContent::Roadmap { items, timeline } = &s[4].content else {
        panic!("roadmap")
    };
    assert_eq!(items.len(), 4);
    assert_eq!(timeline.items.len(), 4);
}

#[test]
fn a_share_with_only_asks_has_a_title_and_the_asks() {
    let deck = example().subset(&[Section::Asks], false);
    let s = slides(&deck);
    assert_eq!(kinds(&s), [SlideKind::Title, SlideKind::Asks]);
    let SlideContent::Title(t) = &s[0].content else {
        panic!()
    };
    assert_eq!(t.owner, None);
    assert_eq!(t.headline, "");
    let SlideContent::Lists(blocks) = &s[1].content else {
        panic!()
    };
    assert_eq!(blocks.len(), 1, "no profile, so no needs column");
    assert_eq!(blocks[0].items.len(), 3);
}

#[test]
fn an_empty_deck_is_just_its_title() {
    let blank = Deck::blank("d".into(), "My deck".into(), "2026-11-20T09:14:03Z".into());
    assert_eq!(kinds(&slides(&blank)), [SlideKind::Title]);
    let mut bare = blank.subset(&[], false);
    bare.title = "  ".into();
    let s = slides(&bare);
    assert_eq!(kinds(&s), [SlideKind::Title]);
    assert_eq!(s[0].title(), "Untitled deck");
    // Blank list items and a blank story are nothing to show.
    let mut blanks = blank.clone();
    if let Some(p) = blanks.profile.as_mut() {
        p.story = " \n ".into();
        p.values = vec!["  ".into()];
    }
    blanks.asks = Some(vec![String::new()]);
    assert_eq!(kinds(&slides(&blanks)), [SlideKind::Title]);
}

#[test]
fn a_profile_without_story_skips_who_i_am() {
    let mut deck = example();
    if let Some(p) = deck.profile.as_mut() {
        p.story.clear();
        p.energizers.clear();
        p.drainers.clear();
    }
    let k = kinds(&slides(&deck));
    assert!(!k.contains(&SlideKind::WhoIAm));
    assert!(!k.contains(&SlideKind::Energy));
    assert!(k.contains(&SlideKind::ValuesStrengths));
}

#[test]
fn speaker_notes_follow_their_slide() {
    let mut deck = example();
    let mut notes = SpeakerNotes::default();
    notes.set(NoteSlide::Growth, "Pause on the gap in data skills.".into());
    deck.speaker_notes = Some(notes);
    let s = slides(&deck);
    let growth = s
        .iter()
        .find(|s| s.kind == SlideKind::Growth)
        .expect("growth");
    assert_eq!(growth.notes(&deck), "Pause on the gap in data skills.");
    assert_eq!(s[0].notes(&deck), "");
}

fn roadmap_item(i: usize) -> RoadmapItem {
    let horizon = Horizon::ALL[i % 4];
    RoadmapItem {
        id: format!("r{i}"),
        title: format!("Role {i} with a title of some length"),
        organization: format!("Organization {}", i % 7),
        start: (!i.is_multiple_of(3)).then(|| format!("{}-{:02}", 2000 + i % 30, 1 + i % 12)),
        end: (i % 5 == 1).then(|| format!("{}-{:02}", 2001 + i % 30, 1 + i % 12)),
        horizon,
        notes: String::new(),
    }
}

fn competency(i: usize) -> Competency {
    Competency {
        id: format!("c{i}"),
        name: format!("Competency {i}"),
        current: (i % 7) as u8,
        target: ((i + 2) % 7) as u8,
        why: if i.is_multiple_of(4) {
            String::new()
        } else {
            format!("Reason {i}")
        },
        actions: (0..[0, 1, 3, 40][i % 4])
            .map(|k: usize| Action {
                id: format!("a{i}-{k}"),
                text: format!("Step {k} for competency {i}"),
                due: (k.is_multiple_of(2)).then(|| "2027-01-31".to_owned()),
                done: k.is_multiple_of(3),
            })
            .collect(),
    }
}

fn large_deck() -> Deck {
    let mut deck = example();
    deck.roadmap = Some((0..200).map(roadmap_item).collect());
    deck.competencies = Some((0..200).map(competency).collect());
    deck.asks = Some(
        (0..40)
            .map(|i| format!("Ask number {i}, said plainly"))
            .collect(),
    );
    deck.supporters = Some(
        (0..20)
            .map(|i| Supporter {
                id: format!("s{i}"),
                name: format!("Person {i}"),
                role: SupporterRole::ALL[i % 5],
                how: vec!["helps"; 1 + i * 3].join(" "),
            })
            .collect(),
    );
    if let Some(p) = deck.profile.as_mut() {
        p.story = (0..60)
            .map(|i| format!("Sentence {i} of my story has a few words in it."))
            .collect::<Vec<_>>()
            .join(" ");
        p.values = (0..31).map(|i| format!("Value {i}")).collect();
        p.strengths = (0..3).map(|i| format!("Strength {i}")).collect();
    }
    deck
}

/// Every budget holds on every slide, parts count up, titles say where we are.
fn check_bounds(s: &[Slide]) {
    let mut seen: HashMap<SlideKind, usize> = HashMap::new();
    for slide in s {
        let n = seen.entry(slide.kind).or_default();
        assert_eq!(slide.part, *n, "{}", slide.title());
        *n += 1;
        assert!(slide.part < slide.parts);
        if slide.parts > 1 {
            assert_eq!(
                slide.title(),
                format!(
                    "{} ({} of {})",
                    slide.kind.label(),
                    slide.part + 1,
                    slide.parts
                )
            );
        }
        match &slide.content {
            SlideContent::Title(_) => {}
            SlideContent::Story { paragraphs } => {
                let w: usize = paragraphs.iter().map(|p| words(p)).sum();
                assert!(w > 0 && w <= STORY_WORDS, "{w} words");
            }
            SlideContent::Lists(blocks) => {
                assert!(!blocks.is_empty() && blocks.len() <= 2);
                for b in blocks {
                    assert!(!b.items.is_empty() && b.items.len() <= LIST_ITEMS);
                    let w: usize = b.items.iter().map(|i| words(i)).sum();
                    assert!(w <= LIST_WORDS || b.items.len() == 1);
                    assert_eq!(b.continued, slide.part > 0);
                }
            }
            SlideContent::Roadmap { items, timeline } => {
                assert!(!items.is_empty() && items.len() <= ROADMAP_ITEMS);
                assert_eq!(timeline.items.len(), items.len());
            }
            SlideContent::Growth { chart, plans } => {
                let (max_plans, max_rows) = if chart.is_some() {
                    (PLAN_COMPETENCIES_WITH_CHART, PLAN_ROWS_WITH_CHART)
                } else {
                    (PLAN_COMPETENCIES, PLAN_ROWS)
                };
                assert!(chart.is_some() || !plans.is_empty());
                assert!(plans.len() <= max_plans);
                let rows: usize = plans
                    .iter()
                    .map(|p| 1 + usize::from(!p.why.is_empty()) + p.actions.len())
                    .sum();
                assert!(rows <= max_rows, "{rows} rows");
                if let Some(c) = chart {
                    assert!(c.table.len() <= CHART_ITEMS);
                }
            }
            SlideContent::Supporters(cards) => {
                assert!(!cards.is_empty() && cards.len() <= SUPPORTERS);
                let w: usize = cards.iter().map(|c| words(&c.name) + words(&c.how)).sum();
                assert!(w <= SUPPORTER_WORDS || cards.len() == 1);
            }
        }
    }
    for slide in s {
        assert_eq!(slide.parts, seen[&slide.kind]);
    }
    // Kinds come in presenting order, each kind's slides together.
    assert!(s.windows(2).all(|w| w[0].kind <= w[1].kind));
}

fn once<'a>(
    what: &str,
    ids: impl Iterator<Item = &'a str>,
    expected: impl Iterator<Item = &'a str>,
) {
    let mut got: Vec<&str> = ids.collect();
    let mut want: Vec<&str> = expected.collect();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want, "{what}: each exactly once");
}

fn check_every_item_once(deck: &Deck, s: &[Slide]) {
    let roadmap = deck.roadmap.as_deref().unwrap_or_default();
    let comps = deck.competencies.as_deref().unwrap_or_default();
    let mut shown_roadmap = Vec::new();
    let mut charted = Vec::new();
    let mut planned = Vec::new();
    let mut actions = Vec::new();
    let mut lists: HashMap<&str, Vec<String>> = HashMap::new();
    let mut supporters = Vec::new();
    let mut story = Vec::new();
    for slide in s {
        match &slide.content {
            SlideContent::Roadmap { items, .. } => {
                shown_roadmap.extend(items.iter().map(|i| i.id.clone()))
            }
            SlideContent::Growth { chart, plans } => {
                if let Some(c) = chart {
                    charted.extend(c.table.iter().map(|r| r.name.clone()));
                }
                for p in plans {
                    if !p.continued {
                        planned.push(p.competency_id.clone());
                    }
                    actions.extend(p.actions.iter().map(|a| a.id.clone()));
                }
            }
            SlideContent::Lists(blocks) => {
                for b in blocks {
                    lists
                        .entry(b.heading)
                        .or_default()
                        .extend(b.items.iter().cloned());
                }
            }
            SlideContent::Supporters(cards) => {
                supporters.extend(cards.iter().map(|c| c.id.clone()))
            }
            SlideContent::Story { paragraphs } => story.extend(paragraphs.iter().cloned()),
            SlideContent::Title(_) => {}
        }
    }
    once(
        "roadmap",
        shown_roadmap.iter().map(String::as_str),
        roadmap.iter().map(|r| r.id.as_str()),
    );
    once(
        "chart",
        charted.iter().map(String::as_str),
        comps.iter().map(|c| c.name.as_str()),
    );
    once(
        "plans",
        planned.iter().map(String::as_str),
        comps.iter().map(|c| c.id.as_str()),
    );
    once(
        "actions",
        actions.iter().map(String::as_str),
        comps
            .iter()
            .flat_map(|c| c.actions.iter().map(|a| a.id.as_str())),
    );
    let nonblank = |v: &[String]| -> Vec<String> {
        v.iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    };
    assert_eq!(
        lists
            .get("What I'm asking for")
            .cloned()
            .unwrap_or_default(),
        nonblank(deck.asks.as_deref().unwrap_or_default())
    );
    if let Some(p) = &deck.profile {
        assert_eq!(
            lists.get("Values").cloned().unwrap_or_default(),
            nonblank(&p.values)
        );
        assert_eq!(
            lists.get("What I need").cloned().unwrap_or_default(),
            nonblank(&p.needs)
        );
        let told: Vec<&str> = story.iter().flat_map(|p| p.split_whitespace()).collect();
        assert_eq!(
            told,
            p.story.split_whitespace().collect::<Vec<_>>(),
            "the whole story, in order"
        );
    }
    once(
        "supporters",
        supporters.iter().map(String::as_str),
        deck.supporters
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|s| s.id.as_str()),
    );
}

#[test]
fn a_very_large_deck_flows_onto_bounded_slides() {
    let deck = large_deck();
    let s = slides(&deck);
    check_bounds(&s);
    check_every_item_once(&deck, &s);
    let count = |k: SlideKind| s.iter().filter(|s| s.kind == k).count();
    assert_eq!(count(SlideKind::Roadmap), 25, "200 items, 8 a slide");
    assert_eq!(count(SlideKind::Asks), 7, "40 asks, 6 a slide");
    assert_eq!(count(SlideKind::ValuesStrengths), 6, "31 values, 6 a slide");
    // 200 competencies: 9 chart slides (charts alone, all bars), then the plans.
    let growth: Vec<&Slide> = s.iter().filter(|s| s.kind == SlideKind::Growth).collect();
    let charts: Vec<&GrowthChart> = growth
        .iter()
        .filter_map(|s| match &s.content {
            SlideContent::Growth { chart, .. } => chart.as_ref(),
            _ => None,
        })
        .collect();
    assert_eq!(charts.len(), 9);
    assert!(charts.iter().all(|c| matches!(c.chart, Chart::Bars(_))));
    for (i, g) in growth.iter().enumerate() {
        let SlideContent::Growth { chart, plans } = &g.content else {
            panic!()
        };
        assert_eq!(chart.is_some(), i < 9, "charts come first");
        assert_eq!(plans.is_empty(), i < 9);
    }
    // A plan with 40 actions continues over slides.
    assert!(growth.iter().any(|g| matches!(&g.content,
        SlideContent::Growth { plans, .. } if plans.iter().any(|p| p.continued && p.competency_id == "c3"))));
    assert_eq!(slides(&deck), s, "deterministic");
}

#[test]
fn splits_are_balanced() {
    let mut deck = example();
    deck.roadmap = Some((0..9).map(roadmap_item).collect());
    deck.asks = Some((0..7).map(|i| format!("Ask {i}")).collect());
    let s = slides(&deck);
    let sizes: Vec<usize> = s
        .iter()
        .filter_map(|s| match &s.content {
            SlideContent::Roadmap { items, .. } => Some(items.len()),
            _ => None,
        })
        .collect();
    assert_eq!(sizes, [5, 4]);
    let asks: Vec<usize> = s
        .iter()
        .filter(|s| s.kind == SlideKind::Asks)
        .map(|s| match &s.content {
            SlideContent::Lists(b) => b
                .iter()
                .filter(|b| b.heading == "What I'm asking for")
                .map(|b| b.items.len())
                .sum(),
            _ => 0,
        })
        .collect();
    assert_eq!(asks, [4, 3]);
}

#[test]
fn the_chart_stays_on_the_first_growth_slide() {
    let mut deck = example();
    deck.competencies = Some((0..14).map(competency).collect());
    let s = slides(&deck);
    let growth: Vec<&Slide> = s.iter().filter(|s| s.kind == SlideKind::Growth).collect();
    assert!(growth.len() > 2);
    for g in &growth {
        let SlideContent::Growth { chart, .. } = &g.content else {
            panic!()
        };
        assert_eq!(chart.is_some(), g.part == 0);
    }
    let SlideContent::Growth { chart: Some(c), .. } = &growth[0].content else {
        panic!()
    };
    assert!(
        matches!(c.chart, Chart::Bars(_)),
        "14 competencies make bars"
    );
    assert_eq!(c.table.len(), 14);
    assert_eq!(growth[1].title(), format!("Growth (2 of {})", growth.len()));
    check_bounds(&s);
    check_every_item_once(&deck, &s);
}

fn arb_text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            "[a-z]{1,12}",
            Just(".".to_owned()),
            Just("Done.".to_owned()),
            Just("\n".to_owned())
        ],
        0..60,
    )
    .prop_map(|w| w.join(" "))
}

prop_compose! {
    fn arb_deck()(
        story in arb_text(),
        values in prop::collection::vec(arb_text(), 0..20),
        asks in prop::collection::vec(arb_text(), 0..20),
        roadmap in prop::collection::vec(0usize..500, 0..30),
        comps in prop::collection::vec((0usize..500, 0usize..30), 0..40),
        with_profile in any::<bool>(),
    ) -> Deck {
        let mut deck = example();
        if let Some(p) = deck.profile.as_mut() {
            p.story = story;
            p.values = values;
        }
        if !with_profile {
            deck.profile = None;
        }
        deck.asks = Some(asks);
        deck.roadmap = Some(roadmap.iter().enumerate().map(|(k, &i)| RoadmapItem { id: format!("r{k}"), ..roadmap_item(i) }).collect());
        deck.competencies = Some(comps.iter().enumerate().map(|(k, &(i, n))| {
            let mut c = competency(i);
            c.id = format!("c{k}");
            c.name = format!("Competency {k}");
            c.actions = (0..n).map(|a| Action { id: format!("a{k}-{a}"), text: "Do it".into(), due: None, done: false }).collect();
            c
        }).collect());
        deck
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_deck_makes_bounded_slides_showing_everything_once(deck in arb_deck()) {
        let s = slides(&deck);
        prop_assert_eq!(s[0].kind, SlideKind::Title);
        check_bounds(&s);
        check_every_item_once(&deck, &s);
    }
}
