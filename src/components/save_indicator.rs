//! "Saving…" / "All changes saved": where work stands, announced politely.

use leptos::prelude::*;

#[component]
pub fn SaveIndicator(
    /// What to say ("All changes saved").
    #[prop(into)]
    label: Signal<&'static str>,
    /// `saved`, `saving` or `problem`, for styling.
    #[prop(into)]
    state: Signal<&'static str>,
) -> impl IntoView {
    view! {
        <p class="save-indicator" data-state=move || state.get() role="status" aria-live="polite">
            {move || label.get()}
        </p>
    }
}
