//! "Growth": competencies with current and target level, why they matter, and dated actions
//! that can be ticked off.

use leptos::prelude::*;

use super::{item_memo, EditorCtx};
use crate::components::{GuideNote, KeyedRows, LevelPicker, RowButtons, SectionIntro, TextField};
use crate::guidance;
use crate::model::{limits::MAX_LIST_ITEMS, locate, Action, Competency, Move};
use crate::services::dom;

#[component]
pub fn GrowthSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let ids = Memo::new(move |_| {
        session.deck.with(|d| {
            d.competencies_list()
                .iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let add = move |_| {
        let mut id = String::new();
        session.edit_lists("growth-add", |d| id = d.add_competency());
        let focus = format!("comp-{id}-name");
        dom::focus_after_render(focus);
    };
    view! {
        <section class="deck-section" id="section-growth" aria-labelledby="growth-heading">
            <h2 id="growth-heading">"Growth"</h2>
            <SectionIntro key="intro-growth" text=guidance::SECTION_GROWTH/>
            <GuideNote guide=guidance::COMPETENCY id="growth-tip"/>
            <ol class="cards" aria-label="Competencies">
                <KeyedRows ids=ids row=Callback::new(move |id| view! { <CompetencyCard id=id ids=ids/> }.into_any())/>
            </ol>
            <button type="button" class="add" on:click=add disabled=move || ids.with(|v| v.len() >= MAX_LIST_ITEMS)>
                "Add competency"
            </button>
        </section>
    }
}

#[component]
fn CompetencyCard(
    id: String,
    /// Every competency's id, in order.
    ids: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let item = {
        let id = id.clone();
        item_memo(session, id.clone(), move |d, hint| {
            let list = d.competencies_list();
            locate(list, &id, hint, |c| &c.id).map(|i| (i, list[i].clone()))
        })
    };
    let index = Memo::new(move |_| item.with(|it| it.as_ref().map(|(i, _)| *i).unwrap_or(0)));
    let text = move |get: fn(&Competency) -> String| {
        Signal::derive(move || item.with(|it| it.as_ref().map(|(_, c)| get(c)).unwrap_or_default()))
    };
    let level = move |get: fn(&Competency) -> u8| {
        Signal::derive(move || item.with(|it| it.as_ref().map(|(_, c)| get(c)).unwrap_or(0)))
    };
    let edit_text = {
        let id = id.clone();
        move |name: &'static str, change: fn(&mut Competency, String)| {
            let id = id.clone();
            Callback::new(move |t: String| {
                session.edit_item(&format!("{id}-{name}"), &id, |d| {
                    if let Some(c) = d.competency_mut(&id) {
                        change(c, t);
                    }
                })
            })
        }
    };
    let edit_level = {
        let id = id.clone();
        move |name: &'static str, change: fn(&mut Competency, u8)| {
            let id = id.clone();
            Callback::new(move |n: u8| {
                session.edit_item(&format!("{id}-{name}"), &id, |d| {
                    if let Some(c) = d.competency_mut(&id) {
                        change(c, n);
                    }
                });
                session.seal();
            })
        }
    };
    let issue = move |name: &'static str| {
        ctx.issue_at(move || Some(format!("competencies[{}].{name}", index.get())))
    };
    let seal = Callback::new(move |()| session.seal());
    let reorder = {
        let id = id.clone();
        Callback::new(move |dir: Move| {
            let mut moved = false;
            session.edit_lists(&format!("{id}-move"), |d| {
                moved = d.move_competency(&id, dir)
            });
            let button = format!("comp-{id}-{}", if dir == Move::Up { "up" } else { "down" });
            if moved {
                dom::focus_after_render(button);
            }
        })
    };
    let remove = {
        let id = id.clone();
        Callback::new(move |()| {
            session.edit_lists(&format!("{id}-remove"), |d| d.remove_competency(&id))
        })
    };
    let add_action = {
        let id = id.clone();
        move |_| {
            let mut new_id = None;
            session.edit_lists(&format!("{id}-add-action"), |d| new_id = d.add_action(&id));
            if let Some(a) = new_id {
                let focus = format!("action-{a}-text");
                dom::focus_after_render(focus);
            }
        }
    };
    let action_ids = Memo::new(move |_| {
        item.with(|it| {
            it.as_ref()
                .map(|(_, c)| c.actions.iter().map(|a| a.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let heading = move || {
        let t = text(|c| c.name.clone()).get();
        if t.trim().is_empty() {
            format!("Competency {}", index.get() + 1)
        } else {
            t
        }
    };
    let gap = move || {
        item.with(|it| {
            it.as_ref()
                .map(|(_, c)| match c.target.saturating_sub(c.current) {
                    0 => "At target".to_owned(),
                    n => format!("{n} level{} to grow", if n == 1 { "" } else { "s" }),
                })
        })
    };
    let p = |name: &str| format!("comp-{id}-{name}");
    let competency_id = id.clone();
    view! {
        <li class="card competency-card">
            <div class="card-head">
                <h3>{heading}</h3>
                <span class="badge">{gap}</span>
                <RowButtons id=format!("comp-{id}") first=Signal::derive(move || index.get() == 0)
                    last=Signal::derive(move || index.get() + 1 >= ids.with(Vec::len))
                    on_move=reorder on_remove=remove/>
            </div>
            <TextField id=p("name") label="Competency" value=text(|c| c.name.clone())
                on_input=edit_text("name", |c, t| c.name = t) error=issue("name") on_blur=seal/>
            <div class="levels-row">
                <LevelPicker name=p("current") legend="Current level" value=level(|c| c.current)
                    on_change=edit_level("current", |c, n| c.current = n)/>
                <LevelPicker name=p("target") legend="Target level" value=level(|c| c.target)
                    on_change=edit_level("target", |c, n| c.target = n)/>
            </div>
            <TextField id=p("why") label="Why it matters" value=text(|c| c.why.clone()) guide=guidance::WHY multiline=true
                on_input=edit_text("why", |c, t| c.why = t) error=issue("why") on_blur=seal/>
            <fieldset class="actions-list">
                <legend>"Actions"</legend>
                <GuideNote guide=guidance::ACTION id=p("action-tip")/>
                <ul class="rows">
                    <KeyedRows ids=action_ids row=Callback::new(move |action_id| view! {
                        <ActionRow competency_id=competency_id.clone() action_id=action_id comp_index=index/>
                    }.into_any())/>
                </ul>
                <button type="button" class="add" on:click=add_action
                    disabled=move || action_ids.with(|v| v.len() >= MAX_LIST_ITEMS)>"Add action"</button>
            </fieldset>
        </li>
    }
}

#[component]
fn ActionRow(competency_id: String, action_id: String, comp_index: Memo<usize>) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let item = {
        let (cid, aid) = (competency_id.clone(), action_id.clone());
        item_memo(session, aid.clone(), move |d, hint| {
            let list = d.competencies_list();
            let c = &list[locate(list, &cid, comp_index.get_untracked(), |c| &c.id)?];
            let i = locate(&c.actions, &aid, hint, |a| &a.id)?;
            Some((i, c.actions[i].clone()))
        })
    };
    let edit = {
        let (cid, aid) = (competency_id.clone(), action_id.clone());
        move |name: &'static str, change: fn(&mut Action, String)| {
            let (cid, aid) = (cid.clone(), aid.clone());
            Callback::new(move |t: String| {
                session.edit_item(&format!("{aid}-{name}"), &aid, |d| {
                    if let Some(a) = d.action_mut(&cid, &aid) {
                        change(a, t);
                    }
                })
            })
        }
    };
    let issue = move |name: &'static str| {
        ctx.issue_at(move || {
            let i = item.with(|it| it.as_ref().map(|(i, _)| *i))?;
            Some(format!(
                "competencies[{}].actions[{i}].{name}",
                comp_index.get()
            ))
        })
    };
    let value = move |get: fn(&Action) -> String| {
        Signal::derive(move || item.with(|it| it.as_ref().map(|(_, a)| get(a)).unwrap_or_default()))
    };
    let done = move || item.with(|it| it.as_ref().is_some_and(|(_, a)| a.done));
    let toggle = {
        let (cid, aid) = (competency_id.clone(), action_id.clone());
        move |_| {
            session.edit_item(&format!("{aid}-done"), &aid, |d| {
                if let Some(a) = d.action_mut(&cid, &aid) {
                    a.done = !a.done;
                }
            });
            session.seal();
        }
    };
    let remove = {
        let (cid, aid) = (competency_id.clone(), action_id.clone());
        move |_| session.edit_lists(&format!("{aid}-remove"), |d| d.remove_action(&cid, &aid))
    };
    let seal = Callback::new(move |()| session.seal());
    let p = |name: &str| format!("action-{action_id}-{name}");
    let label = move || {
        let n = item.with(|it| it.as_ref().map(|(i, _)| *i + 1).unwrap_or(1));
        format!("Action {n}")
    };
    view! {
        <li class="action-row" class:done=done>
            <label class="check">
                <input type="checkbox" id=p("done") prop:checked=done on:change=toggle/>
                <span>"Done"</span>
            </label>
            <TextField id=p("text") label=label() value=value(|a| a.text.clone()) class="grow"
                on_input=edit("text", |a, t| a.text = t) error=issue("text") on_blur=seal/>
            <TextField id=p("due") label="Due (YYYY-MM-DD)" value=value(|a| a.due.clone().unwrap_or_default())
                placeholder="2027-03-31" class="due"
                on_input=edit("due", |a, t| a.due = if t.trim().is_empty() { None } else { Some(t) })
                error=issue("due") on_blur=seal/>
            <button type="button" class="icon danger" aria-label="Remove action" on:click=remove>"×"</button>
        </li>
    }
}
