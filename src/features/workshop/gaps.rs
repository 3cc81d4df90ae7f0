//! What to learn next: for the chosen direction, a few capabilities with where the person is
//! and where they aim (the editor's levels), why each matters, and one first action written
//! "When/If …, I will …" with a date and a kind.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, focus_after_remove, Choice, ChoiceItem, CommitField};
use super::{use_workshop, StepFrame};
use crate::components::{LevelPicker, TextField};
use crate::model::{date_label, is_date};
use crate::services::dom;
use crate::workshop::gaps::{
    level_label, ACTION_EXAMPLES, GAP_PROMPT, MAX_LEVEL, WHEN_PROMPT, WHY_PROMPT, WILL_PROMPT,
};
use crate::workshop::{ActionKind, Step};

fn kind_key(k: ActionKind) -> &'static str {
    match k {
        ActionKind::OnTheJob => "on_the_job",
        ActionKind::People => "people",
        ActionKind::Course => "course",
    }
}

#[component]
pub fn GapsStep() -> impl IntoView {
    let ctx = use_workshop();
    let direction = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.direction
                .chosen_sketch()
                .map(|d| d.six_word_title.trim().to_owned())
        })
    });
    let len = Memo::new(move |_| ctx.state.with(|s| s.gaps.gaps.len()));
    let add = move |_| {
        let n = ctx.update(|s| s.gaps.add("")).unwrap_or(0);
        dom::focus_after_render(format!("gap-{n}-name"));
    };
    let mix = Memo::new(move |_| ctx.state.with(|s| s.gaps.mix_hint()));
    let issues = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.gaps
                .issues()
                .into_iter()
                .map(|(_, m)| m)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <StepFrame step=Step::Gaps>
            <p class="for-direction">
                {move || match direction.get() {
                    Some(t) if !t.is_empty() => format!("For the direction you chose: “{t}”."),
                    Some(_) => "For the direction you chose.".to_owned(),
                    None => "You have not chosen a direction yet (the step before helps). You can still name what to learn.".to_owned(),
                }}
            </p>
            <p class="muted">{GAP_PROMPT}</p>
            <details class="levels-help">
                <summary>"What the levels mean"</summary>
                <ul>{(0..=MAX_LEVEL).map(|l| view! { <li>{format!("{l}: {}", level_label(l))}</li> }).collect_view()}</ul>
            </details>
            <ol class="cards gaps">
                <For each=move || 0..len.get() key=|i| *i children=move |i| view! { <GapCard i=i/> }/>
            </ol>
            <button type="button" class="add" id="gap-add" on:click=add>"Add something to learn"</button>
            {move || mix.get().map(|m| view! { <p class="hint mix-hint">{m}</p> })}
            {move || {
                let list = issues.get();
                (!list.is_empty()).then(|| view! {
                    <ul class="hints">{list.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                })
            }}
            <div class="examples">
                <p class="prompts-heading">"First steps written this way"</p>
                <ul>{ACTION_EXAMPLES.iter().map(|(k, e)| view! { <li>{*e} " " <span class="badge">{k.label()}</span></li> }).collect_view()}</ul>
            </div>
            <DeckChanges step=Step::Gaps/>
        </StepFrame>
    }
}

#[component]
fn GapCard(i: usize) -> impl IntoView {
    let ctx = use_workshop();
    let text = |get: fn(&crate::workshop::Gap) -> &String,
                set: fn(&mut crate::workshop::Gap) -> &mut String| {
        bind(
            move |s| {
                s.gaps
                    .gaps
                    .get(i)
                    .map(|g| get(g).clone())
                    .unwrap_or_default()
            },
            move |s, t| {
                if let Some(g) = s.gaps.gaps.get_mut(i) {
                    *set(g) = t;
                }
            },
        )
    };
    let (name, on_name) = text(|g| &g.name, |g| &mut g.name);
    let (why, on_why) = text(|g| &g.why, |g| &mut g.why);
    let (when, on_when) = text(|g| &g.action.when, |g| &mut g.action.when);
    let (will, on_will) = text(|g| &g.action.will, |g| &mut g.action.will);
    let level = move |get: fn(&crate::workshop::Gap) -> u8| {
        Signal::derive(move || ctx.state.with(|s| s.gaps.gaps.get(i).map_or(0, get)))
    };
    let current = level(|g| g.current);
    let target = level(|g| g.target);
    let on_current = Callback::new(move |l: u8| {
        ctx.update(|s| {
            if let Some(g) = s.gaps.gaps.get_mut(i) {
                g.current = l.min(MAX_LEVEL);
            }
        });
    });
    let on_target = Callback::new(move |l: u8| {
        ctx.update(|s| {
            if let Some(g) = s.gaps.gaps.get_mut(i) {
                g.target = l.min(MAX_LEVEL);
            }
        });
    });
    let reads = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.gaps
                .gaps
                .get(i)
                .map(|g| g.action.text())
                .unwrap_or_default()
        })
    });
    let due = Memo::new(move |_| {
        ctx.state.with(
            |s| match s.gaps.gaps.get(i).and_then(|g| g.action.due.clone()) {
                Some(d) if is_date(&d) => date_label(&d),
                Some(d) => d,
                None => String::new(),
            },
        )
    });
    let on_due = Callback::new(move |t: String| {
        ctx.update(|s| {
            if let Some(g) = s.gaps.gaps.get_mut(i) {
                g.action.set_due(&t);
            }
        });
    });
    let kind = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.gaps
                .gaps
                .get(i)
                .map_or("", |g| kind_key(g.action.kind))
                .to_owned()
        })
    });
    let kinds = ActionKind::ALL
        .into_iter()
        .map(|k| ChoiceItem::new(kind_key(k), k.label()))
        .collect();
    let on_kind = Callback::new(move |k: String| {
        if let Some(kind) = ActionKind::ALL.into_iter().find(|a| kind_key(*a) == k) {
            ctx.update(|s| {
                if let Some(g) = s.gaps.gaps.get_mut(i) {
                    g.action.kind = kind;
                }
            });
        }
    });
    let remove = move |_| {
        ctx.remove_row(
            format!("what to learn {}", i + 1),
            |s| &mut s.gaps.gaps,
            i,
            None,
            format!("gap-{i}-name"),
        );
        focus_after_remove("gap", "name", i, "gap-add".into());
    };
    view! {
        <li class="card gap">
            <div class="card-head">
                <h3>{format!("To learn {}", i + 1)}</h3>
                <button type="button" class="icon danger" aria-label=format!("Remove what to learn {}", i + 1)
                    on:click=remove>"×"</button>
            </div>
            <TextField id=format!("gap-{i}-name") label="What to get better at" value=name on_input=on_name
                placeholder="Running the budget for my team"/>
            <div class="levels-row">
                <LevelPicker name=format!("gap-{i}-current") legend="Where you are now" value=current on_change=on_current/>
                <LevelPicker name=format!("gap-{i}-target") legend="Where you aim" value=target on_change=on_target/>
            </div>
            <TextField id=format!("gap-{i}-why") label=WHY_PROMPT value=why on_input=on_why multiline=true rows=2/>
            <fieldset class="first-action">
                <legend>"A first step"</legend>
                <TextField id=format!("gap-{i}-when") label=WHEN_PROMPT value=when on_input=on_when
                    placeholder="When the next rota comes out"/>
                <TextField id=format!("gap-{i}-will") label=WILL_PROMPT value=will on_input=on_will
                    placeholder="ask to lead one handover a week"/>
                <p class="reads" aria-live="off">
                    {move || {
                        let r = reads.get();
                        if r.is_empty() { String::new() } else { format!("It reads: {r}") }
                    }}
                </p>
                <CommitField id=format!("gap-{i}-due") label="By when" value=due on_commit=on_due
                    hint="Such as 31 March 2027"/>
                <Choice name=format!("gap-{i}-kind") legend="What kind of step is it?" options=kinds inline=true
                    selected=kind on_change=on_kind/>
            </fieldset>
        </li>
    }
}
