//! What can be wrong with a board, in words a person can act on. The rules a board shares
//! with a deck (missing, too long, not a level, not a month…) reuse `model::Problem`; the
//! three that are a board's own are spelled here.

use std::fmt;

use super::field::BoardField;
use super::types::Board;
use crate::model::Problem;

/// The rule a board field breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoardProblem {
    /// A rule boards share with decks.
    Common(Problem),
    /// `format` is text, but not `career-opportunities`.
    WrongFormatName,
    /// `type` is not one of the six words.
    NotAnOpportunityType,
    /// Another opportunity of the board already has this id.
    DuplicateId,
}

impl From<Problem> for BoardProblem {
    fn from(p: Problem) -> Self {
        BoardProblem::Common(p)
    }
}

impl fmt::Display for BoardProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BoardProblem::Common(p) => p.fmt(f),
            BoardProblem::WrongFormatName => write!(f, "should be \"career-opportunities\""),
            BoardProblem::NotAnOpportunityType => write!(
                f,
                "should be one of role, project, rotation, mentoring, learning or other"
            ),
            BoardProblem::DuplicateId => {
                write!(f, "has the same id as another opportunity on the board")
            }
        }
    }
}

/// One broken rule, with the field it is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardIssue {
    pub field: BoardField,
    pub problem: BoardProblem,
}

impl BoardIssue {
    /// The message shown under `field`, if one of `issues` is about it.
    pub fn message_for(issues: &[BoardIssue], field: &BoardField) -> Option<String> {
        issues
            .iter()
            .find(|i| i.field == *field)
            .map(BoardIssue::inline_message)
    }

    /// The message under the field itself: "This cannot be empty."
    pub fn inline_message(&self) -> String {
        format!("This {}.", self.problem)
    }

    /// The whole problem in the screen's words, naming the opportunity by its title in
    /// `board`: "Opportunity 2 “Fraud analytics rotation”, Starts has no month 13: …".
    pub fn sentence(&self, board: &Board) -> String {
        format!("{} {}.", self.field.describe(Some(board)), self.problem)
    }
}

impl fmt::Display for BoardIssue {
    /// Names the field as the screen does, without item names (outside data may have none).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.field.describe(None), self.problem)
    }
}

impl std::error::Error for BoardIssue {}

/// Why a piece of outside JSON is not a board this version can open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoardError {
    /// It is not JSON at all.
    NotJson,
    /// It is bigger than the format allows (1 MiB).
    TooLarge { bytes: usize },
    /// A newer version of the format: never guessed at.
    NewerVersion { version: u64 },
    /// A rule of the format is broken.
    Invalid(BoardIssue),
}

impl fmt::Display for BoardError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BoardError::NotJson => write!(
                f,
                "This is not an opportunity board: the data is not readable JSON."
            ),
            BoardError::TooLarge { bytes } => write!(
                f,
                "This opportunity board is too large to open ({} KiB; the limit is 1,024 KiB).",
                bytes / 1024
            ),
            BoardError::NewerVersion { version } => write!(
                f,
                "This opportunity board was made by a newer version of Career Deck (format \
                 version {version}). Update the app to open it."
            ),
            BoardError::Invalid(issue) => {
                write!(f, "This is not a valid opportunity board: {issue}.")
            }
        }
    }
}

impl std::error::Error for BoardError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            BoardError::Invalid(issue) => Some(issue),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::{NeedField, OppField};
    use std::error::Error as _;

    #[test]
    fn messages_name_the_field_in_the_screens_words() {
        let e = BoardError::Invalid(BoardIssue {
            field: BoardField::Need(0, 1, NeedField::Level),
            problem: Problem::NotALevel.into(),
        });
        assert_eq!(
            e.to_string(),
            "This is not a valid opportunity board: Opportunity 1, Needs, item 2, Level \
             should be a level from 0 to 5."
        );
        assert!(e.source().is_some());
        assert!(BoardError::NotJson.source().is_none());
    }

    #[test]
    fn inline_messages_are_found_by_field() {
        let issues = vec![BoardIssue {
            field: BoardField::Opportunity(2, OppField::Type),
            problem: BoardProblem::NotAnOpportunityType,
        }];
        assert_eq!(
            BoardIssue::message_for(&issues, &BoardField::Opportunity(2, OppField::Type))
                .as_deref(),
            Some("This should be one of role, project, rotation, mentoring, learning or other.")
        );
        assert_eq!(BoardIssue::message_for(&issues, &BoardField::Title), None);
    }
}
