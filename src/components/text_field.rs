//! A labelled text box or text area bound to one piece of deck text. It never limits or
//! rewrites what is typed: problems are shown beside it, and the text stays as typed.

use leptos::prelude::*;

use super::{Guide, GuideNote};
use crate::model::limits::MAX_STRING_CHARS;
use crate::model::thousands;

/// A counter shows once the text is this close to the limit (a fraction of it, in tenths).
const COUNTER_FROM_TENTHS: usize = 8;

#[component]
pub fn TextField(
    /// Element id; the label, tip and error point at it.
    #[prop(into)]
    id: String,
    /// The visible label (the field's accessible name).
    #[prop(into)]
    label: Signal<String>,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the whole new text on each input.
    on_input: Callback<String>,
    /// A problem with the text, shown under the field.
    #[prop(into, optional)]
    error: MaybeProp<String>,
    /// Guidance shown under the label.
    #[prop(optional)]
    guide: Option<Guide>,
    /// A text area instead of a one-line box.
    #[prop(optional)]
    multiline: bool,
    /// Rows a text area starts with (it grows with its text where the browser can).
    #[prop(default = 4)]
    rows: u32,
    /// Greyed hint inside the empty field.
    #[prop(into, optional)]
    placeholder: MaybeProp<String>,
    /// Extra class on the wrapper.
    #[prop(into, optional)]
    class: MaybeProp<String>,
    /// Keep the label for screen readers only (when a group heading already says it).
    #[prop(optional)]
    hide_label: bool,
    /// Called when focus leaves the field.
    #[prop(optional)]
    on_blur: Option<Callback<()>>,
    /// Called on key presses (a list's Enter and Backspace, say).
    #[prop(optional)]
    on_keydown: Option<Callback<leptos::ev::KeyboardEvent>>,
    /// A hint under the label for what to type ("Such as 2024-03 or March 2024").
    #[prop(into, optional)]
    hint: MaybeProp<String>,
) -> impl IntoView {
    let tip_id = format!("{id}-tip");
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    // Counting characters only matters near the limit; most texts are far below it in bytes.
    let count = Memo::new(move |_| {
        value.with(|v| {
            (v.len() * 10 >= MAX_STRING_CHARS * COUNTER_FROM_TENTHS)
                .then(|| v.chars().count())
                .filter(|n| n * 10 >= MAX_STRING_CHARS * COUNTER_FROM_TENTHS)
        })
    });
    let described_by = {
        let (tip_id, error_id, hint_id, count_id) = (
            tip_id.clone(),
            error_id.clone(),
            hint_id.clone(),
            count_id.clone(),
        );
        move || {
            let ids: Vec<&str> = [
                guide.is_some().then_some(tip_id.as_str()),
                hint.with(Option::is_some).then_some(hint_id.as_str()),
                error.with(Option::is_some).then_some(error_id.as_str()),
                count.get().is_some().then_some(count_id.as_str()),
            ]
            .into_iter()
            .flatten()
            .collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    // `try_run`: a field removed while it has focus (Backspace in an empty list item) gets
    // its blur while its row is being disposed, when the callback may already be gone.
    let blur = move |_| {
        if let Some(cb) = on_blur {
            cb.try_run(());
        }
    };
    let keydown = move |ev: leptos::ev::KeyboardEvent| {
        if let Some(cb) = on_keydown {
            cb.try_run(ev);
        }
    };
    // autocomplete="off": what a person writes here is theirs, not for the browser's
    // form history; it also keeps the browser from copying every field's value into the
    // page's session state each second while typing (~30 ms a time in a 400-item deck).
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows=rows.to_string()
                dir="auto"
                autocomplete="off"
                on:keydown=keydown
                placeholder=move || placeholder.get()
                aria-describedby=described_by.clone()
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=blur
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                dir="auto"
                autocomplete="off"
                on:keydown=keydown
                placeholder=move || placeholder.get()
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=move || value.get()
                on:input:target=move |ev| on_input.run(ev.target().value())
                on:blur=blur
            />
        }
        .into_any()
    };
    view! {
        <div class=move || format!("field {}", class.get().unwrap_or_default())>
            <label for=id.clone() class=("visually-hidden", hide_label)>{move || label.get()}</label>
            {guide.map(|g| view! { <GuideNote guide=g id=tip_id.clone()/> })}
            {move || hint.get().map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })}
            {control}
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
            {move || count.get().map(|n| view! {
                <p class="char-count" id=count_id.clone() data-over=(n > MAX_STRING_CHARS).then_some("true")>
                    {format!("{} of {} characters", thousands(n), thousands(MAX_STRING_CHARS))}
                </p>
            })}
        </div>
    }
}
