//! What changed since the deck was last shared: the deck now against the copy the latest link
//! carried.

use leptos::prelude::*;

use super::use_history;
use crate::components::ChangeList;
use crate::model::{changes_in_sections, changes_since_shared, latest_shared, share_entry_for};
use crate::services::clock::local_date;

#[component]
pub fn SinceShared() -> impl IntoView {
    let ctx = use_history();
    // (when, for whom, the changes), or None if the deck was never shared.
    let since = Memo::new(move |_| {
        ctx.snapshots.with(|list| {
            let list = list.as_deref()?;
            let shared = latest_shared(list)?;
            ctx.shares.with(|shares| {
                let entry = share_entry_for(shares, shared);
                let diff = ctx
                    .current
                    .with(|d| changes_since_shared(&shared.deck, entry, d));
                let label = entry.map(|e| e.label.clone()).unwrap_or_default();
                Some((local_date(&shared.at), label, changes_in_sections(&diff)))
            })
        })
    });
    move || {
        since.get().map(|(when, label, groups)| view! {
            <section class="history-part since-shared" aria-labelledby="since-shared-heading">
                <h2 id="since-shared-heading">"Since you last shared"</h2>
                <p>
                    "You last made a link on " {when}
                    {(!label.is_empty()).then(|| view! { " (" <span dir="auto">{label}</span> ")" })}
                    ". What the person has is that version; here is what has changed since:"
                </p>
                <ChangeList groups=groups empty="Nothing yet: the deck reads as it did when you shared it."/>
            </section>
        })
    }
}
