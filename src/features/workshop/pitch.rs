//! Your one big thing: values, strengths and energizers side by side, the words they share,
//! questions about the overlap, and the person's own sentence or two.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, Prompts};
use super::{use_workshop, StepFrame};
use crate::components::TextField;
use crate::workshop::pitch::{pitch_hint, shared_words, PITCH_EXAMPLES, PITCH_PROMPTS};
use crate::workshop::{pitch_inputs, Step};

#[component]
pub fn PitchStep() -> impl IntoView {
    let ctx = use_workshop();
    let session = ctx.session;
    let inputs = Memo::new(move |_| {
        ctx.state
            .with(|s| session.deck.with(|d| pitch_inputs(s, d)))
    });
    let shared = Memo::new(move |_| inputs.with(shared_words));
    let column = move |title: &'static str,
                       id: &'static str,
                       empty: &'static str,
                       pick: fn(&crate::workshop::PitchInputs) -> Vec<String>| {
        view! {
            <section class="pitch-column" aria-labelledby=format!("{id}-heading")>
                <h3 id=format!("{id}-heading")>{title}</h3>
                {move || {
                    let items = inputs.with(pick);
                    if items.is_empty() {
                        view! { <p class="muted">{empty}</p> }.into_any()
                    } else {
                        view! { <ul>{items.into_iter().map(|i| view! { <li dir="auto">{i}</li> }).collect_view()}</ul> }.into_any()
                    }
                }}
            </section>
        }
    };
    let (overlaps, on_overlaps) = bind(|s| s.pitch.overlaps.clone(), |s, t| s.pitch.overlaps = t);
    let (draft, on_draft) = bind(|s| s.pitch.draft.clone(), |s, t| s.pitch.draft = t);
    let hint = Signal::derive(move || draft.with(|d| pitch_hint(d)).map(str::to_owned));
    view! {
        <StepFrame step=Step::Pitch>
            <div class="pitch-columns">
                {column("What you care about", "pitch-values", "The values step fills this in.", |p| p.values.clone())}
                {column("What you do well", "pitch-strengths", "The strengths step fills this in.", |p| p.strengths.clone())}
                {column("What gives you energy", "pitch-energy", "The energy step fills this in.", |p| p.energizers.clone())}
            </div>
            <p class="shared-words">
                {move || {
                    let words = shared.get();
                    if words.is_empty() {
                        "No word shows up in two columns yet. Look for ideas that do, even in different words.".to_owned()
                    } else {
                        format!("In more than one column: {}.", words.iter().map(|w| format!("“{w}”")).collect::<Vec<_>>().join(", "))
                    }
                }}
            </p>
            <Prompts heading="Questions to find the overlap" prompts=PITCH_PROMPTS/>
            <TextField id="pitch-overlaps" label="Where you see the overlap (your notes)" value=overlaps
                on_input=on_overlaps multiline=true rows=3/>
            <TextField id="pitch-draft" label="Your one big thing" value=draft on_input=on_draft
                multiline=true rows=3 hint=hint/>
            <div class="examples">
                <p class="prompts-heading">"Other people's, to show the shape (not to copy)"</p>
                <ul>{PITCH_EXAMPLES.iter().map(|e| view! { <li>{*e}</li> }).collect_view()}</ul>
            </div>
            <DeckChanges step=Step::Pitch/>
        </StepFrame>
    }
}
