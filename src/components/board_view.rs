//! An opportunity board, read-only: who offers what, and each opportunity's details. All text
//! is rendered as text.

use leptos::prelude::*;

use crate::board::{Board, Opportunity};
use crate::model::month_label;

/// One opportunity's details, as a card.
#[component]
pub fn OpportunityCard(
    opportunity: Opportunity,
    /// Extra content under the details (match reasons, actions).
    #[prop(optional)]
    children: Option<Children>,
) -> impl IntoView {
    let o = opportunity;
    let meta: Vec<String> = [
        Some(o.kind.label().to_owned()),
        o.starts
            .as_deref()
            .map(|s| format!("starts {}", month_label(s))),
        (!o.length.trim().is_empty()).then(|| o.length.clone()),
    ]
    .into_iter()
    .flatten()
    .collect();
    view! {
        <article class="card opportunity" aria-labelledby=format!("opp-{}", o.id)>
            <h3 id=format!("opp-{}", o.id) dir="auto">{o.title.clone()}</h3>
            <p class="muted">{meta.join(" · ")}</p>
            {(!o.summary.trim().is_empty()).then(|| view! { <p dir="auto">{o.summary.clone()}</p> })}
            {(!o.builds.is_empty()).then(|| view! {
                <p><strong>"Builds: "</strong><span dir="auto">{o.builds.join(", ")}</span></p>
            })}
            {(!o.needs.is_empty()).then(|| view! {
                <p><strong>"Needs: "</strong><span dir="auto">{o.needs.iter().map(|n| format!("{} {}", n.name, n.level)).collect::<Vec<_>>().join(", ")}</span></p>
            })}
            {(!o.contact.trim().is_empty()).then(|| view! { <p><strong>"Contact: "</strong><span dir="auto">{o.contact.clone()}</span></p> })}
            {children.map(|c| c())}
        </article>
    }
}

#[component]
pub fn BoardView(board: Board) -> impl IntoView {
    view! {
        <article class="board-view">
            <header class="view-heading">
                <h1 dir="auto">{board.title.clone()}</h1>
                {board.from.clone().map(|f| view! { <p class="view-owner" dir="auto">{f}</p> })}
                {board.note.clone().map(|n| view! { <p dir="auto">{n}</p> })}
            </header>
            {board.opportunities.is_empty().then(|| view! { <p class="muted">"No opportunities on this board yet."</p> })}
            <div class="opportunities">
                {board.opportunities.into_iter().map(|o| view! { <OpportunityCard opportunity=o/> }).collect_view()}
            </div>
        </article>
    }
}
