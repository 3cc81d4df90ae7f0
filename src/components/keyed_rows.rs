//! The editor's lists of items with ids (roles, competencies, actions): each item keeps its
//! row, and the focus inside it, while others are added, moved or removed.

use leptos::prelude::*;

/// One row per id, in order. All lists share this one keyed list (rather than each its own
/// `<For>`), which keeps the bundle smaller.
#[component]
pub fn KeyedRows(
    /// The items' ids, in order.
    ids: Memo<Vec<String>>,
    /// The row for one id.
    row: Callback<String, AnyView>,
) -> impl IntoView {
    view! { <For each=move || ids.get() key=|id| id.clone() children=move |id| row.run(id)/> }
}
