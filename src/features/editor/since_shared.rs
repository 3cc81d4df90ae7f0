//! "What changed since you last shared", above the sections of a deck that has been shared:
//! closed, it costs nothing while typing; open, it compares the deck as last saved with the
//! copy the last link carried, so the owner knows what to tell the other person.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::ChangeList;
use crate::model::{
    changes_in_sections, changes_since_shared, latest_shared, share_entry_for, ShareLogEntry,
    Snapshot,
};
use crate::routes::Screen;
use crate::services::clock::local_date;
use crate::services::nav::href;
use crate::services::{use_library, EditSession};

#[component]
pub fn SinceShared(session: EditSession) -> impl IntoView {
    let library = use_library();
    let id = session.deck.with_untracked(|d| d.id.clone());
    let last = RwSignal::new(None::<(Snapshot, Option<ShareLogEntry>)>);
    {
        let id = id.clone();
        spawn_local(async move {
            let (Ok(snapshots), Ok(shares)) = (
                library.snapshots(&id).await,
                library.share_history(&id).await,
            ) else {
                return; // the history screen says what went wrong; the editor carries on
            };
            if let Some(shared) = latest_shared(&snapshots) {
                let entry = share_entry_for(&shares, shared).cloned();
                last.try_set(Some((shared.clone(), entry)));
            }
        });
    }
    let open = RwSignal::new(false);
    // Closed, it costs nothing. Open, it follows the stored revision rather than each key
    // press: on a 400-item deck one comparison takes a millisecond or two, so it runs once per
    // save (the session saves 400 ms after typing stops), reading the deck on screen.
    let changes = Memo::new(move |_| {
        if !open.get() {
            return None;
        }
        session.revision.track();
        last.with(|l| {
            l.as_ref().map(|(s, e)| {
                session.deck.with_untracked(|d| {
                    changes_in_sections(&changes_since_shared(&s.deck, e.as_ref(), d))
                })
            })
        })
    });
    let when = Memo::new(move |_| last.with(|l| l.as_ref().map(|(s, _)| local_date(&s.at))));
    let history = href(&Screen::History(id));
    move || {
        let history = history.clone();
        when.get().map(|when| view! {
            <section class="since-shared-panel" aria-label="Since you last shared">
                <h2 class="since-shared-title">
                    <button type="button" class="ghost disclosure" id="since-shared-toggle"
                        aria-expanded=move || open.get().to_string() aria-controls="since-shared-changes"
                        on:click=move |_| open.update(|o| *o = !*o)>
                        "What changed since you last shared"
                    </button>
                    <span class="muted since-shared-when">{when}</span>
                </h2>
                <div id="since-shared-changes" hidden=move || !open.get()>
                    {move || changes.get().map(|groups| view! {
                        <ChangeList groups=groups empty="Nothing yet: the deck reads as it did when you shared it."/>
                    })}
                    <p class="muted">
                        "Ready to send the new version? Make a new link on the Share screen. "
                        <a href=history.clone()>"See the whole history"</a>
                    </p>
                </div>
            </section>
        })
    }
}
