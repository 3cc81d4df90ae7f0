//! A deck, read-only: for the recipient of a link, a kept copy, a snapshot and print. Only
//! the sections the deck has are shown (a share may leave some out). All text is rendered as
//! text, with `dir="auto"` so that right-to-left writing reads correctly.

use leptos::prelude::*;

use crate::model::{
    date_label, Competency, Deck, Horizon, Profile, RoadmapItem, Section, Supporter, LEVEL_NAMES,
};
use crate::slides::dates_in_words;

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
        Section::Growth => deck
            .competencies
            .map(|c| view! { <GrowthView items=c/> }.into_any()),
        Section::Asks => deck.asks.map(|a| {
            view! {
                <section class="view-section" aria-labelledby="view-asks">
                    <h2 id="view-asks">"Asks"</h2>
                    <TextItems items=a empty="No asks yet." class="sentences"/>
                </section>
            }
            .into_any()
        }),
        Section::Supporters => deck
            .supporters
            .map(|s| view! { <SupportersView items=s/> }.into_any()),
        // The presenter's own notes are never part of the read-only deck.
        Section::SpeakerNotes => None,
    }
}

/// The deck's title block.
#[component]
pub fn DeckHeading(
    deck: Deck,
    /// A line under the heading ("Last updated 3 Mar 2027"), when the screen has one.
    #[prop(optional, into)]
    note: Option<String>,
) -> impl IntoView {
    let profile = deck.profile.clone().unwrap_or_default();
    let headline = Some(profile.headline).filter(|h| !h.trim().is_empty());
    let pitch = Some(profile.pitch).filter(|p| !p.trim().is_empty());
    view! {
        <header class="view-heading">
            <h1 dir="auto">{deck.title.clone()}</h1>
            {deck.owner.clone().filter(|o| !o.trim().is_empty()).map(|o| view! { <p class="view-owner" dir="auto">{o}</p> })}
            {headline.map(|h| view! { <p class="view-headline" dir="auto">{h}</p> })}
            {pitch.map(|p| view! { <p class="view-pitch" dir="auto"><span class="visually-hidden">"My one big thing: "</span>{p}</p> })}
            {note.map(|n| view! { <p class="muted">{n}</p> })}
        </header>
    }
}

/// Every section the deck has, in order.
#[component]
pub fn DeckView(
    deck: Deck,
    /// A line under the title ("Last updated 3 Mar 2027").
    #[prop(optional, into)]
    note: Option<String>,
) -> impl IntoView {
    let sections: Vec<Section> = Section::ALL
        .into_iter()
        .filter(|s| deck.has_section(*s))
        .collect();
    view! {
        <article class="deck-view">
            <DeckHeading deck=deck.clone() note=note.unwrap_or_default()/>
            {sections.into_iter().map(|s| view! { <SectionView deck=deck.clone() section=s/> }).collect_view()}
        </article>
    }
}

#[component]
fn TextItems(
    items: Vec<String>,
    empty: &'static str,
    /// `chips` for short words, `sentences` for whole sentences.
    #[prop(default = "chips")]
    class: &'static str,
) -> impl IntoView {
    let items: Vec<String> = items.into_iter().filter(|s| !s.trim().is_empty()).collect();
    if items.is_empty() {
        return view! { <p class="muted">{empty}</p> }.into_any();
    }
    view! { <ul class=class>{items.into_iter().map(|s| view! { <li dir="auto">{s}</li> }).collect_view()}</ul> }.into_any()
}

#[component]
fn ProfileView(profile: Profile) -> impl IntoView {
    let lists = [
        ("Values", profile.values, "chips"),
        ("Strengths", profile.strengths, "chips"),
        ("What gives me energy", profile.energizers, "chips"),
        ("What drains me", profile.drainers, "chips"),
        ("What I need", profile.needs, "sentences"),
    ];
    view! {
        <section class="view-section" aria-labelledby="view-profile">
            <h2 id="view-profile">"Who I am"</h2>
            {(!profile.story.trim().is_empty()).then(|| view! { <p class="story" dir="auto">{profile.story.clone()}</p> })}
            <div class="view-grid">
                {lists.into_iter().map(|(label, items, class)| view! {
                    <div>
                        <h3>{label}</h3>
                        <TextItems items=items empty="Not filled in." class=class/>
                    </div>
                }).collect_view()}
            </div>
        </section>
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
                                let when = dates_in_words(&r);
                                view! {
                                    <li class="timeline-item">
                                        <strong dir="auto">{r.title.clone()}</strong>
                                        {(!r.organization.is_empty()).then(|| view! { <span class="org" dir="auto">{r.organization.clone()}</span> })}
                                        {(!when.is_empty()).then(|| view! { <span class="when">{when}</span> })}
                                        {(!r.notes.trim().is_empty()).then(|| view! { <p class="notes" dir="auto">{r.notes.clone()}</p> })}
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

/// "now 2 (Learning), aiming for 4 (Skilled)".
pub fn level_summary(c: &Competency) -> String {
    let name = |n: u8| LEVEL_NAMES[usize::from(n.min(5))];
    format!(
        "now {} ({}), aiming for {} ({})",
        c.current,
        name(c.current),
        c.target,
        name(c.target)
    )
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
                    let summary = level_summary(&c);
                    view! {
                        <li class="growth-item">
                            <h3 dir="auto">{c.name.clone()}</h3>
                            <div class="level-bar" role="img" aria-label=summary.clone()>
                                {(1..=5).map(|n| {
                                    let state = if n <= current { "have" } else if n <= target { "aim" } else { "" };
                                    view! { <span class="pip" data-state=state></span> }
                                }).collect_view()}
                            </div>
                            <p class="muted">{summary}</p>
                            {(!c.why.trim().is_empty()).then(|| view! { <p dir="auto">{c.why.clone()}</p> })}
                            {(!c.actions.is_empty()).then(|| view! {
                                <ul class="view-actions">
                                    {c.actions.iter().map(|a| view! {
                                        <li class:done=a.done>
                                            <span class="tick" aria-hidden="true">{if a.done { "✓" } else { "○" }}</span>
                                            <span class="visually-hidden">{if a.done { "Done: " } else { "To do: " }}</span>
                                            <span dir="auto">{a.text.clone()}</span>
                                            {a.due.clone().map(|d| view! { <span class="when">" · by " {date_label(&d)}</span> })}
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

#[component]
fn SupportersView(items: Vec<Supporter>) -> impl IntoView {
    view! {
        <section class="view-section" aria-labelledby="view-supporters">
            <h2 id="view-supporters">"Supporters"</h2>
            {items.is_empty().then(|| view! { <p class="muted">"No one named yet."</p> })}
            <ul class="supporter-list">
                {items.into_iter().map(|s| view! {
                    <li>
                        <strong dir="auto">{s.name.clone()}</strong>
                        <span class="badge">{s.role.label()}</span>
                        {(!s.how.trim().is_empty()).then(|| view! { <p dir="auto">{s.how.clone()}</p> })}
                    </li>
                }).collect_view()}
            </ul>
        </section>
    }
}
