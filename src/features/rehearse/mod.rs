//! Rehearse: the owner's side of the conversation — the agenda a manager would draw from this
//! deck, phrased as what they may ask, so the person can prepare their story before the
//! meeting. Nothing here is stored or shared.

use leptos::prelude::*;

use super::DeckScreen;
use crate::components::PageTitle;
use crate::manager::rehearse;
use crate::model::DeckRecord;
use crate::routes::Screen;
use crate::services::nav::href;

#[component]
pub fn RehearsePage(
    /// The deck's id.
    id: String,
) -> impl IntoView {
    view! { <DeckScreen id=id page=|record| view! { <Rehearse record=record/> }.into_any()/> }
}

#[component]
fn Rehearse(record: DeckRecord) -> impl IntoView {
    let deck = record.deck;
    let agenda = rehearse(&deck);
    let id = deck.id.clone();
    view! {
        <PageTitle title=format!("Rehearse: {}", deck.title)/>
        <section class="rehearse" aria-labelledby="rehearse-heading">
            <a class="button ghost no-print" href=href(&Screen::Editor(id.clone()))>"← Back to editing"</a>
            <h1 id="rehearse-heading">"Rehearse the conversation"</h1>
            <p class="lede">
                "What your manager may ask when you talk about this deck, in the order a good "
                "conversation goes. Think through your answers; say them out loud once. Nothing you "
                "write here is kept or shared."
            </p>
            <ol class="agenda">
                {agenda.items.into_iter().enumerate().map(|(i, item)| {
                    let box_id = format!("rehearse-{i}");
                    view! {
                        <li class="agenda-item">
                            <h2 dir="auto">{item.heading}</h2>
                            <p class="prompt">{item.prompt}</p>
                            {item.detail.map(|d| view! { <p class="detail" dir="auto">{d}</p> })}
                            <label class="note-label" for=box_id.clone()>"What you would say (not kept)"</label>
                            <textarea id=box_id.clone() rows="2" dir="auto"></textarea>
                        </li>
                    }
                }).collect_view()}
            </ol>
            <div class="actions no-print">
                <a class="button primary" href=href(&Screen::Share(id.clone()))>"Share it with your manager"</a>
                <a class="button" href=href(&Screen::Present(id.clone()))>"Present it"</a>
            </div>
        </section>
    }
}
