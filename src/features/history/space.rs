//! The room snapshots take, and pruning them ("keep only the newest five"), with an Undo.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::use_history;
use crate::model::{byte_size, count, prune_keeping, snapshots_bytes, Snapshot};
use crate::services::{dom, use_toasts};
use crate::storage::persist;

/// How many snapshots pruning keeps.
const KEEP: usize = 5;

#[component]
pub fn Space() -> impl IntoView {
    let ctx = use_history();
    let library = ctx.library;
    let toasts = use_toasts();
    let usage = RwSignal::new(None::<(f64, f64)>);
    spawn_local(async move {
        let estimate = persist::estimate().await;
        usage.try_set(estimate);
    });
    let summary = Memo::new(move |_| {
        ctx.snapshots.with(|l| {
            let l = l.as_deref().unwrap_or_default();
            (l.len(), snapshots_bytes(l))
        })
    });
    let to_prune = Memo::new(move |_| {
        ctx.snapshots
            .with(|l| prune_keeping(l.as_deref().unwrap_or_default(), KEEP))
    });
    let working = RwSignal::new(false);
    let prune = move |_| {
        let ids = to_prune.get_untracked();
        if ids.is_empty() || working.get_untracked() {
            return;
        }
        working.set(true);
        ctx.error.set(None);
        let removed: Vec<Snapshot> = ctx.snapshots.with_untracked(|l| {
            l.iter()
                .flatten()
                .filter(|s| ids.contains(&s.id))
                .cloned()
                .collect()
        });
        spawn_local(async move {
            let result = library.delete_snapshots(&ids).await;
            working.try_set(false);
            match result {
                Ok(()) => {
                    let put_back = Callback::new(move |()| {
                        let removed = removed.clone();
                        spawn_local(async move {
                            match library.put_back_snapshots(&removed).await {
                                Ok(()) => ctx.reload(),
                                Err(e) => {
                                    ctx.error.try_set(Some(e.to_string()));
                                }
                            }
                        });
                    });
                    toasts.show(
                        format!(
                            "Deleted {}.",
                            count(ids.len(), "older snapshot", "older snapshots")
                        ),
                        Some(("Undo", put_back)),
                    );
                    ctx.reload();
                    // The button turns off with nothing left to prune: focus goes to the summary.
                    dom::focus_after_render("space-summary".into());
                }
                Err(e) => {
                    ctx.error.try_set(Some(e.to_string()));
                }
            }
        });
    };
    view! {
        <section class="history-part" aria-labelledby="space-heading">
            <h2 id="space-heading">"Space used"</h2>
            <p id="space-summary" tabindex="-1">
                {move || {
                    let (n, bytes) = summary.get();
                    match n {
                        0 => "This deck has no snapshots taking up space.".to_owned(),
                        _ => format!("{} of this deck take about {}.", count(n, "snapshot", "snapshots"), byte_size(bytes as f64)),
                    }
                }}
                {move || usage.get().map(|(used, quota)| format!(
                    " Everything Career Deck keeps in this browser uses {} of the {} it allows.",
                    byte_size(used),
                    byte_size(quota)
                ))}
            </p>
            <button type="button" disabled=move || working.get() || to_prune.with(Vec::is_empty) on:click=prune>
                "Keep only the newest five"
            </button>
            <p class="hint">
                "The snapshot of the last link you made is kept too, so you can still see what changed since."
            </p>
        </section>
    }
}
