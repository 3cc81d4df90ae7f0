//! Move up, move down and remove: the buttons of every row in the editor's lists.

use leptos::prelude::*;

use crate::model::Move;

#[component]
pub fn RowButtons(
    /// The buttons are `{id}-up` and `{id}-down`, so that focus can follow a moved row.
    #[prop(into)]
    id: String,
    /// Whether the row is the first (it can't move up).
    #[prop(into)]
    first: Signal<bool>,
    /// Whether the row is the last (it can't move down).
    #[prop(into)]
    last: Signal<bool>,
    on_move: Callback<Move>,
    on_remove: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="row-buttons">
            <button type="button" class="icon" id=format!("{id}-up") aria-label="Move up"
                disabled=move || first.get() on:click=move |_| on_move.run(Move::Up)>"↑"</button>
            <button type="button" class="icon" id=format!("{id}-down") aria-label="Move down"
                disabled=move || last.get() on:click=move |_| on_move.run(Move::Down)>"↓"</button>
            <button type="button" class="icon danger" aria-label="Remove" on:click=move |_| on_remove.run(())>"×"</button>
        </div>
    }
}
