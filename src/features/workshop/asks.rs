//! Who can help, and how: asks someone can say yes to (vague and clear examples side by
//! side, and a gentle hint on a vague one), what the person needs to do their best work, and
//! the people who can back them.

use leptos::prelude::*;

use super::changes::DeckChanges;
use super::widgets::{bind, focus_after_remove, TextRows};
use super::{use_workshop, StepFrame};
use crate::components::TextField;
use crate::model::SupporterRole;
use crate::services::dom;
use crate::workshop::asks::{
    role_description, ASK_EXAMPLES, ASK_PROMPT, NEEDS_PROMPT, SUPPORTERS_PROMPT,
};
use crate::workshop::{vagueness_hint, Step, SupporterDraft};

fn ask_hint(text: &str) -> Option<&'static str> {
    vagueness_hint(text).map(|h| h.message())
}

#[component]
pub fn AsksStep() -> impl IntoView {
    let ctx = use_workshop();
    let len = Memo::new(move |_| ctx.state.with(|s| s.asks.supporters.len()));
    let add = move |_| {
        let n = ctx
            .update(|s| {
                s.asks.supporters.push(SupporterDraft::default());
                s.asks.supporters.len() - 1
            })
            .unwrap_or(0);
        dom::focus_after_render(format!("supporter-{n}-name"));
    };
    view! {
        <StepFrame step=Step::AsksSupporters>
            <section class="ask-examples" aria-labelledby="ask-examples-heading">
                <h3 id="ask-examples-heading">"Hard to say yes to, and easy"</h3>
                <ul class="pairs">
                    {ASK_EXAMPLES.iter().map(|(vague, clear)| view! {
                        <li class="pair">
                            <p class="vague"><span class="tag">"Vague"</span> " " {*vague}</p>
                            <p class="clear"><span class="tag">"Clear"</span> " " {*clear}</p>
                        </li>
                    }).collect_view()}
                </ul>
            </section>
            <section aria-labelledby="asks-heading">
                <h3 id="asks-heading">"Your asks"</h3>
                <p class="muted">{ASK_PROMPT}</p>
                <TextRows id="ask" item="Ask" add_label="Add an ask" multiline=true hint=ask_hint
                    get=|s| &s.asks.asks get_mut=|s| &mut s.asks.asks
                    placeholder="Let me lead the Tuesday handover for the next month"/>
            </section>
            <section aria-labelledby="needs-heading">
                <h3 id="needs-heading">"What you need to do your best work"</h3>
                <p class="muted">{NEEDS_PROMPT}</p>
                <TextRows id="need" item="Need" add_label="Add a need"
                    get=|s| &s.asks.needs get_mut=|s| &mut s.asks.needs/>
            </section>
            <section aria-labelledby="supporters-heading">
                <h3 id="supporters-heading">"People who can help"</h3>
                <p class="muted">{SUPPORTERS_PROMPT}</p>
                <ol class="cards">
                    <For each=move || 0..len.get() key=|i| *i children=move |i| view! { <SupporterCard i=i/> }/>
                </ol>
                <button type="button" class="add" id="supporter-add" on:click=add>"Add a person"</button>
            </section>
            <DeckChanges step=Step::AsksSupporters/>
        </StepFrame>
    }
}

#[component]
fn SupporterCard(i: usize) -> impl IntoView {
    let ctx = use_workshop();
    let (name, on_name) = bind(
        move |s| {
            s.asks
                .supporters
                .get(i)
                .map(|x| x.name.clone())
                .unwrap_or_default()
        },
        move |s, t| {
            if let Some(x) = s.asks.supporters.get_mut(i) {
                x.name = t;
            }
        },
    );
    let (how, on_how) = bind(
        move |s| {
            s.asks
                .supporters
                .get(i)
                .map(|x| x.how.clone())
                .unwrap_or_default()
        },
        move |s, t| {
            if let Some(x) = s.asks.supporters.get_mut(i) {
                x.how = t;
            }
        },
    );
    let role = Memo::new(move |_| {
        ctx.state.with(|s| {
            s.asks
                .supporters
                .get(i)
                .map_or(SupporterRole::Mentor, |x| x.role)
        })
    });
    let role_id = format!("supporter-{i}-role");
    let role_help = format!("supporter-{i}-role-help");
    let remove = move |_| {
        ctx.remove_row(
            format!("person {}", i + 1),
            |s| &mut s.asks.supporters,
            i,
            None,
            format!("supporter-{i}-name"),
        );
        focus_after_remove("supporter", "name", i, "supporter-add".into());
    };
    view! {
        <li class="card supporter">
            <div class="card-head">
                <h4>{format!("Person {}", i + 1)}</h4>
                <button type="button" class="icon danger" aria-label=format!("Remove person {}", i + 1)
                    on:click=remove>"×"</button>
            </div>
            <div class="card-grid">
                <TextField id=format!("supporter-{i}-name") label="Name" value=name on_input=on_name/>
                <div class="field">
                    <label for=role_id.clone()>"How they help"</label>
                    <select id=role_id aria-describedby=role_help.clone()
                        on:change:target=move |ev| {
                            if let Some(r) = SupporterRole::parse(&ev.target().value()) {
                                ctx.update(|s| {
                                    if let Some(x) = s.asks.supporters.get_mut(i) {
                                        x.role = r;
                                    }
                                });
                            }
                        }>
                        {SupporterRole::ALL.into_iter().map(|r| view! {
                            <option value=r.as_str() prop:selected=move || role.get() == r>{r.label()}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id=role_help>{move || role_description(role.get())}</p>
                </div>
            </div>
            <TextField id=format!("supporter-{i}-how") label="What you would ask of them" value=how
                on_input=on_how multiline=true rows=2/>
        </li>
    }
}
