//! A field's guidance: the question to think about and an example answer. Hidden everywhere
//! at once when the person has learned them (the editor's "Hide tips").

use leptos::prelude::*;

use crate::guidance::Guide;

/// Whether tips are shown, provided by the editor.
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

/// A section's opening advice, which the person can dismiss once read ("Got it"); Settings →
/// "Show all tips again" brings it back.
#[component]
pub fn SectionIntro(
    /// Stable name for remembering the dismissal, e.g. "intro-profile".
    key: &'static str,
    /// The advice.
    text: &'static str,
) -> impl IntoView {
    let dismissed = RwSignal::new(
        crate::storage::settings::dismissed_tips()
            .iter()
            .any(|t| t == key),
    );
    move || {
        (!dismissed.get()).then(|| {
            view! {
                <div class="section-intro">
                    <p>{text}</p>
                    <button type="button" class="ghost small" on:click=move |_| {
                        crate::storage::settings::dismiss_tip(key);
                        dismissed.set(true);
                    }>"Got it"</button>
                </div>
            }
        })
    }
}
