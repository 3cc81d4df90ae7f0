//! "Who I am": headline, story, the one big thing, and the five short lists.

use leptos::prelude::*;

use super::{guidance, EditorCtx, Intro, TextListEditor};
use crate::components::TextField;
use crate::model::{Field, Profile, ProfileText, TextList};

#[component]
pub fn ProfileSection() -> impl IntoView {
    let ctx = expect_context::<EditorCtx>();
    let session = ctx.session;
    let text = move |get: fn(&Profile) -> &String| {
        Signal::derive(move || {
            session.deck.with(|d| {
                d.profile
                    .as_ref()
                    .map(|p| get(p).clone())
                    .unwrap_or_default()
            })
        })
    };
    let edit = move |key: &'static str, set: fn(&mut Profile, String)| {
        Callback::new(move |t: String| session.edit(key, |d| set(d.profile_mut(), t)))
    };
    let seal = Callback::new(move |()| session.seal());
    let list = move |list: TextList, item: &'static str, tip| {
        view! { <TextListEditor list=list item_name=item guide=ctx.tip(tip)/> }
    };
    view! {
        <section class="deck-section" id="section-profile" aria-labelledby="profile-heading">
            <h2 id="profile-heading">"Who I am"</h2>
            <Intro key="intro-profile" text=guidance::SECTION_PROFILE/>
            <TextField id="profile-headline" label="Headline" value=text(|p| &p.headline)
                guide=ctx.tip(guidance::HEADLINE) on_input=edit("headline", |p, t| p.headline = t)
                error=ctx.issue(Field::ProfileText(ProfileText::Headline)) on_blur=seal/>
            <TextField id="profile-story" label="My story" value=text(|p| &p.story)
                guide=ctx.tip(guidance::STORY) multiline=true on_input=edit("story", |p, t| p.story = t)
                error=ctx.issue(Field::ProfileText(ProfileText::Story)) on_blur=seal/>
            <TextField id="profile-pitch" label="My one big thing" value=text(|p| &p.pitch)
                guide=ctx.tip(guidance::PITCH) multiline=true rows=2 on_input=edit("pitch", |p, t| p.pitch = t)
                error=ctx.issue(Field::ProfileText(ProfileText::Pitch)) on_blur=seal/>
            <div class="list-grid">
                {list(TextList::Values, "value", guidance::VALUES)}
                {list(TextList::Strengths, "strength", guidance::STRENGTHS)}
                {list(TextList::Energizers, "energizer", guidance::ENERGIZERS)}
                {list(TextList::Drainers, "drainer", guidance::DRAINERS)}
                {list(TextList::Needs, "need", guidance::NEEDS)}
            </div>
        </section>
    }
}
