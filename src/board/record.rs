//! Boards as this browser keeps them: the leader's own boards (`BoardRecord`, in the `boards`
//! store, revision-checked like decks) and boards someone shared and the reader kept
//! (`KeptBoard`, in `kept_boards`, with the versions a newer link replaced).
//!
//! Stored shapes:
//! - `{ "schema": 1, "id", "revision", "created_at", "board": <board format> }`
//! - `{ "schema": 1, "id", "received_at", "board": <board format>,
//!      "versions": [ { "received_at", "board" } ] }`, versions oldest first.
//!
//! Boards are read back by structure only (`board_structure_from_value`), as a deck draft is:
//! a half-written board with an empty title must still open in the editor.

use std::cmp::Ordering;
use std::fmt;

use serde::Serialize;
use serde_json::{json, Value};

use super::error::BoardError;
use super::parse::board_structure_from_value;
use super::raise_hand::{ask_text, RaisedHand};
use super::types::Board;
use crate::model::{compare_instants, Deck, Horizon};

/// The record schema this build writes, for both stores.
pub const BOARD_RECORD_SCHEMA: u64 = 1;
/// At most this many earlier versions of a kept board are kept; the oldest go first.
pub const MAX_BOARD_VERSIONS: usize = 10;

/// Why a stored board record could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoardRecordError {
    NotAnObject,
    /// Written by a newer version of the app.
    NewerSchema(u64),
    /// A field the app always writes is missing or of the wrong kind.
    Damaged(&'static str),
    Board(BoardError),
}

impl fmt::Display for BoardRecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BoardRecordError::NotAnObject => write!(f, "the stored board is not readable"),
            BoardRecordError::NewerSchema(n) => write!(
                f,
                "the stored board was written by a newer version of Career Deck (record version {n})"
            ),
            BoardRecordError::Damaged(what) => write!(f, "the stored board is damaged: {what}"),
            BoardRecordError::Board(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for BoardRecordError {}

/// One of the leader's own boards, as stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BoardRecord {
    pub board: Board,
    /// Goes up by one with every save; a save names the revision it started from.
    pub revision: u64,
    /// RFC 3339.
    pub created_at: String,
}

/// An earlier version of a kept board.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeptBoardVersion {
    /// When this version arrived (RFC 3339).
    pub received_at: String,
    pub board: Board,
}

/// A board someone shared, kept by the reader.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptBoard {
    /// The board's own id (a newer link of the same board has the same id).
    pub id: String,
    /// When the current version arrived (RFC 3339).
    pub received_at: String,
    pub board: Board,
    /// Versions it replaced, oldest first.
    pub versions: Vec<KeptBoardVersion>,
}

/// What opening a board link means for the boards already kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BoardReceipt {
    /// Not kept before: keep this.
    New(KeptBoard),
    /// Exactly the board already kept: nothing to do.
    Same,
    /// A newer version: store this (the one it replaces becomes its latest version).
    Newer(KeptBoard),
    /// Older than the kept one (an old link opened again): never replaced silently.
    Older { if_confirmed: KeptBoard },
}

fn schema_of(obj: &serde_json::Map<String, Value>) -> Result<(), BoardRecordError> {
    match obj.get("schema").map(Value::as_u64) {
        None => Err(BoardRecordError::Damaged("its version is missing")),
        Some(None) => Err(BoardRecordError::Damaged("its version is not a number")),
        Some(Some(n)) if n > BOARD_RECORD_SCHEMA => Err(BoardRecordError::NewerSchema(n)),
        Some(Some(_)) => Ok(()),
    }
}

fn text(
    obj: &serde_json::Map<String, Value>,
    key: &str,
    what: &'static str,
) -> Result<String, BoardRecordError> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(str::to_owned)
        .ok_or(BoardRecordError::Damaged(what))
}

fn board_of(v: Option<&Value>) -> Result<Board, BoardRecordError> {
    board_structure_from_value(v.ok_or(BoardRecordError::Damaged("it holds no board"))?)
        .map_err(BoardRecordError::Board)
}

fn board_value(board: &Board) -> Value {
    serde_json::to_value(board).unwrap_or(Value::Null)
}

impl BoardRecord {
    /// A new board's record (revision 1: it is stored as it is made).
    pub fn new(board: Board, created_at: String) -> BoardRecord {
        BoardRecord {
            board,
            revision: 1,
            created_at,
        }
    }

    pub fn id(&self) -> &str {
        &self.board.id
    }

    pub fn to_value(&self) -> Value {
        json!({
            "schema": BOARD_RECORD_SCHEMA,
            "id": self.board.id,
            "revision": self.revision,
            "created_at": self.created_at,
            "board": board_value(&self.board),
        })
    }

    /// Reads a record this app wrote.
    pub fn from_value(v: &Value) -> Result<BoardRecord, BoardRecordError> {
        let obj = v.as_object().ok_or(BoardRecordError::NotAnObject)?;
        schema_of(obj)?;
        let board = board_of(obj.get("board"))?;
        let revision = obj
            .get("revision")
            .and_then(Value::as_u64)
            .ok_or(BoardRecordError::Damaged("its revision is missing"))?;
        let created_at = text(obj, "created_at", "its creation time is missing")?;
        Ok(BoardRecord {
            board,
            revision,
            created_at,
        })
    }
}

impl KeptBoard {
    /// A board kept for the first time.
    pub fn new(board: Board, now: &str) -> KeptBoard {
        KeptBoard {
            id: board.id.clone(),
            received_at: now.to_owned(),
            board,
            versions: Vec::new(),
        }
    }

    /// The version kept before the current one, if any.
    pub fn previous(&self) -> Option<&KeptBoardVersion> {
        self.versions.last()
    }

    /// This kept board with `board` as its current version and the current one kept as a
    /// version (at most `MAX_BOARD_VERSIONS`, oldest dropped first).
    fn replaced_by(&self, board: Board, now: &str) -> KeptBoard {
        let mut versions = self.versions.clone();
        versions.push(KeptBoardVersion {
            received_at: self.received_at.clone(),
            board: self.board.clone(),
        });
        let extra = versions.len().saturating_sub(MAX_BOARD_VERSIONS);
        versions.drain(..extra);
        KeptBoard {
            id: self.id.clone(),
            received_at: now.to_owned(),
            board,
            versions,
        }
    }

    pub fn to_value(&self) -> Value {
        let versions: Vec<Value> = self
            .versions
            .iter()
            .map(|v| json!({ "received_at": v.received_at, "board": board_value(&v.board) }))
            .collect();
        json!({
            "schema": BOARD_RECORD_SCHEMA,
            "id": self.id,
            "received_at": self.received_at,
            "board": board_value(&self.board),
            "versions": versions,
        })
    }

    /// Reads a record this app wrote.
    pub fn from_value(v: &Value) -> Result<KeptBoard, BoardRecordError> {
        let obj = v.as_object().ok_or(BoardRecordError::NotAnObject)?;
        schema_of(obj)?;
        let board = board_of(obj.get("board"))?;
        let versions = match obj.get("versions") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| {
                    let obj = item
                        .as_object()
                        .ok_or(BoardRecordError::Damaged("a version is not readable"))?;
                    Ok(KeptBoardVersion {
                        received_at: text(obj, "received_at", "a version has no date")?,
                        board: board_of(obj.get("board"))?,
                    })
                })
                .collect::<Result<_, BoardRecordError>>()?,
            Some(_) => return Err(BoardRecordError::Damaged("its versions are not a list")),
        };
        Ok(KeptBoard {
            id: text(obj, "id", "its id is missing")?,
            received_at: text(obj, "received_at", "its date is missing")?,
            board,
            versions,
        })
    }
}

/// Decides what a board link that was just opened means, given the board kept under its id.
/// Identical content is a no-op; an `updated_at` earlier than the kept one's is `Older`;
/// anything else that differs is `Newer` (the leader's latest word).
pub fn receive_board(existing: Option<&KeptBoard>, incoming: Board, now: &str) -> BoardReceipt {
    let Some(kept) = existing else {
        return BoardReceipt::New(KeptBoard::new(incoming, now));
    };
    if kept.board == incoming {
        return BoardReceipt::Same;
    }
    let older =
        compare_instants(&incoming.updated_at, &kept.board.updated_at) == Some(Ordering::Less);
    let replaced = kept.replaced_by(incoming, now);
    if older {
        BoardReceipt::Older {
            if_confirmed: replaced,
        }
    } else {
        BoardReceipt::Newer(replaced)
    }
}

/// The hand already raised in `deck` for one of `board`'s opportunities (in an earlier visit,
/// say), as `raise_hand` would have answered it, so that it can be lowered: the *next*
/// roadmap item with the opportunity's title and the ask "Consider me for: …". `None` when
/// neither is there.
pub fn raised_hand_in(deck: &Deck, board: &Board, opportunity_id: &str) -> Option<RaisedHand> {
    let o = board.opportunity(opportunity_id)?;
    let ask = ask_text(o);
    let has_ask = deck.asks.as_ref().is_some_and(|a| a.contains(&ask));
    let item = deck.roadmap_list().iter().rev().find(|r| {
        r.horizon == Horizon::Next
            && r.title.trim() == o.title.trim()
            && r.notes.contains(board.title.trim())
    });
    if item.is_none() && !has_ask {
        return None;
    }
    Some(RaisedHand {
        opportunity_id: o.id.clone(),
        roadmap_item_id: item.map(|r| r.id.clone()).unwrap_or_default(),
        ask,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::{example_board, lower_hand, raise_hand};
    use crate::model::example_deck;

    const NOW: &str = "2026-11-26T10:00:00Z";
    const LATER: &str = "2026-12-01T10:00:00Z";

    fn board() -> Board {
        example_board("b1".into(), NOW.into())
    }

    #[test]
    fn a_board_record_round_trips_even_as_a_draft() {
        let mut b = board();
        b.title = String::new();
        b.opportunities[0].starts = Some("2027-13".into());
        let r = BoardRecord::new(b, NOW.into());
        let v = r.to_value();
        assert_eq!(v["schema"], 1);
        assert_eq!(v["id"], "b1");
        assert_eq!(BoardRecord::from_value(&v), Ok(r));
    }

    #[test]
    fn newer_or_damaged_records_say_so() {
        let mut v = BoardRecord::new(board(), NOW.into()).to_value();
        v["schema"] = json!(2);
        assert_eq!(
            BoardRecord::from_value(&v),
            Err(BoardRecordError::NewerSchema(2))
        );
        v["schema"] = json!(1);
        v.as_object_mut().map(|o| o.remove("revision"));
        assert!(matches!(
            BoardRecord::from_value(&v),
            Err(BoardRecordError::Damaged(_))
        ));
        assert_eq!(
            KeptBoard::from_value(&json!([])),
            Err(BoardRecordError::NotAnObject)
        );
    }

    #[test]
    fn receiving_new_same_newer_and_older() {
        let b = board();
        let BoardReceipt::New(kept) = receive_board(None, b.clone(), NOW) else {
            panic!("new");
        };
        assert_eq!(kept.id, "b1");
        assert_eq!(
            receive_board(Some(&kept), b.clone(), LATER),
            BoardReceipt::Same
        );

        let mut newer = b.clone();
        newer.updated_at = LATER.into();
        newer.opportunities.remove(0);
        let BoardReceipt::Newer(updated) = receive_board(Some(&kept), newer.clone(), LATER) else {
            panic!("newer");
        };
        assert_eq!(updated.board, newer);
        assert_eq!(updated.received_at, LATER);
        assert_eq!(updated.versions.len(), 1);
        assert_eq!(updated.previous().map(|v| &v.board), Some(&b));

        let mut older = b.clone();
        older.updated_at = "2026-01-01T00:00:00Z".into();
        older.title = "Old".into();
        assert!(matches!(
            receive_board(Some(&updated), older, LATER),
            BoardReceipt::Older { .. }
        ));
    }

    #[test]
    fn kept_boards_round_trip_and_keep_at_most_ten_versions() {
        let mut kept = KeptBoard::new(board(), NOW);
        for i in 0..15 {
            let mut next = kept.board.clone();
            next.title = format!("Version {i}");
            next.updated_at = format!("2027-01-{:02}T00:00:00Z", i + 1);
            kept = match receive_board(Some(&kept), next, LATER) {
                BoardReceipt::Newer(k) => k,
                other => panic!("{other:?}"),
            };
        }
        assert_eq!(kept.versions.len(), MAX_BOARD_VERSIONS);
        assert_eq!(kept.versions[9].board.title, "Version 13");
        assert_eq!(KeptBoard::from_value(&kept.to_value()), Ok(kept));
    }

    #[test]
    fn a_hand_raised_earlier_is_found_and_can_be_lowered() {
        let b = board();
        let mut deck = example_deck("d1".into(), NOW.into());
        assert_eq!(raised_hand_in(&deck, &b, "o2"), None);
        let hand = raise_hand(&mut deck, &b, "o2").expect("raised");
        let found = raised_hand_in(&deck, &b, "o2").expect("found");
        assert_eq!(found, hand);
        assert!(lower_hand(&mut deck, &found));
        assert_eq!(raised_hand_in(&deck, &b, "o2"), None);
        assert_eq!(raised_hand_in(&deck, &b, "no-such"), None);
    }
}

/// The boards section of a backup (docs/spec/backup-format.md): the boards I write and the
/// boards shared with me (the backup writer adds the section's `version`).
pub fn boards_section(boards: &[BoardRecord], kept: &[KeptBoard]) -> Value {
    serde_json::json!({
        "boards": boards.iter().map(BoardRecord::to_value).collect::<Vec<_>>(),
        "kept": kept.iter().map(KeptBoard::to_value).collect::<Vec<_>>(),
    })
}

/// What a backup's boards section holds; an entry that cannot be read is left out and
/// counted.
pub fn read_boards_section(section: &Value) -> (Vec<BoardRecord>, Vec<KeptBoard>, usize) {
    let list = |key: &str| {
        section
            .get(key)
            .and_then(Value::as_array)
            .cloned()
            .unwrap_or_default()
    };
    let (mine, kept) = (list("boards"), list("kept"));
    let good_mine: Vec<BoardRecord> = mine
        .iter()
        .filter_map(|v| BoardRecord::from_value(v).ok())
        .collect();
    let good_kept: Vec<KeptBoard> = kept
        .iter()
        .filter_map(|v| KeptBoard::from_value(v).ok())
        .collect();
    let bad = mine.len() + kept.len() - good_mine.len() - good_kept.len();
    (good_mine, good_kept, bad)
}

#[cfg(test)]
mod section_tests {
    use super::*;
    use crate::board::example_board;

    #[test]
    fn the_boards_section_round_trips_and_skips_damage() {
        let board = example_board("b1".into(), "2026-12-01T10:00:00Z".into());
        let mine = vec![BoardRecord::new(
            board.clone(),
            "2026-12-01T10:00:00Z".into(),
        )];
        let kept = vec![KeptBoard::new(board, "2026-12-01T10:00:00Z")];
        let mut v = boards_section(&mine, &kept);
        assert_eq!(read_boards_section(&v), (mine.clone(), kept.clone(), 0));
        v["kept"]
            .as_array_mut()
            .expect("list")
            .push(serde_json::json!({"id": 1}));
        assert_eq!(read_boards_section(&v), (mine, kept, 1));
    }
}
