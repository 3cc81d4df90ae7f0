//! Looking after what the browser keeps: when to remind the owner to download a backup, which
//! snapshots to let go of when pruning, how much room they take, and names for the files the
//! owner downloads.

use super::instant::{compare_instants, seconds_between};
use super::since_shared::{by_time, latest_shared};
use super::snapshot::{Snapshot, SnapshotReason};

/// The reminder shows once decks have changed and no backup was downloaded for this long; a
/// "Not now" quiets it for as long again.
pub const BACKUP_REMINDER_DAYS: i64 = 30;

const DAY: i64 = 86_400;

/// What this browser remembers about backups (RFC 3339 times, each absent until it happens).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BackupDates {
    /// When a backup file was last downloaded here.
    pub last_backup: Option<String>,
    /// When the library was first seen without any backup: the reminder counts from there
    /// for someone who has never downloaded one.
    pub first_seen: Option<String>,
    /// When the reminder was last put off with "Not now".
    pub dismissed: Option<String>,
}

impl BackupDates {
    /// Whether to remind: some deck changed since the last backup (or there is a deck and
    /// never was one), it is at least `BACKUP_REMINDER_DAYS` since that backup (or since the
    /// library was first seen), and the reminder was not put off in that time. `updated` are
    /// the decks' last-change times.
    pub fn reminder_due<'a>(&self, updated: impl IntoIterator<Item = &'a str>, now: &str) -> bool {
        let backup = self.last_backup.as_deref().filter(|b| is_time(b));
        if decks_changed_since(updated, backup) == 0 {
            return false;
        }
        let Some(from) = backup.or(self.first_seen.as_deref()) else {
            return false;
        };
        let days = |t: &str| seconds_between(t, now).map(|s| s.div_euclid(DAY));
        let long_enough = days(from).is_some_and(|d| d >= BACKUP_REMINDER_DAYS);
        let put_off = self
            .dismissed
            .as_deref()
            .and_then(days)
            .is_some_and(|d| d < BACKUP_REMINDER_DAYS);
        long_enough && !put_off
    }
}

fn is_time(s: &str) -> bool {
    compare_instants(s, s).is_some()
}

/// How many decks changed after `since` (every deck when there was no backup). A change
/// time that cannot be read counts as changed: better one reminder too many.
pub fn decks_changed_since<'a>(
    updated: impl IntoIterator<Item = &'a str>,
    since: Option<&str>,
) -> usize {
    updated
        .into_iter()
        .filter(|u| match since {
            None => true,
            Some(b) => compare_instants(u, b).is_none_or(|o| o.is_gt()),
        })
        .count()
}

/// The snapshots to delete to keep only the newest `keep` — and the latest one taken when a
/// link was made, so "what changed since you last shared" still has something to compare with.
pub fn prune_keeping(snapshots: &[Snapshot], keep: usize) -> Vec<String> {
    let mut newest: Vec<&Snapshot> = snapshots.iter().collect();
    newest.sort_by(|a, b| by_time(b, a));
    let shared = latest_shared(snapshots).map(|s| s.id.as_str());
    newest
        .into_iter()
        .skip(keep)
        .filter(|s| Some(s.id.as_str()) != shared)
        .map(|s| s.id.clone())
        .collect()
}

/// The most recently taken snapshot for a reason (the one a restore just made, say).
pub fn newest_of(snapshots: &[Snapshot], reason: SnapshotReason) -> Option<&Snapshot> {
    snapshots
        .iter()
        .filter(|s| s.reason == reason)
        .max_by(|a, b| by_time(a, b))
}

/// Roughly how many bytes the snapshots take as stored (their JSON).
pub fn snapshots_bytes(snapshots: &[Snapshot]) -> usize {
    snapshots
        .iter()
        .map(|s| s.to_value().to_string().len())
        .sum()
}

/// "1.2 GB", "35.0 MB", "12 KB", in whole-number arithmetic (float formatting stays out of the
/// bundle).
pub fn byte_size(n: f64) -> String {
    let tenths = |unit: f64| (n / unit * 10.0).round() as u64;
    if n >= 1e9 {
        let t = tenths(1e9);
        format!("{}.{} GB", t / 10, t % 10)
    } else if n >= 1e6 {
        let t = tenths(1e6);
        format!("{}.{} MB", t / 10, t % 10)
    } else {
        format!("{} KB", ((n / 1e3).round() as u64).max(1))
    }
}

/// A file name from a deck's title: lower case, words joined by hyphens, nothing a file
/// system objects to ("Where I'm heading" → "where-i-m-heading.md").
pub fn file_name_for(title: &str, extension: &str) -> String {
    let mut name = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            name.push(c);
        } else if !name.is_empty() && !name.ends_with('-') {
            name.push('-');
        }
        if name.chars().count() >= 60 {
            break;
        }
    }
    let name = name.trim_end_matches('-');
    let name = if name.is_empty() { "career-deck" } else { name };
    format!("{name}.{extension}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    const NOW: &str = "2026-12-31T12:00:00Z";

    fn dates(last: Option<&str>, first: Option<&str>, dismissed: Option<&str>) -> BackupDates {
        BackupDates {
            last_backup: last.map(str::to_owned),
            first_seen: first.map(str::to_owned),
            dismissed: dismissed.map(str::to_owned),
        }
    }

    #[test]
    fn the_reminder_needs_a_change_after_a_month_without_a_backup() {
        let old = "2026-11-01T00:00:00Z";
        let recent = "2026-12-20T00:00:00Z";
        // A backup over a month ago, and a deck changed since: remind.
        assert!(dates(Some(old), None, None).reminder_due([recent], NOW));
        // Nothing changed since that backup: nothing to remind of.
        assert!(!dates(Some(recent), None, None).reminder_due(["2026-12-01T00:00:00Z"], NOW));
        // A backup within the month: quiet, even though a deck changed.
        assert!(!dates(Some(recent), None, None).reminder_due(["2026-12-30T00:00:00Z"], NOW));
        // No decks at all: quiet.
        assert!(!dates(Some(old), None, None).reminder_due([], NOW));
    }

    #[test]
    fn without_any_backup_the_month_counts_from_the_first_visit() {
        let deck = ["2026-12-30T00:00:00Z"];
        assert!(!dates(None, None, None).reminder_due(deck, NOW));
        assert!(!dates(None, Some("2026-12-15T00:00:00Z"), None).reminder_due(deck, NOW));
        assert!(dates(None, Some("2026-11-15T00:00:00Z"), None).reminder_due(deck, NOW));
        // A damaged backup date is as good as none.
        assert!(
            dates(Some("last week"), Some("2026-11-15T00:00:00Z"), None).reminder_due(deck, NOW)
        );
    }

    #[test]
    fn not_now_quiets_the_reminder_for_a_month() {
        let d = |dismissed| dates(Some("2026-10-01T00:00:00Z"), None, Some(dismissed));
        assert!(!d("2026-12-30T00:00:00Z").reminder_due(["2026-12-31T00:00:00Z"], NOW));
        assert!(d("2026-11-20T00:00:00Z").reminder_due(["2026-12-31T00:00:00Z"], NOW));
    }

    #[test]
    fn decks_changed_since_compares_moments() {
        let updated = ["2026-12-01T10:00:00+02:00", "2026-12-01T09:00:00Z", "??"];
        assert_eq!(
            decks_changed_since(updated, Some("2026-12-01T08:30:00Z")),
            2
        );
        assert_eq!(decks_changed_since(updated, None), 3);
    }

    fn snap(n: u32, day: u32, reason: SnapshotReason) -> Snapshot {
        Snapshot {
            id: format!("d:{n}"),
            deck_id: "d".into(),
            name: format!("#{n}"),
            at: format!("2026-12-{day:02}T10:00:00Z"),
            reason,
            deck: example_deck("d".into(), NOW.into()),
        }
    }

    #[test]
    fn pruning_keeps_the_newest_and_the_last_shared() {
        let list: Vec<Snapshot> = (1..=8)
            .map(|n| {
                let reason = if n == 2 {
                    SnapshotReason::Shared
                } else {
                    SnapshotReason::Manual
                };
                snap(n, n, reason)
            })
            .collect();
        let mut gone = prune_keeping(&list, 5);
        gone.sort();
        assert_eq!(gone, ["d:1", "d:3"]);
        assert!(prune_keeping(&list[..4], 5).is_empty());
    }

    #[test]
    fn the_newest_of_a_reason_goes_by_time_then_number() {
        let list = [
            snap(3, 5, SnapshotReason::BeforeRestore),
            snap(10, 5, SnapshotReason::BeforeRestore),
            snap(4, 6, SnapshotReason::Manual),
        ];
        assert_eq!(
            newest_of(&list, SnapshotReason::BeforeRestore).map(|s| s.id.as_str()),
            Some("d:10"),
            "10 sorts after 3 as a number, not as text"
        );
        assert_eq!(newest_of(&list, SnapshotReason::Shared), None);
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(byte_size(12.0), "1 KB");
        assert_eq!(byte_size(12_345.0), "12 KB");
        assert_eq!(byte_size(35_049_000.0), "35.0 MB");
        assert_eq!(byte_size(1_250_000_000.0), "1.3 GB");
        let s = snap(1, 1, SnapshotReason::Manual);
        assert_eq!(
            snapshots_bytes(&[s.clone(), s.clone()]),
            2 * s.to_value().to_string().len()
        );
    }

    #[test]
    fn file_names_come_from_titles() {
        assert_eq!(
            file_name_for("Where I'm heading in 2027", "md"),
            "where-i-m-heading-in-2027.md"
        );
        assert_eq!(file_name_for("  ", "md"), "career-deck.md");
        assert_eq!(file_name_for("Ünïcode — Ok!", "md"), "ünïcode-ok.md");
        assert_eq!(file_name_for(&"a".repeat(200), "md").len(), 63);
    }
}
