//! Error messages: always in a `role="alert"` element, so they are announced, and only when
//! there is something to say.

use leptos::prelude::*;

/// Shows `message` when it is set.
#[component]
pub fn ErrorAlert(
    /// The error to show, in plain words; nothing is shown while it is `None`.
    #[prop(into)]
    message: Signal<Option<String>>,
) -> impl IntoView {
    move || {
        message.get().map(|text| {
            view! {
                <div class="alert" role="alert">
                    <svg viewBox="0 0 24 24" aria-hidden="true" class="alert-icon">
                        <circle cx="12" cy="12" r="10"></circle>
                        <path d="M12 7v6M12 16.5v.5"></path>
                    </svg>
                    <p>{text}</p>
                </div>
            }
        })
    }
}
