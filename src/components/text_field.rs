//! A labelled text box or text area bound to one piece of deck text. It never limits or
//! rewrites what is typed: problems are shown beside it, and the text stays as typed.

use leptos::prelude::*;

use super::GuideNote;
use crate::guidance::Guide;

#[component]
pub fn TextField(
    /// Element id; the label, tip and error point at it.
    #[prop(into)]
    id: String,
    /// The visible label (the field's accessible name).
    #[prop(into)]
    label: String,
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
) -> impl IntoView {
    let tip_id = format!("{id}-tip");
    let error_id = format!("{id}-error");
    let described_by = {
        let tip_id = tip_id.clone();
        let error_id = error_id.clone();
        move || match (guide.is_some(), error.with(Option::is_some)) {
            (true, true) => Some(format!("{tip_id} {error_id}")),
            (true, false) => Some(tip_id.clone()),
            (false, true) => Some(error_id.clone()),
            (false, false) => None,
        }
    };
    let invalid = move || error.get().is_some().then_some("true");
    let blur = move |_| {
        if let Some(cb) = on_blur {
            cb.run(());
        }
    };
    let control = if multiline {
        view! {
            <textarea
                id=id.clone()
                rows="4"
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
            <label for=id.clone() class=("visually-hidden", hide_label)>{label}</label>
            {guide.map(|g| view! { <GuideNote guide=g id=tip_id.clone()/> })}
            {control}
            {move || error.get().map(|e| view! { <p class="field-error" id=error_id.clone()>{e}</p> })}
        </div>
    }
}
