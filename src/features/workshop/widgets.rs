//! Small pieces the workshop's steps share: a field bound to the workshop state, a list of
//! short texts, a group of radio buttons, a field that takes what was typed when it is left
//! (months and dates), and the remove-and-keep-focus rule for rows.

use leptos::prelude::*;

use super::use_workshop;
use crate::components::TextField;
use crate::services::dom;
use crate::workshop::WorkshopState;

/// A text bound to part of the workshop state: its value (recomputed only when it changes)
/// and what typing does.
pub fn bind(
    get: impl Fn(&WorkshopState) -> String + Send + Sync + 'static,
    set: impl Fn(&mut WorkshopState, String) + Send + Sync + 'static,
) -> (Signal<String>, Callback<String>) {
    let ctx = use_workshop();
    let value = Memo::new(move |_| ctx.state.with(|s| get(s)));
    let on_input = Callback::new(move |t: String| {
        ctx.update(|s| set(s, t));
    });
    (value.into(), on_input)
}

/// Focus after a row at `index` went away: the row now in its place, else the one before,
/// else `fallback` (the list's Add button), so focus never drops to the page.
pub fn focus_after_remove(prefix: &str, field: &str, index: usize, fallback: String) {
    let mut ids = vec![format!("{prefix}-{index}-{field}")];
    if let Some(before) = index.checked_sub(1) {
        ids.push(format!("{prefix}-{before}-{field}"));
    }
    ids.push(fallback);
    dom::focus_first_after_render(ids);
}

/// A list of short texts in the workshop state (asks, questions, what colleagues said):
/// a labelled field per entry with its Remove button, and an Add button that puts the
/// cursor in the new entry. As in the editor's lists, Enter in an entry adds the next one
/// (Shift+Enter starts a new line) and Backspace in an empty entry removes it.
#[component]
pub fn TextRows(
    /// Ids are `{id}-{i}-text`, `{id}-add`.
    #[prop(into)]
    id: String,
    /// The name of one entry ("Ask"): fields are "Ask 1", "Ask 2"…
    #[prop(into)]
    item: String,
    /// The Add button's words.
    #[prop(into)]
    add_label: String,
    /// The list, to read.
    get: fn(&WorkshopState) -> &Vec<String>,
    /// The list, to change.
    get_mut: fn(&mut WorkshopState) -> &mut Vec<String>,
    /// Text areas instead of one-line boxes.
    #[prop(optional)]
    multiline: bool,
    /// A gentle hint for an entry, if one is due.
    #[prop(optional)]
    hint: Option<fn(&str) -> Option<&'static str>>,
    /// Greyed example inside an empty entry.
    #[prop(into, optional)]
    placeholder: MaybeProp<String>,
    /// Runs after every change to the list (to keep what depends on it in step).
    #[prop(optional)]
    after: Option<fn(&mut WorkshopState)>,
) -> impl IntoView {
    let after_fn = after;
    let after = move |s: &mut WorkshopState| {
        if let Some(f) = after_fn {
            f(s);
        }
    };
    let ctx = use_workshop();
    let len = Memo::new(move |_| ctx.state.with(|s| get(s).len()));
    let add_id = format!("{id}-add");
    let rows = {
        let (id, item, add_id) = (id.clone(), item.clone(), add_id.clone());
        move |i: usize| {
            let (value, on_input) = bind(
                move |s| get(s).get(i).cloned().unwrap_or_default(),
                move |s, t| {
                    if let Some(slot) = get_mut(s).get_mut(i) {
                        *slot = t;
                    }
                    after(s);
                },
            );
            let hint_text =
                Signal::derive(move || hint.and_then(|h| value.with(|v| h(v))).map(str::to_owned));
            let (id2, add_id) = (id.clone(), add_id.clone());
            let what = format!("{} {}", item.to_lowercase(), i + 1);
            let remove = move || {
                ctx.remove_row(
                    what.clone(),
                    get_mut,
                    i,
                    after_fn,
                    format!("{id2}-{i}-text"),
                );
                focus_after_remove(&id2, "text", i, add_id.clone());
            };
            let id3 = id.clone();
            let remove2 = remove.clone();
            let keys =
                Callback::new(
                    move |ev: leptos::ev::KeyboardEvent| match ev.key().as_str() {
                        "Enter" if !ev.shift_key() => {
                            ev.prevent_default();
                            ctx.update(|s| {
                                let list = get_mut(s);
                                list.insert((i + 1).min(list.len()), String::new());
                                after(s);
                            });
                            dom::focus_after_render(format!("{id3}-{}-text", i + 1));
                        }
                        "Backspace" if value.with_untracked(String::is_empty) => {
                            ev.prevent_default();
                            remove2();
                        }
                        _ => {}
                    },
                );
            let label = format!("{item} {}", i + 1);
            view! {
                <li class="list-row">
                    <TextField id=format!("{id}-{i}-text") label=label.clone() value=value
                        on_input=on_input multiline=multiline rows=2 class="grow" hint=hint_text
                        placeholder=placeholder on_keydown=keys/>
                    <button type="button" class="icon danger" aria-label=format!("Remove {}", label.to_lowercase())
                        on:click=move |_| remove()>"×"</button>
                </li>
            }
        }
    };
    let add = {
        let id = id.clone();
        move |_| {
            let n = ctx
                .update(|s| {
                    get_mut(s).push(String::new());
                    after(s);
                    get(s).len() - 1
                })
                .unwrap_or(0);
            dom::focus_after_render(format!("{id}-{n}-text"));
        }
    };
    view! {
        <div class="text-rows">
            <ul class="rows">
                <For each=move || 0..len.get() key=|i| *i children=rows/>
            </ul>
            <button type="button" class="add" id=add_id on:click=add>{add_label}</button>
        </div>
    }
}

/// One choice in a `Choice` group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChoiceItem {
    /// A short key, unique in the group (part of the radio's id).
    pub key: String,
    pub label: String,
    /// A line under the label.
    pub detail: Option<String>,
}

impl ChoiceItem {
    pub fn new(key: impl Into<String>, label: impl Into<String>) -> ChoiceItem {
        ChoiceItem {
            key: key.into(),
            label: label.into(),
            detail: None,
        }
    }

    pub fn with_detail(mut self, detail: impl Into<String>) -> ChoiceItem {
        self.detail = Some(detail.into());
        self
    }
}

/// A group of radio buttons: Tab reaches the group, arrow keys choose (the browser's own
/// behaviour), every choice is labelled.
#[component]
pub fn Choice(
    /// The radios' name and id prefix (`{name}-{key}`), unique on the page.
    #[prop(into)]
    name: String,
    #[prop(into)] legend: Signal<String>,
    options: Vec<ChoiceItem>,
    /// The chosen key (none chosen: empty).
    #[prop(into)]
    selected: Signal<String>,
    on_change: Callback<String>,
    /// Lay the choices out in a row where there is room.
    #[prop(optional)]
    inline: bool,
) -> impl IntoView {
    let items = options
        .into_iter()
        .map(|o| {
            let id = format!("{name}-{}", o.key);
            let key = o.key.clone();
            let key2 = o.key.clone();
            let detail_id = format!("{id}-detail");
            let described = o.detail.is_some().then(|| detail_id.clone());
            view! {
                <label class="choice" for=id.clone()>
                    <input type="radio" id=id.clone() name=name.clone() value=o.key.clone()
                        aria-describedby=described
                        prop:checked=move || selected.with(|s| *s == key)
                        on:change=move |_| on_change.run(key2.clone())/>
                    <span class="choice-text">
                        <span class="choice-label">{o.label}</span>
                        {o.detail.map(|d| view! { <span class="choice-detail" id=detail_id>{d}</span> })}
                    </span>
                </label>
            }
        })
        .collect_view();
    view! {
        <fieldset class="choices" class:inline=inline>
            <legend>{move || legend.get()}</legend>
            <div class="choice-list">{items}</div>
        </fieldset>
    }
}

/// A one-line field that takes what was typed when it is left (or Enter is pressed): for
/// months and dates, which are read as typed ("March 2019") and then shown as read.
#[component]
pub fn CommitField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    on_commit: Callback<String>,
    /// What to type ("Such as March 2019").
    #[prop(into, optional)]
    hint: Option<String>,
    /// A problem with what was typed.
    #[prop(into, optional)]
    error: MaybeProp<String>,
    #[prop(into, optional)] class: Option<String>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described = {
        let (hint_id, error_id, has_hint) = (hint_id.clone(), error_id.clone(), hint.is_some());
        move || {
            let ids: Vec<&str> = [
                has_hint.then_some(hint_id.as_str()),
                error.with(Option::is_some).then_some(error_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    view! {
        <div class=format!("field {}", class.unwrap_or_default())>
            <label for=id.clone()>{label}</label>
            {hint.map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            <input type="text" id=id dir="auto" aria-describedby=described
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                prop:value=move || value.get()
                on:change:target=move |ev| on_commit.run(ev.target().value())/>
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}

/// A short list of prompts to think with.
#[component]
pub fn Prompts(#[prop(into)] heading: String, prompts: &'static [&'static str]) -> impl IntoView {
    view! {
        <div class="prompts">
            <p class="prompts-heading">{heading}</p>
            <ul>{prompts.iter().map(|p| view! { <li>{*p}</li> }).collect_view()}</ul>
        </div>
    }
}
