//! A deck, read-only: used by the presenter and by the recipient of a share link. Only the
//! sections the deck has are shown (a share may leave some out). All text is rendered as text.

use leptos::prelude::*;

use crate::model::{Competency, Deck, Horizon, Profile, RoadmapItem, Section, LEVEL_NAMES};

/// One section of a deck, read-only.
#[component]
pub fn SectionView(
    /// The deck.
    deck: Deck,
    /// Which section to show.
    section: Section,
) -> impl IntoView {
    match section {
        Section::Profile => deck
            .profile
            .map(|p| view! { <ProfileView profile=p/> }.into_any()),
        Section::Roadmap => deck
            .roadmap
            .map(|r| view! { <RoadmapView items=r/> }.into_any()),
        Section::Competencies => deck
            .competencies
            .map(|c| view! { <GrowthView items=c/> }.into_any()),
        Section::Asks => deck.asks.map(|a| {
            view! {
                <section class="view-section" aria-labelledby="view-asks">
                    <h2 id="view-asks">"Asks"</h2>
                    <TextItems items=a empty="No asks yet."/>
                </section>
            }
            .into_any()
        }),
    }
}

/// The deck's title block.
#[component]
pub fn DeckHeading(deck: Deck) -> impl IntoView {
    let headline = deck
        .profile
        .as_ref()
        .map(|p| p.headline.clone())
        .filter(|h| !h.trim().is_empty());
    view! {
        <header class="view-heading">
            <h1>{deck.title.clone()}</h1>
            {deck.owner.clone().filter(|o| !o.trim().is_empty()).map(|o| view! { <p class="view-owner">{o}</p> })}
            {headline.map(|h| view! { <p class="view-headline">{h}</p> })}
        </header>
    }
}

/// Every section the deck has, in order.
#[component]
pub fn DeckView(deck: Deck) -> impl IntoView {
    let sections: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| deck.has_section(*s))
        .collect();
    view! {
        <article class="deck-view">
            <DeckHeading deck=deck.clone()/>
            {sections.into_iter().map(|s| view! { <SectionView deck=deck.clone() section=s/> }).collect_view()}
        </article>
    }
}

#[component]
fn TextItems(items: Vec<String>, empty: &'static str) -> impl IntoView {
    let items: Vec<String> = items.into_iter().filter(|s| !s.trim().is_empty()).collect();
    if items.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! { <ul class="chips">{items.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul> }.into_any()
}

#[component]
fn ProfileView(profile: Profile) -> impl IntoView {
    let lists = [
        ("Values", profile.values),
        ("Strengths", profile.strengths),
        ("What gives me energy", profile.energizers),
        ("What drains me", profile.drainers),
        ("What I need", profile.needs),
    ];
    view! {
        <section class="view-section" aria-labelledby="view-profile">
            <h2 id="view-profile">"Who I am"</h2>
            {(!profile.story.trim().is_empty()).then(|| view! { <p class="story">{profile.story.clone()}</p> })}
            <div class="view-grid">
                {lists.into_iter().map(|(label, items)| view! {
                    <div>
                        <h3>{label}</h3>
                        <TextItems items=items empty="Not filled in."/>
                    </div>
                }).collect_view()}
            </div>
        </section>
    }
}

fn when(item: &RoadmapItem) -> String {
    match (&item.start, &item.end) {
        (Some(s), Some(e)) => format!("{s} – {e}"),
        (Some(s), None) if item.horizon == Horizon::Past || item.horizon == Horizon::Now => {
            format!("{s} – now")
        }
        (Some(s), None) => format!("from {s}"),
        (None, Some(e)) => format!("until {e}"),
        (None, None) => String::new(),
    }
}

#[component]
fn RoadmapView(items: Vec<RoadmapItem>) -> impl IntoView {
    let columns = Horizon::ALL.map(|h| {
        (
            h,
            items
                .iter()
                .filter(|r| r.horizon == h)
                .cloned()
                .collect::<Vec<_>>(),
        )
    });
    view! {
        <section class="view-section" aria-labelledby="view-roadmap">
            <h2 id="view-roadmap">"Roadmap"</h2>
            {items.is_empty().then(|| view! { <p class="muted">"No roles or milestones yet."</p> })}
            <ol class="timeline">
                {columns.into_iter().filter(|(_, rs)| !rs.is_empty()).map(|(h, rs)| view! {
                    <li class="timeline-column" data-horizon=h.as_str()>
                        <h3>{h.label()}</h3>
                        <ul>
                            {rs.into_iter().map(|r| {
                                let when = when(&r);
                                view! {
                                    <li class="timeline-item">
                                        <strong>{r.title.clone()}</strong>
                                        {(!r.organization.is_empty()).then(|| view! { <span class="org">{r.organization.clone()}</span> })}
                                        {(!when.is_empty()).then(|| view! { <span class="when">{when}</span> })}
                                        {(!r.notes.trim().is_empty()).then(|| view! { <p class="notes">{r.notes.clone()}</p> })}
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    </li>
                }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn GrowthView(items: Vec<Competency>) -> impl IntoView {
    view! {
        <section class="view-section" aria-labelledby="view-growth">
            <h2 id="view-growth">"Growth"</h2>
            {items.is_empty().then(|| view! { <p class="muted">"No competencies yet."</p> })}
            <ul class="growth-list">
                {items.into_iter().map(|c| {
                    let current = usize::from(c.current.min(5));
                    let target = usize::from(c.target.min(5));
                    let summary = format!(
                        "now {} ({}), aiming for {} ({})",
                        c.current, LEVEL_NAMES[current], c.target, LEVEL_NAMES[target]
                    );
                    view! {
                        <li class="growth-item">
                            <h3>{c.name.clone()}</h3>
                            <div class="level-bar" role="img" aria-label=summary.clone()>
                                {(1..=5).map(|n| {
                                    let state = if n <= current { "have" } else if n <= target { "aim" } else { "" };
                                    view! { <span class="pip" data-state=state></span> }
                                }).collect_view()}
                            </div>
                            <p class="muted">{summary}</p>
                            {(!c.why.trim().is_empty()).then(|| view! { <p>{c.why.clone()}</p> })}
                            {(!c.actions.is_empty()).then(|| view! {
                                <ul class="view-actions">
                                    {c.actions.iter().map(|a| view! {
                                        <li class:done=a.done>
                                            <span class="tick" aria-hidden="true">{if a.done { "✓" } else { "○" }}</span>
                                            <span class="visually-hidden">{if a.done { "Done: " } else { "To do: " }}</span>
                                            {a.text.clone()}
                                            {a.due.clone().map(|d| view! { <span class="when">" · by " {d}</span> })}
                                        </li>
                                    }).collect_view()}
                                </ul>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
