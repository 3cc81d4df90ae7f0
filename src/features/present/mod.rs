//! Presenting one's own deck: the stage (components/slides), the slide kept in the address so
//! a reload returns to it, and speaker notes — written here, kept with the deck, never in a
//! link unless asked for. With a second window, a presenter view shows the current and next
//! slide, the notes and a timer, and the two windows move together.

mod presenter;
mod sync;

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::DeckScreen;
use crate::components::{PageTitle, SlideShow};
use crate::model::DeckRecord;
use crate::routes::Screen;
use crate::services::nav::{href, use_go};
use crate::services::{use_library, EditSession};
use crate::slides::slides;
use presenter::{NotesEditor, PresenterView};
use sync::SlideSync;

#[component]
pub fn PresentPage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <Presenting record=record/> }.into_any()/> }
}

#[component]
fn Presenting(record: DeckRecord) -> impl IntoView {
    let query = use_query_map();
    let presenter = query.with_untracked(|q| q.get_str("presenter") == Some("1"));
    let start = query
        .with_untracked(|q| q.get_str("slide").and_then(|s| s.parse::<usize>().ok()))
        .map_or(0, |n| n.saturating_sub(1));
    let session = EditSession::new(record, use_library());
    let id = session.deck.with_untracked(|d| d.id.clone());
    let current = RwSignal::new(start);
    let sync = SlideSync::new(&id, current);
    on_cleanup(move || session.close());
    if presenter {
        return view! { <PresenterView session=session current=current sync=sync/> }.into_any();
    }
    let go = use_go();
    let exit = {
        let id = id.clone();
        Callback::new(move |()| {
            // Back in the editor, focus is where the presentation started.
            crate::services::dom::focus_when_ready("present");
            go(Screen::Editor(id.clone()))
        })
    };
    let notes_shown = RwSignal::new(false);
    let address = href(&Screen::Present(id.clone()));
    // The slide number in the address (from 1, as people count), replaced without a new
    // history entry, so a reload returns to the same slide.
    let on_slide = {
        let address = address.clone();
        Callback::new(move |n: usize| {
            sync.post(n);
            if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
                let _ = h.replace_state_with_url(
                    &wasm_bindgen::JsValue::NULL,
                    "",
                    Some(&format!("{address}&slide={}", n + 1)),
                );
            }
        })
    };
    let open_presenter = {
        let address = address.clone();
        move |_| {
            let url = format!(
                "{address}&presenter=1&slide={}",
                current.get_untracked() + 1
            );
            let opened = web_sys::window()
                .and_then(|w| {
                    w.open_with_url_and_target(&url, "career-deck-presenter")
                        .ok()
                })
                .flatten();
            // No second window (blocked, or a phone): notes go under the slide instead.
            if opened.is_none() {
                notes_shown.set(true);
            }
        }
    };
    let title = session.deck.with_untracked(|d| d.title.clone());
    let deck = session.deck.get_untracked();
    let all = StoredValue::new(slides(&deck));
    let tools = move || {
        view! {
            <button type="button" on:click=open_presenter.clone()>"Presenter view"</button>
            <button type="button" aria-pressed=move || notes_shown.get().to_string()
                on:click=move |_| notes_shown.update(|n| *n = !*n)>"Speaker notes"</button>
        }
    };
    let below = move || {
        view! {
            {move || notes_shown.get().then(|| view! { <NotesEditor session=session current=current slides=all/> })}
        }
    };
    view! {
        <PageTitle title=format!("Presenting: {title}")/>
        <h1 class="visually-hidden">{format!("Presenting “{title}”")}</h1>
        <SlideShow deck=deck on_exit=exit start=start on_slide=on_slide current=current tools=tools below=below/>
    }
    .into_any()
}
