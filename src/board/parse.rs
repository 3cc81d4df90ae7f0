//! Reading a board from outside JSON (share links, files, stored drafts): every rule of
//! opportunities-format.md is checked and the first broken one is reported with the typed
//! field it concerns. Read by hand from a `serde_json::Value`, for the same reason decks are
//! (see `model::parse`): the error must name a `BoardField` in a person's words.

use serde_json::{Map, Value};

use super::error::{BoardError, BoardIssue, BoardProblem};
use super::field::{BoardField as BF, NeedField, OppField};
use super::types::*;
use crate::model::limits::{MAX_JSON_BYTES, MAX_LEVEL, MAX_LIST_ITEMS};
use crate::model::Problem;

/// Parses board-format v1 JSON text.
pub fn parse_board(json: &str) -> Result<Board, BoardError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(BoardError::TooLarge { bytes: json.len() });
    }
    let value: Value = serde_json::from_str(json).map_err(|_| BoardError::NotJson)?;
    board_from_value(&value)
}

/// Checks an already-parsed JSON value against every rule of the format.
pub fn board_from_value(value: &Value) -> Result<Board, BoardError> {
    let board = board_structure_from_value(value)?;
    match board.validate().into_iter().next() {
        Some(issue) => Err(BoardError::Invalid(issue)),
        None => Ok(board),
    }
}

/// Reads the board's structure (keys and types) without the content rules (lengths, months,
/// non-empty titles, unique ids): for a leader's own stored drafts, which must still open
/// so the board editor can show what is wrong instead of losing the board.
pub fn board_structure_from_value(value: &Value) -> Result<Board, BoardError> {
    let obj = value
        .as_object()
        .ok_or_else(|| invalid(BF::Document, wrong("an object")))?;
    match obj.get("format") {
        None => return Err(invalid(BF::Format, Problem::Missing)),
        Some(Value::String(s)) if s == BOARD_FORMAT_NAME => {}
        Some(Value::String(_)) => return Err(invalid(BF::Format, BoardProblem::WrongFormatName)),
        Some(_) => return Err(invalid(BF::Format, wrong("text"))),
    }
    match obj.get("version") {
        None => return Err(invalid(BF::Version, Problem::Missing)),
        Some(v) => match v.as_u64() {
            Some(BOARD_FORMAT_VERSION) => {}
            Some(n) if n > BOARD_FORMAT_VERSION => {
                return Err(BoardError::NewerVersion { version: n })
            }
            _ => return Err(invalid(BF::Version, wrong("the whole number 1"))),
        },
    }
    let o = Obj(obj);
    Ok(Board {
        id: o.req_str("id", BF::Id)?,
        title: o.req_str("title", BF::Title)?,
        updated_at: o.req_str("updated_at", BF::UpdatedAt)?,
        from: o.opt_text("from", BF::From)?,
        note: o.opt_text("note", BF::Note)?,
        opportunities: read_opportunities(o.get("opportunities"))?,
    })
}

type Res<T> = Result<T, BoardError>;

fn invalid(field: BF, problem: impl Into<BoardProblem>) -> BoardError {
    BoardError::Invalid(BoardIssue {
        field,
        problem: problem.into(),
    })
}

fn wrong(expected: &'static str) -> Problem {
    Problem::WrongType { expected }
}

/// A JSON object of the board.
struct Obj<'a>(&'a Map<String, Value>);

impl<'a> Obj<'a> {
    fn of(value: &'a Value, at: BF) -> Res<Obj<'a>> {
        value
            .as_object()
            .map(Obj)
            .ok_or_else(|| invalid(at, wrong("an object")))
    }

    /// A present, non-null key.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.0.get(key).filter(|v| !v.is_null())
    }

    fn req_str(&self, key: &str, at: BF) -> Res<String> {
        as_str(self.get(key).ok_or(invalid(at, Problem::Missing))?, at)
    }

    fn str_or_empty(&self, key: &str, at: BF) -> Res<String> {
        self.get(key).map_or(Ok(String::new()), |v| as_str(v, at))
    }

    fn opt_str(&self, key: &str, at: BF) -> Res<Option<String>> {
        self.get(key).map(|v| as_str(v, at)).transpose()
    }

    /// An optional text where empty means absent (`from`, `note`).
    fn opt_text(&self, key: &str, at: BF) -> Res<Option<String>> {
        Ok(self.opt_str(key, at)?.filter(|s| !s.is_empty()))
    }
}

fn as_str(v: &Value, at: BF) -> Res<String> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| invalid(at, wrong("text")))
}

fn items_of(v: &Value, at: BF) -> Res<&Vec<Value>> {
    let items = v.as_array().ok_or_else(|| invalid(at, wrong("a list")))?;
    if items.len() > MAX_LIST_ITEMS {
        return Err(invalid(
            at,
            Problem::TooManyItems {
                max: MAX_LIST_ITEMS,
                actual: items.len(),
            },
        ));
    }
    Ok(items)
}

/// The list is required, though it may be empty.
fn read_opportunities(v: Option<&Value>) -> Res<Vec<Opportunity>> {
    let at = BF::Opportunities(None);
    items_of(v.ok_or(invalid(at, Problem::Missing))?, at)?
        .iter()
        .enumerate()
        .map(|(i, v)| read_opportunity(v, i))
        .collect()
}

fn read_opportunity(v: &Value, i: usize) -> Res<Opportunity> {
    let o = Obj::of(v, BF::Opportunities(Some(i)))?;
    let f = |name| BF::Opportunity(i, name);
    // Read in the format's order, so the first broken rule reported is the first in the item.
    let id = o.req_str("id", f(OppField::Id))?;
    let title = o.req_str("title", f(OppField::Title))?;
    let kind = o
        .get("type")
        .ok_or(invalid(f(OppField::Type), Problem::Missing))?
        .as_str()
        .and_then(OpportunityType::parse)
        .ok_or(invalid(
            f(OppField::Type),
            BoardProblem::NotAnOpportunityType,
        ))?;
    let summary = o.str_or_empty("summary", f(OppField::Summary))?;
    let builds = match o.get("builds") {
        None => Vec::new(),
        Some(v) => items_of(v, f(OppField::Builds))?
            .iter()
            .enumerate()
            .map(|(j, b)| as_str(b, BF::Build(i, j)))
            .collect::<Res<_>>()?,
    };
    let needs = match o.get("needs") {
        None => Vec::new(),
        Some(v) => items_of(v, f(OppField::Needs))?
            .iter()
            .enumerate()
            .map(|(j, n)| read_need(n, i, j))
            .collect::<Res<_>>()?,
    };
    Ok(Opportunity {
        id,
        title,
        kind,
        summary,
        builds,
        needs,
        starts: o.opt_str("starts", f(OppField::Starts))?,
        length: o.str_or_empty("length", f(OppField::Length))?,
        contact: o.str_or_empty("contact", f(OppField::Contact))?,
    })
}

fn read_need(v: &Value, i: usize, j: usize) -> Res<Need> {
    let o = Obj::of(v, BF::NeedItem(i, j))?;
    let name = o.req_str("name", BF::Need(i, j, NeedField::Name))?;
    let at = BF::Need(i, j, NeedField::Level);
    let level = o
        .get("level")
        .ok_or(invalid(at, Problem::Missing))?
        .as_u64()
        .filter(|n| *n <= u64::from(MAX_LEVEL))
        .and_then(|n| u8::try_from(n).ok())
        .ok_or(invalid(at, Problem::NotALevel))?;
    Ok(Need { name, level })
}
