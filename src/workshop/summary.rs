//! Your deck now: what is still thin (the editor's own completeness checks, each pointed at
//! the exercise that fills it), what to do with the deck next, and a day to look at it again.

use serde::{Deserialize, Serialize};

use super::state::Step;
use crate::model::{date_label, is_date, normalize_date, Deck, Section, SectionProgress};

/// How many months ahead the revisit date is suggested.
pub const REVISIT_MONTHS: u32 = 3;

/// The prompt for the revisit date.
pub const REVISIT_PROMPT: &str = "Pick a day to look at your deck again. Every three months is \
    a good rhythm; put it in your calendar too.";

/// What to do with the deck next.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NextStep {
    Rehearse,
    Present,
    ShareWithManager,
}

impl NextStep {
    /// The options, in order.
    pub const ALL: [NextStep; 3] = [
        NextStep::Rehearse,
        NextStep::Present,
        NextStep::ShareWithManager,
    ];

    /// The option's words.
    pub fn label(self) -> &'static str {
        match self {
            NextStep::Rehearse => "Rehearse it",
            NextStep::Present => "Present it",
            NextStep::ShareWithManager => "Share it with your manager",
        }
    }

    /// One line on what it involves.
    pub fn description(self) -> &'static str {
        match self {
            NextStep::Rehearse => {
                "Say it out loud, to yourself or a friend, with your speaker notes, until it \
                 sounds like you."
            }
            NextStep::Present => {
                "Walk someone through it slide by slide: a mentor, a peer, a small group."
            }
            NextStep::ShareWithManager => {
                "Send a link before your next one-to-one and ask for half an hour to talk it \
                 through."
            }
        }
    }
}

/// The summary step's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SummaryWork {
    pub next_step: Option<NextStep>,
    /// `YYYY-MM-DD`.
    pub revisit_on: Option<String>,
}

/// Why a revisit date was not taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RevisitError {
    NotADate,
    NotInTheFuture,
}

impl RevisitError {
    /// What to tell the person.
    pub fn message(self) -> String {
        match self {
            RevisitError::NotADate => format!(
                "That is not a date I can read. Try something like “{}”.",
                date_label("2027-03-31")
            ),
            RevisitError::NotInTheFuture => "Pick a day after today.".into(),
        }
    }
}

impl SummaryWork {
    /// Sets the revisit date from what the person typed; `today` is `YYYY-MM-DD`.
    pub fn set_revisit(&mut self, typed: &str, today: &str) -> Result<(), RevisitError> {
        let date = normalize_date(typed);
        if !is_date(&date) {
            return Err(RevisitError::NotADate);
        }
        if is_date(today) && date.as_str() <= today {
            return Err(RevisitError::NotInTheFuture);
        }
        self.revisit_on = Some(date);
        Ok(())
    }

    /// Clears the revisit date.
    pub fn clear_revisit(&mut self) {
        self.revisit_on = None;
    }

    /// "Look again on 20 Feb 2027."
    pub fn revisit_sentence(&self) -> Option<String> {
        let d = self.revisit_on.as_deref().filter(|d| is_date(d))?;
        Some(format!("Look again on {}.", date_label(d)))
    }
}

/// The day `months` months after `today` (both `YYYY-MM-DD`), the day of the month kept
/// where it exists and moved to the month's last day where it does not.
pub fn revisit_after(today: &str, months: u32) -> Option<String> {
    if !is_date(today) {
        return None;
    }
    let y: u64 = today[0..4].parse().ok()?;
    let m: u64 = today[5..7].parse().ok()?;
    let d: u64 = today[8..10].parse().ok()?;
    let total = y * 12 + (m - 1) + u64::from(months);
    let (ny, nm) = (total / 12, total % 12 + 1);
    if ny > 9999 {
        return None;
    }
    (1..=d)
        .rev()
        .map(|day| format!("{ny:04}-{nm:02}-{day:02}"))
        .find(|s| is_date(s))
}

/// One thing a strong deck has that this one lacks, and the exercise that fills it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ThinSpot {
    pub section: Section,
    /// The check's words ("Your next step").
    pub label: &'static str,
    /// The exercise that fills it; none when it is done in the editor (the headline, the
    /// role you hold now).
    pub step: Option<Step>,
}

/// The deck as it now stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Review {
    /// The editor's checks, per section.
    pub sections: Vec<SectionProgress>,
    /// What is still thin, in deck order.
    pub thin: Vec<ThinSpot>,
}

impl Review {
    /// How many checks are met.
    pub fn done(&self) -> usize {
        self.sections.iter().map(SectionProgress::done).sum()
    }

    /// How many checks there are.
    pub fn total(&self) -> usize {
        self.sections.iter().map(SectionProgress::total).sum()
    }

    /// "Your deck has 14 of the 16 things a strong deck has."
    pub fn sentence(&self) -> String {
        if self.thin.is_empty() {
            return "Your deck has everything a strong deck has. Time to use it.".into();
        }
        format!(
            "Your deck has {} of the {} things a strong deck has.",
            self.done(),
            self.total()
        )
    }
}

/// The exercise that fills a completeness check, by the check's words.
pub fn step_for_check(label: &str) -> Option<Step> {
    match label {
        "Your story, in a few sentences" | "Where you have been" => Some(Step::Story),
        "At least two values" => Some(Step::Values),
        "At least two strengths" => Some(Step::Strengths),
        "What gives you energy" | "What drains you" => Some(Step::Energy),
        "What you need to thrive" | "At least one clear ask" | "Someone who can help you grow" => {
            Some(Step::AsksSupporters)
        }
        "Your one big thing" => Some(Step::Pitch),
        "Your next step" | "A longer-term aspiration" => Some(Step::Direction),
        "At least two competencies to grow"
        | "A gap between where you are and where you aim"
        | "Why each one matters"
        | "A dated action for each" => Some(Step::Gaps),
        _ => None,
    }
}

/// The deck reviewed with the editor's checks.
pub fn review(deck: &Deck) -> Review {
    let sections = deck.completeness();
    let thin = sections
        .iter()
        .flat_map(|s| {
            s.checks.iter().filter(|c| !c.done).map(|c| ThinSpot {
                section: s.section,
                label: c.label,
                step: step_for_check(c.label),
            })
        })
        .collect();
    Review { sections, thin }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisits_land_months_later_on_a_real_day() {
        assert_eq!(
            revisit_after("2026-11-20", 3).as_deref(),
            Some("2027-02-20")
        );
        assert_eq!(
            revisit_after("2026-11-30", 3).as_deref(),
            Some("2027-02-28")
        );
        assert_eq!(
            revisit_after("2027-12-31", 2).as_deref(),
            Some("2028-02-29")
        );
        assert_eq!(revisit_after("someday", 3), None);
        assert_eq!(revisit_after("9999-12-01", 3), None);
    }

    #[test]
    fn revisit_dates_are_read_as_typed_and_must_be_ahead() {
        let mut s = SummaryWork::default();
        assert_eq!(
            s.set_revisit("soon", "2026-11-20"),
            Err(RevisitError::NotADate)
        );
        assert_eq!(
            s.set_revisit("1 Nov 2026", "2026-11-20"),
            Err(RevisitError::NotInTheFuture)
        );
        assert_eq!(s.set_revisit("20 February 2027", "2026-11-20"), Ok(()));
        assert_eq!(s.revisit_on.as_deref(), Some("2027-02-20"));
        assert_eq!(
            s.revisit_sentence().as_deref(),
            Some("Look again on 20 Feb 2027.")
        );
    }

    #[test]
    fn every_check_but_the_editors_own_points_at_an_exercise() {
        let blank = Deck::blank("d".into(), "T".into(), "2026-01-01T00:00:00Z".into());
        let r = review(&blank);
        assert_eq!(r.thin.len(), r.total());
        let editor_only: Vec<&str> = r
            .thin
            .iter()
            .filter(|t| t.step.is_none())
            .map(|t| t.label)
            .collect();
        assert_eq!(editor_only, ["A one-line headline", "Where you are now"]);
        let full = crate::model::example_deck("d".into(), "2026-01-01T00:00:00Z".into());
        assert!(review(&full).thin.is_empty());
        assert!(review(&full).sentence().contains("everything"));
    }
}
