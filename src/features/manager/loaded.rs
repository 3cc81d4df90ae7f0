//! Loading one kept deck (and its notes) for a screen: "Opening…" while it loads, the
//! not-found page when it is not kept here, the problem in words when it can't be read.

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::components::{ErrorAlert, PageTitle};
use crate::manager::{KeptDeck, ManagerNotes};
use crate::routes::Screen;
use crate::services::nav::href;
use crate::services::{dom, use_library};

/// A kept deck and the manager's notes on it.
#[derive(Clone, PartialEq)]
pub struct Loaded {
    pub kept: KeptDeck,
    pub notes: ManagerNotes,
}

#[component]
pub fn KeptScreen(id: String, page: fn(Loaded) -> AnyView) -> impl IntoView {
    let library = use_library();
    let loaded = RwSignal::new(None::<Result<Option<Loaded>, String>>);
    spawn_local(async move {
        let result = async {
            let Some(kept) = library.kept(&id).await? else {
                return Ok(None);
            };
            let notes = library.manager_notes(&id).await?;
            Ok(Some(Loaded { kept, notes }))
        }
        .await
        .map_err(|e: crate::services::LibraryError| e.to_string());
        loaded.set(Some(result));
        dom::set_ready_after_render();
    });
    move || {
        match loaded.get() {
        None => view! { <p class="muted" role="status">"Opening…"</p> }.into_any(),
        Some(Ok(Some(l))) => page(l),
        Some(Ok(None)) => view! {
            <PageTitle title="Not kept here"/>
            <h1>"This deck isn't kept in this browser"</h1>
            <p>"Decks shared with you are kept only on the device where you chose “Keep a copy”."</p>
            <p><a class="button primary" href=href(&Screen::SharedWithMe)>"Shared with me"</a></p>
        }
        .into_any(),
        Some(Err(e)) => {
            let message = Signal::derive(move || Some(e.clone()));
            view! {
                <PageTitle title="Could not be opened"/>
                <h1>"This deck could not be opened"</h1>
                <ErrorAlert message=message/>
            }
            .into_any()
        }
    }
    }
}
