//! Guidance beside a field: the question to think about and an example answer, hidden
//! everywhere at once when the person has learned them ("Hide tips"); and a section's
//! opening advice, which can be dismissed. Where a dismissal is remembered is the caller's
//! business: this widget only shows and reports.

use leptos::prelude::*;

/// A prompt and an example for one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub prompt: &'static str,
    pub example: &'static str,
}

/// Whether tips are shown, provided by the screen that has them.
#[derive(Clone, Copy)]
pub struct TipsVisible(pub RwSignal<bool>);

#[component]
pub fn GuideNote(
    /// The prompt and example.
    guide: Guide,
    /// Id for `aria-describedby` on the field it explains.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let visible = use_context::<TipsVisible>().map(|t| t.0);
    move || {
        visible.is_none_or(|v| v.get()).then(|| {
            view! {
                <p class="guide" id=id.clone()>
                    <span class="prompt">{guide.prompt}</span>
                    " "
                    <span class="example">"For example: “" {guide.example} "”"</span>
                </p>
            }
        })
    }
}

/// A section's opening advice with a "Got it" button.
#[component]
pub fn SectionIntro(
    /// The advice.
    text: &'static str,
    /// Whether it was dismissed (then nothing is shown).
    #[prop(into)]
    dismissed: Signal<bool>,
    /// Called when the person dismisses it.
    on_dismiss: Callback<()>,
) -> impl IntoView {
    move || {
        (!dismissed.get()).then(|| {
            view! {
                <div class="section-intro">
                    <p>{text}</p>
                    <button type="button" class="ghost small" on:click=move |_| on_dismiss.run(())>
                        "Got it"
                    </button>
                </div>
            }
        })
    }
}
