//! A list of changes, section by section, in words.

use leptos::prelude::*;

use crate::model::ChangeGroup;

/// The changes under their section headings, or `empty` when there are none.
#[component]
pub fn ChangeList(
    groups: Vec<ChangeGroup>,
    /// What to say when nothing changed.
    empty: &'static str,
) -> impl IntoView {
    if groups.is_empty() {
        return view! { <p class="muted no-changes">{empty}</p> }.into_any();
    }
    view! {
        <div class="change-groups">
            {groups.into_iter().map(|g| view! {
                <div class="change-group">
                    <h3>{g.heading}</h3>
                    <ul>{g.changes.into_iter().map(|c| view! { <li dir="auto">{c}</li> }).collect_view()}</ul>
                </div>
            }).collect_view()}
        </div>
    }
    .into_any()
}
