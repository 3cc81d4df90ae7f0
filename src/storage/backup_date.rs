//! What this browser remembers about backups (localStorage, like the other small settings):
//! when one was last downloaded, when the library was first seen without one, and when the
//! reminder was last put off. The reminder's rule itself is `model::BackupDates`.

use super::settings::{read, write};
use crate::model::BackupDates;

const LAST_BACKUP: &str = "career-deck.last-backup";
const FIRST_SEEN: &str = "career-deck.backup-first-seen";
const REMINDER_DISMISSED: &str = "career-deck.backup-reminder-dismissed";

pub fn dates() -> BackupDates {
    BackupDates {
        last_backup: read(LAST_BACKUP),
        first_seen: read(FIRST_SEEN),
        dismissed: read(REMINDER_DISMISSED),
    }
}

/// When a backup was last downloaded in this browser (RFC 3339).
pub fn last_backup() -> Option<String> {
    read(LAST_BACKUP)
}

pub fn record_backup(now: &str) {
    write(LAST_BACKUP, &now);
}

/// Remembers the first time the library was seen with no backup made (once).
pub fn note_first_seen(now: &str) {
    let d = dates();
    if d.last_backup.is_none() && d.first_seen.is_none() {
        write(FIRST_SEEN, &now);
    }
}

/// "Not now": the reminder stays away for a while.
pub fn dismiss_reminder(now: &str) {
    write(REMINDER_DISMISSED, &now);
}
