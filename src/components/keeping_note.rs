//! A quiet, dismissable note on keeping one's decks (installing the app, a backup), shown at
//! the moments that matter. What it says and where its dismissal is remembered are the
//! caller's business: this widget only shows and reports.

use leptos::prelude::*;

#[component]
pub fn KeepingNote(
    /// The note, or nothing to show.
    #[prop(into)]
    text: Signal<Option<String>>,
    /// Where the storage settings are (a link beside the note).
    #[prop(into)]
    settings_href: String,
    /// Called when the person dismisses it.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    move || {
        let settings_href = settings_href.clone();
        text.get().map(|text| {
            view! {
                <div class="keeping-note" role="note" aria-label="Keeping your decks">
                    <p>{text}</p>
                    <div class="actions">
                        <a class="button ghost small" href=settings_href>"Open Settings"</a>
                        <button type="button" class="ghost small" on:click=move |_| on_dismiss.run(())>
                            "Got it"
                        </button>
                    </div>
                </div>
            }
        })
    }
}
