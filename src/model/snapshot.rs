//! Snapshots: named versions of one of the owner's decks, kept beside it so the story can be
//! looked back on, compared and restored. One is taken by hand, each time a link is made,
//! before a restore (so it can be undone) and whenever a merge with another tab had to drop
//! one side of a clash (so nothing typed is ever lost).

use serde::Serialize;
use serde_json::Value;

use super::deck::Deck;
use super::parse::deck_structure_from_value;

/// Why a snapshot was taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SnapshotReason {
    /// The person saved it by hand.
    Manual,
    /// A share link was made from this version.
    Shared,
    /// Taken just before restoring an older version, so the restore can be undone.
    BeforeRestore,
    /// The version of one side of a merge that the person did not choose.
    MergeLeftover,
}

impl SnapshotReason {
    fn parse(s: &str) -> Option<SnapshotReason> {
        Some(match s {
            "manual" => SnapshotReason::Manual,
            "shared" => SnapshotReason::Shared,
            "before_restore" => SnapshotReason::BeforeRestore,
            "merge_leftover" => SnapshotReason::MergeLeftover,
            _ => return None,
        })
    }

    /// A short phrase for the history list.
    pub fn label(self) -> &'static str {
        match self {
            SnapshotReason::Manual => "Saved by you",
            SnapshotReason::Shared => "When you made a link",
            SnapshotReason::BeforeRestore => "Before a restore",
            SnapshotReason::MergeLeftover => "Kept from another tab",
        }
    }
}

/// One saved version of a deck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Snapshot {
    /// Unique among snapshots: `<deck id>:<number>`.
    pub id: String,
    pub deck_id: String,
    pub name: String,
    /// RFC 3339.
    pub at: String,
    pub reason: SnapshotReason,
    pub deck: Deck,
}

impl Snapshot {
    pub fn to_value(&self) -> Value {
        serde_json::to_value(self).unwrap_or(Value::Null)
    }

    /// Snapshots are written by this app; one that cannot be read is skipped by the caller.
    pub fn from_value(v: &Value) -> Option<Snapshot> {
        Some(Snapshot {
            id: v.get("id")?.as_str()?.to_owned(),
            deck_id: v.get("deck_id")?.as_str()?.to_owned(),
            name: v.get("name")?.as_str()?.to_owned(),
            at: v.get("at")?.as_str()?.to_owned(),
            reason: SnapshotReason::parse(v.get("reason")?.as_str()?)?,
            deck: deck_structure_from_value(v.get("deck")?)
                .ok()?
                .with_all_sections(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snapshots_round_trip_and_damaged_ones_are_none() {
        let s = Snapshot {
            id: "d:1".into(),
            deck_id: "d".into(),
            name: "Before my 1:1".into(),
            at: "2026-12-01T10:00:00Z".into(),
            reason: SnapshotReason::Shared,
            deck: crate::model::example_deck("d".into(), "2026-12-01T10:00:00Z".into()),
        };
        assert_eq!(Snapshot::from_value(&s.to_value()), Some(s.clone()));
        let mut bad = s.to_value();
        bad["reason"] = "whatever".into();
        assert_eq!(Snapshot::from_value(&bad), None);
    }
}

/// The snapshots section of a backup (docs/spec/backup-format.md): `{ "snapshots": [...] }`
/// (the backup writer adds the section's `version`).
pub fn snapshots_section(snapshots: &[Snapshot]) -> Value {
    serde_json::json!({
        "snapshots": snapshots.iter().map(Snapshot::to_value).collect::<Vec<_>>(),
    })
}

/// The snapshots a backup's section holds; damaged ones are left out (answers how many).
pub fn read_snapshots_section(section: &Value) -> (Vec<Snapshot>, usize) {
    let list = section
        .get("snapshots")
        .and_then(Value::as_array)
        .map(Vec::as_slice)
        .unwrap_or_default();
    let good: Vec<Snapshot> = list.iter().filter_map(Snapshot::from_value).collect();
    let bad = list.len() - good.len();
    (good, bad)
}

#[cfg(test)]
mod section_tests {
    use super::*;

    #[test]
    fn the_backup_section_round_trips_and_skips_damage() {
        let s = Snapshot {
            id: "d:1".into(),
            deck_id: "d".into(),
            name: "n".into(),
            at: "2026-12-01T10:00:00Z".into(),
            reason: SnapshotReason::Manual,
            deck: crate::model::example_deck("d".into(), "2026-12-01T10:00:00Z".into()),
        };
        let mut v = snapshots_section(std::slice::from_ref(&s));
        assert_eq!(read_snapshots_section(&v), (vec![s.clone()], 0));
        v["snapshots"]
            .as_array_mut()
            .expect("list")
            .push(serde_json::json!({"id": 3}));
        assert_eq!(read_snapshots_section(&v), (vec![s], 1));
    }
}
