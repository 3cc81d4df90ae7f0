//! What can be wrong with a deck, in words a person can act on.

use std::fmt;

use super::deck::Deck;
use super::field::Field;

/// One broken rule, with the field it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIssue {
    pub field: Field,
    pub problem: Problem,
}

impl FieldIssue {
    /// The message under the field itself: "This cannot be empty."
    pub fn inline_message(&self) -> String {
        format!("This {}.", self.problem)
    }

    /// The whole problem in the screen's words, naming the field as the screen does and the
    /// item by its name in `deck`: "Roadmap, item 1 “Staff nurse”, From: there is no month 13."
    pub fn sentence(&self, deck: &Deck) -> String {
        format!("{} {}.", self.field.describe(Some(deck)), self.problem)
    }
}

/// The rule a field breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    WrongType {
        expected: &'static str,
    },
    Empty,
    TooLong {
        max: usize,
        actual: usize,
    },
    TooManyItems {
        max: usize,
        actual: usize,
    },
    NotALevel,
    NotAHorizon,
    NotAYearMonth,
    NotADate,
    NotADateTime,
    WrongFormatName,
    /// A `YYYY-MM` whose month is not 1–12.
    NoSuchMonth(u32),
    /// A `YYYY-MM-DD` whose day is not in its month.
    NoSuchDay,
    /// An item id that another item of the deck already uses.
    DuplicateId,
    NotASupporterRole,
    /// A "To" month before its "From" (a warning, not a broken rule).
    EndsBeforeStart,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Missing => write!(f, "is missing"),
            Problem::WrongType { expected } => write!(f, "should be {expected}"),
            Problem::Empty => write!(f, "cannot be empty"),
            Problem::TooLong { max, actual } => {
                write!(f, "is {actual} characters long; the limit is {max}")
            }
            Problem::TooManyItems { max, actual } => {
                write!(f, "has {actual} items; the limit is {max}")
            }
            Problem::NotALevel => write!(f, "should be a level from 0 to 5"),
            Problem::NotAHorizon => write!(f, "should be one of past, now, next or aspiration"),
            Problem::NotAYearMonth => {
                write!(f, "should be a month, such as 2024-03 or March 2024")
            }
            Problem::NotADate => write!(f, "should be a date, such as 2027-03-31 or 31 Mar 2027"),
            Problem::NotADateTime => write!(f, "should be a date and time (RFC 3339)"),
            Problem::WrongFormatName => write!(f, "should be \"career-deck\""),
            Problem::NoSuchMonth(m) => write!(f, "has no month {m}: months run from 1 to 12"),
            Problem::NoSuchDay => write!(f, "has a day that its month does not have"),
            Problem::DuplicateId => write!(f, "has the same id as another item in the deck"),
            Problem::EndsBeforeStart => write!(f, "is before the “From” month"),
            Problem::NotASupporterRole => {
                write!(f, "should be one of mentor, sponsor, coach, peer or other")
            }
        }
    }
}

impl fmt::Display for FieldIssue {
    /// Names the field as the screen does, without item names (outside data may have none):
    /// "Roadmap, item 1, From should be a month…".
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field.describe(None), self.problem)
    }
}

/// Why a piece of outside JSON is not a deck this version can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeckError {
    /// It is not JSON at all.
    NotJson,
    /// It is bigger than the format allows (1 MiB).
    TooLarge { bytes: usize },
    /// A newer version of the format: never guessed at.
    NewerVersion { version: u64 },
    /// A rule of the format is broken.
    Invalid(FieldIssue),
}

impl fmt::Display for DeckError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeckError::NotJson => write!(f, "This is not a deck: the data is not readable JSON."),
            DeckError::TooLarge { bytes } => write!(
                f,
                "This deck is too large to open ({} KiB; the limit is 1,024 KiB).",
                bytes / 1024
            ),
            DeckError::NewerVersion { version } => write!(
                f,
                "This deck was made by a newer version of Career Deck (format version {version}). \
                 Update the app to open it."
            ),
            DeckError::Invalid(issue) => write!(f, "This is not a valid deck: {issue}."),
        }
    }
}

impl std::error::Error for DeckError {}

impl std::error::Error for FieldIssue {}
