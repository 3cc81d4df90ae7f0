//! "Who I am": headline, story, and the five short lists.

use leptos::prelude::*;

use super::EditorCtx;
use crate::components::{SectionIntro, TextField, TextListEditor};
use crate::guidance;
use crate::model::TextList;

#[component]
pub fn ProfileSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let headline = Signal::derive(move || {
        session.deck.with(|d| {
            d.profile
                .as_ref()
                .map(|p| p.headline.clone())
                .unwrap_or_default()
        })
    });
    let story = Signal::derive(move || {
        session.deck.with(|d| {
            d.profile
                .as_ref()
                .map(|p| p.story.clone())
                .unwrap_or_default()
        })
    });
    let seal = Callback::new(move |()| session.seal());
    let issues: Signal<_> = ctx.issues.into();
    let list = move |list: TextList, legend: &'static str, item: &'static str, guide| {
        view! { <TextListEditor session=session list=list legend=legend item_name=item guide=guide issues=issues/> }
    };
    view! {
        <section class="deck-section" id="section-profile" aria-labelledby="profile-heading">
            <h2 id="profile-heading">"Who I am"</h2>
            <SectionIntro key="intro-profile" text=guidance::SECTION_PROFILE/>
            <TextField id="profile-headline" label="Headline" value=headline guide=guidance::HEADLINE
                on_input=Callback::new(move |t: String| session.edit("headline", |d| d.profile_mut().headline = t))
                error=ctx.issue("profile.headline".into()) on_blur=seal/>
            <TextField id="profile-story" label="My story" value=story guide=guidance::STORY multiline=true
                on_input=Callback::new(move |t: String| session.edit("story", |d| d.profile_mut().story = t))
                error=ctx.issue("profile.story".into()) on_blur=seal/>
            <div class="list-grid">
                {list(TextList::Values, "Values", "value", guidance::VALUES)}
                {list(TextList::Strengths, "Strengths", "strength", guidance::STRENGTHS)}
                {list(TextList::Energizers, "What gives me energy", "energizer", guidance::ENERGIZERS)}
                {list(TextList::Drainers, "What drains me", "drainer", guidance::DRAINERS)}
                {list(TextList::Needs, "What I need to thrive", "need", guidance::NEEDS)}
            </div>
        </section>
    }
}
