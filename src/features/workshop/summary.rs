//! Your deck now: the deck as it stands, what is still thin (each pointed at the exercise that
//! fills it), what to do next, and a day to look at it again.

use leptos::prelude::*;

use super::widgets::{Choice, ChoiceItem, CommitField};
use super::{use_workshop, StepFrame};
use crate::components::SectionView;
use crate::model::{date_label, is_date, Section};
use crate::routes::Screen;
use crate::services::clock::today;
use crate::services::nav::href;
use crate::workshop::summary::{revisit_after, REVISIT_MONTHS, REVISIT_PROMPT};
use crate::workshop::{review, NextStep, Step};

fn next_key(n: NextStep) -> &'static str {
    match n {
        NextStep::Rehearse => "rehearse",
        NextStep::Present => "present",
        NextStep::ShareWithManager => "share",
    }
}

#[component]
pub fn SummaryStep() -> impl IntoView {
    let ctx = use_workshop();
    let session = ctx.session;
    let id = ctx.deck_id();
    let checked = Memo::new(move |_| session.deck.with(review));
    let thin = move || {
        let r = checked.get();
        if r.thin.is_empty() {
            return view! { <p>"Nothing is thin: every part of a strong deck is there."</p> }
                .into_any();
        }
        let editor = href(&Screen::Editor(ctx.deck_id()));
        view! {
            <ul class="thin-list">
                {r.thin.into_iter().map(|t| {
                    let section = t.section.label();
                    let action = match t.step {
                        Some(step) => view! {
                            <button type="button" class="small" on:click=move |_| ctx.go(step)>
                                {format!("Go to “{}”", step.title())}
                            </button>
                        }.into_any(),
                        None => view! { <a href=editor.clone()>"Add it in the editor"</a> }.into_any(),
                    };
                    view! {
                        <li>
                            <span>{format!("{section}: {}", t.label)}</span>
                            " "
                            {action}
                        </li>
                    }
                }).collect_view()}
            </ul>
        }
        .into_any()
    };

    let next = Memo::new(move |_| {
        ctx.state
            .with(|s| s.summary.next_step.map_or("", next_key).to_owned())
    });
    let options = NextStep::ALL
        .into_iter()
        .map(|n| ChoiceItem::new(next_key(n), n.label()).with_detail(n.description()))
        .collect();
    let on_next = Callback::new(move |k: String| {
        let n = NextStep::ALL.into_iter().find(|n| next_key(*n) == k);
        ctx.update(|s| s.summary.next_step = n);
    });
    let go_link = {
        let id = id.clone();
        move || {
            let n = ctx.state.with(|s| s.summary.next_step)?;
            let (screen, words) = match n {
                NextStep::Rehearse => (Screen::Rehearse(id.clone()), "Rehearse your deck"),
                NextStep::Present => (Screen::Present(id.clone()), "Present your deck"),
                NextStep::ShareWithManager => {
                    (Screen::Share(id.clone()), "Make a link for your manager")
                }
            };
            Some(view! { <p><a class="button primary" href=href(&screen)>{words}</a></p> })
        }
    };

    let revisit_error = RwSignal::new(None::<String>);
    let revisit = Memo::new(move |_| {
        ctx.state.with(|s| match s.summary.revisit_on.as_deref() {
            Some(d) if is_date(d) => date_label(d),
            Some(d) => d.to_owned(),
            None => String::new(),
        })
    });
    let on_revisit = Callback::new(move |typed: String| {
        if typed.trim().is_empty() {
            ctx.update(|s| s.summary.clear_revisit());
            revisit_error.set(None);
            return;
        }
        let result = ctx.update(|s| s.summary.set_revisit(&typed, &today()));
        match result {
            Some(Err(e)) => revisit_error.set(Some(e.message())),
            _ => {
                revisit_error.set(None);
                if let Some(s) = ctx.state.with_untracked(|s| s.summary.revisit_sentence()) {
                    ctx.say(s);
                }
            }
        }
    });
    let suggest = move |_| {
        if let Some(date) = revisit_after(&today(), REVISIT_MONTHS) {
            ctx.update(|s| s.summary.revisit_on = Some(date));
            revisit_error.set(None);
            if let Some(s) = ctx.state.with_untracked(|s| s.summary.revisit_sentence()) {
                ctx.say(s);
            }
        }
    };
    let sentence = Memo::new(move |_| ctx.state.with(|s| s.summary.revisit_sentence()));
    let editor = href(&Screen::Editor(id));

    view! {
        <StepFrame step=Step::Summary>
            <p class="lede">{move || checked.with(|r| r.sentence())}</p>
            <section aria-labelledby="thin-heading">
                <h3 id="thin-heading">"What is still thin"</h3>
                {thin}
            </section>
            <section aria-labelledby="next-heading">
                <h3 id="next-heading">"What to do next"</h3>
                <Choice name="next-step" legend="Choose one" options=options selected=next on_change=on_next/>
                {go_link}
            </section>
            <section aria-labelledby="revisit-heading">
                <h3 id="revisit-heading">"When to look again"</h3>
                <p class="muted">{REVISIT_PROMPT}</p>
                <div class="inline-form revisit">
                    <CommitField id="revisit-date" label="Look again on" value=revisit on_commit=on_revisit
                        hint="Such as 20 February 2027" error=revisit_error/>
                    <button type="button" on:click=suggest>{format!("In {REVISIT_MONTHS} months")}</button>
                </div>
                {move || sentence.get().map(|s| view! { <p><strong>{s}</strong></p> })}
            </section>
            <section aria-labelledby="as-it-stands-heading" class="as-it-stands">
                <h3 id="as-it-stands-heading">"Your deck as it stands"</h3>
                <p><a href=editor>"Open it in the editor"</a></p>
                <div class="deck-view">
                    {move || {
                        let deck = session.deck.get();
                        Section::ALL
                            .into_iter()
                            .filter(|s| *s != Section::SpeakerNotes && deck.has_section(*s))
                            .map(|s| view! { <SectionView deck=deck.clone() section=s/> })
                            .collect_view()
                    }}
                </div>
            </section>
        </StepFrame>
    }
}
