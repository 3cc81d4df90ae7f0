//! The versioned backup document (docs/spec/backup-format.md): the owner's decks with their
//! records' dates, plus optional sections for the rest of the app (the manager's kept decks
//! and notes, snapshots, opportunity boards, workshop progress).
//!
//! The rule that shapes reading: a backup the app wrote must always restore. So owner decks
//! are read by structure only, as stored drafts are (`deck_structure_from_value`: a half-typed
//! date such as `2024-13` is kept for the editor to show); clashing item ids get fresh ones;
//! one damaged entry is skipped and named, never a reason to refuse the rest; a section of a
//! newer version is skipped with a note, never guessed at; unknown sections are ignored.

use std::collections::HashSet;
use std::fmt;

use serde::Serialize;
use serde_json::{Map, Value};

use super::backup::{BackupError, MAX_BACKUP_BYTES, MAX_BACKUP_DECKS};
use super::deck::Deck;
use super::parse::deck_structure_from_value;
use super::record::DeckRecord;
use crate::manager::{ManagerSection, MANAGER_SECTION_VERSION};

/// The `format` of a backup document.
pub const BACKUP_FORMAT: &str = "career-deck-backup";
/// The backup document version this build writes (version 1 was the plain list of decks).
pub const BACKUP_VERSION: u64 = 2;
/// The snapshots section version this build reads.
pub const SNAPSHOTS_SECTION_VERSION: u64 = 1;
/// The opportunity boards section version this build reads.
pub const BOARDS_SECTION_VERSION: u64 = 1;
/// The workshops section version this build reads.
pub const WORKSHOPS_SECTION_VERSION: u64 = 1;

/// One owner deck read from a backup, with what its record said (absent in old backups).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BackupDeck {
    /// Every section present (the owner edits all of them), item ids unique.
    pub deck: Deck,
    /// When the deck was first made (RFC 3339), if the backup says.
    pub created_at: Option<String>,
    /// The record's revision when backed up, if the backup says.
    pub revision: Option<u64>,
}

impl BackupDeck {
    /// A record to store: made `now` when the backup doesn't say, revision as backed up
    /// (0 if unknown; the store moves it past any local revision when it replaces one).
    pub fn into_record(self, now: &str) -> DeckRecord {
        DeckRecord {
            deck: self.deck,
            revision: self.revision.unwrap_or(0),
            created_at: self.created_at.unwrap_or_else(|| now.to_owned()),
        }
    }
}

/// Which list a skipped entry was in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// The owner's decks (`decks`).
    Deck,
    /// A deck shared with the manager (`sections.manager.kept`).
    KeptDeck,
    /// The manager's notes about one deck (`sections.manager.notes`).
    ManagerNotes,
}

/// An entry of a backup that could not be restored; the rest of the file still is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedEntry {
    pub kind: EntryKind,
    /// Its place in its list, counting from 1.
    pub index: usize,
    /// Its title (or person), if that much could be read.
    pub title: Option<String>,
    /// Why, in words.
    pub reason: String,
}

impl fmt::Display for SkippedEntry {
    /// "Deck 3 “Ana's plan” was not restored. This is not a valid deck: …"
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            EntryKind::Deck => "Deck",
            EntryKind::KeptDeck => "Shared deck",
            EntryKind::ManagerNotes => "Notes entry",
        };
        write!(f, "{what} {}", self.index)?;
        if let Some(t) = &self.title {
            write!(f, " “{t}”")?;
        }
        write!(f, " was not restored. {}", self.reason)
    }
}

/// Something the person should know about a restore that otherwise went through.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupNote {
    /// A section written by a newer version of the app: left out, not guessed at.
    SectionTooNew { section: String, version: u64 },
    /// A section whose frame is broken: left out.
    SectionDamaged { section: String, reason: String },
    /// Items of deck `index` (from 1) shared ids and were given fresh ones.
    IdsRenumbered {
        index: usize,
        title: String,
        count: usize,
    },
}

/// A section's name as people know it.
fn section_words(key: &str) -> &str {
    match key {
        "manager" => "Decks shared with you, and your notes on them,",
        "snapshots" => "Snapshots",
        "boards" => "Opportunity boards",
        "workshops" => "Workshop progress",
        "sections" => "Everything besides your own decks",
        other => other,
    }
}

impl fmt::Display for BackupNote {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupNote::SectionTooNew { section, version } => write!(
                f,
                "{} in this backup were saved by a newer version of Career Deck (section \
                 version {version}) and were not restored. Update the app to restore them.",
                section_words(section)
            ),
            BackupNote::SectionDamaged { section, reason } => write!(
                f,
                "{} in this backup could not be restored: {reason}.",
                section_words(section)
            ),
            BackupNote::IdsRenumbered {
                index: _,
                title,
                count,
            } => {
                let items = if *count == 1 {
                    "1 item had the same id as another and was given a new one"
                } else {
                    "some items had the same id as others and were given new ones"
                };
                write!(f, "In “{title}”, {items}; nothing else changed.")
            }
        }
    }
}

/// Everything a backup file held that can be restored.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupContents {
    /// 1 for the old list of decks, 2 for the backup document.
    pub version: u64,
    /// When the backup was made (RFC 3339), if it says.
    pub exported_at: Option<String>,
    /// The owner's decks, in file order, each id once.
    pub decks: Vec<BackupDeck>,
    /// Entries that could not be restored, each named.
    pub skipped: Vec<SkippedEntry>,
    /// Sections left out and ids renumbered, in words.
    pub notes: Vec<BackupNote>,
    /// The manager's side, when the backup has it.
    pub manager: Option<ManagerSection>,
    /// The snapshots section as written (its own module reads it), when present and readable.
    pub snapshots: Option<Value>,
    /// The opportunity boards section as written, when present and readable.
    pub boards: Option<Value>,
    /// The workshops section as written (`workshop::read_workshops_section` reads it).
    pub workshops: Option<Value>,
}

/// What a backup is written from.
#[derive(Clone, Copy, Debug)]
pub struct BackupInput<'a> {
    /// Now, RFC 3339.
    pub exported_at: &'a str,
    /// The owner's decks as stored.
    pub decks: &'a [DeckRecord],
    pub manager: Option<&'a ManagerSection>,
    /// The snapshots section body (an object; `version` is added if it has none).
    pub snapshots: Option<&'a Value>,
    /// The opportunity boards section body (an object; `version` is added if it has none).
    pub boards: Option<&'a Value>,
    /// The workshops section body (an object; `version` is added if it has none).
    pub workshops: Option<&'a Value>,
}

#[derive(Serialize)]
struct DocWire<'a> {
    format: &'a str,
    version: u64,
    exported_at: &'a str,
    decks: Vec<EntryWire<'a>>,
    sections: Map<String, Value>,
}

#[derive(Serialize)]
struct EntryWire<'a> {
    deck: &'a Deck,
    created_at: &'a str,
    revision: u64,
}

/// Writes a backup document (version 2) as JSON text.
pub fn write_backup_document(input: &BackupInput<'_>) -> String {
    let mut sections = Map::new();
    if let Some(m) = input.manager {
        sections.insert("manager".into(), m.to_value());
    }
    let versioned = |body: &Value, version: u64| {
        let mut body = body.clone();
        if let Some(obj) = body.as_object_mut() {
            obj.entry("version").or_insert(Value::from(version));
        }
        body
    };
    if let Some(s) = input.snapshots {
        sections.insert("snapshots".into(), versioned(s, SNAPSHOTS_SECTION_VERSION));
    }
    if let Some(b) = input.boards {
        sections.insert("boards".into(), versioned(b, BOARDS_SECTION_VERSION));
    }
    if let Some(w) = input.workshops {
        sections.insert("workshops".into(), versioned(w, WORKSHOPS_SECTION_VERSION));
    }
    let doc = DocWire {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exported_at: input.exported_at,
        decks: input
            .decks
            .iter()
            .map(|r| EntryWire {
                deck: &r.deck,
                created_at: &r.created_at,
                revision: r.revision,
            })
            .collect(),
        sections,
    };
    // Strings, numbers and lists only: writing them into a String cannot fail.
    serde_json::to_string(&doc).unwrap_or_default()
}

/// Reads a backup file of either format: the old JSON list of decks, or the backup document.
/// Refuses the whole file only when it isn't a backup at all, is too large, is of a newer
/// version, or holds nothing; anything smaller is skipped and named in the answer.
pub fn read_backup(text: &str) -> Result<BackupContents, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| BackupError::NotJson)?;
    match &value {
        Value::Array(items) => {
            if items.is_empty() {
                return Err(BackupError::Empty);
            }
            let mut contents = BackupContents {
                version: 1,
                ..BackupContents::default()
            };
            read_decks(items, &mut contents)?;
            Ok(contents)
        }
        Value::Object(obj) if obj.get("format").and_then(Value::as_str) == Some(BACKUP_FORMAT) => {
            read_document(obj)
        }
        _ => Err(BackupError::NotABackup),
    }
}

fn read_document(obj: &Map<String, Value>) -> Result<BackupContents, BackupError> {
    match obj.get("version").map(Value::as_u64) {
        Some(Some(BACKUP_VERSION)) => {}
        Some(Some(n)) if n > BACKUP_VERSION => {
            return Err(BackupError::NewerVersion { version: n })
        }
        Some(_) => {
            return Err(BackupError::Damaged(
                "its version is not one this app wrote",
            ))
        }
        None => return Err(BackupError::Damaged("its version is missing")),
    }
    let mut contents = BackupContents {
        version: BACKUP_VERSION,
        exported_at: obj
            .get("exported_at")
            .and_then(Value::as_str)
            .map(str::to_owned),
        ..BackupContents::default()
    };
    let decks: &[Value] = match obj.get("decks") {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => return Err(BackupError::Damaged("its list of decks is damaged")),
    };
    read_decks(decks, &mut contents)?;
    read_sections(obj.get("sections"), &mut contents);
    let nothing = contents.decks.is_empty()
        && contents.skipped.is_empty()
        && contents.notes.is_empty()
        && contents.manager.is_none()
        && contents.snapshots.is_none()
        && contents.boards.is_none()
        && contents.workshops.is_none();
    if nothing {
        return Err(BackupError::Empty);
    }
    Ok(contents)
}

fn read_decks(items: &[Value], contents: &mut BackupContents) -> Result<(), BackupError> {
    if items.len() > MAX_BACKUP_DECKS {
        return Err(BackupError::TooLarge);
    }
    let mut seen = HashSet::new();
    for (i, item) in items.iter().enumerate() {
        let skip = |reason: String| SkippedEntry {
            kind: EntryKind::Deck,
            index: i + 1,
            title: title_of(item),
            reason,
        };
        match read_entry(item) {
            Ok(entry) if !seen.insert(entry.deck.id.clone()) => contents.skipped.push(skip(
                "Another deck in this backup has the same id; the first one is restored.".into(),
            )),
            Ok(mut entry) => {
                let count = entry.deck.renumber_duplicate_ids();
                if count > 0 {
                    contents.notes.push(BackupNote::IdsRenumbered {
                        index: i + 1,
                        title: entry.deck.title.clone(),
                        count,
                    });
                }
                contents.decks.push(entry);
            }
            Err(reason) => contents.skipped.push(skip(reason)),
        }
    }
    Ok(())
}

/// One entry of `decks`: `{ "deck", "created_at", "revision" }`, or a plain deck (as the old
/// list held them).
fn read_entry(item: &Value) -> Result<BackupDeck, String> {
    let obj = item
        .as_object()
        .ok_or_else(|| "This entry is not a deck.".to_owned())?;
    let (deck_value, created_at, revision) = match obj.get("deck") {
        Some(deck) if !obj.contains_key("format") => (
            deck,
            obj.get("created_at")
                .and_then(Value::as_str)
                .map(str::to_owned),
            obj.get("revision").and_then(Value::as_u64),
        ),
        _ => (item, None, None),
    };
    let deck = deck_structure_from_value(deck_value).map_err(|e| e.to_string())?;
    if deck.id.trim().is_empty() {
        return Err("This deck has no id.".into());
    }
    Ok(BackupDeck {
        deck: deck.with_all_sections(),
        created_at,
        revision,
    })
}

/// An entry's title, if readable, shortened for a message.
fn title_of(item: &Value) -> Option<String> {
    let deck = match item.get("deck") {
        Some(d) if item.get("format").is_none() => d,
        _ => item,
    };
    let title = deck.get("title")?.as_str()?.trim();
    if title.is_empty() {
        return None;
    }
    let mut short: String = title.chars().take(80).collect();
    if short.len() < title.len() {
        short.push('…');
    }
    Some(short)
}

fn read_sections(sections: Option<&Value>, contents: &mut BackupContents) {
    let obj = match sections {
        None | Some(Value::Null) => return,
        Some(Value::Object(obj)) => obj,
        Some(_) => {
            contents.notes.push(BackupNote::SectionDamaged {
                section: "sections".into(),
                reason: "that part of the file is damaged".into(),
            });
            return;
        }
    };
    for (name, body) in obj {
        let supported = match name.as_str() {
            "manager" => MANAGER_SECTION_VERSION,
            "snapshots" => SNAPSHOTS_SECTION_VERSION,
            "boards" => BOARDS_SECTION_VERSION,
            "workshops" => WORKSHOPS_SECTION_VERSION,
            // A section a later version added: not ours to read.
            _ => continue,
        };
        let damaged = |reason: &str| BackupNote::SectionDamaged {
            section: name.clone(),
            reason: reason.to_owned(),
        };
        if !body.is_object() {
            contents
                .notes
                .push(damaged("it is not in the expected shape"));
            continue;
        }
        let Some(version) = body.get("version").and_then(Value::as_u64) else {
            contents.notes.push(damaged("its version is missing"));
            continue;
        };
        if version > supported {
            contents.notes.push(BackupNote::SectionTooNew {
                section: name.clone(),
                version,
            });
            continue;
        }
        match name.as_str() {
            "manager" => match ManagerSection::read(body) {
                Ok((section, skipped)) => {
                    contents.manager = Some(section);
                    contents.skipped.extend(skipped);
                }
                Err(reason) => contents.notes.push(damaged(reason)),
            },
            "snapshots" => contents.snapshots = Some(body.clone()),
            "workshops" => contents.workshops = Some(body.clone()),
            _ => contents.boards = Some(body.clone()),
        }
    }
}
