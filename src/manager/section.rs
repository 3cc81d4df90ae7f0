//! The manager's part of a backup document (docs/spec/backup-format.md, `sections.manager`):
//! every kept deck and every set of private notes, in their stored record shapes.

use serde_json::{json, Value};

use super::kept::KeptDeck;
use super::notes::ManagerNotes;
use crate::model::{EntryKind, SkippedEntry};

/// The manager section version this build writes and reads.
pub const MANAGER_SECTION_VERSION: u64 = 1;

/// Everything on the manager's side, as a backup carries it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ManagerSection {
    pub kept: Vec<KeptDeck>,
    pub notes: Vec<ManagerNotes>,
}

impl ManagerSection {
    /// Whether there is nothing to back up.
    pub fn is_empty(&self) -> bool {
        self.kept.is_empty() && self.notes.is_empty()
    }

    /// The section as JSON: `{ "version": 1, "kept": [...], "notes": [...] }`.
    pub fn to_value(&self) -> Value {
        json!({
            "version": MANAGER_SECTION_VERSION,
            "kept": self.kept.iter().map(KeptDeck::to_value).collect::<Vec<_>>(),
            "notes": self.notes.iter().map(ManagerNotes::to_value).collect::<Vec<_>>(),
        })
    }

    /// Reads the section's lists (its `version` is checked by the backup reader first). A
    /// damaged entry, or a second entry for the same deck, is skipped and named; a list that
    /// is not a list at all makes the whole section unreadable, said in words.
    pub fn read(v: &Value) -> Result<(ManagerSection, Vec<SkippedEntry>), &'static str> {
        let list = |key: &str, what: &'static str| match v.get(key) {
            None | Some(Value::Null) => Ok(&[][..]),
            Some(Value::Array(items)) => Ok(items.as_slice()),
            Some(_) => Err(what),
        };
        let kept_items = list("kept", "its list of shared decks is damaged")?;
        let note_items = list("notes", "its list of notes is damaged")?;
        let mut section = ManagerSection::default();
        let mut skipped = Vec::new();
        for (i, item) in kept_items.iter().enumerate() {
            let title = item
                .get("person")
                .or_else(|| item.pointer("/deck/title"))
                .and_then(Value::as_str)
                .map(str::to_owned);
            let skip = |reason: String| SkippedEntry {
                kind: EntryKind::KeptDeck,
                index: i + 1,
                title: title.clone(),
                reason,
            };
            match KeptDeck::from_value(item) {
                Ok(k) if section.kept.iter().any(|o| o.id == k.id) => {
                    skipped.push(skip(DUPLICATE.into()));
                }
                Ok(k) => section.kept.push(k),
                Err(e) => skipped.push(skip(e.to_string())),
            }
        }
        for (i, item) in note_items.iter().enumerate() {
            let deck_id = item.get("deck_id").and_then(Value::as_str);
            let title = deck_id.and_then(|id| {
                section
                    .kept
                    .iter()
                    .find(|k| k.id == id)
                    .map(|k| k.person.clone())
            });
            let skip = |reason: String| SkippedEntry {
                kind: EntryKind::ManagerNotes,
                index: i + 1,
                title: title.clone(),
                reason,
            };
            match ManagerNotes::from_value(item) {
                Ok(n) if section.notes.iter().any(|o| o.deck_id == n.deck_id) => {
                    skipped.push(skip(DUPLICATE.into()));
                }
                Ok(n) => section.notes.push(n),
                Err(e) => skipped.push(skip(e.to_string())),
            }
        }
        Ok((section, skipped))
    }
}

const DUPLICATE: &str = "Another entry in this backup is for the same deck; the first one is kept.";
