//! A quiet reminder in the library when decks changed and no backup was downloaded for a
//! month (the rule is `model::BackupDates::reminder_due`): go to Settings to download one, or
//! put it off for another month. (The backup itself is made in Settings, so the code that
//! writes it never weighs on the library, the first screen.)

use leptos::prelude::*;

use super::deck_row::RowState;
use crate::model::{count, decks_changed_since};
use crate::routes::Screen;
use crate::services::clock::{local_date, now_rfc3339};
use crate::services::dom;
use crate::services::nav::href;
use crate::storage::backup_date;

/// Where focus goes once the reminder is gone.
const AFTER: &str = "new-deck";

#[component]
pub fn BackupReminder(
    /// The library's rows (`None` while it is read).
    rows: RwSignal<Option<Vec<RowState>>>,
) -> impl IntoView {
    let now = now_rfc3339();
    backup_date::note_first_seen(&now);
    let dates = RwSignal::new(backup_date::dates());
    // How many decks changed since the last backup, when the reminder is due.
    let due = {
        let now = now.clone();
        Memo::new(move |_| {
            rows.with(|r| {
                let updated: Vec<String> = r
                    .iter()
                    .flatten()
                    .map(|row| row.summary.with(|s| s.updated_at.clone()))
                    .collect();
                let refs = || updated.iter().map(String::as_str);
                dates.with(|d| {
                    d.reminder_due(refs(), &now)
                        .then(|| decks_changed_since(refs(), d.last_backup.as_deref()))
                })
            })
        })
    };
    let dismiss = {
        let now = now.clone();
        move |_| {
            backup_date::dismiss_reminder(&now);
            dates.set(backup_date::dates());
            dom::focus_after_render(AFTER.into());
        }
    };
    move || {
        let dismiss = dismiss.clone();
        due.get().map(|changed| {
            let since = dates.with_untracked(|d| d.last_backup.as_deref().map(local_date));
            let what = match since {
                Some(day) => format!(
                    "{} changed since your last backup on {day}.",
                    count(changed, "deck has", "decks have")
                ),
                None => "You haven't downloaded a backup in this browser yet.".to_owned(),
            };
            view! {
                <div class="backup-reminder" role="region" aria-label="Backup reminder">
                    <p>
                        <strong>"Time for a backup? "</strong>
                        {what}
                        " Your decks live only in this browser; a backup file keeps a copy safe if "
                        "the browser's data is ever cleared."
                    </p>
                    <div class="actions">
                        <a class="button" href=href(&Screen::Settings)>"Back up now"</a>
                        <button type="button" class="ghost" on:click=dismiss>"Not now"</button>
                    </div>
                </div>
            }
        })
    }
}
