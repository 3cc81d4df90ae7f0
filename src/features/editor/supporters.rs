//! "Supporters": the people who can help — mentor, sponsor, coach, peer — and how.

use leptos::prelude::*;

use super::item_row::{item_ids, ItemRow};
use super::{guidance, EditorCtx, Intro};
use crate::components::{GuideNote, KeyedRows, RowButtons, TextField};
use crate::model::{limits::MAX_LIST_ITEMS, Supporter, SupporterField as F, SupporterRole};
use crate::services::dom;

const ADD_ID: &str = "supporters-add";

#[component]
pub fn SupportersSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let ids = item_ids::<Supporter>(session, || ());
    let add = move |_| {
        let mut id = None;
        session.edit_lists("supporters-add", |d| id = d.add_item::<Supporter>(&()));
        if let Some(id) = id {
            dom::focus_after_render(format!("supporter-{id}-name"));
        }
    };
    view! {
        <section class="deck-section" id="section-supporters" aria-labelledby="supporters-heading">
            <h2 id="supporters-heading">"Supporters"</h2>
            <Intro key="intro-supporters" text=guidance::SECTION_SUPPORTERS/>
            <GuideNote guide=ctx.tip(guidance::SUPPORTER) id="supporters-tip"/>
            <ol class="cards" aria-label="Supporters">
                <KeyedRows ids=ids row=Callback::new(move |id| view! { <SupporterCard id=id ids=ids/> }.into_any())/>
            </ol>
            <button type="button" class="add" id=ADD_ID on:click=add disabled=move || ids.with(|v| v.len() >= MAX_LIST_ITEMS)>
                "Add supporter"
            </button>
        </section>
    }
}

#[component]
fn SupporterCard(id: String, ids: Memo<Vec<String>>) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let row = ItemRow::<Supporter>::new(ctx, (), id, ids, "name");
    let seal = Callback::new(move |()| row.session.seal());
    let role_id = row.dom_id("role");
    let set_role = row.choose("role", |s, r: SupporterRole| s.role = r);
    let heading = move || {
        let t = row.value(|s| s.name.clone()).get();
        if t.trim().is_empty() {
            format!("Supporter {}", row.index().get() + 1)
        } else {
            t
        }
    };
    view! {
        <li class="card supporter-card">
            <div class="card-head">
                <h3 dir="auto">{heading}</h3>
                <RowButtons id=format!("supporter-{}", row.id()) first=row.is_first() last=row.is_last()
                    on_move=row.reorder() on_remove=row.remove("supporter", ADD_ID.into())/>
            </div>
            <div class="card-grid">
                <TextField id=row.dom_id("name") label="Name" value=row.value(|s| s.name.clone())
                    on_input=row.edit("name", |s, t| s.name = t) error=row.issue(F::Name) on_blur=seal/>
                <div class="field">
                    <label for=role_id.clone()>"How they help"</label>
                    <select id=role_id autocomplete="off"
                        prop:value=move || row.item.with(|l| l.as_ref().map(|l| l.item.role.as_str()).unwrap_or("mentor"))
                        on:change:target=move |ev| {
                            if let Some(r) = SupporterRole::parse(&ev.target().value()) {
                                set_role.run(r);
                            }
                        }>
                        {SupporterRole::ALL.into_iter().map(|r| view! { <option value=r.as_str()>{r.label()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <TextField id=row.dom_id("how") label="What they do for you" value=row.value(|s| s.how.clone())
                multiline=true rows=2 on_input=row.edit("how", |s, t| s.how = t) error=row.issue(F::How) on_blur=seal/>
        </li>
    }
}
