//! The order of slides for presenting a deck to a room, and how long content flows onto
//! continuation slides instead of overflowing one.
//!
//! Budgets (why these numbers): a slide is read from across a room in the few seconds the
//! presenter gives it, so each carries about as much as the old "six bullets" rule of thumb.
//! - Lists (values, strengths, energy, needs, asks): at most 6 items and 72 words per column
//!   (two short columns side by side; 6 items of about 12 words each).
//! - Story: at most 90 words per slide, split between sentences (a sentence over 90 words is
//!   split between words) — about what a person says in the 30–40 seconds they look at it.
//! - Roadmap: at most 8 items per timeline, so the labels fit in two or three rows per side.
//! - Growth: the chart is on the first growth slide, beside at most 3 competencies' plans and
//!   10 rows (a row is a competency's heading, its "why", or one action: the example deck's
//!   three plans fit beside its chart); later slides hold at most 6 plans and 20 rows (two
//!   columns of the same size). A plan with more actions than a slide holds continues on the
//!   next. A chart shows at most 24 competencies (bars of 24 rows still read); a deck with more
//!   gets one chart slide per 24, charts alone, then the plans.
//! - Supporters: at most 6 cards and 120 words per slide.
//!
//! Splits are balanced (9 roadmap items go 5 + 4, not 8 + 1) and deterministic.

use std::ops::Range;

use super::chart::{self, bars, chart_items, competency_chart, Chart, ChartRow};
use super::text::{balanced_sizes, word_count};
use super::timeline::{timeline, Timeline};
use crate::model::{
    date_label, Competency, Deck, Horizon, NoteSlide, RoadmapItem, Supporter, SupporterRole,
    LEVEL_NAMES,
};

/// Words of story on one slide.
pub const STORY_WORDS: usize = 90;
/// Items in one list column.
pub const LIST_ITEMS: usize = 6;
/// Words in one list column.
pub const LIST_WORDS: usize = 72;
/// Items on one timeline.
pub const ROADMAP_ITEMS: usize = 8;
/// Competencies' plans on a growth slide without a chart.
pub const PLAN_COMPETENCIES: usize = 6;
/// Rows of plan on a growth slide without a chart.
pub const PLAN_ROWS: usize = 20;
/// Competencies' plans beside the chart.
pub const PLAN_COMPETENCIES_WITH_CHART: usize = 3;
/// Rows of plan beside the chart.
pub const PLAN_ROWS_WITH_CHART: usize = 10;
/// Competencies in one chart.
pub const CHART_ITEMS: usize = 24;
/// Supporter cards on one slide.
pub const SUPPORTERS: usize = 6;
/// Words of supporter cards on one slide.
pub const SUPPORTER_WORDS: usize = 120;
/// The width the slides' timelines are laid out at (the SVG scales to the slide).
pub const TIMELINE_WIDTH: f64 = 960.0;

/// What a slide is about, in presenting order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SlideKind {
    Title,
    WhoIAm,
    ValuesStrengths,
    Energy,
    Roadmap,
    Growth,
    Asks,
    Supporters,
}

impl SlideKind {
    /// Every kind, in presenting order.
    pub const ALL: [SlideKind; 8] = [
        SlideKind::Title,
        SlideKind::WhoIAm,
        SlideKind::ValuesStrengths,
        SlideKind::Energy,
        SlideKind::Roadmap,
        SlideKind::Growth,
        SlideKind::Asks,
        SlideKind::Supporters,
    ];

    /// The speaker-notes key this kind of slide uses.
    pub fn note_slide(self) -> NoteSlide {
        match self {
            SlideKind::Title => NoteSlide::Title,
            SlideKind::WhoIAm => NoteSlide::Story,
            SlideKind::ValuesStrengths => NoteSlide::Values,
            SlideKind::Energy => NoteSlide::Energy,
            SlideKind::Roadmap => NoteSlide::Roadmap,
            SlideKind::Growth => NoteSlide::Growth,
            SlideKind::Asks => NoteSlide::Asks,
            SlideKind::Supporters => NoteSlide::Supporters,
        }
    }

    /// The slide's name as people see it (the same words as the speaker-notes editor).
    pub fn label(self) -> &'static str {
        self.note_slide().label()
    }
}

/// One slide.
#[derive(Clone, Debug, PartialEq)]
pub struct Slide {
    pub kind: SlideKind,
    /// 0 for the first slide of its kind, 1.. for continuations.
    pub part: usize,
    /// How many slides this kind takes.
    pub parts: usize,
    /// Whose speaker notes to show with it.
    pub note_slide: NoteSlide,
    pub content: SlideContent,
}

impl Slide {
    /// The slide's heading: the deck's title on the title slide, else "Growth" or
    /// "Growth (2 of 3)".
    pub fn title(&self) -> String {
        if let SlideContent::Title(t) = &self.content {
            return t.title.clone();
        }
        let name = self.kind.label();
        if self.parts > 1 {
            format!("{name} ({} of {})", self.part + 1, self.parts)
        } else {
            name.to_owned()
        }
    }

    /// The presenter's note for this slide in `deck` (empty if none or not shared).
    pub fn notes<'a>(&self, deck: &'a Deck) -> &'a str {
        deck.speaker_notes
            .as_ref()
            .map_or("", |n| n.get(self.note_slide))
    }
}

/// What a slide shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SlideContent {
    Title(TitleContent),
    /// "Who I am": this slide's share of the story, paragraph by paragraph.
    Story {
        paragraphs: Vec<String>,
    },
    /// Values and strengths, energy, or asks: one or two columns.
    Lists(Vec<ListBlock>),
    /// This slide's roadmap items (past → aspiration) and their timeline.
    Roadmap {
        items: Vec<RoadmapItem>,
        timeline: Timeline,
    },
    /// A chart (on the first growth slide, or on chart slides for very many competencies)
    /// and competencies' plans.
    Growth {
        chart: Option<GrowthChart>,
        plans: Vec<PlanBlock>,
    },
    Supporters(Vec<SupporterCard>),
}

/// The title slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleContent {
    /// The deck's title ("Untitled deck" if it has none).
    pub title: String,
    /// The person's name, when the share carries it.
    pub owner: Option<String>,
    /// Empty when there is none.
    pub headline: String,
    /// Their "one big thing"; empty when there is none.
    pub pitch: String,
}

/// A headed list; `continued` when earlier items of it are on an earlier slide.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ListBlock {
    pub heading: &'static str,
    pub items: Vec<String>,
    pub continued: bool,
}

/// The competency chart with its words.
#[derive(Clone, Debug, PartialEq)]
pub struct GrowthChart {
    pub chart: Chart,
    /// The same numbers as a table.
    pub table: Vec<ChartRow>,
    /// "Current and target level for 3 competencies".
    pub title: String,
    /// "Product discovery: now 2 (Learning), aiming for 4 (Skilled); …".
    pub description: String,
}

/// A competency's plan (or the rest of it, when `continued`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanBlock {
    pub competency_id: String,
    pub name: String,
    /// 0–5.
    pub current: u8,
    /// 0–5.
    pub target: u8,
    pub current_label: &'static str,
    pub target_label: &'static str,
    /// Why it matters; empty on a continuation.
    pub why: String,
    pub actions: Vec<PlanAction>,
    /// Earlier actions of this competency are on an earlier slide.
    pub continued: bool,
}

/// A step in a plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanAction {
    pub id: String,
    pub text: String,
    /// In words ("31 Jan 2027").
    pub due: Option<String>,
    pub done: bool,
}

/// Someone who can help.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SupporterCard {
    pub id: String,
    pub name: String,
    pub role: SupporterRole,
    /// "Mentor", …
    pub role_label: &'static str,
    pub how: String,
}

/// The deck as slides, in presenting order; kinds with nothing to show are left out, so a
/// deck with nothing else still has its title slide.
pub fn slides(deck: &Deck) -> Vec<Slide> {
    let profile = deck.profile.as_ref();
    let list = |f: fn(&crate::model::Profile) -> &Vec<String>| -> Vec<String> {
        profile.map(|p| clean(f(p))).unwrap_or_default()
    };
    let mut out = Vec::new();
    let mut add = |kind: SlideKind, contents: Vec<SlideContent>| {
        let parts = contents.len();
        for (part, content) in contents.into_iter().enumerate() {
            out.push(Slide {
                kind,
                part,
                parts,
                note_slide: kind.note_slide(),
                content,
            });
        }
    };
    add(
        SlideKind::Title,
        vec![SlideContent::Title(title_content(deck))],
    );
    add(
        SlideKind::WhoIAm,
        story_parts(profile.map_or("", |p| p.story.as_str()))
            .into_iter()
            .map(|paragraphs| SlideContent::Story { paragraphs })
            .collect(),
    );
    add(
        SlideKind::ValuesStrengths,
        columns(&[
            ("Values", list(|p| &p.values)),
            ("Strengths", list(|p| &p.strengths)),
        ]),
    );
    add(
        SlideKind::Energy,
        columns(&[
            ("What gives me energy", list(|p| &p.energizers)),
            ("What drains me", list(|p| &p.drainers)),
        ]),
    );
    add(
        SlideKind::Roadmap,
        roadmap_parts(deck.roadmap.as_deref().unwrap_or_default()),
    );
    add(
        SlideKind::Growth,
        growth_parts(deck.competencies.as_deref().unwrap_or_default()),
    );
    add(
        SlideKind::Asks,
        columns(&[
            ("What I need", list(|p| &p.needs)),
            (
                "What I'm asking for",
                clean(deck.asks.as_deref().unwrap_or_default()),
            ),
        ]),
    );
    add(
        SlideKind::Supporters,
        supporter_parts(deck.supporters.as_deref().unwrap_or_default()),
    );
    out
}

fn clean(items: &[String]) -> Vec<String> {
    items
        .iter()
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect()
}

fn title_content(deck: &Deck) -> TitleContent {
    let title = deck.title.trim();
    let profile = deck.profile.as_ref();
    TitleContent {
        title: if title.is_empty() {
            "Untitled deck"
        } else {
            title
        }
        .to_owned(),
        owner: deck
            .owner
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned),
        headline: profile.map_or("", |p| p.headline.trim()).to_owned(),
        pitch: profile.map_or("", |p| p.pitch.trim()).to_owned(),
    }
}

/// Splits things of these costs into the fewest groups allowed by the limits, each closed
/// once it reaches an even share, so groups come out about equal. A single thing over
/// `max_cost` gets a group of its own.
fn pack(costs: &[usize], max_items: usize, max_cost: usize) -> Vec<Range<usize>> {
    if costs.is_empty() {
        return Vec::new();
    }
    let total: usize = costs.iter().sum();
    let groups = costs
        .len()
        .div_ceil(max_items.max(1))
        .max(total.div_ceil(max_cost.max(1)))
        .max(1);
    let goal_items = costs.len().div_ceil(groups);
    let goal_cost = total.div_ceil(groups);
    let mut out = Vec::new();
    let (mut start, mut count, mut cost) = (0, 0, 0);
    for (i, &c) in costs.iter().enumerate() {
        let full = count >= max_items || cost + c > max_cost;
        let even = count >= goal_items || cost >= goal_cost;
        if count > 0 && (full || even) {
            out.push(start..i);
            (start, count, cost) = (i, 0, 0);
        }
        count += 1;
        cost += c;
    }
    out.push(start..costs.len());
    out
}

/// Two (or more) lists side by side; the n-th slide holds each list's n-th share.
fn columns(lists: &[(&'static str, Vec<String>)]) -> Vec<SlideContent> {
    let splits: Vec<Vec<Range<usize>>> = lists
        .iter()
        .map(|(_, items)| {
            let costs: Vec<usize> = items.iter().map(|s| word_count(s)).collect();
            pack(&costs, LIST_ITEMS, LIST_WORDS)
        })
        .collect();
    let parts = splits.iter().map(Vec::len).max().unwrap_or(0);
    (0..parts)
        .map(|p| {
            SlideContent::Lists(
                lists
                    .iter()
                    .zip(&splits)
                    .filter_map(|((heading, items), ranges)| {
                        let r = ranges.get(p)?;
                        Some(ListBlock {
                            heading,
                            items: items[r.clone()].to_vec(),
                            continued: p > 0,
                        })
                    })
                    .collect(),
            )
        })
        .collect()
}

/// Whether a word ends a sentence ("done.", "why?", "(really!)").
fn ends_sentence(word: &str) -> bool {
    word.trim_end_matches(['"', '\'', ')', ']', '”', '’', '»'])
        .ends_with(['.', '!', '?', '…'])
}

/// The story in slide-sized shares of paragraphs; nothing when it is empty.
fn story_parts(story: &str) -> Vec<Vec<String>> {
    // Units: (paragraph, words) — sentences, or pieces of an over-long one.
    let mut units: Vec<(usize, Vec<&str>)> = Vec::new();
    for (p, paragraph) in story
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .enumerate()
    {
        let mut sentence: Vec<&str> = Vec::new();
        for word in paragraph.split_whitespace() {
            sentence.push(word);
            if ends_sentence(word) {
                units.push((p, std::mem::take(&mut sentence)));
            }
        }
        if !sentence.is_empty() {
            units.push((p, sentence));
        }
    }
    let units: Vec<(usize, Vec<&str>)> = units
        .into_iter()
        .flat_map(|(p, words)| {
            words
                .chunks(STORY_WORDS)
                .map(|c| (p, c.to_vec()))
                .collect::<Vec<_>>()
        })
        .collect();
    let costs: Vec<usize> = units.iter().map(|(_, w)| w.len()).collect();
    pack(&costs, usize::MAX, STORY_WORDS)
        .into_iter()
        .map(|range| {
            let mut paragraphs: Vec<(usize, String)> = Vec::new();
            for (p, words) in &units[range] {
                let text = words.join(" ");
                match paragraphs.last_mut() {
                    Some((lp, last)) if lp == p => {
                        last.push(' ');
                        last.push_str(&text);
                    }
                    _ => paragraphs.push((*p, text)),
                }
            }
            paragraphs.into_iter().map(|(_, t)| t).collect()
        })
        .collect()
}

/// The roadmap past → aspiration (by date within a horizon), in balanced timelines.
fn roadmap_parts(items: &[RoadmapItem]) -> Vec<SlideContent> {
    let horizon = |h: Horizon| Horizon::ALL.iter().position(|x| *x == h).unwrap_or(0);
    let mut sorted: Vec<(usize, &RoadmapItem)> = items.iter().enumerate().collect();
    sorted.sort_by(|(ia, a), (ib, b)| {
        let when = |r: &RoadmapItem| r.start.clone().or_else(|| r.end.clone());
        horizon(a.horizon)
            .cmp(&horizon(b.horizon))
            .then_with(|| match (when(a), when(b)) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then(ia.cmp(ib))
    });
    let mut rest: &[(usize, &RoadmapItem)] = &sorted;
    balanced_sizes(sorted.len(), ROADMAP_ITEMS)
        .into_iter()
        .map(|n| {
            let (chunk, tail) = rest.split_at(n);
            rest = tail;
            let items: Vec<RoadmapItem> = chunk.iter().map(|(_, r)| (*r).clone()).collect();
            SlideContent::Roadmap {
                timeline: timeline(&items, TIMELINE_WIDTH),
                items,
            }
        })
        .collect()
}

fn growth_chart(items: &[(String, u8, u8)], only: bool) -> GrowthChart {
    GrowthChart {
        // Several charts all use bars, so that they look alike.
        chart: if only {
            competency_chart(items)
        } else {
            Chart::Bars(bars(items))
        },
        table: chart::table(items),
        title: chart::title(items),
        description: chart::description(items),
    }
}

/// Growth: the chart first, then the plans.
fn growth_parts(competencies: &[Competency]) -> Vec<SlideContent> {
    if competencies.is_empty() {
        return Vec::new();
    }
    let items = chart_items(competencies);
    let sizes = balanced_sizes(items.len(), CHART_ITEMS);
    let only = sizes.len() == 1;
    let mut rest: &[(String, u8, u8)] = &items;
    let charts: Vec<GrowthChart> = sizes
        .iter()
        .map(|&n| {
            let (chunk, tail) = rest.split_at(n);
            rest = tail;
            growth_chart(chunk, only)
        })
        .collect();
    let mut pages = plan_pages(competencies, only).into_iter();
    let mut out: Vec<SlideContent> = Vec::new();
    for chart in charts {
        out.push(SlideContent::Growth {
            chart: Some(chart),
            plans: if only {
                pages.next().unwrap_or_default()
            } else {
                Vec::new()
            },
        });
    }
    out.extend(pages.map(|plans| SlideContent::Growth { chart: None, plans }));
    out
}

/// Plans flowed onto pages; the first page is smaller when it shares its slide with the chart.
fn plan_pages(competencies: &[Competency], beside_chart: bool) -> Vec<Vec<PlanBlock>> {
    let budget = |page: usize| {
        if beside_chart && page == 0 {
            (PLAN_COMPETENCIES_WITH_CHART, PLAN_ROWS_WITH_CHART)
        } else {
            (PLAN_COMPETENCIES, PLAN_ROWS)
        }
    };
    let mut pages: Vec<Vec<PlanBlock>> = Vec::new();
    let mut page: Vec<PlanBlock> = Vec::new();
    let mut rows = 0;
    for c in competencies {
        let why = c.why.trim();
        let mut next = 0;
        let mut first = true;
        loop {
            let (max_plans, max_rows) = budget(pages.len());
            let head = 1 + usize::from(first && !why.is_empty());
            let remaining = c.actions.len() - next;
            let need = head + remaining.min(1);
            if !page.is_empty() && (page.len() >= max_plans || rows + need > max_rows) {
                pages.push(std::mem::take(&mut page));
                rows = 0;
                continue;
            }
            let room = max_rows.saturating_sub(rows + head).max(remaining.min(1));
            let take = remaining.min(room);
            page.push(plan_block(
                c,
                if first { why } else { "" },
                next..next + take,
                !first,
            ));
            rows += head + take;
            next += take;
            first = false;
            if next >= c.actions.len() {
                break;
            }
            pages.push(std::mem::take(&mut page));
            rows = 0;
        }
    }
    if !page.is_empty() {
        pages.push(page);
    }
    pages
}

fn plan_block(c: &Competency, why: &str, actions: Range<usize>, continued: bool) -> PlanBlock {
    let (current, target) = (c.current.min(5), c.target.min(5));
    PlanBlock {
        competency_id: c.id.clone(),
        name: c.name.trim().to_owned(),
        current,
        target,
        current_label: LEVEL_NAMES[usize::from(current)],
        target_label: LEVEL_NAMES[usize::from(target)],
        why: why.to_owned(),
        actions: c.actions[actions]
            .iter()
            .map(|a| PlanAction {
                id: a.id.clone(),
                text: a.text.trim().to_owned(),
                due: a.due.as_deref().map(date_label),
                done: a.done,
            })
            .collect(),
        continued,
    }
}

fn supporter_parts(supporters: &[Supporter]) -> Vec<SlideContent> {
    let costs: Vec<usize> = supporters
        .iter()
        .map(|s| word_count(&s.name) + word_count(&s.how))
        .collect();
    pack(&costs, SUPPORTERS, SUPPORTER_WORDS)
        .into_iter()
        .map(|r| {
            SlideContent::Supporters(
                supporters[r]
                    .iter()
                    .map(|s| SupporterCard {
                        id: s.id.clone(),
                        name: s.name.trim().to_owned(),
                        role: s.role,
                        role_label: s.role.label(),
                        how: s.how.trim().to_owned(),
                    })
                    .collect(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packing_is_bounded_and_balanced() {
        assert_eq!(pack(&[1; 7], 6, 100), vec![0..4, 4..7]);
        assert_eq!(pack(&[1; 6], 6, 100), vec![0..6]);
        assert_eq!(pack(&[30, 30, 30], 6, 72), vec![0..2, 2..3]);
        assert_eq!(pack(&[200, 1], 6, 72), vec![0..1, 1..2]);
        assert!(pack(&[], 6, 72).is_empty());
    }

    #[test]
    fn story_splits_between_sentences() {
        let sentence = "This sentence has exactly ten words in it, you see.";
        let story = [sentence; 12].join(" ");
        let parts = story_parts(&story);
        assert_eq!(parts.len(), 2);
        for p in &parts {
            let words: usize = p.iter().map(|s| word_count(s)).sum();
            assert!(words <= STORY_WORDS && words.is_multiple_of(10), "{words}");
        }
        assert!(story_parts("  \n ").is_empty());
        let two = story_parts("First paragraph.\n\nSecond one.");
        assert_eq!(two, vec![vec!["First paragraph.", "Second one."]]);
    }

    #[test]
    fn one_long_sentence_splits_between_words() {
        let story = vec!["word"; 200].join(" ");
        let parts = story_parts(&story);
        assert_eq!(parts.len(), 3);
        assert!(parts
            .iter()
            .all(|p| word_count(&p.join(" ")) <= STORY_WORDS));
    }
}
