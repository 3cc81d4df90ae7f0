//! One slide, drawn from the core's `Slide`: large type, the deck's own words as text.

use leptos::prelude::*;

use super::{ChartSvg, TimelineSvg};
use crate::slides::{ListBlock, Slide, SlideContent};

fn list(block: ListBlock) -> impl IntoView {
    let heading = if block.continued {
        format!("{} (continued)", block.heading)
    } else {
        block.heading.to_owned()
    };
    view! {
        <div class="slide-list">
            <h3>{heading}</h3>
            <ul>{block.items.into_iter().map(|i| view! { <li dir="auto">{i}</li> }).collect_view()}</ul>
        </div>
    }
}

#[component]
pub fn SlideView(
    slide: Slide,
    /// Unique per slide on the page (charts and timelines need element ids).
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let heading = slide.title();
    let kind = slide.kind.label();
    let body = match slide.content {
        SlideContent::Title(t) => view! {
            <div class="title-block">
                <h2 class="deck-name" dir="auto">{t.title}</h2>
                {t.owner.map(|o| view! { <p class="owner" dir="auto">{o}</p> })}
                {(!t.headline.is_empty()).then(|| view! { <p class="headline" dir="auto">{t.headline.clone()}</p> })}
                {(!t.pitch.is_empty()).then(|| view! { <p class="pitch" dir="auto">{t.pitch.clone()}</p> })}
            </div>
        }
        .into_any(),
        SlideContent::Story { paragraphs } => view! {
            <h2>{heading.clone()}</h2>
            <div class="story">{paragraphs.into_iter().map(|p| view! { <p dir="auto">{p}</p> }).collect_view()}</div>
        }
        .into_any(),
        SlideContent::Lists(blocks) => view! {
            <h2>{heading.clone()}</h2>
            <div class="columns">{blocks.into_iter().map(list).collect_view()}</div>
        }
        .into_any(),
        SlideContent::Roadmap { timeline, .. } => view! {
            <h2>{heading.clone()}</h2>
            <TimelineSvg timeline=timeline id=format!("{id}-timeline")/>
        }
        .into_any(),
        SlideContent::Growth { chart, plans } => {
            let has_chart = chart.is_some();
            view! {
                <h2>{heading.clone()}</h2>
                <div class="growth" class:with-chart=has_chart>
                    {chart.map(|c| view! { <ChartSvg chart=c id=format!("{id}-chart")/> })}
                    <div class="plans">
                        {plans.into_iter().map(|p| view! {
                            <div class="plan">
                                <h3 dir="auto">{p.name.clone()}{p.continued.then_some(" (continued)")}</h3>
                                {(!p.continued).then(|| view! {
                                    <p class="levels">{format!("Now {} ({}) → aiming for {} ({})", p.current, p.current_label, p.target, p.target_label)}</p>
                                })}
                                {(!p.why.is_empty()).then(|| view! { <p class="why" dir="auto">{p.why.clone()}</p> })}
                                <ul class="plan-actions">
                                    {p.actions.into_iter().map(|a| view! {
                                        <li class:done=a.done>
                                            <span aria-hidden="true">{if a.done { "✓ " } else { "○ " }}</span>
                                            <span class="visually-hidden">{if a.done { "Done: " } else { "To do: " }}</span>
                                            <span dir="auto">{a.text}</span>
                                            {a.due.map(|d| view! { <span class="when">" · by " {d}</span> })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </div>
                        }).collect_view()}
                    </div>
                </div>
            }
            .into_any()
        }
        SlideContent::Supporters(cards) => view! {
            <h2>{heading.clone()}</h2>
            <ul class="supporters">
                {cards.into_iter().map(|c| view! {
                    <li>
                        <strong dir="auto">{c.name}</strong>
                        <span class="role">{c.role_label}</span>
                        {(!c.how.is_empty()).then(|| view! { <p dir="auto">{c.how.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! {
        <section class="slide" data-kind=kind aria-roledescription="slide" aria-label=heading.clone()>
            {body}
        </section>
    }
}
