//! The agenda for a career conversation, built from the deck the person shared: what the
//! manager promised last time, what changed, then the person's direction, their biggest gap,
//! each ask, their energy and their supporters, and last the manager's own private
//! preparation. `rehearse` gives the owner the same agenda from their side.
//!
//! "What changed" is not computed here: the caller passes change descriptions, from the
//! structural deck diff (`model::diff`) between `KeptDeck::deck_seen_on(last conversation)`
//! and the current deck.

use super::commitments::{by_urgency, turn_ask};
use super::kept::person_of;
use super::notes::Commitment;
use crate::model::{date_label, month_label, Deck, Horizon, RoadmapItem, LEVEL_NAMES};

/// An ordered conversation plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Agenda {
    /// Whose deck it is (owner, else title).
    pub person: String,
    pub items: Vec<AgendaItem>,
}

/// Which part of the conversation an item belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AgendaPart {
    /// What the manager promised last time.
    FollowUp,
    /// What changed in the deck since the last conversation.
    Changes,
    /// Where the person is heading.
    Direction,
    /// The gap they most want to close.
    Growth,
    /// One of their asks.
    Ask,
    /// What gives and takes their energy.
    Energy,
    /// Who else helps them.
    Supporters,
    /// The deck says little yet: start from their story.
    Story,
    /// The manager's own private preparation; never in `rehearse`.
    Prep,
}

/// One thing to talk about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// Stable across versions of the deck, so a note written against it stays attached.
    pub key: String,
    pub part: AgendaPart,
    pub heading: String,
    /// A question, in the app's own words.
    pub prompt: String,
    pub detail: Option<String>,
    /// A commitment past its date.
    pub overdue: bool,
    /// For an ask, the person's own words (what a commitment answers).
    pub ask: Option<String>,
}

/// Who the agenda speaks to.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Voice {
    Manager,
    Owner,
}

/// The manager's agenda for a conversation about `deck`. `changes` are descriptions of what
/// changed since the last conversation (from the deck diff); `open_commitments` are the
/// manager's promises still open (see `carry_over`); `today` is `YYYY-MM-DD` (or RFC 3339).
pub fn agenda(
    deck: &Deck,
    changes: &[String],
    open_commitments: &[Commitment],
    today: &str,
) -> Agenda {
    let mut items = follow_ups(open_commitments, today);
    let changes: Vec<&str> = changes
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    if !changes.is_empty() {
        items.push(AgendaItem {
            key: "changes".into(),
            part: AgendaPart::Changes,
            heading: "What changed since you last talked".into(),
            prompt: "What led to these changes, and what do they mean for the plan?".into(),
            detail: Some(bullets(&changes)),
            overdue: false,
            ask: None,
        });
    }
    items.extend(from_deck(deck, Voice::Manager));
    items.extend(prep());
    Agenda {
        person: person_of(deck),
        items,
    }
}

/// The same agenda from the owner's side, to rehearse: what their manager may ask, without
/// the manager's commitments or private preparation.
pub fn rehearse(deck: &Deck) -> Agenda {
    Agenda {
        person: person_of(deck),
        items: from_deck(deck, Voice::Owner),
    }
}

fn follow_ups(open: &[Commitment], today: &str) -> Vec<AgendaItem> {
    let mut open: Vec<&Commitment> = open.iter().filter(|c| !c.done).collect();
    open.sort_by(|a, b| by_urgency(a, b, today));
    open.into_iter()
        .map(|c| {
            let overdue = c.is_overdue(today);
            AgendaItem {
                key: format!("commitment:{}", c.id),
                part: AgendaPart::FollowUp,
                heading: c.describe(),
                prompt: "You said you would do this. Where does it stand, and what happens next?"
                    .into(),
                detail: match (overdue, c.due_date()) {
                    (true, Some(due)) => Some(format!("Overdue: it was due {}.", date_label(due))),
                    _ => None,
                },
                overdue,
                ask: None,
            }
        })
        .collect()
}

/// The items the deck itself suggests, phrased for `voice`.
fn from_deck(deck: &Deck, voice: Voice) -> Vec<AgendaItem> {
    let mut items = direction(deck, voice);
    items.extend(biggest_gap(deck, voice));
    items.extend(asks(deck, voice));
    items.extend(energy(deck, voice));
    items.extend(supporters(deck, voice));
    if items.is_empty() {
        items.push(story(voice));
    }
    items
}

/// An item whose question reads "Your manager may ask: …" on the owner's side.
fn item(
    key: String,
    part: AgendaPart,
    heading: String,
    voice: Voice,
    question: (&str, &str),
    detail: Option<String>,
) -> AgendaItem {
    let prompt = match voice {
        Voice::Manager => question.0.to_owned(),
        Voice::Owner => format!("Your manager may ask: {}", question.1),
    };
    AgendaItem {
        key,
        part,
        heading,
        prompt,
        detail,
        overdue: false,
        ask: None,
    }
}

fn pick(voice: Voice, manager: &str, owner: &str) -> String {
    match voice {
        Voice::Manager => manager.to_owned(),
        Voice::Owner => owner.to_owned(),
    }
}

fn role_name(r: &RoadmapItem) -> String {
    let title = r.title.trim();
    let org = r.organization.trim();
    match (title.is_empty(), org.is_empty()) {
        (false, false) => format!("{title} at {org}"),
        (false, true) => title.to_owned(),
        (true, false) => format!("a role at {org}"),
        (true, true) => "a step not named yet".to_owned(),
    }
}

fn direction(deck: &Deck, voice: Voice) -> Vec<AgendaItem> {
    let roadmap = deck.roadmap_list();
    let of = |h: Horizon| roadmap.iter().filter(move |r| r.horizon == h);
    let next: Vec<&RoadmapItem> = of(Horizon::Next).collect();
    if !next.is_empty() {
        return next
            .into_iter()
            .map(|r| {
                let timing = match r.start.as_deref().filter(|s| !s.trim().is_empty()) {
                    Some(start) => pick(
                        voice,
                        &format!("They hope to start in {}.", month_label(start)),
                        &format!("You hope to start in {}.", month_label(start)),
                    ),
                    None => pick(
                        voice,
                        "No timing yet: ask when they would like it to happen.",
                        "No timing yet: be ready to say when you would like it to happen.",
                    ),
                };
                item(
                    format!("next:{}", r.id),
                    AgendaPart::Direction,
                    pick(voice, "Next step: ", "Your next step: ") + &role_name(r),
                    voice,
                    (
                        "What would make this step possible, and what could get in the way?",
                        "What would make this step possible, and what could get in the way?",
                    ),
                    Some(with_note(timing, &r.notes)),
                )
            })
            .collect();
    }
    let (heading, question, found) = if let Some(r) = of(Horizon::Aspiration).next() {
        (
            pick(
                voice,
                "Where they want to end up: ",
                "Where you want to end up: ",
            ),
            (
                "What could a first step towards it be in the next 12 to 18 months?",
                "What could a first step towards it be in the next 12 to 18 months?",
            ),
            r,
        )
    } else if let Some(r) = of(Horizon::Now).next() {
        (
            pick(voice, "Where they are now: ", "Where you are now: "),
            (
                "What would they like the next 12 to 18 months to hold?",
                "What would you like the next 12 to 18 months to hold?",
            ),
            r,
        )
    } else {
        return Vec::new();
    };
    vec![item(
        format!("next:{}", found.id),
        AgendaPart::Direction,
        heading + &role_name(found),
        voice,
        question,
        Some(found.notes.trim())
            .filter(|n| !n.is_empty())
            .map(sentence),
    )]
}

fn with_note(timing: String, notes: &str) -> String {
    match notes.trim() {
        "" => timing,
        n => format!("{timing} {}", sentence(n)),
    }
}

/// Ends a piece of the person's text with a full stop, unless it already ends a sentence.
fn sentence(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?', '…', '"', '”', ')']) {
        s.to_owned()
    } else {
        format!("{s}.")
    }
}

fn level(n: u8) -> String {
    let name = LEVEL_NAMES.get(usize::from(n)).copied().unwrap_or_default();
    format!("{n} ({})", name.to_lowercase())
}

fn biggest_gap(deck: &Deck, voice: Voice) -> Option<AgendaItem> {
    let mut best = None;
    for c in deck.competencies_list() {
        let gap = c.target.saturating_sub(c.current);
        if gap > 0 && best.is_none_or(|(g, _)| gap > g) {
            best = Some((gap, c));
        }
    }
    let (_, c) = best?;
    let name = match c.name.trim() {
        "" => "a skill not named yet",
        n => n,
    };
    let steps: Vec<String> = c
        .actions
        .iter()
        .filter(|a| !a.done && !a.text.trim().is_empty())
        .map(
            |a| match a.due.as_deref().filter(|d| !d.trim().is_empty()) {
                Some(due) => format!("{} (by {})", a.text.trim(), date_label(due)),
                None => a.text.trim().to_owned(),
            },
        )
        .collect();
    let levels = pick(
        voice,
        &format!(
            "They are at level {} and aiming for {}.",
            level(c.current),
            level(c.target)
        ),
        &format!(
            "You are at level {} and aiming for {}.",
            level(c.current),
            level(c.target)
        ),
    );
    let plan = if steps.is_empty() {
        pick(
            voice,
            "No steps planned yet: what could the first one be?",
            "No steps planned yet: think of a first one.",
        )
    } else {
        pick(voice, "Their plan: ", "Your plan: ") + &steps.join("; ") + "."
    };
    let why = match c.why.trim() {
        "" => String::new(),
        w => {
            pick(
                voice,
                " Why it matters to them: ",
                " Why it matters to you: ",
            ) + &sentence(w)
        }
    };
    Some(item(
        format!("gap:{}", c.id),
        AgendaPart::Growth,
        pick(voice, "Biggest gap: ", "Your biggest gap: ") + name,
        voice,
        (
            "What would close this gap, and how can you help?",
            "What would close this gap, and how can I help?",
        ),
        Some(format!("{levels} {plan}{why}")),
    ))
}

fn asks(deck: &Deck, voice: Voice) -> Vec<AgendaItem> {
    let owner = deck.owner.as_deref().unwrap_or_default().trim();
    let asker = match owner {
        "" => "They ask".to_owned(),
        name => format!("{name} asks"),
    };
    deck.asks
        .iter()
        .flatten()
        .map(|a| a.trim())
        .filter(|a| !a.is_empty())
        .map(|ask| {
            let quoted = format!("“{}”", ask.trim_end_matches(['.', '?', '!']));
            let (prompt, detail) = match voice {
                Voice::Manager => (
                    format!("How can you help with: {quoted}?"),
                    match turn_ask(ask.trim_end_matches(['.', '!', '?', ' ']), owner) {
                        Some(c) => format!("If you can, make it a commitment: “{c}”."),
                        None => "If you can, make it a commitment: say what you will do, and by \
                                 when."
                            .to_owned(),
                    },
                ),
                Voice::Owner => (
                    format!("Your manager may ask: What would help most with {quoted}?"),
                    "Be ready to say what a good outcome looks like, and by when.".to_owned(),
                ),
            };
            AgendaItem {
                key: format!("ask:{:016x}", fnv1a(&ask.to_lowercase())),
                part: AgendaPart::Ask,
                heading: pick(voice, &asker, "Your ask"),
                prompt,
                detail: Some(detail),
                overdue: false,
                ask: Some(ask.to_owned()),
            }
        })
        .collect()
}

fn energy(deck: &Deck, voice: Voice) -> Option<AgendaItem> {
    let p = deck.profile.as_ref()?;
    let list = |l: &[String]| {
        l.iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let (gives, drains) = (list(&p.energizers), list(&p.drainers));
    if gives.is_empty() && drains.is_empty() {
        return None;
    }
    let mut detail = Vec::new();
    if !gives.is_empty() {
        detail.push(format!("Gives energy: {gives}."));
    }
    if !drains.is_empty() {
        detail.push(format!("Drains energy: {drains}."));
    }
    Some(item(
        "energy".into(),
        AgendaPart::Energy,
        "Energy".into(),
        voice,
        (
            "How much of the week energizes them, and what could shift the balance?",
            "How much of your week gives you energy, and what would shift the balance?",
        ),
        Some(detail.join(" ")),
    ))
}

fn supporters(deck: &Deck, voice: Voice) -> Option<AgendaItem> {
    let people: Vec<String> = deck
        .supporters_list()
        .iter()
        .filter(|s| !s.name.trim().is_empty())
        .map(|s| match s.how.trim() {
            "" => format!("{} ({})", s.name.trim(), s.role.label()),
            how => format!("{} ({}): {how}", s.name.trim(), s.role.label()),
        })
        .collect();
    if people.is_empty() {
        return None;
    }
    Some(item(
        "supporters".into(),
        AgendaPart::Supporters,
        pick(voice, "Who else is helping", "Who is helping you"),
        voice,
        (
            "Who else could help them, and is there anyone you could introduce them to?",
            "Who else is helping you, and is there anyone you would like to meet?",
        ),
        Some(bullets(
            &people.iter().map(|p| sentence(p)).collect::<Vec<_>>(),
        )),
    ))
}

fn story(voice: Voice) -> AgendaItem {
    item(
        "story".into(),
        AgendaPart::Story,
        pick(voice, "Start with their story", "Your story"),
        voice,
        (
            "Their deck doesn't say much yet. Ask about their life so far, then what they dream \
             of, then what the next 12 to 18 months could hold.",
            "Tell me your story: where you started, what you have loved doing, and where you \
             would like to go.",
        ),
        None,
    )
}

/// The manager's own preparation: never shown to the person.
fn prep() -> Vec<AgendaItem> {
    [
        (
            "prep:team-needs",
            "What the team needs from them",
            "What does the team most need from this person in the coming months?",
        ),
        (
            "prep:develop",
            "One area to develop",
            "What is one area where growth would make the biggest difference, and how will \
             you raise it kindly?",
        ),
        (
            "prep:support",
            "The support they want",
            "What support do they want from you, and what can you really offer?",
        ),
        (
            "prep:valued",
            "What would make them feel valued",
            "What would make them feel valued: recognition, trust, time, or something else?",
        ),
    ]
    .into_iter()
    .map(|(key, heading, prompt)| AgendaItem {
        key: key.into(),
        part: AgendaPart::Prep,
        heading: heading.into(),
        prompt: prompt.into(),
        detail: Some("Only you see this.".into()),
        overdue: false,
        ask: None,
    })
    .collect()
}

fn bullets<S: AsRef<str>>(lines: &[S]) -> String {
    lines
        .iter()
        .map(|l| format!("• {}", l.as_ref()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// FNV-1a, 64 bits: a stable key from an ask's text, the same on every platform and build.
fn fnv1a(s: &str) -> u64 {
    s.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ask_keys_are_stable_and_distinct() {
        assert_eq!(fnv1a("a"), fnv1a("a"));
        assert_ne!(fnv1a("a"), fnv1a("b"));
        assert_eq!(fnv1a(""), 0xcbf2_9ce4_8422_2325);
    }
}
