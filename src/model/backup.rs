//! Backup files: a JSON list of decks in deck format v1 (deck-format.md). Reading one is all
//! or nothing: one bad deck refuses the whole file, naming which deck and field.

use std::fmt;

use serde_json::Value;

use super::deck::Deck;
use super::error::DeckError;
use super::limits::MAX_LIST_ITEMS;
use super::parse::deck_from_value;

/// The most decks one backup file may hold (a library of thousands stays restorable).
pub const MAX_BACKUP_DECKS: usize = 10_000;
/// The largest backup file read, in bytes.
pub const MAX_BACKUP_BYTES: usize = 64 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BackupError {
    NotJson,
    NotAList,
    TooLarge,
    Empty,
    /// Deck number `index` (from 1) is not a valid deck.
    Deck {
        index: usize,
        error: DeckError,
    },
}

impl fmt::Display for BackupError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BackupError::NotJson => write!(
                f,
                "This file isn't a Career Deck backup: it is not readable JSON."
            ),
            BackupError::NotAList => write!(
                f,
                "This file isn't a Career Deck backup: it should hold a list of decks."
            ),
            BackupError::TooLarge => write!(f, "This backup file is too large to restore."),
            BackupError::Empty => write!(f, "This backup holds no decks."),
            BackupError::Deck { index, error } => {
                write!(
                    f,
                    "Deck {index} in this backup can't be restored. {error} Nothing was restored."
                )
            }
        }
    }
}

impl std::error::Error for BackupError {}

/// Writes decks as a backup file: indented JSON, as `serde_json::to_string_pretty` writes it.
pub fn write_backup(decks: &[Deck]) -> String {
    // Indenting the minified text keeps the bundle to one JSON writer for decks (the one
    // links use) instead of a second, pretty-printing copy of it.
    indent_json(&serde_json::to_string(decks).unwrap_or_else(|_| "[]".into()))
}

/// Indents minified JSON: two spaces a level, `": "` after keys, `[]` and `{}` kept empty.
fn indent_json(compact: &str) -> String {
    fn new_line(out: &mut String, depth: usize) {
        out.push('\n');
        out.extend(std::iter::repeat_n("  ", depth));
    }
    let mut out = String::with_capacity(compact.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0, false, false);
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if let Some(close) = chars.next_if(|n| matches!(n, '}' | ']')) {
                    out.push(close);
                } else {
                    depth += 1;
                    new_line(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth -= 1;
                new_line(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                new_line(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

/// Reads a backup file, checking every deck against the format.
pub fn parse_backup(text: &str) -> Result<Vec<Deck>, BackupError> {
    if text.len() > MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge);
    }
    let value: Value = serde_json::from_str(text).map_err(|_| BackupError::NotJson)?;
    let items = value.as_array().ok_or(BackupError::NotAList)?;
    if items.is_empty() {
        return Err(BackupError::Empty);
    }
    if items.len() > MAX_BACKUP_DECKS.max(MAX_LIST_ITEMS) {
        return Err(BackupError::TooLarge);
    }
    items
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let size = v.to_string().len();
            if size > super::limits::MAX_JSON_BYTES {
                return Err(BackupError::Deck {
                    index: i + 1,
                    error: DeckError::TooLarge { bytes: size },
                });
            }
            deck_from_value(v).map_err(|error| BackupError::Deck {
                index: i + 1,
                error,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backups_are_indented_exactly_as_serde_json_pretty_prints() {
        let mut deck = crate::model::example_deck("id".into(), "2026-11-25T10:00:00Z".into());
        deck.title = r#"Tricky: "quotes", \back\slashes\", {braces} [brackets], commas"#.into();
        deck.asks = Some(Vec::new());
        let decks = [
            deck.clone(),
            Deck::blank("b".into(), "B".into(), "t".into()),
        ];
        for list in [&decks[..], &decks[..1], &[]] {
            assert_eq!(
                write_backup(list),
                serde_json::to_string_pretty(list).unwrap()
            );
        }
    }
}
