//! The owner's record of the links they made: when, which sections, and whether a passphrase
//! locked it. The link itself (and never the passphrase) is not kept.

use serde::Serialize;
use serde_json::Value;

use super::deck::Section;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ShareLogEntry {
    pub deck_id: String,
    /// RFC 3339.
    pub at: String,
    pub sections: Vec<Section>,
    pub owner_included: bool,
    pub passphrase: bool,
    /// Length of the whole link, in bytes.
    pub link_length: usize,
    /// The owner's own note of whom it was for ("for Sam, 1:1 on 12 Jan"); may be empty.
    #[serde(default)]
    pub label: String,
}

impl ShareLogEntry {
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Entries are written by this app only; a damaged one is skipped by the caller.
    pub fn from_value(v: &Value) -> Option<ShareLogEntry> {
        Some(ShareLogEntry {
            deck_id: v.get("deck_id")?.as_str()?.to_owned(),
            at: v.get("at")?.as_str()?.to_owned(),
            sections: v
                .get("sections")?
                .as_array()?
                .iter()
                .map(|s| Section::from_key(s.as_str()?))
                .collect::<Option<_>>()?,
            owner_included: v.get("owner_included")?.as_bool()?,
            passphrase: v.get("passphrase")?.as_bool()?,
            link_length: usize::try_from(v.get("link_length")?.as_u64()?).ok()?,
            // Entries written before labels existed have none.
            label: v
                .get("label")
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned(),
        })
    }
}
