//! Where a person is in the workshop, and everything they have written so far, as one value
//! that is stored beside the deck and resumed after a reload or on another Sunday.
//!
//! Stored state is outside input: a damaged or unknown one is refused with a typed error
//! (`StateError`), never a panic, and `load_or_fresh` turns any refusal into a fresh start.
//!
//! Versions:
//! - 1: the first shape.

use std::fmt;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::asks::AsksWork;
use super::direction::DirectionWork;
use super::energy::EnergyWork;
use super::gaps::GapsWork;
use super::pitch::PitchWork;
use super::story::StoryWork;
use super::strengths::StrengthsWork;
use super::summary::SummaryWork;
use super::values::ValueSort;

/// The state version this build writes.
pub const WORKSHOP_VERSION: u64 = 1;
/// A stored state larger than this is refused rather than parsed.
pub const MAX_STATE_BYTES: usize = 2 * 1024 * 1024;

/// The exercises, in the order the workshop offers them.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// What matters to you: the value card sort.
    #[default]
    Values,
    /// What gives you energy: yesterday or a typical week, rebuilt.
    Energy,
    /// What you do well, with evidence.
    Strengths,
    /// Your story so far, in chapters.
    Story,
    /// Your one big thing.
    Pitch,
    /// Three five-year sketches, and the one you choose.
    Direction,
    /// What to learn for that direction.
    Gaps,
    /// Asks of your manager and organization, and the people who can help.
    AsksSupporters,
    /// The deck as it now stands, and what comes next.
    Summary,
}

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 9] = [
        Step::Values,
        Step::Energy,
        Step::Strengths,
        Step::Story,
        Step::Pitch,
        Step::Direction,
        Step::Gaps,
        Step::AsksSupporters,
        Step::Summary,
    ];

    /// A short name for routes and element ids (as serialized).
    pub fn key(self) -> &'static str {
        match self {
            Step::Values => "values",
            Step::Energy => "energy",
            Step::Strengths => "strengths",
            Step::Story => "story",
            Step::Pitch => "pitch",
            Step::Direction => "direction",
            Step::Gaps => "gaps",
            Step::AsksSupporters => "asks_supporters",
            Step::Summary => "summary",
        }
    }

    /// The step with this `key()`.
    pub fn from_key(key: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|s| s.key() == key)
    }

    /// Its place in the workshop, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one (none after the summary).
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one (none before the first).
    pub fn previous(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }

    /// The step's heading.
    pub fn title(self) -> &'static str {
        match self {
            Step::Values => "What matters to you",
            Step::Energy => "What gives you energy",
            Step::Strengths => "What you do well",
            Step::Story => "Your story so far",
            Step::Pitch => "Your one big thing",
            Step::Direction => "Where you could go",
            Step::Gaps => "What to learn next",
            Step::AsksSupporters => "Who can help, and how",
            Step::Summary => "Your deck now",
        }
    }

    /// Two or three sentences that say what the step is for.
    pub fn intro(self) -> &'static str {
        match self {
            Step::Values => {
                "Values are what you protect when work gets hard. Sort the cards quickly, \
                 trusting your first reaction, then narrow them to the few you would not trade."
            }
            Step::Energy => {
                "Think back over yesterday, or a typical week, and note what you did and how \
                 it felt. The pattern shows where your energy comes from and where it leaks away."
            }
            Step::Strengths => {
                "Strengths are what you do well and would gladly do more of. Name a few, and \
                 for each one recall a moment that proves it."
            }
            Step::Story => {
                "Your path makes more sense as a handful of chapters. Give each one a name, its \
                 high and low points and what changed it. Then tell the story in your own voice."
            }
            Step::Pitch => {
                "Put what you care about, what you do well and what gives you energy side by \
                 side. Where they overlap is what you bring that others don't. Say it in a \
                 sentence or two."
            }
            Step::Direction => {
                "Sketch three quite different versions of your next five years. You are not \
                 committing to any of them; comparing them shows you what you want."
            }
            Step::Gaps => {
                "For the direction you chose, name the few things to get better at, where you \
                 are today and where you aim. Then decide one small first step for each."
            }
            Step::AsksSupporters => {
                "Nobody can help with a plan they have never heard. Turn what you need into \
                 requests someone can say yes to, and name the people who can back you."
            }
            Step::Summary => {
                "This is your deck as it stands now. See what is still thin, choose what to do \
                 with it next, and pick a day to look at it again."
            }
        }
    }

    /// Roughly how long the step takes, in minutes (about 90 in all).
    pub fn minutes(self) -> u32 {
        match self {
            Step::Values => 15,
            Step::Energy => 12,
            Step::Strengths => 10,
            Step::Story => 12,
            Step::Pitch => 8,
            Step::Direction => 12,
            Step::Gaps => 10,
            Step::AsksSupporters => 8,
            Step::Summary => 3,
        }
    }
}

/// Everything a person has done in the workshop so far.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WorkshopState {
    /// Always `WORKSHOP_VERSION` once loaded.
    pub version: u64,
    /// The step the person is on (where a resumed workshop opens).
    pub current: Step,
    /// The steps the person has finished, in workshop order.
    pub done: Vec<Step>,
    pub values: ValueSort,
    pub energy: EnergyWork,
    pub strengths: StrengthsWork,
    pub story: StoryWork,
    pub pitch: PitchWork,
    pub direction: DirectionWork,
    pub gaps: GapsWork,
    pub asks: AsksWork,
    pub summary: SummaryWork,
}

impl Default for WorkshopState {
    fn default() -> Self {
        WorkshopState {
            version: WORKSHOP_VERSION,
            current: Step::Values,
            done: Vec::new(),
            values: ValueSort::default(),
            energy: EnergyWork::default(),
            strengths: StrengthsWork::default(),
            story: StoryWork::default(),
            pitch: PitchWork::default(),
            direction: DirectionWork::default(),
            gaps: GapsWork::default(),
            asks: AsksWork::default(),
            summary: SummaryWork::default(),
        }
    }
}

impl WorkshopState {
    /// A fresh workshop, on the first step.
    pub fn new() -> WorkshopState {
        WorkshopState::default()
    }

    /// Opens a step (any step: people may work out of order, over several sittings).
    pub fn go_to(&mut self, step: Step) {
        self.current = step;
    }

    /// Marks the current step done and opens the next one; answers the step now open.
    pub fn finish_current(&mut self) -> Step {
        self.mark_done(self.current);
        if let Some(next) = self.current.next() {
            self.current = next;
        }
        self.current
    }

    /// Opens the previous step, if there is one; answers the step now open.
    pub fn back(&mut self) -> Step {
        if let Some(prev) = self.current.previous() {
            self.current = prev;
        }
        self.current
    }

    /// Marks a step done.
    pub fn mark_done(&mut self, step: Step) {
        if !self.done.contains(&step) {
            self.done.push(step);
            self.done.sort();
        }
    }

    /// Marks a step not done (to come back to it).
    pub fn mark_not_done(&mut self, step: Step) {
        self.done.retain(|s| *s != step);
    }

    /// Whether the person has finished this step.
    pub fn is_done(&self, step: Step) -> bool {
        self.done.contains(&step)
    }

    /// How many steps are done.
    pub fn done_count(&self) -> usize {
        Step::ALL.iter().filter(|s| self.is_done(**s)).count()
    }

    /// The share of steps done, 0–100, rounded.
    pub fn percent(&self) -> u8 {
        let total = Step::ALL.len();
        ((self.done_count() * 100 + total / 2) / total) as u8
    }

    /// Roughly how many minutes the steps not yet done take.
    pub fn minutes_left(&self) -> u32 {
        Step::ALL
            .iter()
            .filter(|s| !self.is_done(**s))
            .map(|s| s.minutes())
            .sum()
    }

    /// "3 of 9 steps done, about 50 minutes to go."
    pub fn progress_sentence(&self) -> String {
        let left = self.minutes_left();
        let tail = if left == 0 {
            "all done.".to_owned()
        } else {
            format!("about {left} minutes to go.")
        };
        format!(
            "{} of {} steps done, {tail}",
            self.done_count(),
            Step::ALL.len()
        )
    }

    /// The state as JSON text, as it is stored.
    pub fn to_json(&self) -> String {
        // Plain strings, numbers and lists: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The state as a JSON value, to keep inside another record.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Reads a stored state, refusing anything damaged, unknown or from a newer version.
    pub fn from_json(text: &str) -> Result<WorkshopState, StateError> {
        if text.len() > MAX_STATE_BYTES {
            return Err(StateError::TooLarge);
        }
        let value: Value = serde_json::from_str(text).map_err(|_| StateError::NotJson)?;
        WorkshopState::from_value(value)
    }

    /// Reads a stored state from a JSON value (see `from_json`).
    pub fn from_value(value: Value) -> Result<WorkshopState, StateError> {
        let version = match value.as_object().and_then(|o| o.get("version")) {
            None => return Err(StateError::NotAWorkshop),
            Some(v) => v.as_u64().ok_or(StateError::NotAWorkshop)?,
        };
        if version > WORKSHOP_VERSION {
            return Err(StateError::NewerVersion(version));
        }
        if version < 1 {
            return Err(StateError::OlderVersion(version));
        }
        let mut state: WorkshopState =
            serde_json::from_value(value).map_err(|e| StateError::Damaged(e.to_string()))?;
        state.repair();
        Ok(state)
    }

    /// Reads a stored state, or starts afresh when it cannot be read (with the reason, for a
    /// gentle note).
    pub fn load_or_fresh(text: &str) -> (WorkshopState, Option<StateError>) {
        match WorkshopState::from_json(text) {
            Ok(state) => (state, None),
            Err(e) => (WorkshopState::new(), Some(e)),
        }
    }

    /// Puts numbers back in range and drops references to things that are not there, so that
    /// a state edited by hand (or by an older build) cannot trip up the exercises.
    pub fn repair(&mut self) {
        self.version = WORKSHOP_VERSION;
        let mut done: Vec<Step> = Vec::new();
        for s in &self.done {
            if !done.contains(s) {
                done.push(*s);
            }
        }
        done.sort();
        self.done = done;
        self.values.repair();
        self.energy.repair();
        self.direction.repair();
        self.gaps.repair();
    }
}

/// Why a stored workshop could not be resumed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StateError {
    /// Larger than `MAX_STATE_BYTES`.
    TooLarge,
    /// Not JSON at all.
    NotJson,
    /// JSON, but not a workshop this app wrote (no version number).
    NotAWorkshop,
    /// Written by a newer version of the app.
    NewerVersion(u64),
    /// Written by a version this build no longer reads.
    OlderVersion(u64),
    /// A workshop of this version, with a part that does not fit (what serde said).
    Damaged(String),
}

impl StateError {
    /// What to tell the person, in plain words.
    pub fn message(&self) -> &'static str {
        match self {
            StateError::NewerVersion(_) => {
                "Your saved workshop was made by a newer version of Career Deck. Reload the \
                 page to get the newest version, then carry on where you left off."
            }
            StateError::OlderVersion(_) => {
                "Your saved workshop comes from an early version of Career Deck that this one \
                 cannot read. You can start the workshop again; your deck is untouched."
            }
            _ => {
                "Your saved workshop could not be read, so it starts afresh. Your deck is \
                 untouched."
            }
        }
    }
}

impl fmt::Display for StateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for StateError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_run_in_order_and_take_about_ninety_minutes() {
        let total: u32 = Step::ALL.iter().map(|s| s.minutes()).sum();
        assert!((80..=100).contains(&total), "{total}");
        assert_eq!(Step::Values.next(), Some(Step::Energy));
        assert_eq!(Step::Summary.next(), None);
        assert_eq!(Step::Values.previous(), None);
        for s in Step::ALL {
            assert_eq!(Step::from_key(s.key()), Some(s));
            assert_eq!(Step::ALL[s.index()], s);
            let sentences = s.intro().matches(". ").count() + 1;
            assert!((2..=3).contains(&sentences), "{s:?}: {}", s.intro());
            assert!(!s.title().is_empty());
        }
    }

    #[test]
    fn progress_counts_done_steps() {
        let mut w = WorkshopState::new();
        assert_eq!((w.done_count(), w.percent()), (0, 0));
        assert_eq!(w.finish_current(), Step::Energy);
        w.mark_done(Step::Values);
        w.mark_done(Step::Gaps);
        assert_eq!(w.done, [Step::Values, Step::Gaps]);
        assert_eq!((w.done_count(), w.percent()), (2, 22));
        w.mark_not_done(Step::Gaps);
        assert_eq!(w.done_count(), 1);
        assert_eq!(w.back(), Step::Values);
        assert_eq!(w.back(), Step::Values);
        for s in Step::ALL {
            w.mark_done(s);
        }
        assert_eq!(w.percent(), 100);
        assert_eq!(w.progress_sentence(), "9 of 9 steps done, all done.");
    }
}
