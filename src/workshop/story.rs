//! Your story so far: two to six chapters, each with a high, a low and what turned it; then a
//! paragraph the person writes in their own voice (the app offers prompts, never the words).
//!
//! Chapters become past items on the roadmap; the paragraph becomes the deck's story. The
//! lows stay in the workshop: a deck is shared, and a low point is the person's to tell.

use serde::{Deserialize, Serialize};

use super::apply::RoadmapDraft;
use crate::model::{is_year_month, month_label, normalize_month, Horizon};

/// Fewer chapters than this rarely tell a story.
pub const MIN_CHAPTERS: usize = 2;
/// More chapters than this and the story loses its shape.
pub const MAX_CHAPTERS: usize = 6;

/// The prompts beside a chapter's fields.
pub const CHAPTER_TITLE_PROMPT: &str =
    "Name this chapter as if it were in a book: “The night shifts”, \
    “Learning to sell”, “Back to school”.";
/// The prompt for a chapter's high point.
pub const HIGH_PROMPT: &str = "The best moment of this chapter";
/// The prompt for a chapter's low point.
pub const LOW_PROMPT: &str = "The hardest moment (this stays in the workshop)";
/// The prompt for what changed.
pub const TURNING_POINT_PROMPT: &str = "What ended this chapter, or changed your direction?";

/// Prompts for writing the story paragraph.
pub const STORY_PROMPTS: &[&str] = &[
    "What thread runs through all your chapters, even the ones that looked like detours?",
    "Which turning point explains the most about who you are at work today?",
    "What would someone who has known you for years say you keep coming back to?",
    "Start where you began and end where you are heading. Four or five sentences is plenty.",
    "Write it the way you would tell it over a cup of tea, not the way a CV says it.",
];

/// One chapter of the person's story.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Chapter {
    pub title: String,
    /// `YYYY-MM` once readable (what the person typed, otherwise).
    pub from: Option<String>,
    /// `YYYY-MM` once readable; none while it goes on.
    pub to: Option<String>,
    pub high: String,
    pub low: String,
    pub turning_point: String,
}

/// Something to fix in a chapter before it goes on the roadmap.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChapterIssue {
    /// The chapter's index.
    pub chapter: usize,
    pub message: String,
}

/// The story exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StoryWork {
    pub chapters: Vec<Chapter>,
    /// The person's story, in their words.
    pub paragraph: String,
}

fn month_input(typed: &str) -> Option<String> {
    let t = typed.trim();
    (!t.is_empty()).then(|| normalize_month(t))
}

impl StoryWork {
    /// Adds an empty chapter and answers its index (none beyond `MAX_CHAPTERS`).
    pub fn add_chapter(&mut self) -> Option<usize> {
        if self.chapters.len() >= MAX_CHAPTERS {
            return None;
        }
        self.chapters.push(Chapter::default());
        Some(self.chapters.len() - 1)
    }

    /// Removes the chapter at `index`, if there is one.
    pub fn remove_chapter(&mut self, index: usize) {
        if index < self.chapters.len() {
            self.chapters.remove(index);
        }
    }

    /// Sets when a chapter began, from what the person typed ("March 2019", "03/2019").
    pub fn set_from(&mut self, index: usize, typed: &str) {
        if let Some(c) = self.chapters.get_mut(index) {
            c.from = month_input(typed);
        }
    }

    /// Sets when a chapter ended (empty: it goes on).
    pub fn set_to(&mut self, index: usize, typed: &str) {
        if let Some(c) = self.chapters.get_mut(index) {
            c.to = month_input(typed);
        }
    }

    /// Whether there are enough chapters to tell a story.
    pub fn enough_chapters(&self) -> bool {
        self.named().count() >= MIN_CHAPTERS
    }

    fn named(&self) -> impl Iterator<Item = (usize, &Chapter)> {
        self.chapters
            .iter()
            .enumerate()
            .filter(|(_, c)| !c.title.trim().is_empty())
    }

    /// Months that cannot be read, and chapters that end before they begin.
    pub fn issues(&self) -> Vec<ChapterIssue> {
        let mut out = Vec::new();
        for (i, c) in self.chapters.iter().enumerate() {
            let mut push = |message: String| {
                out.push(ChapterIssue {
                    chapter: i,
                    message,
                })
            };
            for (label, value) in [("began", &c.from), ("ended", &c.to)] {
                if let Some(v) = value.as_deref().filter(|v| !is_year_month(v)) {
                    push(format!(
                        "Chapter {}: “{v}” is not a month I can read. Try something like \
                         “March 2019” for when it {label}.",
                        i + 1
                    ));
                }
            }
            if let (Some(f), Some(t)) = (&c.from, &c.to) {
                if crate::model::ends_before_start(f, t) {
                    push(format!(
                        "Chapter {}: it ends ({}) before it begins ({}).",
                        i + 1,
                        month_label(t),
                        month_label(f)
                    ));
                }
            }
        }
        out
    }
}

/// The chapters as past roadmap items: named chapters only, with their months where they can
/// be read, and the high point and turning point as notes.
pub fn chapters_to_roadmap(chapters: &[Chapter]) -> Vec<RoadmapDraft> {
    chapters
        .iter()
        .filter(|c| !c.title.trim().is_empty())
        .map(|c| {
            let month = |m: &Option<String>| m.clone().filter(|m| is_year_month(m));
            let mut notes = Vec::new();
            if !c.high.trim().is_empty() {
                notes.push(format!("High point: {}", c.high.trim()));
            }
            if !c.turning_point.trim().is_empty() {
                notes.push(format!("Turning point: {}", c.turning_point.trim()));
            }
            RoadmapDraft {
                title: c.title.trim().to_owned(),
                organization: String::new(),
                start: month(&c.from),
                end: month(&c.to),
                horizon: Horizon::Past,
                notes: notes.join(" "),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chapters_are_capped_and_months_read_as_typed() {
        let mut s = StoryWork::default();
        for _ in 0..MAX_CHAPTERS {
            assert!(s.add_chapter().is_some());
        }
        assert_eq!(s.add_chapter(), None);
        s.set_from(0, "March 2019");
        s.set_to(0, " ");
        assert_eq!(s.chapters[0].from.as_deref(), Some("2019-03"));
        assert_eq!(s.chapters[0].to, None);
        s.set_from(1, "spring 2019");
        s.set_from(2, "2021-05");
        s.set_to(2, "2020-01");
        let issues = s.issues();
        assert_eq!(issues.len(), 2, "{issues:?}");
        assert_eq!(issues[0].chapter, 1);
        assert!(issues[1]
            .message
            .contains("ends (Jan 2020) before it begins (May 2021)"));
        assert!(!s.enough_chapters());
    }
}
