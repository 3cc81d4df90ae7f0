//! The reader's "that is my …" answers for opportunity boards (board competency → one of
//! their own competencies, by name), kept in this browser's localStorage so that every board
//! opened here uses them. Only written when the person gives or takes back an answer: merely
//! reading a board writes nothing.

use super::settings::{read, remove, write};
use crate::board::Mappings;

const MAPPINGS: &str = "career-deck.board-mappings";

/// The answers given so far (none, if the stored value is missing or unreadable).
pub fn mappings() -> Mappings {
    read(MAPPINGS)
}

/// Stores the answers; an empty set removes the setting. Answers whether it was kept.
pub fn set_mappings(mappings: &Mappings) -> bool {
    if mappings.is_empty() {
        remove(MAPPINGS);
        true
    } else {
        write(MAPPINGS, mappings)
    }
}
