//! The app-wide banner for storage that is unavailable, blocked or closed.

use leptos::prelude::*;

use crate::services::use_decks;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let decks = use_decks();
    move || {
        decks.problem.get().map(|problem| {
            view! {
                <div class="banner warning" role="alert">
                    <p>{problem.to_string()}</p>
                </div>
            }
        })
    }
}
