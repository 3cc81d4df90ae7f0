//! Your one big thing: the person's own values, strengths and energizers side by side, with
//! questions about where they overlap. The person writes the pitch; the app never does. It
//! only points at words that show up in more than one column.

use serde::{Deserialize, Serialize};

use super::state::WorkshopState;
use super::text::{is_stopword, stem, words};
use crate::model::Deck;

/// A pitch longer than this many words is hard to remember.
pub const PITCH_MAX_WORDS: usize = 45;

/// Questions that help find the overlap.
pub const PITCH_PROMPTS: &[&str] = &[
    "Look across the three columns. Which words or ideas show up more than once?",
    "Which of your strengths do you use in the service of the value you care most about?",
    "When are you doing what you are good at, for a reason you believe in, in a way that \
     gives you energy? That overlap is your sweet spot.",
    "Finish the sentence: “I am the person who…”",
    "Now say it in one or two sentences that a new colleague would remember tomorrow.",
];

/// Other people's pitches, to show the shape (not to copy).
pub const PITCH_EXAMPLES: &[&str] = &[
    "I turn nervous new starters into confident colleagues, fast.",
    "I find out what a customer is really worried about before anyone talks price.",
    "I make messy, half-finished work safe to hand over.",
];

/// The three columns, in the person's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PitchInputs {
    pub values: Vec<String>,
    pub strengths: Vec<String>,
    pub energizers: Vec<String>,
}

/// The pitch exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PitchWork {
    /// Where the person sees the overlap, in their notes.
    pub overlaps: String,
    /// The pitch, in their words.
    pub draft: String,
}

/// The columns: from the workshop where the person has done that step, from the deck
/// otherwise (so the pitch works for someone who skipped ahead).
pub fn pitch_inputs(state: &WorkshopState, deck: &Deck) -> PitchInputs {
    let profile = deck.profile.clone().unwrap_or_default();
    let or_deck = |from_state: Vec<String>, from_deck: Vec<String>| {
        if from_state.is_empty() {
            from_deck
        } else {
            from_state
        }
    };
    PitchInputs {
        values: or_deck(
            state
                .values
                .top_five()
                .into_iter()
                .map(str::to_owned)
                .collect(),
            profile.values,
        ),
        strengths: or_deck(state.strengths.to_deck_strengths(), profile.strengths),
        energizers: or_deck(state.energy.energizers_for_deck(), profile.energizers),
    }
}

/// Words that appear in at least two of the three columns, in the form first written, to
/// help the person see an overlap (they decide what it means).
pub fn shared_words(inputs: &PitchInputs) -> Vec<String> {
    let column_words = |items: &[String]| -> Vec<(String, String)> {
        items
            .iter()
            .flat_map(|i| {
                i.split(|c: char| !c.is_alphanumeric())
                    .filter(|w| w.chars().count() >= 3)
                    .map(|w| (stem(&w.to_lowercase()), w.to_lowercase()))
                    .collect::<Vec<_>>()
            })
            .filter(|(k, _)| !is_stopword(k))
            .collect()
    };
    let cols = [
        column_words(&inputs.values),
        column_words(&inputs.strengths),
        column_words(&inputs.energizers),
    ];
    let mut out: Vec<(String, String)> = Vec::new();
    for (ci, col) in cols.iter().enumerate() {
        for (key, word) in col {
            let elsewhere = cols
                .iter()
                .enumerate()
                .any(|(cj, other)| cj != ci && other.iter().any(|(k, _)| k == key));
            if elsewhere && !out.iter().any(|(k, _)| k == key) {
                out.push((key.clone(), word.clone()));
            }
        }
    }
    out.into_iter().map(|(_, w)| w).collect()
}

/// A gentle note on a draft pitch, if one is due.
pub fn pitch_hint(draft: &str) -> Option<&'static str> {
    let n = words(draft).len();
    if n == 0 {
        return None;
    }
    if n > PITCH_MAX_WORDS {
        return Some(
            "A pitch people remember is a sentence or two. Try saying it out loud and keeping \
             only what you would say.",
        );
    }
    if n < 5 {
        return Some("Say what you do and for whom, so someone could repeat it.");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_words_show_overlaps_across_columns() {
        let inputs = PitchInputs {
            values: vec!["Helping others grow".into(), "Craft".into()],
            strengths: vec!["Teaching new starters".into()],
            energizers: vec!["Coaching and teaching".into(), "Growing the team".into()],
        };
        assert_eq!(shared_words(&inputs), ["teaching"]);
    }

    #[test]
    fn hints_only_for_very_long_or_very_short() {
        assert_eq!(pitch_hint(""), None);
        assert!(pitch_hint("I teach").is_some());
        assert!(pitch_hint(PITCH_EXAMPLES[0]).is_none());
        assert!(pitch_hint(&"word ".repeat(60)).is_some());
    }
}
