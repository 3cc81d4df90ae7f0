//! What a backup holds besides the owner's decks, in words for the restore plan: the plan
//! lists the decks one by one, and this says what else will come back.

use super::backup_doc::BackupContents;
use super::snapshot::read_snapshots_section;
use super::words::{and_list, count};
use crate::board::read_boards_section;
use crate::workshop::read_workshops_section;

impl BackupContents {
    /// "This backup also holds 3 snapshots, 2 opportunity boards and workshop progress for
    /// 1 deck. …", or `None` when it holds only decks.
    pub fn also_holds(&self) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(m) = self.manager.as_ref().filter(|m| !m.kept.is_empty()) {
            parts.push(count(
                m.kept.len(),
                "deck shared with you",
                "decks shared with you",
            ));
        }
        let snapshots = self
            .snapshots
            .as_ref()
            .map_or(0, |s| read_snapshots_section(s).0.len());
        if snapshots > 0 {
            parts.push(count(snapshots, "snapshot", "snapshots"));
        }
        let boards = self.boards.as_ref().map_or(0, |b| {
            let (mine, kept, _) = read_boards_section(b);
            mine.len() + kept.len()
        });
        if boards > 0 {
            parts.push(count(boards, "opportunity board", "opportunity boards"));
        }
        let workshops = self
            .workshops
            .as_ref()
            .map_or(0, |w| read_workshops_section(w).0.len());
        if workshops > 0 {
            parts.push(format!(
                "workshop progress for {}",
                count(workshops, "deck", "decks")
            ));
        }
        (!parts.is_empty()).then(|| {
            format!(
                "This backup also holds {}. Each comes back unless this browser already has \
                 it, or a newer version of it.",
                and_list(&parts)
            )
        })
    }
}
