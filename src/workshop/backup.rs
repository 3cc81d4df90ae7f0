//! The workshops section of a backup (docs/spec/backup-format.md): each deck's workshop
//! progress, so that the person's card sort, stories and drafts come back with their decks.

use serde_json::{json, Value};

use super::state::WorkshopState;

/// The section body (the backup writer adds its `version`): one entry per deck with a
/// workshop, `{ "deck": <deck id>, "state": <the workshop state> }`.
pub fn workshops_section(states: &[(String, WorkshopState)]) -> Value {
    let entries: Vec<Value> = states
        .iter()
        .map(|(deck, state)| json!({ "deck": deck, "state": state.to_value() }))
        .collect();
    json!({ "workshops": entries })
}

/// What a backup's workshops section holds, each deck once (the first entry wins); an entry
/// that cannot be read (damaged, or from a newer workshop) is left out and counted.
pub fn read_workshops_section(section: &Value) -> (Vec<(String, WorkshopState)>, usize) {
    let entries = section
        .get("workshops")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let mut good: Vec<(String, WorkshopState)> = Vec::new();
    let mut bad = 0;
    for entry in entries {
        let deck = entry
            .get("deck")
            .and_then(Value::as_str)
            .filter(|d| !d.is_empty());
        let state = entry
            .get("state")
            .and_then(|s| WorkshopState::from_value(s.clone()).ok());
        match (deck, state) {
            (Some(deck), Some(state)) => {
                if !good.iter().any(|(d, _)| d == deck) {
                    good.push((deck.to_owned(), state));
                }
            }
            _ => bad += 1,
        }
    }
    (good, bad)
}
