//! How a deck is kept in the owner's browser, and the one migration path every stored record
//! goes through when it is loaded.
//!
//! Schema history:
//! - 1: `{ schema: 1, revision, deck }` — the first shape.
//! - 2: `{ schema: 2, revision, created_at, deck }` — adds when the deck was first made, for
//!   the library's sort and the "created" line.

use serde::Serialize;
use serde_json::Value;
use std::fmt;

use super::deck::Deck;
use super::error::DeckError;
use super::parse::deck_structure_from_value;

/// The record schema this build writes.
pub const RECORD_SCHEMA: u64 = 2;

/// One deck as stored, with the revision that guards against two tabs overwriting each other.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DeckRecord {
    pub deck: Deck,
    /// Goes up by one with every save; a save names the revision it started from.
    pub revision: u64,
    /// RFC 3339.
    pub created_at: String,
}

/// What the library lists: small enough that a thousand of them load at once.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeckSummary {
    pub id: String,
    pub title: String,
    pub owner: Option<String>,
    pub updated_at: String,
    pub revision: u64,
}

impl DeckRecord {
    pub fn new(deck: Deck, created_at: String) -> DeckRecord {
        DeckRecord {
            deck,
            revision: 0,
            created_at,
        }
    }

    pub fn summary(&self) -> DeckSummary {
        DeckSummary {
            id: self.deck.id.clone(),
            title: self.deck.title.clone(),
            owner: self.deck.owner.clone(),
            updated_at: self.deck.updated_at.clone(),
            revision: self.revision,
        }
    }

    /// The record as JSON in the current schema.
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self.wire()).unwrap_or(Value::Null)
    }

    fn wire(&self) -> RecordWire<'_> {
        RecordWire {
            schema: RECORD_SCHEMA,
            id: &self.deck.id,
            revision: self.revision,
            created_at: &self.created_at,
            deck: &self.deck,
        }
    }
}

/// The stored shape of a record.
#[derive(Serialize)]
struct RecordWire<'a> {
    schema: u64,
    id: &'a str,
    revision: u64,
    created_at: &'a str,
    deck: &'a Deck,
}

impl DeckSummary {
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Summaries are written by this app only, but a damaged one must not break the library.
    pub fn from_value(v: &Value) -> Option<DeckSummary> {
        Some(DeckSummary {
            id: v.get("id")?.as_str()?.to_owned(),
            title: v.get("title")?.as_str()?.to_owned(),
            owner: v.get("owner").and_then(Value::as_str).map(str::to_owned),
            updated_at: v.get("updated_at")?.as_str()?.to_owned(),
            revision: v.get("revision").and_then(Value::as_u64).unwrap_or(0),
        })
    }
}

/// Why a stored record could not be loaded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordError {
    /// Written by a newer version of the app (after a downgrade, say).
    NewerSchema(u64),
    /// Not a record shape this app has ever written.
    Damaged(&'static str),
    /// The deck inside breaks the deck format.
    Deck(DeckError),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::NewerSchema(n) => write!(
                f,
                "This deck was saved by a newer version of Career Deck (record version {n}); \
                 reload the page to get the newest version."
            ),
            RecordError::Damaged(what) => write!(f, "This saved deck is damaged: {what}."),
            RecordError::Deck(e) => write!(f, "This saved deck could not be read. {e}"),
        }
    }
}

impl std::error::Error for RecordError {}

/// Brings a stored record of any schema this app has written up to the current one.
pub fn migrate_record(mut value: Value) -> Result<DeckRecord, RecordError> {
    let schema = match value.get("schema") {
        None => 1,
        Some(v) => v
            .as_u64()
            .ok_or(RecordError::Damaged("its version is not a number"))?,
    };
    if schema > RECORD_SCHEMA {
        return Err(RecordError::NewerSchema(schema));
    }
    if schema < 2 {
        // 1 → 2: the creation time was not kept; the last edit is the best we know.
        let updated = value
            .pointer("/deck/updated_at")
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned();
        if let Some(obj) = value.as_object_mut() {
            obj.insert("created_at".into(), Value::String(updated));
        }
    }
    let revision = value
        .get("revision")
        .and_then(Value::as_u64)
        .ok_or(RecordError::Damaged("its revision is missing"))?;
    let created_at = value
        .get("created_at")
        .and_then(Value::as_str)
        .ok_or(RecordError::Damaged("its creation time is missing"))?
        .to_owned();
    let deck_value = value
        .get("deck")
        .ok_or(RecordError::Damaged("it holds no deck"))?;
    let mut deck = deck_structure_from_value(deck_value).map_err(RecordError::Deck)?;
    // The deck's id is the record's key: a record without one cannot be the deck it claims.
    if deck.id.trim().is_empty() {
        return Err(RecordError::Damaged("its deck has no id"));
    }
    // Drafts written before the format said item ids are unique may share one: give the
    // later ones fresh ids, or the editor would change the first when the second is typed in.
    deck.renumber_duplicate_ids();
    Ok(DeckRecord {
        deck: deck.with_all_sections(),
        revision,
        created_at,
    })
}
