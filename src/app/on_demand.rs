//! The screens whose code loads on demand. With the `split` feature (the release build), each
//! function here is a split point: `scripts/split.py` moves the code only it reaches into a
//! chunk of its own, fetched the first time the screen opens, so the first screen (the
//! library, or a share link) arrives without it. Without the feature (tests, debug) they are
//! plain functions.

use leptos::prelude::*;

use crate::features::WorkshopPage;
use crate::features::{
    BoardPage, CommitmentsPage, EditorPage, GuidePage, HistoryPage, KeptBoardPage, KeptPage,
    PreparePage, PresentKeptPage, PresentPage, RehearsePage, SettingsPage, ShareBoardPage,
    SharePage, SharedLinkPage, SharedWithMePage,
};

/// One on-demand screen: `fn name(id: String) -> AnyView` (or no argument).
macro_rules! screen {
    ($name:ident($id:ident) => $page:ident) => {
        #[cfg_attr(feature = "split", lazy)]
        pub fn $name($id: String) -> AnyView {
            view! { <$page $id=$id/> }.into_any()
        }
    };
    ($name:ident => $page:ident) => {
        #[cfg_attr(feature = "split", lazy)]
        pub fn $name() -> AnyView {
            view! { <$page/> }.into_any()
        }
    };
}

screen!(editor(id) => EditorPage);
screen!(present(id) => PresentPage);
screen!(share(id) => SharePage);
screen!(history(id) => HistoryPage);
screen!(settings => SettingsPage);
screen!(shared_with_me => SharedWithMePage);
screen!(kept(id) => KeptPage);
screen!(prepare(id) => PreparePage);
screen!(present_kept(id) => PresentKeptPage);
screen!(commitments => CommitmentsPage);
screen!(guide => GuidePage);
screen!(rehearse(id) => RehearsePage);
screen!(workshop(id) => WorkshopPage);
screen!(board(id) => BoardPage);
screen!(share_board(id) => ShareBoardPage);
screen!(kept_board(id) => KeptBoardPage);
// A share link is a first screen too, but only for the people it is sent to: its code (the
// codec's inflate and passphrase crypto among it) is fetched as soon as the address holds one.
screen!(shared_link(fragment) => SharedLinkPage);

/// What shows while a screen's code arrives (a moment, and only the first time).
#[cfg_attr(not(feature = "split"), allow(dead_code))]
pub fn loading() -> impl IntoView {
    view! { <p class="muted" role="status">"Opening…"</p> }
}

/// Renders an on-demand screen: at once without the `split` feature, after its code has
/// loaded with it.
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
    ($name:ident, $id:expr) => {{
        let id: String = $id;
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
