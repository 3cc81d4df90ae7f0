//! Edits one of the deck's lists of short texts (values, strengths, asks…): add, change,
//! reorder with buttons, remove. Everything works from the keyboard.

use leptos::prelude::*;

use super::{GuideNote, TextField};
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
                        issues.with(|v| v.iter().find(|i| i.field == path).map(|i| format!("This {}.", i.problem)))
                    });
                    let reorder = {
                        let base = base.clone();
                        move |dir: Move, button: &'static str| {
                            let mut moved = false;
                            session.edit(&format!("{base}-move"), |d| moved = d.move_text(list, index, dir));
                            if moved {
                                let to = if dir == Move::Up { index - 1 } else { index + 1 };
                                let id = format!("{base}-{to}-{button}");
                                dom::focus_after_render(id);
                            }
                        }
                    };
                    let up = reorder.clone();
                    let remove = move |_| {
                        session.edit(&format!("{}-remove", list.path()), |d| {
                            let items = d.text_list_mut(list);
                            if index < items.len() {
                                items.remove(index);
                            }
                        })
                    };
                    let label = format!("{item_label} {}", index + 1);
                    view! {
                        <li class="list-row">
                            <TextField id=id.clone() label=label value=value on_input=on_input error=error class="grow" hide_label=true
                                on_blur=Callback::new(move |()| session.seal())/>
                            <div class="row-buttons">
                                <button type="button" class="icon" id=format!("{id}-up") aria-label="Move up"
                                    disabled=move || index == 0
                                    on:click=move |_| up(Move::Up, "up")>"↑"</button>
                                <button type="button" class="icon" id=format!("{id}-down") aria-label="Move down"
                                    disabled={move || index + 1 >= count.get()}
                                    on:click=move |_| reorder(Move::Down, "down")>"↓"</button>
                                <button type="button" class="icon danger" aria-label="Remove" on:click=remove>"×"</button>
                            </div>
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
