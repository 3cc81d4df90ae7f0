//! The roadmap timeline, drawn as SVG from the core's layout (past → now → next →
//! aspiration; labels that never overlap), with the items as a list for screen readers.

use leptos::prelude::*;

use crate::slides::{LineKind, Marker, Timeline};

#[component]
pub fn TimelineSvg(timeline: Timeline, id: String) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled = title_id.clone();
    let view_box = format!("0 0 {} {}", timeline.width, timeline.height);
    let a = timeline.axis;
    let spoken: Vec<String> = timeline
        .items
        .iter()
        .map(|i| {
            let title = i
                .lines
                .iter()
                .filter(|l| l.kind == LineKind::Title)
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            let when = if i.dates.is_empty() {
                String::new()
            } else {
                format!(", {}", i.dates)
            };
            format!("{}: {title}{when}", i.horizon.label())
        })
        .collect();
    view! {
        <figure class="timeline-figure">
            <svg viewBox=view_box role="img" aria-labelledby=labelled class="timeline-svg">
                <title id=title_id.clone()>"Roadmap from the past to the aspiration"</title>
                {timeline.bands.iter().map(|b| view! {
                    <rect class="band" data-horizon=b.horizon.as_str() x=b.x1.to_string() y=b.y1.to_string()
                        width=(b.x2 - b.x1).to_string() height=(b.y2 - b.y1).to_string()></rect>
                    <text class="band-label" x=b.label_x.to_string() y=b.label_y.to_string()>{b.label}</text>
                }).collect_view()}
                <line class="axis" x1=a.x1.to_string() y1=a.y1.to_string() x2=a.x2.to_string() y2=a.y2.to_string()></line>
                {timeline.ticks.iter().map(|t| view! {
                    <text class="tick-label" x=t.x.to_string() y=timeline.tick_y.to_string() text-anchor="middle">{t.label.clone()}</text>
                }).collect_view()}
                {timeline.items.iter().map(|i| {
                    let c = i.connector;
                    let marker = match i.marker {
                        Marker::Point { x, y } => view! { <circle class="marker" cx=x.to_string() cy=y.to_string() r="5"></circle> }.into_any(),
                        Marker::Span { x1, x2, y, open } => view! {
                            <line class="span" class:open=open x1=x1.to_string() x2=x2.to_string() y1=y.to_string() y2=y.to_string()></line>
                        }.into_any(),
                    };
                    view! {
                        <g class="item" data-horizon=i.horizon.as_str()>
                            <line class="connector" x1=c.x1.to_string() y1=c.y1.to_string() x2=c.x2.to_string() y2=c.y2.to_string()></line>
                            {marker}
                            {i.lines.iter().map(|l| {
                                let class = match l.kind { LineKind::Title => "t-title", LineKind::Organization => "t-org", LineKind::Dates => "t-dates" };
                                view! { <text class=class x=l.x.to_string() y=l.y.to_string()>{l.text.clone()}</text> }
                            }).collect_view()}
                        </g>
                    }
                }).collect_view()}
            </svg>
            <ol class="visually-hidden-screen">{spoken.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ol>
        </figure>
    }
}
