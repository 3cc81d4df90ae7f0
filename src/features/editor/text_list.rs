//! Edits one of the deck's lists of short texts (values, strengths, asks…): add, change,
//! reorder with buttons, remove. Everything works from the keyboard: Enter in an item adds
//! the next one, Backspace in an empty item removes it.

use leptos::prelude::*;

use super::EditorCtx;
use crate::components::{Guide, GuideNote, RowButtons, TextField};
use crate::model::{limits::MAX_LIST_ITEMS, Field, Move, TextList};
use crate::services::dom;

#[component]
pub fn TextListEditor(
    /// Which list.
    list: TextList,
    /// What one item is called, e.g. "value" (for "Add value", "Value 2").
    #[prop(into)]
    item_name: String,
    /// The list's guidance.
    guide: Guide,
) -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let base = list.path().replace('.', "-");
    let count = Memo::new(move |_| session.deck.with(|d| d.text_list(list).len()));
    let item_label = capitalize(&item_name);
    let add_id = format!("{base}-add");
    // Adds an empty item at `at` and puts the cursor in it.
    let insert = {
        let base = base.clone();
        move |at: usize| {
            session.edit(&format!("{base}-add"), |d| {
                let items = d.text_list_mut(list);
                items.insert(at.min(items.len()), String::new());
            });
            dom::focus_after_render(format!("{base}-{at}"));
        }
    };
    let add = {
        let insert = insert.clone();
        move |_| insert(count.get_untracked())
    };
    let list_issue = ctx.issue(Field::TextList(list, None));
    let tip_id = format!("{base}-tip");
    let rows = {
        let base = base.clone();
        let add_id = add_id.clone();
        move || {
            (0..count.get())
                .map(|index| {
                    let id = format!("{base}-{index}");
                    let field = Field::TextList(list, Some(index));
                    let value = Signal::derive(move || {
                        session.deck.with(|d| d.text_list(list).get(index).cloned().unwrap_or_default())
                    });
                    let on_input = Callback::new(move |text: String| {
                        session.edit(&field.to_string(), |d| {
                            if let Some(item) = d.text_list_mut(list).get_mut(index) {
                                *item = text;
                            }
                        })
                    });
                    let error = ctx.issue(field);
                    let reorder = {
                        let base = base.clone();
                        Callback::new(move |dir: Move| {
                            let mut moved = false;
                            session.edit(&format!("{base}-move"), |d| moved = d.move_text(list, index, dir));
                            if moved {
                                let to = if dir == Move::Up { index - 1 } else { index + 1 };
                                let button = if dir == Move::Up { "up" } else { "down" };
                                let other = if dir == Move::Up { "down" } else { "up" };
                                dom::focus_first_after_render(vec![
                                    format!("{base}-{to}-{button}"),
                                    format!("{base}-{to}-{other}"),
                                ]);
                            }
                        })
                    };
                    let remove = {
                        let (base, add_id) = (base.clone(), add_id.clone());
                        Callback::new(move |()| {
                            session.edit(&format!("{}-remove", list.path()), |d| {
                                let items = d.text_list_mut(list);
                                if index < items.len() {
                                    items.remove(index);
                                }
                            });
                            // The item now in this place, else the one before, else "Add".
                            dom::focus_first_after_render(vec![
                                format!("{base}-{index}"),
                                format!("{base}-{}", index.saturating_sub(1)),
                                add_id.clone(),
                            ]);
                        })
                    };
                    let keys = {
                        let insert = insert.clone();
                        Callback::new(move |ev: leptos::ev::KeyboardEvent| {
                            let empty = value.with_untracked(String::is_empty);
                            match ev.key().as_str() {
                                "Enter" if !ev.shift_key() => {
                                    ev.prevent_default();
                                    if count.get_untracked() < MAX_LIST_ITEMS {
                                        insert(index + 1);
                                    }
                                }
                                "Backspace" if empty && count.get_untracked() > 0 => {
                                    ev.prevent_default();
                                    remove.run(());
                                }
                                _ => {}
                            }
                        })
                    };
                    let label = format!("{item_label} {}", index + 1);
                    view! {
                        <li class="list-row">
                            <TextField id=id.clone() label=label value=value on_input=on_input error=error class="grow" hide_label=true
                                multiline=true rows=1 on_keydown=keys on_blur=Callback::new(move |()| session.seal())/>
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
            <legend>{list.label()}</legend>
            <GuideNote guide=guide id=tip_id/>
            <ul class="rows">{rows}</ul>
            {move || list_issue.get().map(|e| view! { <p class="field-error">{e}</p> })}
            <button type="button" class="add" id=add_id on:click=add disabled={move || count.get() >= MAX_LIST_ITEMS}>
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
