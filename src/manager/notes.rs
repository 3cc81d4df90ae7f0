//! The manager's private notes about one kept deck: a note per agenda item, commitments
//! ("Introduce Noor to the architecture guild — by 15 Jan"), a log of conversations, and
//! answers to the manager's own preparation prompts.
//!
//! Stored as JSON (one record per kept deck, also what a backup's manager section lists):
//! `{ "schema": 1, "deck_id", "notes": { key: text }, "commitments": [...],
//!    "conversations": [...], "prep": { key: text } }`. Keys are `AgendaItem::key`s.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::error::ManagerDataError;
use crate::model::{date_label, is_date};

/// The notes record schema this build writes.
pub const NOTES_SCHEMA: u64 = 1;
/// The key of the note about the person in general (not about one agenda item).
pub const GENERAL_NOTE: &str = "general";

/// Something the manager said they would do.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub id: String,
    /// The kept deck it is about.
    pub deck_id: String,
    pub text: String,
    /// `YYYY-MM-DD`, if it has a date.
    #[serde(default)]
    pub due: Option<String>,
    #[serde(default)]
    pub done: bool,
    /// RFC 3339.
    pub created_at: String,
    /// The person's ask it answers, if it came from one.
    #[serde(default)]
    pub from_ask: Option<String>,
}

impl Commitment {
    /// "Introduce Noor to the architecture guild — by 15 Jan 2027".
    pub fn describe(&self) -> String {
        match self.due.as_deref().filter(|d| !d.trim().is_empty()) {
            Some(due) => format!("{} — by {}", self.text.trim(), date_label(due)),
            None => self.text.trim().to_owned(),
        }
    }

    /// Open and due before `today` (`YYYY-MM-DD`, or an RFC 3339 time whose day is used).
    pub fn is_overdue(&self, today: &str) -> bool {
        let today = today.get(..10).unwrap_or(today);
        !self.done && self.due_date().is_some_and(|d| d < today)
    }

    /// The due date, when it is a real `YYYY-MM-DD`.
    pub fn due_date(&self) -> Option<&str> {
        self.due.as_deref().filter(|d| is_date(d))
    }
}

/// One career conversation, in the manager's log.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Conversation {
    pub id: String,
    /// The kept deck it is about.
    pub deck_id: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    #[serde(default)]
    pub summary: String,
}

/// Everything the manager keeps privately about one kept deck.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ManagerNotes {
    /// The kept deck these are about.
    pub deck_id: String,
    /// A note per agenda item, by `AgendaItem::key`.
    pub notes: BTreeMap<String, String>,
    pub commitments: Vec<Commitment>,
    /// Oldest first.
    pub conversations: Vec<Conversation>,
    /// Answers to the private preparation prompts, by their agenda key.
    pub prep: BTreeMap<String, String>,
}

/// The stored shape, with its schema first.
#[derive(Serialize, Deserialize)]
struct NotesWire {
    schema: u64,
    deck_id: String,
    #[serde(default)]
    notes: BTreeMap<String, String>,
    #[serde(default)]
    commitments: Vec<Commitment>,
    #[serde(default)]
    conversations: Vec<Conversation>,
    #[serde(default)]
    prep: BTreeMap<String, String>,
}

impl Serialize for ManagerNotes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Borrowed<'a> {
            schema: u64,
            deck_id: &'a str,
            notes: &'a BTreeMap<String, String>,
            commitments: &'a [Commitment],
            conversations: &'a [Conversation],
            prep: &'a BTreeMap<String, String>,
        }
        Borrowed {
            schema: NOTES_SCHEMA,
            deck_id: &self.deck_id,
            notes: &self.notes,
            commitments: &self.commitments,
            conversations: &self.conversations,
            prep: &self.prep,
        }
        .serialize(serializer)
    }
}

/// Refuses a newer schema rather than guessing at it.
impl<'de> Deserialize<'de> for ManagerNotes {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let wire = NotesWire::deserialize(deserializer)?;
        if wire.schema > NOTES_SCHEMA {
            return Err(serde::de::Error::custom(format!(
                "notes schema {} is newer than {NOTES_SCHEMA}",
                wire.schema
            )));
        }
        Ok(ManagerNotes {
            deck_id: wire.deck_id,
            notes: wire.notes,
            commitments: wire.commitments,
            conversations: wire.conversations,
            prep: wire.prep,
        })
    }
}

impl ManagerNotes {
    /// Empty notes for a kept deck.
    pub fn new(deck_id: &str) -> ManagerNotes {
        ManagerNotes {
            deck_id: deck_id.to_owned(),
            ..ManagerNotes::default()
        }
    }

    /// The record as JSON (`NOTES_SCHEMA`).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// The record as JSON text.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Reads a record this app wrote, saying in words what is wrong if it can't.
    pub fn from_value(v: &Value) -> Result<ManagerNotes, ManagerDataError> {
        let obj = v.as_object().ok_or(ManagerDataError::NotAnObject)?;
        match obj.get("schema").map(Value::as_u64) {
            None => return Err(ManagerDataError::Damaged("its version is missing")),
            Some(None) => return Err(ManagerDataError::Damaged("its version is not a number")),
            Some(Some(n)) if n > NOTES_SCHEMA => return Err(ManagerDataError::NewerSchema(n)),
            Some(Some(_)) => {}
        }
        if !obj.get("deck_id").is_some_and(Value::is_string) {
            return Err(ManagerDataError::Damaged(
                "it doesn't say which deck it is about",
            ));
        }
        let part = |key: &str| obj.get(key).filter(|v| !v.is_null());
        let check = |key: &str, what: &'static str, ok: fn(&Value) -> bool| match part(key) {
            Some(v) if !ok(v) => Err(ManagerDataError::Damaged(what)),
            _ => Ok(()),
        };
        check("notes", "its notes are damaged", |v| {
            serde_json::from_value::<BTreeMap<String, String>>(v.clone()).is_ok()
        })?;
        check("commitments", "its commitments are damaged", |v| {
            serde_json::from_value::<Vec<Commitment>>(v.clone()).is_ok()
        })?;
        check("conversations", "its conversation log is damaged", |v| {
            serde_json::from_value::<Vec<Conversation>>(v.clone()).is_ok()
        })?;
        check("prep", "its preparation answers are damaged", |v| {
            serde_json::from_value::<BTreeMap<String, String>>(v.clone()).is_ok()
        })?;
        serde_json::from_value(v.clone())
            .map_err(|_| ManagerDataError::Damaged("part of it can't be read"))
    }

    /// The note for an agenda item (empty if none).
    pub fn note(&self, key: &str) -> &str {
        self.notes.get(key).map(String::as_str).unwrap_or_default()
    }

    /// Sets the note for an agenda item; an empty one is removed.
    pub fn set_note(&mut self, key: &str, text: String) {
        set_text(&mut self.notes, key, text);
    }

    /// The answer to a preparation prompt (empty if none).
    pub fn prep_answer(&self, key: &str) -> &str {
        self.prep.get(key).map(String::as_str).unwrap_or_default()
    }

    /// Sets the answer to a preparation prompt; an empty one is removed.
    pub fn set_prep_answer(&mut self, key: &str, text: String) {
        set_text(&mut self.prep, key, text);
    }

    /// Adds a commitment and answers its id.
    pub fn add_commitment(
        &mut self,
        text: String,
        due: Option<String>,
        from_ask: Option<String>,
        now: &str,
    ) -> String {
        let id = next_id('k', self.commitments.iter().map(|c| c.id.as_str()));
        self.commitments.push(Commitment {
            id: id.clone(),
            deck_id: self.deck_id.clone(),
            text,
            due,
            done: false,
            created_at: now.to_owned(),
            from_ask,
        });
        id
    }

    /// Marks a commitment done or open again; false if there is none with that id.
    pub fn set_done(&mut self, id: &str, done: bool) -> bool {
        match self.commitments.iter_mut().find(|c| c.id == id) {
            Some(c) => {
                c.done = done;
                true
            }
            None => false,
        }
    }

    /// Removes a commitment.
    pub fn remove_commitment(&mut self, id: &str) {
        self.commitments.retain(|c| c.id != id);
    }

    /// Logs a conversation and answers its id.
    pub fn add_conversation(&mut self, date: String, summary: String) -> String {
        let id = next_id('t', self.conversations.iter().map(|c| c.id.as_str()));
        self.conversations.push(Conversation {
            id: id.clone(),
            deck_id: self.deck_id.clone(),
            date,
            summary,
        });
        id
    }

    /// The date of the latest conversation logged (`YYYY-MM-DD`), if any.
    pub fn last_conversation(&self) -> Option<&str> {
        self.conversations.iter().map(|c| c.date.as_str()).max()
    }

    /// Whether there is nothing written at all.
    pub fn is_empty(&self) -> bool {
        self.notes.values().all(|t| t.trim().is_empty())
            && self.prep.values().all(|t| t.trim().is_empty())
            && self.commitments.is_empty()
            && self.conversations.is_empty()
    }
}

fn set_text(map: &mut BTreeMap<String, String>, key: &str, text: String) {
    if text.trim().is_empty() {
        map.remove(key);
    } else {
        map.insert(key.to_owned(), text);
    }
}

/// `prefix` followed by one more than the highest number any id with that prefix uses.
fn next_id<'a>(prefix: char, ids: impl Iterator<Item = &'a str>) -> String {
    let highest = ids
        .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", highest.saturating_add(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_round_trip_with_their_schema() {
        let mut n = ManagerNotes::new("d1");
        n.set_note("energy", "Loves the workshops".into());
        let id = n.add_commitment(
            "Introduce Noor to the architecture guild".into(),
            Some("2027-01-15".into()),
            Some("Introduce me to the architecture guild".into()),
            "2026-12-01T10:00:00Z",
        );
        assert_eq!(id, "k1");
        n.add_conversation("2026-12-01".into(), "First talk".into());
        n.set_prep_answer("prep:valued", "Trust with the roadmap".into());
        let v = n.to_value();
        assert_eq!(v["schema"], NOTES_SCHEMA);
        assert_eq!(ManagerNotes::from_value(&v), Ok(n.clone()));
        assert_eq!(
            serde_json::from_str::<ManagerNotes>(&n.to_json()).ok(),
            Some(n)
        );
    }

    #[test]
    fn damaged_and_newer_notes_are_refused_in_words() {
        let base = ManagerNotes::new("d1").to_value();
        let mut newer = base.clone();
        newer["schema"] = 2.into();
        assert_eq!(
            ManagerNotes::from_value(&newer),
            Err(ManagerDataError::NewerSchema(2))
        );
        assert!(serde_json::from_value::<ManagerNotes>(newer).is_err());
        let mut bad = base.clone();
        bad["commitments"] = serde_json::json!([{ "id": 1 }]);
        assert_eq!(
            ManagerNotes::from_value(&bad),
            Err(ManagerDataError::Damaged("its commitments are damaged"))
        );
        assert_eq!(
            ManagerNotes::from_value(&serde_json::json!([])),
            Err(ManagerDataError::NotAnObject)
        );
        let mut no_deck = base;
        no_deck.as_object_mut().map(|o| o.remove("deck_id"));
        assert!(ManagerNotes::from_value(&no_deck).is_err());
    }

    #[test]
    fn commitments_describe_themselves_and_know_when_they_are_late() {
        let mut n = ManagerNotes::new("d1");
        n.add_commitment(
            "Book the workshop".into(),
            Some("2027-01-15".into()),
            None,
            "",
        );
        let c = &n.commitments[0];
        assert_eq!(c.describe(), "Book the workshop — by 15 Jan 2027");
        assert!(c.is_overdue("2027-01-16"));
        assert!(!c.is_overdue("2027-01-15"));
        assert!(c.is_overdue("2027-02-01T09:00:00Z"));
        assert!(n.set_done("k1", true));
        assert!(!n.commitments[0].is_overdue("2027-02-01"));
        assert!(!n.set_done("k9", true));
    }
}
