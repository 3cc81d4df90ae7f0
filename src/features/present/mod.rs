//! Presenting a deck: one section per slide, arrow keys or buttons to move, Escape to go
//! back to editing, and a print layout with every slide.

use leptos::ev;
use leptos::prelude::*;

use super::DeckScreen;
use crate::components::{DeckHeading, PageTitle, SectionView};
use crate::model::{DeckRecord, Section};
use crate::routes::Screen;
use crate::services::nav::{href, use_go};

#[component]
pub fn PresentPage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <Slides record=record/> }.into_any()/> }
}

#[component]
fn Slides(record: DeckRecord) -> impl IntoView {
    let deck = record.deck;
    let id = deck.id.clone();
    // Slide 0 is the title; then each section.
    let total = 1 + Section::ALL.len();
    let current = RwSignal::new(0usize);
    let go = use_go();
    let next = move || current.update(|c| *c = (*c + 1).min(total - 1));
    let prev = move || current.update(|c| *c = c.saturating_sub(1));
    let keys = {
        let id = id.clone();
        window_event_listener(ev::keydown, move |ev| match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                prev();
            }
            "Home" => current.set(0),
            "End" => current.set(total - 1),
            "Escape" => go(Screen::Editor(id.clone())),
            _ => {}
        })
    };
    on_cleanup(move || keys.remove());
    let title = deck.title.clone();
    let slide = {
        let deck = deck.clone();
        move || match current.get() {
            0 => view! { <div class="slide title-slide"><DeckHeading deck=deck.clone()/></div> }
                .into_any(),
            n => {
                let section = Section::ALL[n - 1];
                view! { <div class="slide"><SectionView deck=deck.clone() section=section/></div> }
                    .into_any()
            }
        }
    };
    let print_all = {
        let deck = deck.clone();
        view! {
            <div class="print-only">
                <DeckHeading deck=deck.clone()/>
                {Section::ALL.into_iter().map(|s| view! { <SectionView deck=deck.clone() section=s/> }).collect_view()}
            </div>
        }
    };
    view! {
        <PageTitle title=format!("Presenting: {title}")/>
        <div class="present">
            <div class="present-bar no-print">
                <a class="button ghost" href=href(&Screen::Editor(id.clone()))>"← Back to editing"</a>
                <span class="muted" aria-live="polite">{move || format!("Slide {} of {total}", current.get() + 1)}</span>
                <button type="button" on:click=move |_| prev() disabled=move || current.get() == 0>"Previous"</button>
                <button type="button" class="primary" on:click=move |_| next() disabled={move || current.get() + 1 >= total}>"Next"</button>
                <button type="button" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>"Print"</button>
            </div>
            <div class="stage no-print">{slide}</div>
            {print_all}
        </div>
    }
}
