//! "Saving…" / "Saved" next to the deck title, and the choice shown when another tab saved
//! the same deck.

use leptos::prelude::*;

use crate::services::{EditSession, SaveStatus};

#[component]
pub fn SaveIndicator(
    /// The editing session whose status is shown.
    session: EditSession,
) -> impl IntoView {
    let text = move || {
        session.status.with(|s| match s {
            SaveStatus::Saved => "All changes saved",
            SaveStatus::Unsaved => "Unsaved changes…",
            SaveStatus::Saving => "Saving…",
            SaveStatus::Failed(_) => "Not saved",
            SaveStatus::Conflict(_) => "Changed in another tab",
        })
    };
    let state = move || {
        session.status.with(|s| match s {
            SaveStatus::Saved => "saved",
            SaveStatus::Unsaved | SaveStatus::Saving => "saving",
            SaveStatus::Failed(_) | SaveStatus::Conflict(_) => "problem",
        })
    };
    view! {
        <p class="save-indicator" data-state=state role="status" aria-live="polite">{text}</p>
    }
}

/// The error or conflict that needs the person's attention, if any.
#[component]
pub fn SaveProblem(
    /// The editing session.
    session: EditSession,
) -> impl IntoView {
    move || {
        match session.status.get() {
        SaveStatus::Failed(e) => Some(
            view! {
                <div class="alert" role="alert">
                    <p>{e.to_string()}</p>
                    <button on:click=move |_| session.flush()>"Try saving again"</button>
                </div>
            }
            .into_any(),
        ),
        SaveStatus::Conflict(theirs) => Some(
            view! {
                <div class="alert conflict" role="alert">
                    <p>
                        "This deck was changed in another tab or window after you opened it here. "
                        "Which version do you want to keep?"
                    </p>
                    <p class="muted">
                        "Their version is titled “" {theirs.deck.title.clone()} "”. "
                        "If you reload theirs, Undo brings your text back."
                    </p>
                    <div class="actions">
                        <button on:click=move |_| session.take_theirs()>"Reload theirs"</button>
                        <button class="primary" on:click=move |_| session.keep_mine()>"Keep mine"</button>
                    </div>
                </div>
            }
            .into_any(),
        ),
        _ => None,
    }
    }
}
