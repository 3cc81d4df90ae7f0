//! What to learn next: for the chosen direction, the few capabilities to build, where the
//! person is and where they aim (the editor's level names, so a 3 means the same everywhere),
//! and one first action each, written as "When/If …, I will …" with a date.
//!
//! Most growth comes from doing the work and from other people, less from courses; when every
//! first action is a course, the exercise says so.

use serde::{Deserialize, Serialize};

use super::apply::{ActionDraft, CompetencyDraft};
use crate::model::{date_label, is_date, normalize_date, LEVEL_DESCRIPTIONS, LEVEL_NAMES};

/// The highest level.
pub const MAX_LEVEL: u8 = 5;

/// The prompt for naming a capability.
pub const GAP_PROMPT: &str =
    "What do you need to get better at for this direction? Name two to four \
    things, as concretely as you can.";
/// The prompt for why it matters.
pub const WHY_PROMPT: &str = "Why does it matter for where you are going?";
/// The prompt for the cue of the first action.
pub const WHEN_PROMPT: &str = "When or if… (the moment that will remind you)";
/// The prompt for the first action itself.
pub const WILL_PROMPT: &str = "I will… (something small enough to do that day)";

/// First actions written the "When/If …, I will …" way, one of each kind.
pub const ACTION_EXAMPLES: &[(ActionKind, &str)] = &[
    (
        ActionKind::OnTheJob,
        "When the next rota comes out, I will ask to lead one handover a week.",
    ),
    (
        ActionKind::People,
        "When I next see Sam from finance, I will ask her to walk me through the budget.",
    ),
    (
        ActionKind::Course,
        "If the spring course list is out by March, I will sign up for the negotiation module.",
    ),
];

/// The level's name and what it means: "Practising — Doing it on my own, most of the time".
pub fn level_label(level: u8) -> String {
    let i = usize::from(level.min(MAX_LEVEL));
    format!("{} — {}", LEVEL_NAMES[i], LEVEL_DESCRIPTIONS[i])
}

/// How a person learns something.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionKind {
    /// Doing it, in the work itself.
    #[default]
    OnTheJob,
    /// Learning from someone: asking, shadowing, being coached.
    People,
    /// A course, a book, a programme.
    Course,
}

impl ActionKind {
    /// The three, in button order.
    pub const ALL: [ActionKind; 3] = [ActionKind::OnTheJob, ActionKind::People, ActionKind::Course];

    /// The choice's words.
    pub fn label(self) -> &'static str {
        match self {
            ActionKind::OnTheJob => "On the job",
            ActionKind::People => "With people",
            ActionKind::Course => "A course or reading",
        }
    }
}

/// The first step for one capability.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct FirstAction {
    /// "When the next rota comes out" (a leading "When" or "If" is added when missing).
    pub when: String,
    /// "ask to lead one handover a week" (a leading "I will" is fine too).
    pub will: String,
    /// `YYYY-MM-DD` once readable.
    pub due: Option<String>,
    pub kind: ActionKind,
}

impl FirstAction {
    /// Sets the date from what the person typed ("31 March 2027").
    pub fn set_due(&mut self, typed: &str) {
        let t = typed.trim();
        self.due = (!t.is_empty()).then(|| normalize_date(t));
    }

    /// Whether there is an action at all.
    pub fn is_written(&self) -> bool {
        !strip_will(&self.will).is_empty()
    }

    /// "When the next rota comes out, I will ask to lead one handover a week."
    pub fn text(&self) -> String {
        let will = strip_will(&self.will);
        if will.is_empty() {
            return String::new();
        }
        let will = will.trim_end_matches(['.', '!']);
        let cue = self
            .when
            .trim()
            .trim_end_matches([',', '.', ' '])
            .to_owned();
        if cue.is_empty() {
            return format!("I will {will}.");
        }
        let lower = cue.to_lowercase();
        let cue = if lower.starts_with("when ") || lower.starts_with("if ") {
            super::text::capitalize_first(&cue)
        } else {
            format!("When {cue}")
        };
        format!("{cue}, I will {will}.")
    }
}

fn strip_will(will: &str) -> &str {
    let t = will.trim();
    if ["i will", "i'll", "i’ll"]
        .iter()
        .any(|p| t.eq_ignore_ascii_case(p))
    {
        return "";
    }
    for prefix in ["i will ", "i'll ", "i’ll "] {
        if t.len() >= prefix.len()
            && t.is_char_boundary(prefix.len())
            && t[..prefix.len()].eq_ignore_ascii_case(prefix)
        {
            return t[prefix.len()..].trim();
        }
    }
    t
}

/// One capability to build.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Gap {
    pub name: String,
    /// 0–5.
    pub current: u8,
    /// 0–5.
    pub target: u8,
    pub why: String,
    pub action: FirstAction,
}

impl Default for Gap {
    fn default() -> Self {
        Gap {
            name: String::new(),
            current: 1,
            target: 3,
            why: String::new(),
            action: FirstAction::default(),
        }
    }
}

impl Gap {
    /// The gap as a competency with its first action.
    pub fn to_draft(&self) -> CompetencyDraft {
        let action = self.action.text();
        CompetencyDraft {
            name: self.name.trim().to_owned(),
            current: self.current.min(MAX_LEVEL),
            target: self.target.min(MAX_LEVEL),
            why: self.why.trim().to_owned(),
            actions: if action.is_empty() {
                Vec::new()
            } else {
                vec![ActionDraft {
                    text: action,
                    due: self.action.due.clone().filter(|d| is_date(d)),
                }]
            },
        }
    }
}

/// The gaps exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GapsWork {
    pub gaps: Vec<Gap>,
}

impl GapsWork {
    /// Adds a capability and answers its index.
    pub fn add(&mut self, name: &str) -> usize {
        self.gaps.push(Gap {
            name: name.to_owned(),
            ..Gap::default()
        });
        self.gaps.len() - 1
    }

    /// Removes the capability at `index`, if there is one.
    pub fn remove(&mut self, index: usize) {
        if index < self.gaps.len() {
            self.gaps.remove(index);
        }
    }

    /// The named gaps as competencies.
    pub fn to_drafts(&self) -> Vec<CompetencyDraft> {
        self.gaps
            .iter()
            .filter(|g| !g.name.trim().is_empty())
            .map(Gap::to_draft)
            .collect()
    }

    /// A note when every written first action is a course.
    pub fn mix_hint(&self) -> Option<&'static str> {
        let kinds: Vec<ActionKind> = self
            .gaps
            .iter()
            .filter(|g| g.action.is_written())
            .map(|g| g.action.kind)
            .collect();
        (!kinds.is_empty() && kinds.iter().all(|k| *k == ActionKind::Course)).then_some(
            "Every first action is a course. Most of what we learn comes from doing the work \
             and from other people: mix in on-the-job and people actions.",
        )
    }

    /// Notes on single gaps: a target at or below today, a date that cannot be read.
    pub fn issues(&self) -> Vec<(usize, String)> {
        let mut out = Vec::new();
        for (i, g) in self.gaps.iter().enumerate() {
            if g.name.trim().is_empty() {
                continue;
            }
            if g.target <= g.current {
                out.push((
                    i,
                    format!(
                        "“{}”: the target is not above where you are. Is this one to grow, or \
                         one to keep?",
                        g.name.trim()
                    ),
                ));
            }
            if let Some(d) = g.action.due.as_deref().filter(|d| !is_date(d)) {
                out.push((
                    i,
                    format!(
                        "“{}”: “{d}” is not a date I can read. Try something like “{}”.",
                        g.name.trim(),
                        date_label("2027-03-31")
                    ),
                ));
            }
            if g.action.is_written() && g.action.due.is_none() {
                out.push((
                    i,
                    format!("“{}”: pick a day for the first step.", g.name.trim()),
                ));
            }
        }
        out
    }

    /// Puts levels back in range.
    pub(crate) fn repair(&mut self) {
        for g in &mut self.gaps {
            g.current = g.current.min(MAX_LEVEL);
            g.target = g.target.min(MAX_LEVEL);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_read_as_when_then() {
        let mut a = FirstAction {
            when: "the next rota comes out,".into(),
            will: "I will ask to lead one handover a week.".into(),
            ..FirstAction::default()
        };
        assert_eq!(
            a.text(),
            "When the next rota comes out, I will ask to lead one handover a week."
        );
        a.when = "if a customer asks about pricing".into();
        a.will = "bring in the account lead".into();
        assert_eq!(
            a.text(),
            "If a customer asks about pricing, I will bring in the account lead."
        );
        a.when = String::new();
        assert_eq!(a.text(), "I will bring in the account lead.");
        a.will = " I'll ".into();
        assert_eq!(a.text(), "");
        a.set_due("31 March 2027");
        assert_eq!(a.due.as_deref(), Some("2027-03-31"));
    }

    #[test]
    fn all_courses_get_a_mix_hint() {
        let mut w = GapsWork::default();
        assert_eq!(w.mix_hint(), None);
        for name in ["Budgets", "Negotiation"] {
            let i = w.add(name);
            w.gaps[i].action.will = "take the course".into();
            w.gaps[i].action.kind = ActionKind::Course;
        }
        assert!(w.mix_hint().is_some());
        w.gaps[1].action.kind = ActionKind::People;
        assert_eq!(w.mix_hint(), None);
    }

    #[test]
    fn levels_use_the_editors_words() {
        assert_eq!(
            level_label(3),
            "Practising — Doing it on my own, most of the time"
        );
        assert_eq!(level_label(9), level_label(5));
    }
}
