//! Opportunity boards (`docs/spec/opportunities-format.md`): what a team or organization
//! offers its people, shared by link like a deck and matched against decks on the reader's
//! device. Pure core: no browser types; tested natively.
//!
//! Reading: `parse_board` / `board_from_value` (all rules, first broken one reported with a
//! typed `BoardField`), `Board::validate` (every broken rule, for the board editor).
//! Matching: `match_board`, `unmatched_competencies`, `team_fit`, with the reader's own
//! `Mappings`. Acting on a match: `raise_hand` / `lower_hand`. Versions: `board_diff`.

mod diff;
mod error;
mod field;
mod link;
mod matching;
mod parse;
mod raise_hand;
mod record;
mod sample;
mod types;
mod validate;

pub use diff::{board_diff, BoardDiff, OpportunityChange, OpportunityRef};
pub use error::{BoardError, BoardIssue, BoardProblem};
pub use field::{BoardField, NeedField, OppField};
pub use link::{
    board_fit_description, draft_board_link, make_board_link, BoardLinkDraft, BoardShareRefusal,
};
pub use matching::{
    competency_key, match_board, team_fit, unmatched_competencies, GrowReason, Mappings, NeedFit,
    OpportunityFit, OpportunityMatch,
};
pub use parse::{board_from_value, board_structure_from_value, parse_board};
pub use raise_hand::{ask_text, is_hand_raised, lower_hand, raise_hand, RaisedHand};
pub use record::{
    boards_section, raised_hand_in, read_boards_section, receive_board, BoardReceipt, BoardRecord,
    BoardRecordError, KeptBoard, KeptBoardVersion, BOARD_RECORD_SCHEMA, MAX_BOARD_VERSIONS,
};
pub use sample::example_board;
pub use types::{
    Board, Need, Opportunity, OpportunityType, BOARD_FORMAT_NAME, BOARD_FORMAT_VERSION,
};
