//! "Roadmap": roles and milestones, each with organization, months, horizon and notes; add,
//! remove and reorder from the keyboard.

use leptos::prelude::*;

use super::item_row::{item_ids, ItemRow};
use super::{guidance, EditorCtx, Intro};
use crate::components::{GuideNote, KeyedRows, RowButtons, TextField};
use crate::model::{
    limits::MAX_LIST_ITEMS, normalize_month, Horizon, RoadmapField as F, RoadmapItem,
};
use crate::services::dom;

const ADD_ID: &str = "roadmap-add";

#[component]
pub fn RoadmapSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let ids = item_ids::<RoadmapItem>(session, || ());
    let add = move |_| {
        let mut id = None;
        session.edit_lists("roadmap-add", |d| id = d.add_item::<RoadmapItem>(&()));
        if let Some(id) = id {
            dom::focus_after_render(format!("role-{id}-title"));
        }
    };
    view! {
        <section class="deck-section" id="section-roadmap" aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">"Roadmap"</h2>
            <Intro key="intro-roadmap" text=guidance::SECTION_ROADMAP/>
            <GuideNote guide=ctx.tip(guidance::ROLE) id="roadmap-tip"/>
            <ol class="cards" aria-label="Roles and milestones">
                <KeyedRows ids=ids row=Callback::new(move |id| view! { <RoleCard id=id ids=ids/> }.into_any())/>
            </ol>
            <button type="button" class="add" id=ADD_ID on:click=add disabled=move || ids.with(|v| v.len() >= MAX_LIST_ITEMS)>
                "Add role or milestone"
            </button>
        </section>
    }
}

/// An empty month box means "no date"; anything else is kept as typed (and checked).
fn month(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

#[component]
fn RoleCard(
    id: String,
    /// Every role's id, in order.
    ids: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let row = ItemRow::<RoadmapItem>::new(ctx, (), id, ids, "title");
    let seal = Callback::new(move |()| row.session.seal());
    // Months are tidied when the person leaves the box ("March 2024" → 2024-03), never while
    // they type.
    let tidy_month = move |name: &'static str,
                           get: fn(&RoadmapItem) -> Option<String>,
                           set: fn(&mut RoadmapItem, Option<String>)| {
        let edit = row.edit(name, set);
        Callback::new(move |()| {
            let typed = row
                .item
                .with_untracked(|l| l.as_ref().and_then(|l| get(&l.item)));
            if let Some(typed) = typed {
                let tidy = normalize_month(&typed);
                if tidy != typed {
                    edit.run(Some(tidy));
                }
            }
            row.session.seal();
        })
    };
    let heading = move || {
        let t = row.value(|r| r.title.clone()).get();
        if t.trim().is_empty() {
            format!("Role {}", row.index().get() + 1)
        } else {
            t
        }
    };
    let horizon_id = row.dom_id("horizon");
    let set_horizon = row.choose("horizon", |r, h: Horizon| r.horizon = h);
    view! {
        <li class="card role-card">
            <div class="card-head">
                <h3 dir="auto">{heading}</h3>
                <RowButtons id=format!("role-{}", row.id()) first=row.is_first() last=row.is_last()
                    on_move=row.reorder() on_remove=row.remove("role", ADD_ID.into())/>
            </div>
            <div class="card-grid">
                <TextField id=row.dom_id("title") label="Role or milestone" value=row.value(|r| r.title.clone())
                    on_input=row.edit("title", |r, t| r.title = t) error=row.issue(F::Title) on_blur=seal/>
                <TextField id=row.dom_id("organization") label="Organization" value=row.value(|r| r.organization.clone())
                    on_input=row.edit("organization", |r, t| r.organization = t) error=row.issue(F::Organization) on_blur=seal/>
                <div class="field">
                    <label for=horizon_id.clone()>"When"</label>
                    <select id=horizon_id autocomplete="off"
                        prop:value=move || row.item.with(|l| l.as_ref().map(|l| l.item.horizon.as_str()).unwrap_or("next"))
                        on:change:target=move |ev| {
                            if let Some(h) = Horizon::parse(&ev.target().value()) {
                                set_horizon.run(h);
                            }
                        }>
                        {Horizon::ALL.into_iter().map(|h| view! { <option value=h.as_str()>{h.label()}</option> }).collect_view()}
                    </select>
                </div>
                <TextField id=row.dom_id("start") label="From" value=row.value(|r| r.start.clone().unwrap_or_default())
                    hint="A month, such as 2024-03 or March 2024" placeholder="March 2024"
                    on_input=Callback::new({ let e = row.edit("start", |r, t| r.start = t); move |t| e.run(month(t)) })
                    error=row.issue(F::Start) on_blur=tidy_month("start", |r| r.start.clone(), |r, t| r.start = t)/>
                <TextField id=row.dom_id("end") label="To" value=row.value(|r| r.end.clone().unwrap_or_default())
                    hint="Leave empty if it is ongoing" placeholder="Ongoing"
                    on_input=Callback::new({ let e = row.edit("end", |r, t| r.end = t); move |t| e.run(month(t)) })
                    error=row.issue(F::End) on_blur=tidy_month("end", |r| r.end.clone(), |r, t| r.end = t)/>
            </div>
            <TextField id=row.dom_id("notes") label="Notes" value=row.value(|r| r.notes.clone()) multiline=true rows=2
                on_input=row.edit("notes", |r, t| r.notes = t) error=row.issue(F::Notes) on_blur=seal/>
        </li>
    }
}
