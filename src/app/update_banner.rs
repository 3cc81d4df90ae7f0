//! "A new version is ready" — shown when a new release has downloaded in the background. It
//! tells the truth about the work on screen, and reloading first keeps whatever is unsaved
//! where the next visit finds it.

use leptos::prelude::*;

use crate::services::offline::{apply_update, Update};
use crate::services::use_library;

#[component]
pub fn UpdateBanner() -> impl IntoView {
    let Update(ready) = expect_context::<Update>();
    let library = use_library();
    move || {
        ready.get().then(|| {
            let saved = !library.unsaved.get();
            view! {
                <div class="banner update" role="status">
                    <p>
                        "A new version of Career Deck is ready. "
                        {if saved {
                            "Your work is saved."
                        } else {
                            "Your latest changes are still being saved; reloading keeps them for you."
                        }}
                    </p>
                    <button type="button" class="primary" on:click=move |_| apply_update(library)>"Reload to update"</button>
                </div>
            }
        })
    }
}
