//! The screens whose code loads on demand. With the `split` feature (the release build), each
//! function here is a split point: `scripts/split.py` moves the code only it reaches into a
//! chunk of its own, fetched the first time the screen opens, so the first screen (the
//! library, or a share link) arrives without it. Without the feature (tests, debug) they are
//! plain functions.

use leptos::prelude::*;

use crate::features::{
    BoardPage, CommitmentsPage, EditorPage, GuidePage, HistoryPage, KeptBoardPage, KeptPage,
    PreparePage, PresentKeptPage, PresentPage, RehearsePage, SettingsPage, ShareBoardPage,
    SharePage, SharedLinkPage, SharedWithMePage,
};
use crate::features::{NotFoundPage, WorkshopPage};
use crate::routes::Screen;

// Four split points, not one per screen: wasm-split gives every set of split points that
// shares code a chunk of its own, so one point per screen (17 of them) made ~350 chunks, of
// which opening a share link fetched and instantiated ~190 tiny ones. Screens a person uses
// together load together instead; each group's code still arrives only when first needed.

/// A person's own decks: editing, sharing, presenting, history, the workshop, rehearsing, and
/// Settings (backups).
#[cfg_attr(feature = "split", lazy)]
pub fn own_decks(screen: Screen) -> AnyView {
    match screen {
        Screen::Editor(id) => view! { <EditorPage id=id/> }.into_any(),
        Screen::Present(id) => view! { <PresentPage id=id/> }.into_any(),
        Screen::Share(id) => view! { <SharePage id=id/> }.into_any(),
        Screen::History(id) => view! { <HistoryPage id=id/> }.into_any(),
        Screen::Workshop(id) => view! { <WorkshopPage id=id/> }.into_any(),
        Screen::Rehearse(id) => view! { <RehearsePage id=id/> }.into_any(),
        Screen::Settings => view! { <SettingsPage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Decks shared with me that I kept: reading, preparing, presenting, commitments, the guide.
#[cfg_attr(feature = "split", lazy)]
pub fn shared_with_me(screen: Screen) -> AnyView {
    match screen {
        Screen::SharedWithMe => view! { <SharedWithMePage/> }.into_any(),
        Screen::Kept(id) => view! { <KeptPage id=id/> }.into_any(),
        Screen::Prepare(id) => view! { <PreparePage id=id/> }.into_any(),
        Screen::PresentKept(id) => view! { <PresentKeptPage id=id/> }.into_any(),
        Screen::Commitments => view! { <CommitmentsPage/> }.into_any(),
        Screen::ManagerGuide => view! { <GuidePage/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// Opportunity boards: writing, sharing, and boards kept.
#[cfg_attr(feature = "split", lazy)]
pub fn boards(screen: Screen) -> AnyView {
    match screen {
        Screen::Board(id) => view! { <BoardPage id=id/> }.into_any(),
        Screen::ShareBoard(id) => view! { <ShareBoardPage id=id/> }.into_any(),
        Screen::KeptBoard(id) => view! { <KeptBoardPage id=id/> }.into_any(),
        _ => view! { <NotFoundPage/> }.into_any(),
    }
}

/// A share link is a first screen too, but only for the people it is sent to: its code (the
/// codec's inflate and the passphrase link's AES among it) is fetched as soon as the address
/// holds one, alone, so that it arrives quickly.
#[cfg_attr(feature = "split", lazy)]
pub fn shared_link(fragment: String) -> AnyView {
    view! { <SharedLinkPage fragment=fragment/> }.into_any()
}

/// What shows while a screen's code arrives (a moment, and only the first time).
#[cfg_attr(not(feature = "split"), allow(dead_code))]
pub fn loading() -> impl IntoView {
    view! { <p class="muted" role="status">"Opening…"</p> }
}

/// Renders an on-demand screen: at once without the `split` feature, after its group's code
/// has loaded with it.
macro_rules! on_demand {
    ($name:ident) => {{
        #[cfg(feature = "split")]
        {
            view! {
                <Suspense fallback=$crate::app::on_demand::loading>
                    {move || Suspend::new(async move { $crate::app::on_demand::$name().await })}
                </Suspense>
            }
            .into_any()
        }
        #[cfg(not(feature = "split"))]
        {
            $crate::app::on_demand::$name()
        }
    }};
    ($name:ident, $arg:expr) => {{
        let id = $arg;
        #[cfg(feature = "split")]
        {
            view! {
                <Suspense fallback=$crate::app::on_demand::loading>
                    {move || {
                        let id = id.clone();
                        Suspend::new(async move { $crate::app::on_demand::$name(id).await })
                    }}
                </Suspense>
            }
            .into_any()
        }
        #[cfg(not(feature = "split"))]
        {
            $crate::app::on_demand::$name(id)
        }
    }};
}

pub(crate) use on_demand;
