//! Who can help, and how: asks of a manager or organization written as requests someone can
//! say yes to, what the person needs to do their best work, and the people who can back them.
//!
//! The vagueness hint is deliberately simple — a few word lists, no grammar — so it can only
//! ever suggest, and it stays quiet on anything with a clear request verb and some detail.

use serde::{Deserialize, Serialize};

use super::text::{clean_list, is_stopword, words};
use crate::model::SupporterRole;

/// Vague asks beside concrete ones, to show the difference.
pub const ASK_EXAMPLES: &[(&str, &str)] = &[
    (
        "More visibility",
        "Let me present the Q3 results to the leadership team",
    ),
    (
        "Support with my development",
        "Fund the two-day coaching course in March and give me the time to attend",
    ),
    (
        "Better balance",
        "Let me work from home on Fridays for the next three months, then review it with me",
    ),
    (
        "More responsibility",
        "Put me in charge of training the next two new starters",
    ),
    (
        "Help with my career",
        "Introduce me to someone who moved from the shop floor into buying",
    ),
    (
        "Feedback",
        "Give me one thing to sharpen after each client meeting this quarter",
    ),
];

/// The prompt for asks.
pub const ASK_PROMPT: &str =
    "What would you ask your manager or your organization for, if you knew \
    they wanted to say yes? Say who would do what, and by when.";
/// The prompt for needs.
pub const NEEDS_PROMPT: &str = "What conditions help you do your best work? (Quiet time, clear \
    ownership, a regular check-in…)";
/// The prompt for supporters.
pub const SUPPORTERS_PROMPT: &str = "Who could help you on this path? Think of someone who has \
    done it, someone who could speak up for you, and someone on a similar road.";

/// What each supporter role means, for the picker.
pub fn role_description(role: SupporterRole) -> &'static str {
    match role {
        SupporterRole::Mentor => "Shares what they have learned; you meet now and then.",
        SupporterRole::Sponsor => "Speaks up for you in rooms you are not in.",
        SupporterRole::Coach => "Helps you think it through, by asking more than telling.",
        SupporterRole::Peer => "Is on a similar road; you learn side by side.",
        SupporterRole::Other => "Anyone else who helps.",
    }
}

/// Why an ask may be hard to say yes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VagueHint {
    /// Only words like "more", "better", "support".
    VagueWords,
    /// Fewer than four words.
    TooShort,
    /// No request verb anywhere.
    NoVerb,
}

impl VagueHint {
    /// What to tell the person.
    pub fn message(self) -> &'static str {
        match self {
            VagueHint::VagueWords => {
                "Words like “more”, “better” or “support” on their own are hard to say yes to. \
                 What exactly would someone do?"
            }
            VagueHint::TooShort => "That is quite short. Who would do what, and by when?",
            VagueHint::NoVerb => {
                "Try starting with what you would like someone to do: “Let me…”, “Introduce me \
                 to…”, “Fund…”, “Give me…”."
            }
        }
    }
}

/// Words that say nothing concrete on their own.
const VAGUE_WORDS: &[&str] = &[
    "more",
    "better",
    "support",
    "help",
    "visibility",
    "exposure",
    "opportunity",
    "opportunities",
    "development",
    "growth",
    "feedback",
    "guidance",
    "recognition",
    "balance",
    "flexibility",
    "career",
    "progression",
    "clarity",
    "responsibility",
    "challenge",
    "trust",
    "space",
    "time",
    "chance",
    "chances",
    "things",
    "stuff",
    "general",
    "generally",
];

/// Verbs that make a request.
const REQUEST_VERBS: &[&str] = &[
    "let",
    "give",
    "introduce",
    "pair",
    "fund",
    "pay",
    "protect",
    "put",
    "send",
    "nominate",
    "approve",
    "assign",
    "allow",
    "include",
    "invite",
    "connect",
    "tell",
    "review",
    "share",
    "back",
    "cover",
    "free",
    "book",
    "schedule",
    "set",
    "help",
    "make",
    "move",
    "change",
    "meet",
    "join",
    "lead",
    "teach",
    "train",
    "mentor",
    "coach",
    "show",
    "explain",
    "arrange",
    "agree",
    "confirm",
    "release",
    "reduce",
    "increase",
    "extend",
    "offer",
    "provide",
    "support",
    "ask",
    "talk",
    "name",
    "recommend",
    "consider",
    "sign",
    "cut",
    "drop",
    "swap",
    "trial",
    "try",
    "keep",
    "stop",
    "start",
    "rotate",
    "transfer",
    "promote",
    "raise",
    "discuss",
    "clarify",
    "decide",
    "write",
    "present",
    "run",
    "take",
    "plan",
    "host",
    "attend",
    "visit",
    "shadow",
    "bring",
    "hire",
    "open",
    "hold",
    "check",
    "find",
    "get",
    "lend",
    "mention",
    "recognise",
    "recognize",
    "thank",
    "listen",
    "buy",
    "add",
    "remove",
    "create",
];

/// Openings that make a request without a verb from the list ("Could you…", "I'd like…").
const REQUEST_OPENINGS: &[&str] = &["can", "could", "would", "will", "please", "may", "i"];

/// A gentle hint when an ask looks hard to say yes to (none for an empty one).
pub fn vagueness_hint(ask: &str) -> Option<VagueHint> {
    let ws = words(ask);
    if ws.is_empty() {
        return None;
    }
    // "More" and "less" are stopwords for grouping, but here they are the vague part.
    let meaningful: Vec<&String> = ws
        .iter()
        .filter(|w| !is_stopword(w) || VAGUE_WORDS.contains(&w.as_str()))
        .collect();
    if !meaningful.is_empty() && meaningful.iter().all(|w| VAGUE_WORDS.contains(&w.as_str())) {
        return Some(VagueHint::VagueWords);
    }
    if ask.split_whitespace().count() < 4 {
        return Some(VagueHint::TooShort);
    }
    let has_verb = ws.iter().any(|w| REQUEST_VERBS.contains(&w.as_str()))
        || ws
            .first()
            .is_some_and(|w| REQUEST_OPENINGS.contains(&w.as_str()));
    if !has_verb {
        return Some(VagueHint::NoVerb);
    }
    None
}

/// Someone who can help, as the person names them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SupporterDraft {
    pub name: String,
    pub role: SupporterRole,
    /// How they help.
    pub how: String,
}

impl Default for SupporterDraft {
    fn default() -> Self {
        SupporterDraft {
            name: String::new(),
            role: SupporterRole::Mentor,
            how: String::new(),
        }
    }
}

/// The asks-and-supporters exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AsksWork {
    /// Requests of the manager or organization.
    pub asks: Vec<String>,
    /// Conditions that help the person do their best work.
    pub needs: Vec<String>,
    pub supporters: Vec<SupporterDraft>,
}

impl AsksWork {
    /// The asks for the deck: written ones, without repeats.
    pub fn asks_for_deck(&self) -> Vec<String> {
        clean_list(&self.asks)
    }

    /// The needs for the deck: written ones, without repeats.
    pub fn needs_for_deck(&self) -> Vec<String> {
        clean_list(&self.needs)
    }

    /// The supporters for the deck: named ones, first of each name.
    pub fn supporters_for_deck(&self) -> Vec<SupporterDraft> {
        let mut out: Vec<SupporterDraft> = Vec::new();
        for s in &self.supporters {
            let name = s.name.trim();
            if name.is_empty() || out.iter().any(|o| super::text::same_text(&o.name, name)) {
                continue;
            }
            out.push(SupporterDraft {
                name: name.to_owned(),
                role: s.role,
                how: s.how.trim().to_owned(),
            });
        }
        out
    }

    /// Each ask with its hint, if any (by index), for showing beside the fields.
    pub fn hints(&self) -> Vec<(usize, VagueHint)> {
        self.asks
            .iter()
            .enumerate()
            .filter_map(|(i, a)| vagueness_hint(a).map(|h| (i, h)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vague_examples_are_flagged_and_concrete_ones_are_not() {
        for (vague, concrete) in ASK_EXAMPLES {
            assert!(vagueness_hint(vague).is_some(), "{vague}");
            assert_eq!(vagueness_hint(concrete), None, "{concrete}");
        }
    }

    #[test]
    fn each_hint_has_its_case() {
        assert_eq!(vagueness_hint("More support"), Some(VagueHint::VagueWords));
        assert_eq!(
            vagueness_hint("better opportunities"),
            Some(VagueHint::VagueWords)
        );
        assert_eq!(vagueness_hint("A new laptop"), Some(VagueHint::TooShort));
        assert_eq!(
            vagueness_hint("A sponsor for the architecture track"),
            Some(VagueHint::NoVerb)
        );
        assert_eq!(
            vagueness_hint("Could I shadow the buyer for a week in May?"),
            None
        );
        assert_eq!(
            vagueness_hint("Support my application for the charge nurse post"),
            None
        );
        assert_eq!(vagueness_hint("   "), None);
    }

    #[test]
    fn supporters_need_a_name_and_appear_once() {
        let w = AsksWork {
            supporters: vec![
                SupporterDraft {
                    name: " Priya ".into(),
                    role: SupporterRole::Sponsor,
                    how: "Puts my name forward".into(),
                },
                SupporterDraft::default(),
                SupporterDraft {
                    name: "priya".into(),
                    ..SupporterDraft::default()
                },
            ],
            ..AsksWork::default()
        };
        let s = w.supporters_for_deck();
        assert_eq!(s.len(), 1);
        assert_eq!(
            (s[0].name.as_str(), s[0].role),
            ("Priya", SupporterRole::Sponsor)
        );
    }
}
