//! What needs the person's attention about saving: a save that failed (with a way to try
//! again, or to reload when the database was upgraded elsewhere), or the same field changed
//! in two tabs — each clash shown with both versions, to choose from.

use leptos::prelude::*;

use crate::services::{use_library, Conflict, EditSession, SaveStatus};
use crate::storage::StorageError;

#[component]
pub fn SaveProblem(
    /// The editing session.
    session: EditSession,
) -> impl IntoView {
    let library = use_library();
    move || {
        match session.status.get() {
        SaveStatus::Failed(StorageError::Closed) => Some(
            view! {
                <div class="alert" role="alert">
                    <p>{StorageError::Closed.to_string()}</p>
                    <button type="button" class="primary" on:click=move |_| {
                        library.prepare_to_leave();
                        if let Some(w) = web_sys::window() {
                            let _ = w.location().reload();
                        }
                    }>"Reload now"</button>
                </div>
            }
            .into_any(),
        ),
        SaveStatus::Failed(e) => Some(
            view! {
                <div class="alert" role="alert">
                    <p>{e.to_string()}</p>
                    <button type="button" on:click=move |_| session.flush()>"Try saving again"</button>
                </div>
            }
            .into_any(),
        ),
        SaveStatus::Conflict(conflict) => Some(view! { <Clashes session=session conflict=*conflict/> }.into_any()),
        _ => None,
    }
    }
}

#[component]
fn Clashes(session: EditSession, conflict: Conflict) -> impl IntoView {
    let n = conflict.merge.clashes.len();
    let rows = conflict
        .merge
        .clashes
        .iter()
        .enumerate()
        .map(|(i, clash)| {
            let name = format!("clash-{i}");
            let (mine_id, theirs_id) = (format!("{name}-mine"), format!("{name}-theirs"));
            let take_mine = clash.took_mine;
            view! {
                <fieldset class="clash">
                    <legend>{clash.label.clone()}</legend>
                    <label class="check" for=mine_id.clone()>
                        <input type="radio" id=mine_id.clone() name=name.clone() prop:checked=take_mine
                            on:change=move |_| session.choose(i, true)/>
                        <span>"This tab: " <q dir="auto">{clash.mine.clone()}</q></span>
                    </label>
                    <label class="check" for=theirs_id.clone()>
                        <input type="radio" id=theirs_id.clone() name=name.clone() prop:checked=!take_mine
                            on:change=move |_| session.choose(i, false)/>
                        <span>"The other tab: " <q dir="auto">{clash.theirs.clone()}</q></span>
                    </label>
                </fieldset>
            }
        })
        .collect_view();
    view! {
        <div class="alert conflict" role="alert">
            <p>
                {if n == 1 {
                    "This deck was also changed in another tab, in the same place as here. Everything else from both tabs is kept. Which version of this one do you want?".to_owned()
                } else {
                    format!("This deck was also changed in another tab, in {n} of the same places as here. Everything else from both tabs is kept. Choose which version to keep for each:")
                }}
            </p>
            {rows}
            <p class="muted">"The version you don't choose is kept in this deck's history, so nothing is lost."</p>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| session.resolve()>"Keep these and save"</button>
            </div>
        </div>
    }
}
