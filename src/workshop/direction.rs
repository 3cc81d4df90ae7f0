//! Where you could go: three genuinely different five-year sketches — the path you are on,
//! what you would do if that path vanished, and what you would do if money and image did not
//! matter — each rated for confidence, appeal and resources.
//!
//! What reaches the deck:
//! - the chosen sketch's steps become *next* items on the roadmap;
//! - the boldest sketch (the one the person marks, else the most appealing) becomes the
//!   *aspiration*;
//! - the chosen sketch's open questions become **asks** ("Introduce me to someone already
//!   doing this …, so I can ask: …"). Asks, not actions on a competency, because the
//!   questions come before the person has named any competencies (that is the next step), and
//!   because finding someone who already does the work is exactly what a manager can help
//!   with. The gaps step then adds the person's own people actions.

use serde::{Deserialize, Serialize};

use super::apply::RoadmapDraft;
use super::text::{same_text, words};
use crate::model::{is_year_month, normalize_month, Horizon};

/// Ratings run from 0 to this.
pub const MAX_RATING: u8 = 4;
/// A title longer than this many words stops being a title.
pub const TITLE_WORDS: usize = 6;

/// Words for the ratings 0–4, however they are asked.
pub const RATING_LABELS: [&str; 5] = ["Not at all", "A little", "Somewhat", "Quite", "Very"];

/// The question behind the confidence rating.
pub const CONFIDENCE_PROMPT: &str = "How sure are you that you could make this happen?";
/// The question behind the appeal rating.
pub const APPEAL_PROMPT: &str = "How much do you want it?";
/// The question behind the resources rating.
pub const RESOURCES_PROMPT: &str =
    "Do you have what it takes to start: the time, the money, the people?";
/// The prompt for the six-word title.
pub const TITLE_PROMPT: &str = "Give it a title of about six words.";
/// The prompt for open questions.
pub const QUESTIONS_PROMPT: &str =
    "What would you need to find out before you could take this seriously? \
    Write each as a question.";
/// The prompt for the first steps.
pub const STEPS_PROMPT: &str =
    "What are the first two or three steps on this path, and roughly when?";

/// Which of the three sketches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SketchKind {
    /// Keep going the way you are going.
    CurrentPath,
    /// If the path you are on vanished.
    PathVanished,
    /// If money and image did not matter.
    Unbounded,
}

impl SketchKind {
    /// The three, in order.
    pub const ALL: [SketchKind; 3] = [
        SketchKind::CurrentPath,
        SketchKind::PathVanished,
        SketchKind::Unbounded,
    ];

    /// The sketch's heading.
    pub fn label(self) -> &'static str {
        match self {
            SketchKind::CurrentPath => "The path you are on",
            SketchKind::PathVanished => "If that path vanished",
            SketchKind::Unbounded => "If money and image did not matter",
        }
    }

    /// The prompt that opens the sketch.
    pub fn prompt(self) -> &'static str {
        match self {
            SketchKind::CurrentPath => {
                "Keep going the way you are going. Five years from now, where are you, what \
                 does a good day look like, and who is around you?"
            }
            SketchKind::PathVanished => {
                "Imagine your role, or your whole field, disappeared tomorrow. You keep your \
                 strengths and your values. What would you do instead?"
            }
            SketchKind::Unbounded => {
                "Suppose you had enough money and nobody would judge you. What would you spend \
                 your working days on?"
            }
        }
    }
}

/// A first step on a sketch's path.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SketchStep {
    pub title: String,
    /// `YYYY-MM` once readable.
    pub when: Option<String>,
}

/// One five-year sketch.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sketch {
    pub six_word_title: String,
    pub description: String,
    /// Open questions, one each.
    pub questions: Vec<String>,
    /// The first steps on this path.
    pub steps: Vec<SketchStep>,
    /// 0–4.
    pub confidence: u8,
    /// 0–4.
    pub appeal: u8,
    /// 0–4.
    pub resources: u8,
}

impl Sketch {
    /// Whether the person has written anything for it.
    pub fn is_started(&self) -> bool {
        !self.six_word_title.trim().is_empty() || !self.description.trim().is_empty()
    }

    /// Adds a first step, with its month as typed ("Sept 2027"), and answers its index.
    pub fn add_step(&mut self, title: &str, when: &str) -> usize {
        let when = when.trim();
        self.steps.push(SketchStep {
            title: title.to_owned(),
            when: (!when.is_empty()).then(|| normalize_month(when)),
        });
        self.steps.len() - 1
    }

    fn clamp(&mut self) {
        self.confidence = self.confidence.min(MAX_RATING);
        self.appeal = self.appeal.min(MAX_RATING);
        self.resources = self.resources.min(MAX_RATING);
    }
}

/// A note on a sketch's title, if one is due.
pub fn title_hint(title: &str) -> Option<String> {
    let n = words(title).len();
    (n > TITLE_WORDS + 2).then(|| {
        format!("That is {n} words. About six keeps it memorable: what is the heart of it?")
    })
}

/// The direction exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DirectionWork {
    pub current_path: Sketch,
    pub path_vanished: Sketch,
    pub unbounded: Sketch,
    /// The sketch the person chooses to pursue.
    pub chosen: Option<SketchKind>,
    /// The sketch the person marks as their aspiration (else the most appealing one).
    pub aspiration: Option<SketchKind>,
}

impl DirectionWork {
    /// One sketch.
    pub fn sketch(&self, kind: SketchKind) -> &Sketch {
        match kind {
            SketchKind::CurrentPath => &self.current_path,
            SketchKind::PathVanished => &self.path_vanished,
            SketchKind::Unbounded => &self.unbounded,
        }
    }

    /// One sketch, to change it.
    pub fn sketch_mut(&mut self, kind: SketchKind) -> &mut Sketch {
        match kind {
            SketchKind::CurrentPath => &mut self.current_path,
            SketchKind::PathVanished => &mut self.path_vanished,
            SketchKind::Unbounded => &mut self.unbounded,
        }
    }

    /// Chooses the sketch to pursue.
    pub fn choose(&mut self, kind: SketchKind) {
        self.chosen = Some(kind);
    }

    /// The chosen sketch, if any.
    pub fn chosen_sketch(&self) -> Option<&Sketch> {
        self.chosen.map(|k| self.sketch(k))
    }

    /// The boldest sketch: the one marked as the aspiration, else the started one with the
    /// highest appeal (on a tie, the further from the current path).
    pub fn boldest(&self) -> Option<SketchKind> {
        if let Some(k) = self.aspiration {
            return Some(k);
        }
        let mut best: Option<SketchKind> = None;
        for k in SketchKind::ALL {
            let s = self.sketch(k);
            // `>=`: on a tie the later, further-out sketch wins.
            if s.is_started() && best.is_none_or(|b| s.appeal >= self.sketch(b).appeal) {
                best = Some(k);
            }
        }
        best
    }

    /// A note when two sketches sound alike: the exercise only works when they differ.
    pub fn sameness_hint(&self) -> Option<String> {
        let kinds = SketchKind::ALL;
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                let (sa, sb) = (self.sketch(*a), self.sketch(*b));
                if !sa.is_started() || !sb.is_started() {
                    continue;
                }
                let same_title = !sa.six_word_title.trim().is_empty()
                    && same_text(&sa.six_word_title, &sb.six_word_title);
                if same_title || overlap(&sa.six_word_title, &sb.six_word_title) >= 0.6 {
                    return Some(format!(
                        "“{}” and “{}” sound alike. Let the second one go somewhere genuinely \
                         different: what would you do if that option were closed?",
                        a.label(),
                        b.label()
                    ));
                }
            }
        }
        None
    }

    /// The chosen sketch's steps as next roadmap items.
    pub fn next_items(&self) -> Vec<RoadmapDraft> {
        let Some(s) = self.chosen_sketch() else {
            return Vec::new();
        };
        let towards = s.six_word_title.trim();
        s.steps
            .iter()
            .filter(|st| !st.title.trim().is_empty())
            .map(|st| RoadmapDraft {
                title: st.title.trim().to_owned(),
                organization: String::new(),
                start: st.when.clone().filter(|m| is_year_month(m)),
                end: None,
                horizon: Horizon::Next,
                notes: if towards.is_empty() {
                    String::new()
                } else {
                    format!("A step towards: {towards}")
                },
            })
            .collect()
    }

    /// The boldest sketch as the aspiration on the roadmap.
    pub fn aspiration_item(&self) -> Option<RoadmapDraft> {
        let s = self.sketch(self.boldest()?);
        let title = s.six_word_title.trim();
        if title.is_empty() {
            return None;
        }
        Some(RoadmapDraft {
            title: title.to_owned(),
            organization: String::new(),
            start: None,
            end: None,
            horizon: Horizon::Aspiration,
            notes: s.description.trim().to_owned(),
        })
    }

    /// The chosen sketch's open questions, as asks.
    pub fn question_asks(&self) -> Vec<String> {
        let Some(s) = self.chosen_sketch() else {
            return Vec::new();
        };
        let title = s.six_word_title.trim();
        s.questions
            .iter()
            .map(|q| q.trim())
            .filter(|q| !q.is_empty())
            .map(|q| {
                if title.is_empty() {
                    format!("Introduce me to someone already on this path, so I can ask: {q}")
                } else {
                    format!("Introduce me to someone already doing “{title}”, so I can ask: {q}")
                }
            })
            .collect()
    }

    /// Puts ratings back in range.
    pub(crate) fn repair(&mut self) {
        for k in SketchKind::ALL {
            self.sketch_mut(k).clamp();
        }
    }
}

/// The share of words two titles have in common (0 to 1).
fn overlap(a: &str, b: &str) -> f64 {
    let keep = |s: &str| -> Vec<String> {
        let mut ws: Vec<String> = words(s)
            .into_iter()
            .filter(|w| !super::text::is_stopword(w))
            .map(|w| super::text::stem(&w))
            .collect();
        ws.sort();
        ws.dedup();
        ws
    };
    let (wa, wb) = (keep(a), keep(b));
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let common = wa.iter().filter(|w| wb.contains(w)).count();
    let union = wa.len() + wb.len() - common;
    common as f64 / union as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sketch(title: &str, appeal: u8) -> Sketch {
        Sketch {
            six_word_title: title.into(),
            appeal,
            ..Sketch::default()
        }
    }

    #[test]
    fn the_boldest_is_marked_or_most_appealing_and_ties_go_further_out() {
        let mut d = DirectionWork {
            current_path: sketch("Ward manager at a teaching hospital", 3),
            path_vanished: sketch("Training nurses for a medical charity", 3),
            unbounded: sketch("", 4),
            ..DirectionWork::default()
        };
        assert_eq!(
            d.boldest(),
            Some(SketchKind::PathVanished),
            "unstarted ones don't count"
        );
        d.unbounded.six_word_title = "Running a bakery by the sea".into();
        assert_eq!(d.boldest(), Some(SketchKind::Unbounded));
        d.unbounded.appeal = 1;
        assert_eq!(d.boldest(), Some(SketchKind::PathVanished));
        d.aspiration = Some(SketchKind::CurrentPath);
        assert_eq!(d.boldest(), Some(SketchKind::CurrentPath));
        assert_eq!(DirectionWork::default().boldest(), None);
    }

    #[test]
    fn alike_sketches_are_pointed_out() {
        let mut d = DirectionWork {
            current_path: sketch("Senior sales manager for the north region", 2),
            path_vanished: sketch("Sales manager in the north", 2),
            unbounded: sketch("Teaching woodwork to teenagers", 4),
            ..DirectionWork::default()
        };
        assert!(d.sameness_hint().is_some());
        d.path_vanished.six_word_title = "Running training for new sales staff".into();
        assert_eq!(d.sameness_hint(), None);
    }

    #[test]
    fn long_titles_get_a_hint() {
        assert!(title_hint("Teaching woodwork to teenagers").is_none());
        assert!(title_hint("one two three four five six seven eight nine").is_some());
    }
}
