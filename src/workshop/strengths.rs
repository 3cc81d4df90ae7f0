//! What you do well: strengths the person names, each with a moment that proves it. What
//! colleagues said and a strengths survey's top five are there to jog memory; the person
//! decides what goes in the deck, in their own words (nothing is pulled out of the stories).

use serde::{Deserialize, Serialize};

use super::text::clean_list;

/// How many survey themes are kept.
pub const SURVEY_TOP: usize = 5;

/// Questions that help a person notice their strengths.
pub const STRENGTH_PROMPTS: &[&str] = &[
    "When I am at my best, I…",
    "People come to me when they need…",
    "Something that comes easily to me but seems hard for others:",
    "A piece of work I am proud of, and what I did to make it happen:",
    "The part of my job I would keep if I could keep only one:",
];

/// The prompt beside each strength's evidence.
pub const EVIDENCE_PROMPT: &str = "When I am at my best, I… (a real moment that shows it)";

/// How to gather colleagues' stories.
pub const COLLEAGUES_PROMPT: &str = "Ask two or three people who know your work: “Tell me about \
    a time you saw me at my best.” Paste or jot down what they said, then look for what repeats.";

/// What the survey box is for.
pub const SURVEY_PROMPT: &str =
    "If you have taken a strengths survey, copy its top five here. Keep the \
    ones that ring true, and say them in your own words above.";

/// Strengths written the way a deck needs them, for any line of work.
pub const STRENGTH_EXAMPLES: &[&str] = &[
    "Calming people down when things go wrong",
    "Explaining hard things simply",
    "Finding what a customer actually needs",
    "Getting a stalled piece of work moving again",
];

/// One strength and its evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Strength {
    /// A short phrase: "Explaining hard things simply".
    pub name: String,
    /// A moment that shows it.
    pub evidence: String,
}

/// The strengths exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct StrengthsWork {
    /// The person's strengths, in the order they want them.
    pub strengths: Vec<Strength>,
    /// What colleagues said, as pasted.
    pub colleague_stories: Vec<String>,
    /// The survey's name, if any ("my team's strengths survey").
    pub survey_name: String,
    /// The survey's top themes, in its order (at most `SURVEY_TOP` are used).
    pub survey_top: Vec<String>,
    /// Whether the survey's themes go in the deck too (after the person's own).
    pub survey_in_deck: bool,
}

impl StrengthsWork {
    /// Adds a strength and answers its index.
    pub fn add(&mut self, name: &str, evidence: &str) -> usize {
        self.strengths.push(Strength {
            name: name.to_owned(),
            evidence: evidence.to_owned(),
        });
        self.strengths.len() - 1
    }

    /// Removes the strength at `index`, if there is one.
    pub fn remove(&mut self, index: usize) {
        if index < self.strengths.len() {
            self.strengths.remove(index);
        }
    }

    /// Makes a survey theme one of the person's strengths (to reword and back with evidence).
    pub fn adopt_survey_theme(&mut self, index: usize) -> Option<usize> {
        let theme = self.survey_top.get(index)?.trim().to_owned();
        if theme.is_empty() {
            return None;
        }
        if let Some(i) = self
            .strengths
            .iter()
            .position(|s| super::text::same_text(&s.name, &theme))
        {
            return Some(i);
        }
        Some(self.add(&theme, ""))
    }

    /// Strengths named without a moment to back them (indexes), for a gentle nudge.
    pub fn without_evidence(&self) -> Vec<usize> {
        self.strengths
            .iter()
            .enumerate()
            .filter(|(_, s)| !s.name.trim().is_empty() && s.evidence.trim().is_empty())
            .map(|(i, _)| i)
            .collect()
    }

    /// The strengths as the deck lists them: the person's own names, then (if they chose)
    /// the survey's themes not already there.
    pub fn to_deck_strengths(&self) -> Vec<String> {
        let mut names: Vec<String> = self.strengths.iter().map(|s| s.name.clone()).collect();
        if self.survey_in_deck {
            names.extend(self.survey_top.iter().take(SURVEY_TOP).cloned());
        }
        clean_list(&names)
    }

    /// The evidence, one line each ("Explaining hard things simply: the day I …"), for the
    /// speaker notes of the values and strengths slide.
    pub fn evidence_lines(&self) -> Vec<String> {
        self.strengths
            .iter()
            .filter(|s| !s.name.trim().is_empty() && !s.evidence.trim().is_empty())
            .map(|s| format!("{}: {}", s.name.trim(), s.evidence.trim()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deck_strengths_are_the_persons_own_unless_the_survey_is_asked_for() {
        let mut w = StrengthsWork::default();
        w.add(
            "Explaining hard things simply",
            "Taught the new rota to the night team",
        );
        w.add("", "orphan evidence");
        w.add("explaining hard things simply ", "");
        w.survey_top = vec!["Empathy".into(), "Explaining hard things simply".into()];
        assert_eq!(w.to_deck_strengths(), ["Explaining hard things simply"]);
        w.survey_in_deck = true;
        assert_eq!(
            w.to_deck_strengths(),
            ["Explaining hard things simply", "Empathy"]
        );
        assert_eq!(w.without_evidence(), [2]);
        assert_eq!(
            w.evidence_lines(),
            ["Explaining hard things simply: Taught the new rota to the night team"]
        );
    }

    #[test]
    fn survey_themes_can_be_adopted_once() {
        let mut w = StrengthsWork {
            survey_top: vec!["Empathy".into(), " ".into()],
            ..StrengthsWork::default()
        };
        assert_eq!(w.adopt_survey_theme(0), Some(0));
        assert_eq!(w.adopt_survey_theme(0), Some(0));
        assert_eq!(w.adopt_survey_theme(1), None);
        assert_eq!(w.adopt_survey_theme(7), None);
        assert_eq!(w.strengths.len(), 1);
    }
}
