//! The links made from a deck: when, for whom, which sections, with a passphrase or not.

use leptos::prelude::*;

use crate::model::{thousands, ShareLogEntry};
use crate::services::clock::local_date_time;

#[component]
pub fn ShareHistory(entries: RwSignal<Vec<ShareLogEntry>>) -> impl IntoView {
    view! {
        <section class="history" aria-labelledby="history-heading">
            <h2 id="history-heading">"Links made from this deck"</h2>
            <p class="muted">"Only you see this list. A link already sent keeps working: it cannot be revoked."</p>
            {move || {
                let entries = entries.get();
                if entries.is_empty() {
                    return view! { <p class="muted">"None yet."</p> }.into_any();
                }
                view! {
                    <ul class="history-list">
                        {entries.into_iter().map(|e| {
                            let sections = e.sections.iter().map(|s| s.label()).collect::<Vec<_>>().join(", ");
                            view! {
                                <li>
                                    <strong>{local_date_time(&e.at)}</strong>
                                    {(!e.label.is_empty()).then(|| view! { " — " <span dir="auto">{e.label.clone()}</span> })}
                                    <br/>
                                    {sections}
                                    {if e.owner_included { ", with your name" } else { ", without your name" }}
                                    {if e.passphrase { " · locked with a passphrase" } else { " · no passphrase" }}
                                    {format!(" · {} characters", thousands(e.link_length))}
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </section>
    }
}
