//! A short guide for managers, in the app's own words (manager/guide.rs holds the text).

use leptos::prelude::*;

use crate::components::PageTitle;
use crate::manager::GUIDE;
use crate::routes::Screen;
use crate::services::dom;
use crate::services::nav::href;

#[component]
pub fn GuidePage() -> impl IntoView {
    dom::set_ready_after_render();
    view! {
        <PageTitle title="Guide for managers"/>
        <article class="guide-page" aria-labelledby="guide-heading">
            <a class="button ghost" href=href(&Screen::SharedWithMe)>"← Shared with me"</a>
            <h1 id="guide-heading">"Holding a career conversation"</h1>
            {GUIDE.iter().map(|s| view! {
                <section>
                    <h2>{s.heading}</h2>
                    {s.paragraphs.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
                </section>
            }).collect_view()}
        </article>
    }
}
