//! Where you could go: three genuinely different five-year sketches, each with a short title,
//! open questions, first steps and three ratings; then the one to pursue and the boldest.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, focus_after_remove, Choice, ChoiceItem, CommitField, TextRows};
use super::{use_workshop, StepFrame};
use crate::components::TextField;
use crate::model::{is_year_month, month_label};
use crate::services::dom;
use crate::workshop::direction::{
    title_hint, APPEAL_PROMPT, CONFIDENCE_PROMPT, MAX_RATING, QUESTIONS_PROMPT, RATING_LABELS,
    RESOURCES_PROMPT, STEPS_PROMPT, TITLE_PROMPT,
};
use crate::workshop::{Sketch, SketchKind, Step, WorkshopState};

fn kind_key(k: SketchKind) -> &'static str {
    match k {
        SketchKind::CurrentPath => "current",
        SketchKind::PathVanished => "vanished",
        SketchKind::Unbounded => "unbounded",
    }
}

fn kind_from_key(key: &str) -> Option<SketchKind> {
    SketchKind::ALL.into_iter().find(|k| kind_key(*k) == key)
}

/// A list of texts in the workshop state: to read it, and to change it.
type ListAccess = (
    fn(&WorkshopState) -> &Vec<String>,
    fn(&mut WorkshopState) -> &mut Vec<String>,
);

fn questions(kind: SketchKind) -> ListAccess {
    match kind {
        SketchKind::CurrentPath => (
            |s| &s.direction.current_path.questions,
            |s| &mut s.direction.current_path.questions,
        ),
        SketchKind::PathVanished => (
            |s| &s.direction.path_vanished.questions,
            |s| &mut s.direction.path_vanished.questions,
        ),
        SketchKind::Unbounded => (
            |s| &s.direction.unbounded.questions,
            |s| &mut s.direction.unbounded.questions,
        ),
    }
}

/// A sketch's title for a choice: its own words, or which sketch it is.
fn sketch_name(s: &WorkshopState, k: SketchKind) -> String {
    let t = s.direction.sketch(k).six_word_title.trim();
    if t.is_empty() {
        k.label().to_owned()
    } else {
        format!("{} — “{t}”", k.label())
    }
}

#[component]
pub fn DirectionStep() -> impl IntoView {
    let ctx = use_workshop();
    let sameness = Memo::new(move |_| ctx.state.with(|s| s.direction.sameness_hint()));
    let names = Memo::new(move |_| {
        ctx.state
            .with(|s| SketchKind::ALL.map(|k| sketch_name(s, k)))
    });
    let chosen = Memo::new(move |_| {
        ctx.state
            .with(|s| s.direction.chosen.map_or("", kind_key).to_owned())
    });
    let boldest = Memo::new(move |_| {
        ctx.state
            .with(|s| s.direction.aspiration.map_or("auto", kind_key).to_owned())
    });
    let auto_label = Memo::new(move |_| {
        ctx.state.with(|s| {
            let mut d = s.direction.clone();
            d.aspiration = None;
            match d.boldest() {
                Some(k) => format!("The one you want most (now: {})", sketch_name(s, k)),
                None => "The one you want most".to_owned(),
            }
        })
    });
    let on_choose = Callback::new(move |k: String| {
        if let Some(kind) = kind_from_key(&k) {
            ctx.update(|s| s.direction.choose(kind));
        }
    });
    let on_boldest = Callback::new(move |k: String| {
        let kind = kind_from_key(&k);
        ctx.update(|s| s.direction.aspiration = kind);
    });
    view! {
        <StepFrame step=Step::Direction>
            <div class="sketches">
                {SketchKind::ALL.into_iter().map(|k| view! { <SketchCard kind=k/> }).collect_view()}
            </div>
            {move || sameness.get().map(|h| view! { <p class="hint sameness" role="status">{h}</p> })}
            <section class="choose" aria-labelledby="choose-heading">
                <h3 id="choose-heading">"Choose"</h3>
                {move || {
                    let n = names.get();
                    let pursue = SketchKind::ALL
                        .into_iter()
                        .zip(n.iter())
                        .map(|(k, name)| ChoiceItem::new(kind_key(k), name.clone()))
                        .collect();
                    let mut bold = vec![ChoiceItem::new("auto", auto_label.get())];
                    bold.extend(
                        SketchKind::ALL
                            .into_iter()
                            .zip(n.iter())
                            .map(|(k, name)| ChoiceItem::new(kind_key(k), name.clone())),
                    );
                    view! {
                        <Choice name="direction-chosen" legend="Which one will you pursue? Its steps go on your roadmap, its questions become asks."
                            options=pursue selected=chosen on_change=on_choose/>
                        <Choice name="direction-boldest" legend="Which is your boldest, to keep in view as your aspiration?"
                            options=bold selected=boldest on_change=on_boldest/>
                    }
                }}
            </section>
            <DeckChanges step=Step::Direction/>
        </StepFrame>
    }
}

#[component]
fn SketchCard(kind: SketchKind) -> impl IntoView {
    let ctx = use_workshop();
    let key = kind_key(kind);
    let field = move |get: fn(&Sketch) -> &String, set: fn(&mut Sketch) -> &mut String| {
        bind(
            move |s| get(s.direction.sketch(kind)).clone(),
            move |s, t| *set(s.direction.sketch_mut(kind)) = t,
        )
    };
    let (title, on_title) = field(|s| &s.six_word_title, |s| &mut s.six_word_title);
    let (description, on_description) = field(|s| &s.description, |s| &mut s.description);
    let title_note = Signal::derive(move || title.with(|t| title_hint(t)));
    let (get_q, get_q_mut) = questions(kind);
    let rating = move |name: &'static str,
                       legend: &'static str,
                       get: fn(&Sketch) -> u8,
                       set: fn(&mut Sketch) -> &mut u8| {
        let value = Memo::new(move |_| ctx.state.with(|s| get(s.direction.sketch(kind))));
        let options = (0..=MAX_RATING)
            .map(|v| ChoiceItem::new(v.to_string(), RATING_LABELS[usize::from(v)]))
            .collect();
        let on_change = Callback::new(move |k: String| {
            if let Ok(v) = k.parse::<u8>() {
                ctx.update(|s| *set(s.direction.sketch_mut(kind)) = v.min(MAX_RATING));
            }
        });
        view! {
            <Choice name=format!("sketch-{key}-{name}") legend=legend options=options inline=true
                selected=Signal::derive(move || value.get().to_string()) on_change=on_change/>
        }
    };
    let steps_len = Memo::new(move |_| ctx.state.with(|s| s.direction.sketch(kind).steps.len()));
    let add_step = move |_| {
        let n = ctx
            .update(|s| s.direction.sketch_mut(kind).add_step("", ""))
            .unwrap_or(0);
        dom::focus_after_render(format!("sketch-{key}-step-{n}-title"));
    };
    let step_row = move |i: usize| {
        let (title, on_title) = bind(
            move |s| {
                s.direction
                    .sketch(kind)
                    .steps
                    .get(i)
                    .map(|x| x.title.clone())
                    .unwrap_or_default()
            },
            move |s, t| {
                if let Some(x) = s.direction.sketch_mut(kind).steps.get_mut(i) {
                    x.title = t;
                }
            },
        );
        let when = Memo::new(move |_| {
            ctx.state.with(|s| {
                match s
                    .direction
                    .sketch(kind)
                    .steps
                    .get(i)
                    .and_then(|x| x.when.clone())
                {
                    Some(m) if is_year_month(&m) => month_label(&m),
                    Some(m) => m,
                    None => String::new(),
                }
            })
        });
        let on_when = Callback::new(move |t: String| {
            let t = t.trim().to_owned();
            ctx.update(|s| {
                if let Some(x) = s.direction.sketch_mut(kind).steps.get_mut(i) {
                    x.when = (!t.is_empty()).then(|| crate::model::normalize_month(&t));
                }
            });
        });
        let remove = move |_| {
            ctx.remove_row(
                format!("step {}", i + 1),
                move |s: &mut WorkshopState| &mut s.direction.sketch_mut(kind).steps,
                i,
                None,
                format!("sketch-{key}-step-{i}-title"),
            );
            focus_after_remove(
                &format!("sketch-{key}-step"),
                "title",
                i,
                format!("sketch-{key}-step-add"),
            );
        };
        view! {
            <li class="list-row sketch-step">
                <TextField id=format!("sketch-{key}-step-{i}-title") label=format!("Step {}", i + 1)
                    value=title on_input=on_title class="grow"/>
                <CommitField id=format!("sketch-{key}-step-{i}-when") label="Roughly when" value=when
                    on_commit=on_when class="when"/>
                <button type="button" class="icon danger" aria-label=format!("Remove step {}", i + 1)
                    on:click=remove>"×"</button>
            </li>
        }
    };
    view! {
        <section class="card sketch" aria-labelledby=format!("sketch-{key}-heading")>
            <h3 id=format!("sketch-{key}-heading")>{kind.label()}</h3>
            <p class="prompt">{kind.prompt()}</p>
            <TextField id=format!("sketch-{key}-title") label="Its title" hint=TITLE_PROMPT value=title
                on_input=on_title/>
            {move || title_note.get().map(|h| view! { <p class="hint">{h}</p> })}
            <TextField id=format!("sketch-{key}-description") label="What it looks like" value=description
                on_input=on_description multiline=true rows=3/>
            <h4>"Questions to find out"</h4>
            <p class="hint">{QUESTIONS_PROMPT}</p>
            <TextRows id=format!("sketch-{key}-question") item="Question" add_label="Add a question"
                get=get_q get_mut=get_q_mut/>
            <h4>"First steps"</h4>
            <p class="hint">{STEPS_PROMPT}</p>
            <ul class="rows">
                <For each=move || 0..steps_len.get() key=|i| *i children=step_row/>
            </ul>
            <button type="button" class="add" id=format!("sketch-{key}-step-add") on:click=add_step>"Add a step"</button>
            <div class="ratings">
                {rating("confidence", CONFIDENCE_PROMPT, |s| s.confidence, |s| &mut s.confidence)}
                {rating("appeal", APPEAL_PROMPT, |s| s.appeal, |s| &mut s.appeal)}
                {rating("resources", RESOURCES_PROMPT, |s| s.resources, |s| &mut s.resources)}
            </div>
        </section>
    }
}
