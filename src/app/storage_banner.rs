//! The app-wide banner for storage that is unavailable, blocked or closed — and, when the
//! browser keeps nothing at all, a plain statement that work lasts only while the tab is open.

use leptos::prelude::*;

use crate::services::use_library;
use crate::storage::settings;

#[component]
pub fn StorageBanner() -> impl IntoView {
    let library = use_library();
    let no_settings = !settings::available();
    move || {
        let problem = library.problem.get().map(|p| p.to_string());
        let text = problem.or_else(|| {
            no_settings.then(|| {
                "This browser blocks site storage, so Career Deck can't keep anything here: \
                 your work lasts only while this tab is open. Download it (Settings → Download \
                 a backup) or share it before you close the tab."
                    .to_owned()
            })
        });
        text.map(|text| {
            view! {
                <div class="banner warning" role="alert">
                    <p>{text}</p>
                </div>
            }
        })
    }
}
