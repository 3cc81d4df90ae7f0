//! "A new version is ready" — shown when a new release has downloaded in the background.

use leptos::prelude::*;

use crate::services::offline::{apply_update, Update};

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let Update(ready) = expect_context::<Update>();
    move || {
        ready.get().then(|| {
            view! {
                <div class="banner update" role="status">
                    <p>"A new version of Career Deck is ready. Your work is saved."</p>
                    <button type="button" class="primary" on:click=|_| apply_update()>"Reload to update"</button>
                </div>
            }
        })
    }
}
