//! What can be wrong with a deck, in words a person can act on.

use std::fmt;

/// One broken rule, with the field it is about (a path such as `roadmap[2].horizon`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIssue {
    pub field: String,
    pub problem: Problem,
}

impl FieldIssue {
    /// The message shown under the field at `path` ("This is required."), if one of
    /// `issues` is about it.
    pub fn message_for(issues: &[FieldIssue], path: &str) -> Option<String> {
        issues
            .iter()
            .find(|i| i.field == path)
            .map(|i| format!("This {}.", i.problem))
    }
}

/// The rule a field breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Missing,
    WrongType { expected: &'static str },
    Empty,
    TooLong { max: usize, actual: usize },
    TooManyItems { max: usize, actual: usize },
    NotALevel,
    NotAHorizon,
    NotAYearMonth,
    NotADate,
    NotADateTime,
    WrongFormatName,
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
            Problem::NotAYearMonth => write!(f, "should be a month written as YYYY-MM"),
            Problem::NotADate => write!(f, "should be a date written as YYYY-MM-DD"),
            Problem::NotADateTime => write!(f, "should be a date and time (RFC 3339)"),
            Problem::WrongFormatName => write!(f, "should be \"career-deck\""),
        }
    }
}

impl fmt::Display for FieldIssue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field, self.problem)
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
