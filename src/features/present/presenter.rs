//! The presenter's side: the current and next slide, the speaker notes (editable, saved with
//! the deck like any edit) and a timer. Also the notes box under the slide when there is no
//! second window.

use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

use super::sync::SlideSync;
use crate::components::{PageTitle, SlideView};
use crate::services::clock::now_ms;
use crate::services::EditSession;
use crate::slides::{slides, Slide};

/// The speaker notes of the current slide, as a text box.
#[component]
pub fn NotesEditor(
    session: EditSession,
    current: RwSignal<usize>,
    slides: StoredValue<Vec<Slide>>,
) -> impl IntoView {
    let slide_key = move || slides.with_value(|s| s.get(current.get()).map(|s| s.note_slide));
    let value = move || {
        slide_key()
            .map(|k| {
                session
                    .deck
                    .with(|d| d.speaker_notes.as_ref().map(|n| n.get(k).to_owned()))
                    .unwrap_or_default()
            })
            .unwrap_or_default()
    };
    let label = move || {
        slide_key().map_or_else(String::new, |k| {
            format!("Speaker notes for the {} slide", k.label())
        })
    };
    view! {
        <div class="notes-editor">
            <label for="speaker-notes">{label}</label>
            <textarea id="speaker-notes" rows="3" dir="auto"
                prop:value=value
                on:input:target=move |ev| {
                    if let Some(k) = slide_key() {
                        let text = ev.target().value();
                        session.edit(&format!("notes-{}", k.key()), |d| {
                            d.speaker_notes.get_or_insert_with(Default::default).set(k, text)
                        });
                    }
                }
                on:blur=move |_| session.seal()></textarea>
            <p class="muted">"Only you see these. A share link leaves them out unless you tick “Include speaker notes”."</p>
        </div>
    }
}

#[component]
pub fn PresenterView(
    session: EditSession,
    current: RwSignal<usize>,
    sync: SlideSync,
) -> impl IntoView {
    let deck = session.deck.get_untracked();
    let all = StoredValue::new(slides(&deck));
    let total = all.with_value(Vec::len);
    let started = now_ms();
    let elapsed = RwSignal::new(0u64);
    let tick = set_interval_with_handle(
        move || elapsed.set(((now_ms() - started) / 1000.0).max(0.0) as u64),
        Duration::from_secs(1),
    )
    .ok();
    on_cleanup(move || {
        if let Some(t) = tick {
            t.clear();
        }
    });
    let go_to = move |n: usize| {
        let n = n.min(total.saturating_sub(1));
        current.set(n);
        sync.post(n);
    };
    let keys = window_event_listener(ev::keydown, move |ev| {
        let in_box = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(t).ok())
            .is_some_and(|t| t.tag_name() == "TEXTAREA");
        if in_box {
            return;
        }
        match ev.key().as_str() {
            "ArrowRight" | "PageDown" | " " => {
                ev.prevent_default();
                go_to(current.get_untracked() + 1);
            }
            "ArrowLeft" | "PageUp" => {
                ev.prevent_default();
                go_to(current.get_untracked().saturating_sub(1));
            }
            "Home" => go_to(0),
            "End" => go_to(total),
            _ => {}
        }
    });
    on_cleanup(move || keys.remove());
    let title = deck.title.clone();
    view! {
        <PageTitle title=format!("Presenter view: {title}")/>
        <section class="presenter" aria-labelledby="presenter-heading">
            <h1 id="presenter-heading">"Presenter view"</h1>
            <p class="timer" role="timer" aria-label="Time presenting">
                {move || { let s = elapsed.get(); format!("{}:{:02}", s / 60, s % 60) }}
            </p>
            <p class="counter" aria-live="polite">{move || format!("Slide {} of {total}", current.get() + 1)}</p>
            <div class="presenter-slides">
                <div class="now">
                    <h2>"Now"</h2>
                    {move || all.with_value(|s| s.get(current.get()).cloned()).map(|s| view! { <SlideView slide=s id="presenter-now"/> })}
                </div>
                <div class="next">
                    <h2>"Next"</h2>
                    {move || match all.with_value(|s| s.get(current.get() + 1).cloned()) {
                        Some(s) => view! { <SlideView slide=s id="presenter-next"/> }.into_any(),
                        None => view! { <p class="muted">"The end."</p> }.into_any(),
                    }}
                </div>
            </div>
            <NotesEditor session=session current=current slides=all/>
            <div class="actions">
                <button type="button" on:click=move |_| go_to(current.get_untracked().saturating_sub(1))>"Previous"</button>
                <button type="button" class="primary" on:click=move |_| go_to(current.get_untracked() + 1)>"Next"</button>
            </div>
        </section>
    }
}
