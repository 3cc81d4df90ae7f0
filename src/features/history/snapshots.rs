//! The snapshots: save one under a name, and for each, view it read-only, restore it (with an
//! Undo right there) or delete it (with an Undo in the notice).

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_history;
use crate::components::DeckView;
use crate::model::{Snapshot, SnapshotReason};
use crate::services::clock::{local_date, local_date_time, now_rfc3339};
use crate::services::deck_history::RestoreReceipt;
use crate::services::{dom, use_toasts};

const NAME_FIELD: &str = "snapshot-name";
const NOTICE: &str = "history-notice";

/// Ids of a row's controls (snapshot ids are `<deck>:<n>`, fine in an id).
fn control(snapshot_id: &str, what: &str) -> String {
    format!("snapshot-{snapshot_id}-{what}")
}

#[component]
pub fn Snapshots() -> impl IntoView {
    let ctx = use_history();
    let library = ctx.library;
    let toasts = use_toasts();
    let name = RwSignal::new(String::new());
    let saving = RwSignal::new(false);
    let working = RwSignal::new(false);
    let viewing = RwSignal::new(None::<String>);
    let restored = RwSignal::new(None::<RestoreReceipt>);
    let notice = RwSignal::new(None::<String>);

    let save = move || {
        if saving.get_untracked() {
            return;
        }
        saving.set(true);
        ctx.error.set(None);
        let typed = name.get_untracked().trim().to_owned();
        let id = ctx.deck_id.get_value();
        spawn_local(async move {
            let name_now = match typed.is_empty() {
                true => format!("Saved on {}", local_date(&now_rfc3339())),
                false => typed,
            };
            // The deck as stored this moment (another tab may have saved since this opened).
            let result = match library.load(&id).await {
                Ok(record) => library.snapshot(&record.deck, &name_now).await,
                Err(e) => Err(e),
            };
            saving.try_set(false);
            match result {
                Ok(_) => {
                    name.try_set(String::new());
                    toasts.show(format!("Snapshot “{name_now}” saved."), None);
                    ctx.reload();
                }
                Err(e) => {
                    ctx.error.try_set(Some(e.to_string()));
                }
            }
        });
    };

    let restore = Callback::new(move |snapshot: Snapshot| {
        if working.get_untracked() {
            return;
        }
        working.set(true);
        ctx.error.set(None);
        notice.set(None);
        let shares = ctx.shares.get_untracked();
        spawn_local(async move {
            let result = library.restore_version(&snapshot, &shares).await;
            working.try_set(false);
            match result {
                Ok(receipt) => {
                    restored.try_set(Some(receipt));
                    dom::focus_after_render("undo-restore".into());
                }
                Err(e) => {
                    ctx.error
                        .try_set(Some(format!("“{}” was not restored: {e}", snapshot.name)));
                }
            }
            // Other tabs are told by the library; this screen reloads when it hears it too.
        });
    });

    let undo = move |_| {
        let Some(receipt) = restored.get_untracked() else {
            return;
        };
        if working.get_untracked() {
            return;
        }
        working.set(true);
        spawn_local(async move {
            let result = library.undo_restore(&receipt).await;
            working.try_set(false);
            match result {
                Ok(()) => {
                    restored.try_set(None);
                    notice.try_set(Some(format!(
                        "Undone: your deck is back as it was before you restored “{}”.",
                        receipt.name
                    )));
                    dom::focus_after_render(NOTICE.into());
                }
                Err(e) => {
                    ctx.error
                        .try_set(Some(format!("The restore could not be undone: {e}")));
                }
            }
        });
    };

    let delete = Callback::new(move |snapshot: Snapshot| {
        ctx.error.set(None);
        // Where focus goes once the row is gone: the next row, else the one before, else
        // the name field.
        let order: Vec<String> = ctx
            .snapshots
            .with_untracked(|l| l.iter().flatten().map(|s| s.id.clone()).collect());
        let at = order.iter().position(|i| *i == snapshot.id).unwrap_or(0);
        let mut targets: Vec<String> = order
            .get(at + 1)
            .into_iter()
            .chain(at.checked_sub(1).and_then(|p| order.get(p)))
            .map(|i| control(i, "delete"))
            .collect();
        targets.push(NAME_FIELD.into());
        spawn_local(async move {
            match library.delete_snapshot(&snapshot.id).await {
                Ok(()) => {
                    if viewing.get_untracked() == Some(snapshot.id.clone()) {
                        viewing.try_set(None);
                    }
                    let name = snapshot.name.clone();
                    let put_back = Callback::new(move |()| {
                        let snapshot = snapshot.clone();
                        spawn_local(async move {
                            match library.put_back_snapshots(&[snapshot]).await {
                                Ok(()) => ctx.reload(),
                                Err(e) => {
                                    ctx.error.try_set(Some(e.to_string()));
                                }
                            }
                        });
                    });
                    toasts.show(format!("Deleted “{name}”."), Some(("Undo", put_back)));
                    ctx.reload();
                    dom::focus_first_after_render(targets);
                }
                Err(e) => {
                    ctx.error.try_set(Some(e.to_string()));
                }
            }
        });
    });

    let list = move || ctx.snapshots.get().unwrap_or_default();
    view! {
        <section class="history-part" aria-labelledby="snapshots-heading">
            <h2 id="snapshots-heading">"Snapshots"</h2>
            <div class="snapshot-save">
                <div class="field">
                    <label for=NAME_FIELD>"Name for a new snapshot"</label>
                    <input id=NAME_FIELD type="text" dir="auto" placeholder="Before my review, say"
                        prop:value=move || name.get()
                        on:input:target=move |ev| name.set(ev.target().value())
                        on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); save() }/>
                </div>
                <button type="button" class="primary" disabled=move || saving.get() on:click=move |_| save()>
                    "Save a snapshot"
                </button>
            </div>
            {move || restored.get().map(|r| view! {
                <div class="notice restored" role="status">
                    <p>
                        "Restored “" <span dir="auto">{r.name.clone()}</span> "”. The version from just "
                        "before is kept as a snapshot, so nothing is lost."
                    </p>
                    <button type="button" id="undo-restore" disabled=move || working.get() on:click=undo>
                        "Undo the restore"
                    </button>
                </div>
            })}
            <div role="status">
                {move || notice.get().map(|n| view! { <p class="notice" id=NOTICE tabindex="-1">{n}</p> })}
            </div>
            {move || ctx.snapshots.with(|l| l.as_ref().is_some_and(Vec::is_empty)).then(|| view! {
                <p class="muted">"No snapshots yet. Save one before a big rewrite, or make a share link."</p>
            })}
            <ul class="snapshot-list" aria-label="Snapshots">
                <For each=list key=|s| s.id.clone() children=move |s| view! {
                    <SnapshotRow snapshot=s viewing=viewing working=working restore=restore delete=delete/>
                }/>
            </ul>
        </section>
    }
}

#[component]
fn SnapshotRow(
    snapshot: Snapshot,
    /// Which snapshot is open read-only.
    viewing: RwSignal<Option<String>>,
    /// True while a restore or its undo is under way.
    working: RwSignal<bool>,
    restore: Callback<Snapshot>,
    delete: Callback<Snapshot>,
) -> impl IntoView {
    let id = snapshot.id.clone();
    let name = snapshot.name.clone();
    let open = {
        let id = id.clone();
        Memo::new(move |_| viewing.with(|v| v.as_deref() == Some(id.as_str())))
    };
    let region = control(&id, "view");
    let shared_note = (snapshot.reason == SnapshotReason::Shared).then_some(
        "This is the copy a link carried. Restoring it brings back what the link held; the parts it \
         left out stay as they are now.",
    );
    let toggle = {
        let id = id.clone();
        move |_| {
            viewing.update(|v| {
                *v = if v.as_deref() == Some(id.as_str()) {
                    None
                } else {
                    Some(id.clone())
                }
            })
        }
    };
    let for_restore = snapshot.clone();
    let for_delete = snapshot.clone();
    let deck = StoredValue::new(snapshot.deck.clone());
    let at = snapshot.at.clone();
    view! {
        <li class="snapshot">
            <div class="snapshot-head">
                <div class="snapshot-info">
                    <strong dir="auto">{name.clone()}</strong>
                    <span class="muted">{local_date_time(&at)} " · " {snapshot.reason.label()}</span>
                </div>
                <div class="row-actions">
                    <button type="button" id=control(&id, "toggle") aria-expanded=move || open.get().to_string()
                        aria-controls=region.clone() aria-label={
                            let name = name.clone();
                            move || format!("{} “{name}”", if open.get() { "Hide" } else { "View" })
                        }
                        on:click=toggle>{move || if open.get() { "Hide" } else { "View" }}</button>
                    <button type="button" id=control(&id, "restore") aria-label=format!("Restore “{name}”")
                        disabled=move || working.get()
                        on:click=move |_| restore.run(for_restore.clone())>"Restore"</button>
                    <button type="button" class="danger" id=control(&id, "delete") aria-label=format!("Delete “{name}”")
                        on:click=move |_| delete.run(for_delete.clone())>"Delete"</button>
                </div>
            </div>
            {shared_note.map(|n| view! { <p class="muted snapshot-note">{n}</p> })}
            <div id=region.clone() class="snapshot-view" role="region" aria-label=format!("“{name}”, read-only")
                hidden=move || !open.get()>
                {move || open.get().then(|| view! { <DeckView deck=deck.get_value() note=format!("Saved {}", local_date_time(&at))/> })}
            </div>
        </li>
    }
}
