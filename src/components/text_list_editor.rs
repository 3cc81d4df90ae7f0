//! Edits one of the deck's lists of short texts (values, strengths, asks…): add, change,
//! reorder with buttons, remove. Everything works from the keyboard.

use leptos::prelude::*;

use super::{GuideNote, RowButtons, TextField};
use crate::guidance::Guide;
use crate::model::{limits::MAX_LIST_ITEMS, FieldIssue, Move, TextList};
use crate::services::{dom, EditSession};

#[component]
pub fn TextListEditor(
    /// The editing session.
    session: EditSession,
    /// Which list.
    list: TextList,
    /// Heading of the list, e.g. "Values".
    #[prop(into)]
    legend: String,
    /// What one item is called, e.g. "value" (for "Add value", "Value 2").
    #[prop(into)]
    item_name: String,
    /// The list's guidance.
    guide: Guide,
    /// The deck's current validation problems.
    #[prop(into)]
    issues: Signal<Vec<FieldIssue>>,
) -> impl IntoView {
    let base = list.path().replace('.', "-");
    let count = Memo::new(move |_| session.deck.with(|d| d.text_list(list).len()));
    let item_label = capitalize(&item_name);
    let add = {
        let base = base.clone();
        move |_| {
            let index = count.get_untracked();
            session.edit(&format!("{base}-add"), |d| {
                d.text_list_mut(list).push(String::new())
            });
            let id = format!("{base}-{index}");
            dom::focus_after_render(id);
        }
    };
    let list_issue = {
        let path = list.path();
        move || {
            issues.with(|v| {
                v.iter()
                    .find(|i| i.field == path)
                    .map(|i| format!("This list {}.", i.problem))
            })
        }
    };
    let tip_id = format!("{base}-tip");
    let rows = {
        let base = base.clone();
        move || {
            (0..count.get())
                .map(|index| {
                    let id = format!("{base}-{index}");
                    let path = format!("{}[{index}]", list.path());
                    let value = Signal::derive(move || {
                        session.deck.with(|d| d.text_list(list).get(index).cloned().unwrap_or_default())
                    });
                    let on_input = Callback::new(move |text: String| {
                        session.edit(&format!("{}[{index}]", list.path()), |d| {
                            if let Some(item) = d.text_list_mut(list).get_mut(index) {
                                *item = text;
                            }
                        })
                    });
                    let error = Signal::derive(move || {
                        issues.with(|v| FieldIssue::message_for(v, &path))
                    });
                    let reorder = {
                        let base = base.clone();
                        Callback::new(move |dir: Move| {
                            let mut moved = false;
                            session.edit(&format!("{base}-move"), |d| moved = d.move_text(list, index, dir));
                            if moved {
                                let (to, button) = if dir == Move::Up { (index - 1, "up") } else { (index + 1, "down") };
                                let id = format!("{base}-{to}-{button}");
                                dom::focus_after_render(id);
                            }
                        })
                    };
                    let remove = Callback::new(move |()| {
                        session.edit(&format!("{}-remove", list.path()), |d| {
                            let items = d.text_list_mut(list);
                            if index < items.len() {
                                items.remove(index);
                            }
                        })
                    });
                    let label = format!("{item_label} {}", index + 1);
                    view! {
                        <li class="list-row">
                            <TextField id=id.clone() label=label value=value on_input=on_input error=error class="grow" hide_label=true
                                on_blur=Callback::new(move |()| session.seal())/>
                            <RowButtons id=id first=index == 0 last=Signal::derive(move || index + 1 >= count.get())
                                on_move=reorder on_remove=remove/>
                        </li>
                    }
                })
                .collect_view()
        }
    };
    view! {
        <fieldset class="text-list">
            <legend>{legend.clone()}</legend>
            <GuideNote guide=guide id=tip_id/>
            <ul class="rows">{rows}</ul>
            {move || list_issue().map(|e| view! { <p class="field-error">{e}</p> })}
            <button type="button" class="add" on:click=add disabled={move || count.get() >= MAX_LIST_ITEMS}>
                {format!("Add {item_name}")}
            </button>
        </fieldset>
    }
}

/// Item names are the app's own ASCII words ("value", "ask").
fn capitalize(s: &str) -> String {
    let mut out = s.to_owned();
    if let Some(first) = out.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    out
}
