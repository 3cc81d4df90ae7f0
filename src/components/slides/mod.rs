//! Presenting a deck: a full-screen stage of 16:9 slides (type scales with the viewport, no
//! app chrome), moved through by keyboard or buttons, with controls that appear on pointer
//! movement or focus. Used by the owner's Present, a kept deck and a link's recipient. Print
//! gives one slide per landscape page.

mod chart;
mod slide;
mod timeline;

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

pub use chart::ChartSvg;
pub use slide::SlideView;
pub use timeline::TimelineSvg;

use crate::model::Deck;
use crate::slides::{slides, Slide};

/// How long the controls stay after the pointer stops moving.
const CONTROLS_LINGER: Duration = Duration::from_millis(2500);

fn body_class(on: bool) {
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        let _ = if on {
            body.class_list().add_1("presenting")
        } else {
            body.class_list().remove_1("presenting")
        };
    }
}

fn toggle_fullscreen() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.fullscreen_element().is_some() {
        doc.exit_fullscreen();
    } else if let Some(el) = doc.get_element_by_id("stage") {
        // Refused outside a user gesture or where the browser has no Fullscreen API: the
        // stage already fills the window, so nothing is lost.
        let _ = el.request_fullscreen();
    }
}

#[component]
pub fn SlideShow(
    deck: Deck,
    /// Leaves the presentation (Esc, or the Exit button).
    on_exit: Callback<()>,
    /// The slide to start on (0-based); out of range starts on the last.
    #[prop(optional)]
    start: usize,
    /// Told the current slide whenever it changes (to keep it in the address, say).
    #[prop(optional)]
    on_slide: Option<Callback<usize>>,
    /// Shows each slide's speaker notes under it (when there is no presenter window).
    #[prop(optional, into)]
    notes: Signal<bool>,
    /// The current slide, shared with a presenter view when there is one.
    #[prop(optional)]
    current: Option<RwSignal<usize>>,
    /// More buttons for the controls (the owner's "Presenter view", say).
    #[prop(optional, into)]
    tools: Option<ViewFn>,
    /// Shown under the slide (the owner's speaker notes, editable).
    #[prop(optional, into)]
    below: Option<ViewFn>,
) -> impl IntoView {
    let all: Vec<Slide> = slides(&deck);
    let total = all.len();
    let current = current.unwrap_or_else(|| RwSignal::new(0));
    current.set(start.min(total.saturating_sub(1)));
    let controls = RwSignal::new(true);
    let hide_timer = StoredValue::new(None::<TimeoutHandle>);
    let poke = move || {
        controls.set(true);
        if let Some(h) = hide_timer.get_value() {
            h.clear();
        }
        hide_timer
            .set_value(set_timeout_with_handle(move || controls.set(false), CONTROLS_LINGER).ok());
    };
    body_class(true);
    on_cleanup(|| body_class(false));
    Effect::new(move |_| {
        let n = current.get();
        if let Some(cb) = on_slide {
            cb.run(n);
        }
    });
    let next = move || current.update(|c| *c = (*c + 1).min(total.saturating_sub(1)));
    let prev = move || current.update(|c| *c = c.saturating_sub(1));
    let keys = window_event_listener(ev::keydown, move |ev| {
        // Keys typed into a notes box belong to the box.
        let typing = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
            .is_some_and(|t| matches!(t.tag_name().as_str(), "TEXTAREA" | "INPUT"));
        if typing {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                next();
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                prev();
            }
            "Home" => {
                ev.prevent_default();
                current.set(0);
            }
            "End" => {
                ev.prevent_default();
                current.set(total.saturating_sub(1));
            }
            "Escape" => on_exit.run(()),
            "f" | "F" => toggle_fullscreen(),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    poke();
    let deck = StoredValue::new(deck);
    let stage_slides = all.clone();
    let print_slides = all;
    view! {
        <div class="stage" id="stage" on:pointermove=move |_| poke() on:focusin=move |_| poke()>
            <div class="stage-slide" aria-live="polite">
                {move || {
                    let n = current.get();
                    stage_slides.get(n).cloned().map(|s| {
                        let note = deck.with_value(|d| s.notes(d).to_owned());
                        view! {
                            <div class="slide-frame">
                                <SlideView slide=s id=format!("slide-{n}")/>
                            </div>
                            {move || (notes.get() && !note.is_empty()).then(|| view! {
                                <aside class="speaker-notes" aria-label="Speaker notes"><p dir="auto">{note.clone()}</p></aside>
                            })}
                        }
                    })
                }}
                {below.map(|b| b.run())}
            </div>
            <div class="stage-controls" class:shown=move || controls.get() role="toolbar" aria-label="Presentation">
                <button type="button" on:click=move |_| prev() disabled=move || current.get() == 0>"Previous"</button>
                <span class="counter">{move || format!("Slide {} of {total}", current.get() + 1)}</span>
                <button type="button" class="primary" on:click=move |_| next() disabled=move || current.get() + 1 >= total>"Next"</button>
                <button type="button" on:click=|_| toggle_fullscreen()>"Full screen"</button>
                <button type="button" on:click=|_| {
                    if let Some(w) = web_sys::window() {
                        let _ = w.print();
                    }
                }>"Print or save as PDF"</button>
                {tools.map(|t| t.run())}
                <button type="button" on:click=move |_| on_exit.run(())>"Exit"</button>
            </div>
        </div>
        <div class="print-slides" aria-hidden="true">
            {print_slides.into_iter().enumerate().map(|(i, s)| view! {
                <div class="print-slide"><SlideView slide=s id=format!("print-{i}")/></div>
            }).collect_view()}
        </div>
    }
}
