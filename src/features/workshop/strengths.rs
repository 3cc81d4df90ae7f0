//! What you do well: strengths with a moment that proves each, what colleagues said, and
//! (optionally) a strengths survey's top five. The person names the strengths; nothing is
//! pulled out of the stories for them.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, focus_after_remove, Prompts, TextRows};
use super::{use_workshop, StepFrame};
use crate::components::{RowButtons, TextField};
use crate::model::Move;
use crate::services::dom;
use crate::workshop::strengths::{
    COLLEAGUES_PROMPT, EVIDENCE_PROMPT, STRENGTH_EXAMPLES, STRENGTH_PROMPTS, SURVEY_PROMPT,
    SURVEY_TOP,
};
use crate::workshop::Step;

#[component]
pub fn StrengthsStep() -> impl IntoView {
    let ctx = use_workshop();
    let len = Memo::new(move |_| ctx.state.with(|s| s.strengths.strengths.len()));
    let add = move |_| {
        let n = ctx.update(|s| s.strengths.add("", "")).unwrap_or(0);
        dom::focus_after_render(format!("strength-{n}-name"));
    };
    let missing = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.strengths
                .without_evidence()
                .into_iter()
                .filter_map(|i| {
                    s.strengths
                        .strengths
                        .get(i)
                        .map(|x| x.name.trim().to_owned())
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <StepFrame step=Step::Strengths>
            <Prompts heading="Questions to think with" prompts=STRENGTH_PROMPTS/>
            <p class="muted">"Strengths others have named: " {STRENGTH_EXAMPLES.join("; ")} "."</p>
            <ol class="cards strengths">
                <For each=move || 0..len.get() key=|i| *i children=move |i| view! { <StrengthRow i=i/> }/>
            </ol>
            <button type="button" class="add" id="strength-add" on:click=add>"Add a strength"</button>
            {move || {
                let names = missing.get();
                (!names.is_empty()).then(|| view! {
                    <p class="hint">
                        {format!("Still without a moment to back it: {}. A real example is what makes a strength believable.",
                            names.iter().map(|n| format!("“{n}”")).collect::<Vec<_>>().join(", "))}
                    </p>
                })
            }}
            <section class="colleagues" aria-labelledby="colleagues-heading">
                <h3 id="colleagues-heading">"What colleagues said"</h3>
                <p class="muted">{COLLEAGUES_PROMPT}</p>
                <TextRows id="colleague" item="What a colleague said" add_label="Add what someone said"
                    multiline=true get=|s| &s.strengths.colleague_stories
                    get_mut=|s| &mut s.strengths.colleague_stories/>
            </section>
            <Survey/>
            <DeckChanges step=Step::Strengths/>
        </StepFrame>
    }
}

#[component]
fn StrengthRow(i: usize) -> impl IntoView {
    let ctx = use_workshop();
    let len = Memo::new(move |_| ctx.state.with(|s| s.strengths.strengths.len()));
    let (name, on_name) = bind(
        move |s| {
            s.strengths
                .strengths
                .get(i)
                .map(|x| x.name.clone())
                .unwrap_or_default()
        },
        move |s, t| {
            if let Some(x) = s.strengths.strengths.get_mut(i) {
                x.name = t;
            }
        },
    );
    let (evidence, on_evidence) = bind(
        move |s| {
            s.strengths
                .strengths
                .get(i)
                .map(|x| x.evidence.clone())
                .unwrap_or_default()
        },
        move |s, t| {
            if let Some(x) = s.strengths.strengths.get_mut(i) {
                x.evidence = t;
            }
        },
    );
    let on_move = Callback::new(move |dir: Move| {
        let target = match dir {
            Move::Up => i.checked_sub(1),
            Move::Down => Some(i + 1),
        };
        let Some(t) = target.filter(|t| *t < len.get_untracked()) else {
            return;
        };
        ctx.update(|s| s.strengths.strengths.swap(i, t));
        ctx.say(format!(
            "Moved to place {} of {}.",
            t + 1,
            len.get_untracked()
        ));
        let last = len.get_untracked().saturating_sub(1);
        let id = match dir {
            Move::Up if t == 0 => format!("strength-{t}-down"),
            Move::Down if t == last => format!("strength-{t}-up"),
            Move::Up => format!("strength-{t}-up"),
            Move::Down => format!("strength-{t}-down"),
        };
        dom::focus_after_render(id);
    });
    let on_remove = Callback::new(move |()| {
        ctx.remove_row(
            format!("strength {}", i + 1),
            |s| &mut s.strengths.strengths,
            i,
            None,
            format!("strength-{i}-name"),
        );
        focus_after_remove("strength", "name", i, "strength-add".into());
    });
    view! {
        <li class="card">
            <div class="card-head">
                <h3>{format!("Strength {}", i + 1)}</h3>
                <RowButtons id=format!("strength-{i}") first=Signal::derive(move || i == 0)
                    last=Signal::derive(move || i + 1 >= len.get()) on_move=on_move on_remove=on_remove/>
            </div>
            <TextField id=format!("strength-{i}-name") label="What you do well" value=name on_input=on_name
                placeholder="Explaining hard things simply"/>
            <TextField id=format!("strength-{i}-evidence") label=EVIDENCE_PROMPT value=evidence
                on_input=on_evidence multiline=true rows=2/>
        </li>
    }
}

/// The optional survey: its name, its top five, and whether they go in the deck too.
#[component]
fn Survey() -> impl IntoView {
    let ctx = use_workshop();
    let (name, on_name) = bind(
        |s| s.strengths.survey_name.clone(),
        |s, t| s.strengths.survey_name = t,
    );
    let themes = (0..SURVEY_TOP)
        .map(|i| {
            let (value, on_input) = bind(
                move |s| s.strengths.survey_top.get(i).cloned().unwrap_or_default(),
                move |s, t| {
                    let list = &mut s.strengths.survey_top;
                    if list.len() <= i {
                        list.resize(i + 1, String::new());
                    }
                    list[i] = t;
                },
            );
            let adopt = move |_| {
                let at = ctx.update(|s| s.strengths.adopt_survey_theme(i)).flatten();
                match at {
                    Some(n) => {
                        ctx.say(
                            "Added to your strengths. Put it in your own words and add a moment.",
                        );
                        dom::focus_after_render(format!("strength-{n}-name"));
                    }
                    None => ctx.say("Write the theme first."),
                }
            };
            let has_text = Signal::derive(move || value.with(|v| !v.trim().is_empty()));
            view! {
                <li class="list-row">
                    <TextField id=format!("survey-{i}") label=format!("Survey theme {}", i + 1)
                        value=value on_input=on_input class="grow"/>
                    <button type="button" class="small" disabled=move || !has_text.get()
                        aria-label=move || format!("Make “{}” one of my strengths", value.get())
                        on:click=adopt>"Make it one of mine"</button>
                </li>
            }
        })
        .collect_view();
    let in_deck = Memo::new(move |_| ctx.state.with(|s| s.strengths.survey_in_deck));
    view! {
        <details class="survey">
            <summary>"A strengths survey you have taken (optional)"</summary>
            <p class="muted">{SURVEY_PROMPT}</p>
            <TextField id="survey-name" label="Which survey" value=name on_input=on_name
                placeholder="My team's strengths survey"/>
            <ul class="rows">{themes}</ul>
            <label class="check">
                <input type="checkbox" prop:checked=move || in_deck.get()
                    on:change:target=move |ev| {
                        let on = ev.target().checked();
                        ctx.update(|s| s.strengths.survey_in_deck = on);
                    }/>
                "Put the survey's themes in my deck too, after my own"
            </label>
        </details>
    }
}
