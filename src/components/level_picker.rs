//! Picks a competency level 0–5 as a group of radio buttons: arrow keys move between levels,
//! every level has a name, and screen readers hear "Current level, Practising, 3 of 6".

use leptos::prelude::*;

use crate::model::{LEVEL_DESCRIPTIONS, LEVEL_NAMES};

#[component]
pub fn LevelPicker(
    /// Radio group name, unique on the page.
    #[prop(into)]
    name: String,
    /// The group's label, e.g. "Current level".
    #[prop(into)]
    legend: String,
    /// The selected level.
    #[prop(into)]
    value: Signal<u8>,
    /// Called with the newly picked level.
    on_change: Callback<u8>,
) -> impl IntoView {
    let levels = (0u8..=5)
        .map(|level| {
            let id = format!("{name}-{level}");
            let label = LEVEL_NAMES[usize::from(level)];
            view! {
                <label class="level" title=label>
                    <input
                        type="radio"
                        id=id
                        // Not kept in the page's session state (see TextField).
                        autocomplete="off"
                        name=name.clone()
                        value=level.to_string()
                        prop:checked=move || value.get() == level
                        on:change=move |_| on_change.run(level)
                    />
                    <span class="level-face">
                        <span class="level-number">{level}</span>
                        " "
                        <span class="level-name">{label}</span>
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="level-picker">
            <legend>{legend}</legend>
            <div class="levels">{levels}</div>
            <p class="level-description muted">
                {move || LEVEL_DESCRIPTIONS[usize::from(value.get().min(5))]}
            </p>
        </fieldset>
    }
}
