//! Comparing any two versions: two snapshots, or a snapshot and the deck now.

use leptos::prelude::*;

use super::use_history;
use crate::components::ChangeList;
use crate::model::{changes_in_sections, diff_decks};
use crate::services::clock::local_date_time;

/// The choice that stands for the deck as it is now.
const NOW: &str = "now";

#[component]
pub fn Compare() -> impl IntoView {
    let ctx = use_history();
    // Empty: the default (the newest snapshot, then the deck now).
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(NOW.to_owned());
    let has_any = Memo::new(move |_| {
        ctx.snapshots
            .with(|l| l.as_ref().is_some_and(|l| !l.is_empty()))
    });
    // A choice that no longer exists (deleted) falls back to the newest snapshot.
    let resolve = move |key: String| -> Option<String> {
        if key == NOW {
            return Some(key);
        }
        ctx.snapshots.with(|l| {
            let l = l.as_deref().unwrap_or_default();
            l.iter()
                .find(|s| s.id == key)
                .or(l.first())
                .map(|s| s.id.clone())
        })
    };
    let picked_from = Memo::new(move |_| resolve(from.get()));
    let picked_to = Memo::new(move |_| resolve(to.get()));
    // (the same version twice, the changes)
    let groups = Memo::new(move |_| {
        let (f, t) = (picked_from.get()?, picked_to.get()?);
        if f == t {
            return Some((true, Vec::new()));
        }
        ctx.snapshots.with(|l| {
            let l = l.as_deref().unwrap_or_default();
            ctx.current.with(|now| {
                let deck = |k: &str| match k {
                    NOW => Some(now),
                    _ => l.iter().find(|s| s.id == k).map(|s| &s.deck),
                };
                Some((
                    false,
                    changes_in_sections(&diff_decks(deck(&f)?, deck(&t)?)),
                ))
            })
        })
    });
    // Only ids and names are copied for the choices, never the decks.
    let choices = Memo::new(move |_| {
        ctx.snapshots.with(|l| {
            l.iter()
                .flatten()
                .map(|s| {
                    (
                        s.id.clone(),
                        format!("{} — {}", s.name, local_date_time(&s.at)),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    let options = move |selected: Memo<Option<String>>| {
        let chosen = selected.get();
        let is = |k: &str| chosen.as_deref() == Some(k);
        let now = view! { <option value=NOW selected=is(NOW)>"Now — the deck as it is"</option> };
        let rest = choices
            .get()
            .into_iter()
            .map(|(id, label)| view! { <option value=id.clone() selected=is(&id)>{label}</option> })
            .collect_view();
        view! { {now} {rest} }
    };
    move || {
        has_any.get().then(|| view! {
            <section class="history-part" aria-labelledby="compare-heading">
                <h2 id="compare-heading">"Compare two versions"</h2>
                <div class="compare-pick">
                    <div class="field">
                        <label for="compare-from">"From"</label>
                        <select id="compare-from" on:change:target=move |ev| from.set(ev.target().value())>
                            {move || options(picked_from)}
                        </select>
                    </div>
                    <div class="field">
                        <label for="compare-to">"To"</label>
                        <select id="compare-to" on:change:target=move |ev| to.set(ev.target().value())>
                            {move || options(picked_to)}
                        </select>
                    </div>
                </div>
                <div class="compare-result" aria-live="polite">
                    {move || groups.get().map(|(same, groups)| match same {
                        true => view! { <p class="muted">"Choose two different versions to see what changed between them."</p> }.into_any(),
                        false => view! { <ChangeList groups=groups empty="No differences a reader would see."/> }.into_any(),
                    })}
                </div>
            </section>
        })
    }
}
