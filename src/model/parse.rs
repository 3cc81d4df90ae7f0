//! Reading a deck from outside JSON (share links, backup files, stored records): every rule of
//! deck-format.md is checked and the first broken one is reported with the field it concerns.

use serde_json::{Map, Value};

use super::deck::*;
use super::error::{DeckError, FieldIssue, Problem};
use super::limits::{MAX_JSON_BYTES, MAX_LEVEL, MAX_LIST_ITEMS};

/// Parses deck-format v1 JSON text.
pub fn parse_deck(json: &str) -> Result<Deck, DeckError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(DeckError::TooLarge { bytes: json.len() });
    }
    let value: Value = serde_json::from_str(json).map_err(|_| DeckError::NotJson)?;
    deck_from_value(&value)
}

/// Checks an already-parsed JSON value against every rule of the format.
pub fn deck_from_value(value: &Value) -> Result<Deck, DeckError> {
    let deck = deck_structure_from_value(value)?;
    match deck.validate().into_iter().next() {
        Some(issue) => Err(DeckError::Invalid(issue)),
        None => Ok(deck),
    }
}

/// Reads the deck's structure (keys and types) without the content rules (lengths, dates,
/// non-empty title). For the owner's own stored decks: a draft with a half-typed date must
/// still open, so the editor can show the problem instead of losing the deck.
pub fn deck_structure_from_value(value: &Value) -> Result<Deck, DeckError> {
    let obj = value
        .as_object()
        .ok_or_else(|| invalid("deck", wrong("an object")))?;
    match obj.get("format") {
        None => return Err(invalid("format", Problem::Missing)),
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(Value::String(_)) => return Err(invalid("format", Problem::WrongFormatName)),
        Some(_) => return Err(invalid("format", wrong("text"))),
    }
    match obj.get("version") {
        None => return Err(invalid("version", Problem::Missing)),
        Some(v) => match v.as_u64() {
            Some(FORMAT_VERSION) => {}
            Some(n) if n > FORMAT_VERSION => return Err(DeckError::NewerVersion { version: n }),
            _ => return Err(invalid("version", wrong("the whole number 1"))),
        },
    }
    let o = Obj {
        map: obj,
        at: String::new(),
    };
    let deck = Deck {
        id: o.req_str("id")?,
        title: o.req_str("title")?,
        updated_at: o.req_str("updated_at")?,
        owner: o.opt_str("owner")?,
        profile: o.section("profile", read_profile)?,
        roadmap: o.section("roadmap", |v, at| list(v, at, read_roadmap_item))?,
        competencies: o.section("competencies", |v, at| list(v, at, read_competency))?,
        asks: o.section("asks", |v, at| list(v, at, as_str))?,
    };
    Ok(deck)
}

type Res<T> = Result<T, DeckError>;

fn invalid(field: &str, problem: Problem) -> DeckError {
    DeckError::Invalid(FieldIssue {
        field: field.to_owned(),
        problem,
    })
}

fn wrong(expected: &'static str) -> Problem {
    Problem::WrongType { expected }
}

/// A JSON object and where it sits in the deck, so that errors can name the field.
struct Obj<'a> {
    map: &'a Map<String, Value>,
    at: String,
}

impl<'a> Obj<'a> {
    fn of(value: &'a Value, at: &str) -> Res<Obj<'a>> {
        let map = value
            .as_object()
            .ok_or_else(|| invalid(at, wrong("an object")))?;
        Ok(Obj {
            map,
            at: at.to_owned(),
        })
    }

    fn path(&self, key: &str) -> String {
        if self.at.is_empty() {
            key.to_owned()
        } else {
            format!("{}.{key}", self.at)
        }
    }

    /// A present, non-null key.
    fn get(&self, key: &str) -> Option<(&'a Value, String)> {
        self.map
            .get(key)
            .filter(|v| !v.is_null())
            .map(|v| (v, self.path(key)))
    }

    fn req_str(&self, key: &str) -> Res<String> {
        let (v, at) = self
            .get(key)
            .ok_or_else(|| invalid(&self.path(key), Problem::Missing))?;
        as_str(v, &at)
    }

    fn section<T>(&self, key: &str, read: impl Fn(&Value, &str) -> Res<T>) -> Res<Option<T>> {
        self.get(key).map(|(v, at)| read(v, &at)).transpose()
    }

    fn str_or_empty(&self, key: &str) -> Res<String> {
        self.get(key)
            .map_or(Ok(String::new()), |(v, at)| as_str(v, &at))
    }

    fn str_list(&self, key: &str) -> Res<Vec<String>> {
        self.get(key)
            .map_or(Ok(Vec::new()), |(v, at)| list(v, &at, as_str))
    }

    fn opt_str(&self, key: &str) -> Res<Option<String>> {
        self.get(key).map(|(v, at)| as_str(v, &at)).transpose()
    }
}

fn as_str(v: &Value, at: &str) -> Res<String> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| invalid(at, wrong("text")))
}

fn list<T>(v: &Value, at: &str, read: impl Fn(&Value, &str) -> Res<T>) -> Res<Vec<T>> {
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
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read(item, &format!("{at}[{i}]")))
        .collect()
}

fn read_profile(v: &Value, at: &str) -> Res<Profile> {
    let o = Obj::of(v, at)?;
    Ok(Profile {
        headline: o.str_or_empty("headline")?,
        story: o.str_or_empty("story")?,
        values: o.str_list("values")?,
        strengths: o.str_list("strengths")?,
        energizers: o.str_list("energizers")?,
        drainers: o.str_list("drainers")?,
        needs: o.str_list("needs")?,
    })
}

fn read_roadmap_item(v: &Value, at: &str) -> Res<RoadmapItem> {
    let o = Obj::of(v, at)?;
    let (h, h_at) = o
        .get("horizon")
        .ok_or_else(|| invalid(&o.path("horizon"), Problem::Missing))?;
    let horizon = h
        .as_str()
        .and_then(Horizon::parse)
        .ok_or_else(|| invalid(&h_at, Problem::NotAHorizon))?;
    Ok(RoadmapItem {
        id: o.req_str("id")?,
        title: o.str_or_empty("title")?,
        organization: o.str_or_empty("organization")?,
        start: o.opt_str("start")?,
        end: o.opt_str("end")?,
        horizon,
        notes: o.str_or_empty("notes")?,
    })
}

fn read_competency(v: &Value, at: &str) -> Res<Competency> {
    let o = Obj::of(v, at)?;
    Ok(Competency {
        id: o.req_str("id")?,
        name: o.str_or_empty("name")?,
        current: read_level(&o, "current")?,
        target: read_level(&o, "target")?,
        why: o.str_or_empty("why")?,
        actions: o
            .get("actions")
            .map_or(Ok(Vec::new()), |(v, at)| list(v, &at, read_action))?,
    })
}

fn read_level(o: &Obj<'_>, key: &str) -> Res<u8> {
    let (v, at) = o
        .get(key)
        .ok_or_else(|| invalid(&o.path(key), Problem::Missing))?;
    v.as_u64()
        .filter(|n| *n <= u64::from(MAX_LEVEL))
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| invalid(&at, Problem::NotALevel))
}

fn read_action(v: &Value, at: &str) -> Res<Action> {
    let o = Obj::of(v, at)?;
    let done = match o.get("done") {
        None => false,
        Some((Value::Bool(b), _)) => *b,
        Some((_, at)) => return Err(invalid(&at, wrong("true or false"))),
    };
    Ok(Action {
        id: o.req_str("id")?,
        text: o.str_or_empty("text")?,
        due: o.opt_str("due")?,
        done,
    })
}
