//! "Share the update": on a deck shared before, what changed since the last link, section by
//! section, with the list ready to copy into the message that goes with the new link.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ChangeList, ErrorAlert};
use crate::model::{
    changes_in_sections, changes_since_shared, latest_shared, share_entry_for, update_message,
    ChangeGroup, Deck,
};
use crate::services::clock::local_date;
use crate::services::{dom, use_library, use_toasts};

/// What the screen shows: when the last link was made, for whom, the changes, and the
/// message text.
#[derive(Clone)]
struct Update {
    when: String,
    label: String,
    groups: Vec<ChangeGroup>,
    message: String,
}

#[component]
pub fn ShareUpdate(
    /// The deck as it is now.
    deck: Deck,
) -> impl IntoView {
    let library = use_library();
    let toasts = use_toasts();
    let update = RwSignal::new(None::<Update>);
    let error = RwSignal::new(None::<String>);
    spawn_local(async move {
        let (Ok(snapshots), Ok(shares)) = (
            library.snapshots(&deck.id).await,
            library.share_history(&deck.id).await,
        ) else {
            return; // nothing to compare with: the screen works as for a first share
        };
        let Some(shared) = latest_shared(&snapshots) else {
            return;
        };
        let entry = share_entry_for(&shares, shared);
        let diff = changes_since_shared(&shared.deck, entry, &deck);
        let when = local_date(&shared.at);
        update.try_set(Some(Update {
            label: entry.map(|e| e.label.clone()).unwrap_or_default(),
            groups: changes_in_sections(&diff),
            message: update_message(&diff, &when),
            when,
        }));
    });
    let copy = move |_| {
        let Some(text) = update.with_untracked(|u| u.as_ref().map(|u| u.message.clone())) else {
            return;
        };
        error.set(None);
        spawn_local(async move {
            if dom::copy_text(&text).await {
                toasts.show("Copied the list of changes.".into(), None);
            } else {
                error.try_set(Some("The browser didn't allow copying.".into()));
            }
        });
    };
    move || {
        update.get().map(|u| {
            let nothing = u.groups.is_empty();
            view! {
                <section class="share-update" aria-labelledby="share-update-heading">
                    <h2 id="share-update-heading">"Share the update"</h2>
                    <p>
                        "You last made a link on " {u.when.clone()}
                        {(!u.label.is_empty()).then(|| view! { " (" <span dir="auto">{u.label.clone()}</span> ")" })}
                        {if nothing { ". Nothing has changed since." } else { ". Since then:" }}
                    </p>
                    {(!nothing).then(|| view! {
                        // Never empty here: "Nothing has changed since." is said above instead.
                        <ChangeList groups=u.groups empty=""/>
                        <p class="muted">
                            "Make a new link below to send the deck as it is now, and put this list in "
                            "your message so they know what to look at."
                        </p>
                        <button type="button" on:click=copy>"Copy the list of changes"</button>
                    })}
                    <ErrorAlert message=error/>
                </section>
            }
        })
    }
}
