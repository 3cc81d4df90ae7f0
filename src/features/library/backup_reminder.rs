//! A quiet reminder in the library when decks changed and no backup was downloaded for a
//! month (the rule is `model::BackupDates::reminder_due`): download one right here, or put it
//! off for another month.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::deck_row::RowState;
use crate::model::{count, decks_changed_since};
use crate::services::clock::{local_date, now_rfc3339};
use crate::services::{dom, use_library, use_toasts};
use crate::storage::backup_date;

/// Where focus goes once the reminder is gone.
const AFTER: &str = "new-deck";

#[component]
pub fn BackupReminder(
    /// The library's rows (`None` while it is read).
    rows: RwSignal<Option<Vec<RowState>>>,
) -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let now = now_rfc3339();
    backup_date::note_first_seen(&now);
    let dates = RwSignal::new(backup_date::dates());
    let working = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
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
    let download = move |_| {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        error.set(None);
        spawn_local(async move {
            let result = library.download_backup().await;
            working.try_set(false);
            match result {
                Ok(left_out) => {
                    let note = match left_out.len() {
                        0 => String::new(),
                        n => format!(
                            " {} could not be read and {} left out: see Settings.",
                            count(n, "deck", "decks"),
                            if n == 1 { "was" } else { "were" }
                        ),
                    };
                    toasts.show(
                        format!("Backup downloaded. Keep the file somewhere private.{note}"),
                        None,
                    );
                    dates.try_set(backup_date::dates());
                    dom::focus_after_render(AFTER.into());
                }
                Err(e) => {
                    error.try_set(Some(e));
                }
            }
        });
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
                        <button type="button" disabled=move || working.get() on:click=download>
                            "Download a backup"
                        </button>
                        <button type="button" class="ghost" on:click=dismiss>"Not now"</button>
                    </div>
                    <crate::components::ErrorAlert message=error/>
                </div>
            }
        })
    }
}
