//! Sets the browser tab's title for a screen.

use leptos::prelude::*;

use crate::services::dom;

/// Sets the document title to "`title` · Career Deck" while mounted.
#[component]
pub fn PageTitle(
    /// The screen's own title.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    Effect::new(move |_| dom::set_title(&format!("{} · Career Deck", title.get())));
}
