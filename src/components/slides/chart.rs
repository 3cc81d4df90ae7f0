//! The competency chart, drawn as SVG from the core's geometry: a radar for 3–12
//! competencies, bars otherwise. It has a title and description, and the numbers as a table
//! for screen readers (and for print, where the table is shown).

use leptos::prelude::*;

use crate::slides::{svg_points, Chart, ChartLabel, GrowthChart};

fn label(l: ChartLabel, class: &'static str) -> impl IntoView {
    let anchor = l.anchor.as_str();
    l.lines
        .into_iter()
        .map(|line| {
            view! {
                <text x=line.x.to_string() y=line.y.to_string() text-anchor=anchor class=class>{line.text}</text>
            }
        })
        .collect_view()
}

#[component]
pub fn ChartSvg(chart: GrowthChart, id: String) -> impl IntoView {
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let labelled = format!("{title_id} {desc_id}");
    let view_box = chart.chart.view_box().attr();
    let body = match chart.chart {
        Chart::Radar(r) => view! {
            <g class="rings">
                {r.rings.iter().map(|ring| view! { <polygon points=svg_points(&ring.points)></polygon> }).collect_view()}
            </g>
            <g class="axes">
                {r.axes.iter().map(|a| view! {
                    <line x1=a.x1.to_string() y1=a.y1.to_string() x2=a.x2.to_string() y2=a.y2.to_string()></line>
                }).collect_view()}
            </g>
            <polygon class="target" points=svg_points(&r.target)></polygon>
            <polygon class="current" points=svg_points(&r.current)></polygon>
            <g class="labels">{r.labels.into_iter().map(|l| label(l, "chart-label")).collect_view()}</g>
        }
        .into_any(),
        Chart::Bars(b) => view! {
            <g class="ticks">
                {b.ticks.iter().map(|t| view! {
                    <line x1=t.x.to_string() y1=b.grid_y1.to_string() x2=t.x.to_string() y2=b.grid_y2.to_string()></line>
                    <text x=t.x.to_string() y=b.tick_label_y.to_string() text-anchor="middle" class="tick-label">{t.level.to_string()}</text>
                }).collect_view()}
            </g>
            {b.rows.into_iter().map(|row| {
                let target_x = row.target_x.to_string();
                view! {
                    <rect class="current" x=b.bar_x.to_string() y=row.y.to_string() width=row.current_width.to_string() height=row.height.to_string()></rect>
                    <line class="target" x1=target_x.clone() x2=target_x y1=row.y.to_string() y2=(row.y + row.height).to_string()></line>
                    {label(row.label, "chart-label")}
                }
            }).collect_view()}
        }
        .into_any(),
    };
    view! {
        <figure class="chart">
            <svg viewBox=view_box role="img" aria-labelledby=labelled>
                <title id=title_id>{chart.title.clone()}</title>
                <desc id=desc_id>{chart.description.clone()}</desc>
                {body}
            </svg>
            <figcaption class="chart-key">
                <span class="key current">"Now"</span>
                <span class="key target">"Aiming for"</span>
            </figcaption>
            <table class="chart-table visually-hidden-screen">
                <caption>{chart.title}</caption>
                <thead><tr><th scope="col">"Competency"</th><th scope="col">"Now"</th><th scope="col">"Aiming for"</th></tr></thead>
                <tbody>
                    {chart.table.into_iter().map(|r| view! {
                        <tr>
                            <th scope="row" dir="auto">{r.name}</th>
                            <td>{format!("{} ({})", r.current, r.current_label)}</td>
                            <td>{format!("{} ({})", r.target, r.target_label)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </figure>
    }
}
