//! "Growth": competencies with current and target level, why they matter, and dated actions
//! that can be ticked off.

use leptos::prelude::*;

use super::item_row::{item_ids, ItemRow};
use super::{guidance, EditorCtx, Intro};
use crate::components::{GuideNote, KeyedRows, LevelPicker, RowButtons, TextField};
use crate::model::{
    limits::MAX_LIST_ITEMS, normalize_date, Action, ActionField as AF, Competency,
    CompetencyField as CF,
};
use crate::services::dom;

const ADD_ID: &str = "growth-add";

#[component]
pub fn GrowthSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let ids = item_ids::<Competency>(session, || ());
    let add = move |_| {
        let mut id = None;
        session.edit_lists("growth-add", |d| id = d.add_item::<Competency>(&()));
        if let Some(id) = id {
            dom::focus_after_render(format!("competency-{id}-name"));
        }
    };
    view! {
        <section class="deck-section" id="section-growth" aria-labelledby="growth-heading">
            <h2 id="growth-heading">"Growth"</h2>
            <Intro key="intro-growth" text=guidance::SECTION_GROWTH/>
            <GuideNote guide=ctx.tip(guidance::COMPETENCY) id="growth-tip"/>
            <ol class="cards" aria-label="Competencies">
                <KeyedRows ids=ids row=Callback::new(move |id| view! { <CompetencyCard id=id ids=ids/> }.into_any())/>
            </ol>
            <button type="button" class="add" id=ADD_ID on:click=add disabled=move || ids.with(|v| v.len() >= MAX_LIST_ITEMS)>
                "Add competency"
            </button>
        </section>
    }
}

/// What the gap between the two levels means, in words.
fn gap(c: &Competency) -> String {
    match c.target.cmp(&c.current) {
        std::cmp::Ordering::Equal => "At target".into(),
        std::cmp::Ordering::Less => "Target is below current level".into(),
        std::cmp::Ordering::Greater => {
            let n = c.target - c.current;
            format!("{n} level{} to grow", if n == 1 { "" } else { "s" })
        }
    }
}

#[component]
fn CompetencyCard(
    id: String,
    /// Every competency's id, in order.
    ids: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let row = ItemRow::<Competency>::new(ctx, (), id.clone(), ids, "name");
    let session = row.session;
    let seal = Callback::new(move |()| session.seal());
    let add_action_id = row.dom_id("add-action");
    let add_action = {
        let id = id.clone();
        move |_| {
            let mut new_id = None;
            session.edit_lists(&format!("{id}-add-action"), |d| {
                new_id = d.add_item::<Action>(&id)
            });
            if let Some(a) = new_id {
                dom::focus_after_render(format!("action-{a}-text"));
            }
        }
    };
    let action_ids = {
        let id = id.clone();
        item_ids::<Action>(session, move || id.clone())
    };
    let heading = move || {
        let t = row.value(|c| c.name.clone()).get();
        if t.trim().is_empty() {
            format!("Competency {}", row.index().get() + 1)
        } else {
            t
        }
    };
    let gap = move || row.item.with(|l| l.as_ref().map(|l| gap(&l.item)));
    let competency_id = id.clone();
    let fallback = add_action_id.clone();
    view! {
        <li class="card competency-card">
            <div class="card-head">
                <h3 dir="auto">{heading}</h3>
                <span class="badge">{gap}</span>
                <RowButtons id=format!("competency-{id}") first=row.is_first() last=row.is_last()
                    on_move=row.reorder() on_remove=row.remove("competency", ADD_ID.into())/>
            </div>
            <TextField id=row.dom_id("name") label="Competency" value=row.value(|c| c.name.clone())
                on_input=row.edit("name", |c, t| c.name = t) error=row.issue(CF::Name) on_blur=seal/>
            <div class="levels-row">
                <LevelPicker name=row.dom_id("current") legend="Current level" value=row.value(|c| c.current)
                    on_change=row.choose("current", |c, n| c.current = n)/>
                <LevelPicker name=row.dom_id("target") legend="Target level" value=row.value(|c| c.target)
                    on_change=row.choose("target", |c, n| c.target = n)/>
            </div>
            <TextField id=row.dom_id("why") label="Why it matters" value=row.value(|c| c.why.clone())
                guide=ctx.tip(guidance::WHY) multiline=true rows=2
                on_input=row.edit("why", |c, t| c.why = t) error=row.issue(CF::Why) on_blur=seal/>
            <fieldset class="actions-list">
                <legend>"Actions"</legend>
                <GuideNote guide=ctx.tip(guidance::ACTION) id=row.dom_id("action-tip")/>
                <ul class="rows">
                    <KeyedRows ids=action_ids row=Callback::new(move |action_id| view! {
                        <ActionRow competency_id=competency_id.clone() action_id=action_id ids=action_ids fallback=fallback.clone()/>
                    }.into_any())/>
                </ul>
                <button type="button" class="add" id=add_action_id on:click=add_action
                    disabled=move || action_ids.with(|v| v.len() >= MAX_LIST_ITEMS)>"Add action"</button>
            </fieldset>
        </li>
    }
}

#[component]
fn ActionRow(
    competency_id: String,
    action_id: String,
    /// Every action id of the competency, in order.
    ids: Memo<Vec<String>>,
    /// Where focus goes when the last action is removed (the competency's "Add action").
    fallback: String,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let row = ItemRow::<Action>::new(ctx, competency_id, action_id, ids, "text");
    let seal = Callback::new(move |()| row.session.seal());
    let done = row.value(|a| a.done);
    let toggle = row.choose("done", |a, on: bool| a.done = on);
    let set_due = row.edit("due", |a, t: Option<String>| a.due = t);
    let tidy_due = Callback::new(move |()| {
        let typed = row
            .item
            .with_untracked(|l| l.as_ref().and_then(|l| l.item.due.clone()));
        if let Some(typed) = typed {
            let tidy = normalize_date(&typed);
            if tidy != typed {
                set_due.run(Some(tidy));
            }
        }
        row.session.seal();
    });
    let remove = row.remove("action", fallback);
    // The label follows the row's place: after "Action 1" is removed, the next one says so.
    let label = Signal::derive(move || format!("Action {}", row.index().get() + 1));
    view! {
        <li class="action-row" class:done=move || done.get()>
            <label class="check">
                <input type="checkbox" id=row.dom_id("done") autocomplete="off" prop:checked=move || done.get()
                    on:change:target=move |ev| toggle.run(ev.target().checked())/>
                <span>"Done"</span>
            </label>
            <TextField id=row.dom_id("text") label=label value=row.value(|a| a.text.clone()) class="grow"
                on_input=row.edit("text", |a, t| a.text = t) error=row.issue(AF::Text) on_blur=seal/>
            <TextField id=row.dom_id("due") label="Due" value=row.value(|a| a.due.clone().unwrap_or_default())
                hint="A day, such as 2027-03-31 or 31 Mar 2027" placeholder="31 Mar 2027" class="due"
                on_input=Callback::new(move |t: String| set_due.run((!t.trim().is_empty()).then_some(t)))
                error=row.issue(AF::Due) on_blur=tidy_due/>
            <button type="button" class="icon danger" id=row.dom_id("remove") aria-label="Remove action"
                on:click=move |_| remove.run(())>"×"</button>
        </li>
    }
}
