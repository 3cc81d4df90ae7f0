//! Shows which parts of the deck are still thin, section by section, with the missing pieces
//! named — guidance, not a grade.

use leptos::prelude::*;

use super::EditorCtx;
use crate::model::Section;

fn anchor(section: Section) -> &'static str {
    match section {
        Section::Profile => "#section-profile",
        Section::Roadmap => "#section-roadmap",
        Section::Growth => "#section-growth",
        Section::Asks => "#section-asks",
        Section::Supporters | Section::SpeakerNotes => "#section-supporters",
    }
}

#[component]
pub fn CompletenessPanel() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let progress = Memo::new(move |_| ctx.session.deck.with(|d| d.completeness()));
    view! {
        <aside class="completeness" aria-labelledby="completeness-heading">
            <h2 id="completeness-heading">"How complete is it?"</h2>
            <ul>
                {move || progress.get().into_iter().map(|s| {
                    let (done, total) = (s.done(), s.total());
                    let missing: Vec<&'static str> = s.checks.iter().filter(|c| !c.done).map(|c| c.label).collect();
                    let state = if done == total { "full" } else if done == 0 { "empty" } else { "partial" };
                    view! {
                        <li class="progress-item" data-state=state>
                            <a href=anchor(s.section) on:click=move |ev| {
                                ev.prevent_default();
                                let id = anchor(s.section).trim_start_matches('#');
                                if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) {
                                    el.scroll_into_view();
                                }
                            }>{s.section.label()}</a>
                            <meter min="0" max=total.to_string() value=done.to_string()
                                aria-label=format!("{}: {done} of {total}", s.section.label())></meter>
                            <span class="muted">{format!("{done} of {total}")}</span>
                            {(!missing.is_empty()).then(|| view! {
                                <ul class="missing">
                                    {missing.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
                                </ul>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </aside>
    }
}
