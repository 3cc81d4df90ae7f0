//! A deck's history: what changed since it was last shared, its snapshots (save one, view,
//! restore with an undo, delete), comparing any two versions, the deck as Markdown, and the
//! room the snapshots take (with pruning).

mod compare;
mod export;
mod since_shared;
mod snapshots;
mod space;

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::DeckScreen;
use crate::components::{ErrorAlert, PageTitle};
use crate::model::{Deck, DeckRecord, ShareLogEntry, Snapshot};
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, use_library, DeckLibrary, LibraryError};
use compare::Compare;
use export::Export;
use since_shared::SinceShared;
use snapshots::Snapshots;
use space::Space;

#[component]
pub fn HistoryPage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <History record=record/> }.into_any()/> }
}

/// What every part of the screen reads: the deck as stored now, its snapshots (newest
/// first; `None` until read) and the links made from it.
#[derive(Clone, Copy)]
struct HistoryCtx {
    library: DeckLibrary,
    deck_id: StoredValue<String>,
    current: RwSignal<Deck>,
    snapshots: RwSignal<Option<Vec<Snapshot>>>,
    shares: RwSignal<Vec<ShareLogEntry>>,
    error: RwSignal<Option<String>>,
}

impl HistoryCtx {
    /// Reads the deck, its snapshots and its links again (after any change, here or in
    /// another tab).
    fn reload(self) {
        let library = self.library;
        let id = self.deck_id.get_value();
        spawn_local(async move {
            let loaded: Result<_, LibraryError> = async {
                let record = library.load(&id).await?;
                let snapshots = library.snapshots(&id).await?;
                let shares = library.share_history(&id).await?;
                Ok((record, snapshots, shares))
            }
            .await;
            match loaded {
                Ok((record, snapshots, shares)) => {
                    self.current.try_set(record.deck);
                    self.shares.try_set(shares);
                    if self.snapshots.try_set(Some(snapshots)).is_none() {
                        dom::set_ready_after_render();
                    }
                }
                Err(e) => {
                    self.error.try_set(Some(e.to_string()));
                    self.snapshots.try_update(|s| {
                        s.get_or_insert_with(Vec::new);
                    });
                }
            }
        });
    }
}

#[component]
fn History(record: DeckRecord) -> impl IntoView {
    let library = use_library();
    let ctx = HistoryCtx {
        library,
        deck_id: StoredValue::new(record.deck.id.clone()),
        current: RwSignal::new(record.deck),
        snapshots: RwSignal::new(None),
        shares: RwSignal::new(Vec::new()),
        error: RwSignal::new(None),
    };
    provide_context(ctx);
    // Not ready until the snapshots are in, too.
    dom::set_ready(false);
    Effect::new(move |_| {
        library.library_changed.track();
        ctx.reload();
    });
    let title = Signal::derive(move || ctx.current.with(|d| d.title.clone()));
    // Only the first read swaps "Reading…" for the screen; later reloads update it in place.
    let loaded = Memo::new(move |_| ctx.snapshots.with(Option::is_some));
    let id = ctx.deck_id.get_value();
    view! {
        <PageTitle title=Signal::derive(move || format!("History: {}", title.get()))/>
        <section class="history-page" aria-labelledby="history-page-heading">
            <a class="button ghost" href=href(&Screen::Editor(id.clone()))>"← Back to editing"</a>
            <h1 id="history-page-heading" dir="auto">"History of “" {title} "”"</h1>
            <p class="lede">
                "Snapshots are saved versions of this deck, kept only in this browser. One is taken "
                "each time you make a share link, so you can always see what the other person has."
            </p>
            <ErrorAlert message=ctx.error/>
            {move || match loaded.get() {
                false => view! { <p class="muted" role="status">"Reading the history…"</p> }.into_any(),
                true => view! {
                    <SinceShared/>
                    <Snapshots/>
                    <Compare/>
                    <Export/>
                    <Space/>
                }.into_any(),
            }}
        </section>
    }
}

fn use_history() -> HistoryCtx {
    expect_context::<HistoryCtx>()
}
