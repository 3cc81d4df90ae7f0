//! "Roadmap": roles and milestones, each with organization, months, horizon and notes; add,
//! remove and reorder from the keyboard.

use leptos::prelude::*;

use super::{item_memo, EditorCtx};
use crate::components::{GuideNote, KeyedRows, RowButtons, SectionIntro, TextField};
use crate::guidance;
use crate::model::{limits::MAX_LIST_ITEMS, locate, Horizon, Move, RoadmapItem};
use crate::services::dom;

#[component]
pub fn RoadmapSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let ids = Memo::new(move |_| {
        session
            .deck
            .with(|d| d.roles().iter().map(|r| r.id.clone()).collect::<Vec<_>>())
    });
    let add = move |_| {
        let mut id = String::new();
        session.edit_lists("roadmap-add", |d| id = d.add_role(Horizon::Next));
        let focus = format!("role-{id}-title");
        dom::focus_after_render(focus);
    };
    view! {
        <section class="deck-section" id="section-roadmap" aria-labelledby="roadmap-heading">
            <h2 id="roadmap-heading">"Roadmap"</h2>
            <SectionIntro key="intro-roadmap" text=guidance::SECTION_ROADMAP/>
            <GuideNote guide=guidance::ROLE id="roadmap-tip"/>
            <ol class="cards" aria-label="Roles and milestones">
                <KeyedRows ids=ids row=Callback::new(move |id| view! { <RoleCard id=id ids=ids/> }.into_any())/>
            </ol>
            <button type="button" class="add" on:click=add disabled=move || ids.with(|v| v.len() >= MAX_LIST_ITEMS)>
                "Add role or milestone"
            </button>
        </section>
    }
}

#[component]
fn RoleCard(
    id: String,
    /// Every role's id, in order.
    ids: Memo<Vec<String>>,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    // The row's own copy of its item: fields below re-render only when this item changes.
    let item = {
        let key = id.clone();
        item_memo(session, id.clone(), move |d, hint| {
            let roles = d.roles();
            locate(roles, &key, hint, |r| &r.id).map(|i| (i, roles[i].clone()))
        })
    };
    let index = Memo::new(move |_| item.with(|it| it.as_ref().map(|(i, _)| *i).unwrap_or(0)));
    let field = move |get: fn(&RoadmapItem) -> String| {
        Signal::derive(move || item.with(|it| it.as_ref().map(|(_, r)| get(r)).unwrap_or_default()))
    };
    let edit = {
        let id = id.clone();
        move |name: &'static str, change: fn(&mut RoadmapItem, String)| {
            let id = id.clone();
            Callback::new(move |text: String| {
                session.edit_item(&format!("{id}-{name}"), &id, |d| {
                    if let Some(r) = d.role_mut(&id) {
                        change(r, text);
                    }
                })
            })
        }
    };
    let issue = move |name: &'static str| {
        ctx.issue_at(move || Some(format!("roadmap[{}].{name}", index.get())))
    };
    let seal = Callback::new(move |()| session.seal());
    let reorder = {
        let id = id.clone();
        Callback::new(move |dir: Move| {
            let mut moved = false;
            session.edit_lists(&format!("{id}-move"), |d| moved = d.move_role(&id, dir));
            let button = format!("role-{id}-{}", if dir == Move::Up { "up" } else { "down" });
            if moved {
                dom::focus_after_render(button);
            }
        })
    };
    let remove = {
        let id = id.clone();
        Callback::new(move |()| session.edit_lists(&format!("{id}-remove"), |d| d.remove_role(&id)))
    };
    let horizon_id = format!("role-{id}-horizon");
    let heading = move || {
        let t = field(|r| r.title.clone()).get();
        if t.trim().is_empty() {
            format!("Role {}", index.get() + 1)
        } else {
            t
        }
    };
    let p = |name: &str| format!("role-{id}-{name}");
    view! {
        <li class="card role-card">
            <div class="card-head">
                <h3>{heading}</h3>
                <RowButtons id=format!("role-{id}") first=Signal::derive(move || index.get() == 0)
                    last=Signal::derive(move || index.get() + 1 >= ids.with(Vec::len))
                    on_move=reorder on_remove=remove/>
            </div>
            <div class="card-grid">
                <TextField id=p("title") label="Role or milestone" value=field(|r| r.title.clone())
                    on_input=edit("title", |r, t| r.title = t) error=issue("title") on_blur=seal/>
                <TextField id=p("organization") label="Organization" value=field(|r| r.organization.clone())
                    on_input=edit("organization", |r, t| r.organization = t) error=issue("organization") on_blur=seal/>
                <div class="field">
                    <label for=horizon_id.clone()>"When"</label>
                    <select id=horizon_id
                        prop:value=move || item.with(|it| it.as_ref().map(|(_, r)| r.horizon.as_str()).unwrap_or("next"))
                        on:change:target=move |ev| {
                            if let Some(h) = Horizon::parse(&ev.target().value()) {
                                let id = item.with_untracked(|it| it.as_ref().map(|(_, r)| r.id.clone())).unwrap_or_default();
                                session.edit_item(&format!("{id}-horizon"), &id, |d| {
                                    if let Some(r) = d.role_mut(&id) {
                                        r.horizon = h;
                                    }
                                });
                            }
                        }>
                        {Horizon::ALL.into_iter().map(|h| view! { <option value=h.as_str()>{h.label()}</option> }).collect_view()}
                    </select>
                </div>
                <TextField id=p("start") label="From (YYYY-MM)" value=field(|r| r.start.clone().unwrap_or_default())
                    placeholder="2024-09"
                    on_input=edit("start", |r, t| r.start = month(t)) error=issue("start") on_blur=seal/>
                <TextField id=p("end") label="To (YYYY-MM)" value=field(|r| r.end.clone().unwrap_or_default())
                    placeholder="Leave empty if ongoing"
                    on_input=edit("end", |r, t| r.end = month(t)) error=issue("end") on_blur=seal/>
            </div>
            <TextField id=p("notes") label="Notes" value=field(|r| r.notes.clone()) multiline=true
                on_input=edit("notes", |r, t| r.notes = t) error=issue("notes") on_blur=seal/>
        </li>
    }
}

/// An empty month box means "no date"; anything else is kept as typed (and checked).
fn month(text: String) -> Option<String> {
    if text.trim().is_empty() {
        None
    } else {
        Some(text)
    }
}
