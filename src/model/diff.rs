//! What changed between two versions of a deck, item by item, in words a person reads at a
//! glance: a manager's "what changed since my kept copy", the owner's "since last shared", and
//! comparing two points in history.
//!
//! Items with ids are matched by id, so a renamed role is one change, not a removal and an
//! addition. The short text lists have no ids: they are compared as multisets of trimmed text,
//! so moving an item up or down is not a change. Order changes are not reported anywhere.
//! Speaker notes are private to the presenter and are never diffed.

use std::collections::HashMap;

use super::dates::{date_label, month_label};
use super::deck::*;
use super::edit::TextList;
use super::field::{ActionField, CompetencyField, ProfileText, RoadmapField, SupporterField};

/// Everything that changed from one deck to another.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DeckDiff {
    /// Changes to the deck's cover: its title and the owner's name.
    pub cover: Vec<Change>,
    /// Changes per section, in the deck's section order; sections without changes are left out.
    pub sections: Vec<SectionDiff>,
}

/// The changes inside one section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionDiff {
    pub section: Section,
    pub changes: Vec<Change>,
}

/// One change, holding the names and values needed to say it. Dates are kept as stored
/// (`YYYY-MM`, `YYYY-MM-DD`, empty when not set) and turned into words by `describe`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    TitleChanged {
        from: String,
        to: String,
    },
    OwnerChanged {
        from: Option<String>,
        to: Option<String>,
    },
    /// The section is in the new deck but was not shared in the old one.
    SectionAdded(Section),
    /// The section was in the old deck and is not shared in the new one.
    SectionRemoved(Section),
    ProfileTextChanged {
        text: ProfileText,
        from: String,
        to: String,
    },
    TextAdded {
        list: TextList,
        text: String,
    },
    TextRemoved {
        list: TextList,
        text: String,
    },
    RoleAdded {
        title: String,
        horizon: Horizon,
    },
    RoleRemoved {
        title: String,
    },
    /// A roadmap item moved to another horizon ("from Next to Now").
    RoleMoved {
        title: String,
        from: Horizon,
        to: Horizon,
    },
    /// Any other field of a roadmap item; `title` is the item's old title.
    RoleChanged {
        title: String,
        field: RoadmapField,
        from: String,
        to: String,
    },
    CompetencyAdded {
        name: String,
    },
    CompetencyRemoved {
        name: String,
    },
    /// `field` is `Current` or `Target`.
    LevelChanged {
        name: String,
        field: CompetencyField,
        from: u8,
        to: u8,
    },
    /// `field` is `Name` or `Why`; `name` is the competency's old name.
    CompetencyChanged {
        name: String,
        field: CompetencyField,
        from: String,
        to: String,
    },
    ActionAdded {
        competency: String,
        text: String,
    },
    ActionRemoved {
        competency: String,
        text: String,
    },
    ActionDone {
        competency: String,
        text: String,
    },
    ActionReopened {
        competency: String,
        text: String,
    },
    /// `field` is `Text` or `Due`; `text` is the action's old text.
    ActionChanged {
        competency: String,
        text: String,
        field: ActionField,
        from: String,
        to: String,
    },
    SupporterAdded {
        name: String,
        role: SupporterRole,
    },
    SupporterRemoved {
        name: String,
    },
    /// `field` is `Name`, `Role` (values as in the format: `mentor`) or `How`; `name` is the
    /// supporter's old name.
    SupporterChanged {
        name: String,
        field: SupporterField,
        from: String,
        to: String,
    },
}

impl DeckDiff {
    /// Whether nothing a reader would see has changed.
    pub fn is_empty(&self) -> bool {
        self.cover.is_empty() && self.sections.iter().all(|s| s.changes.is_empty())
    }

    /// Every change, cover first, then section by section.
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.cover
            .iter()
            .chain(self.sections.iter().flat_map(|s| s.changes.iter()))
    }

    /// How many changes there are.
    pub fn len(&self) -> usize {
        self.changes().count()
    }

    /// One sentence per change, in order.
    pub fn describe_all(&self) -> Vec<String> {
        self.changes().map(Change::describe).collect()
    }
}

/// The changes from `old` to `new`.
pub fn diff_decks(old: &Deck, new: &Deck) -> DeckDiff {
    let mut cover = Vec::new();
    if old.title.trim() != new.title.trim() {
        cover.push(Change::TitleChanged {
            from: old.title.trim().to_owned(),
            to: new.title.trim().to_owned(),
        });
    }
    let owner = |d: &Deck| {
        d.owner
            .as_deref()
            .map(str::trim)
            .filter(|o| !o.is_empty())
            .map(str::to_owned)
    };
    if owner(old) != owner(new) {
        cover.push(Change::OwnerChanged {
            from: owner(old),
            to: owner(new),
        });
    }
    let sections = [
        Section::Profile,
        Section::Roadmap,
        Section::Growth,
        Section::Asks,
        Section::Supporters,
    ]
    .into_iter()
    .map(|section| SectionDiff {
        section,
        changes: section_changes(section, old, new),
    })
    .filter(|s| !s.changes.is_empty())
    .collect();
    DeckDiff { cover, sections }
}

fn section_changes(section: Section, old: &Deck, new: &Deck) -> Vec<Change> {
    match (old.has_section(section), new.has_section(section)) {
        (false, false) => return Vec::new(),
        (false, true) => return vec![Change::SectionAdded(section)],
        (true, false) => return vec![Change::SectionRemoved(section)],
        (true, true) => {}
    }
    let mut out = Vec::new();
    match section {
        Section::Profile => profile_changes(old, new, &mut out),
        Section::Roadmap => roadmap_changes(old.roadmap_list(), new.roadmap_list(), &mut out),
        Section::Growth => {
            competency_changes(old.competencies_list(), new.competencies_list(), &mut out)
        }
        Section::Asks => list_changes(TextList::Asks, old, new, &mut out),
        Section::Supporters => {
            supporter_changes(old.supporters_list(), new.supporters_list(), &mut out)
        }
        Section::SpeakerNotes => {}
    }
    out
}

fn profile_changes(old: &Deck, new: &Deck, out: &mut Vec<Change>) {
    let blank = Profile::default();
    let (a, b) = (
        old.profile.as_ref().unwrap_or(&blank),
        new.profile.as_ref().unwrap_or(&blank),
    );
    for (text, from, to) in [
        (ProfileText::Headline, &a.headline, &b.headline),
        (ProfileText::Pitch, &a.pitch, &b.pitch),
        (ProfileText::Story, &a.story, &b.story),
    ] {
        if from.trim() != to.trim() {
            out.push(Change::ProfileTextChanged {
                text,
                from: from.trim().to_owned(),
                to: to.trim().to_owned(),
            });
        }
    }
    for list in [
        TextList::Values,
        TextList::Strengths,
        TextList::Energizers,
        TextList::Drainers,
        TextList::Needs,
    ] {
        list_changes(list, old, new, out);
    }
}

/// Items added (in the new deck's order) and removed (in the old deck's order), comparing
/// trimmed texts as multisets; blank entries are ignored.
fn list_changes(list: TextList, old: &Deck, new: &Deck, out: &mut Vec<Change>) {
    let trimmed = |d: &Deck| -> Vec<String> {
        d.text_list(list)
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .map(str::to_owned)
            .collect()
    };
    let (old, new) = (trimmed(old), trimmed(new));
    for text in beyond(&new, &old) {
        out.push(Change::TextAdded { list, text });
    }
    for text in beyond(&old, &new) {
        out.push(Change::TextRemoved { list, text });
    }
}

/// The entries of `items` left over once each entry of `other` has cancelled one equal entry.
fn beyond(items: &[String], other: &[String]) -> Vec<String> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in other {
        *counts.entry(t).or_default() += 1;
    }
    items
        .iter()
        .filter(|t| match counts.get_mut(t.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

/// Pairs each new item with the old one of the same id; returns the old items with no match.
fn pair_up<'a, T>(
    old: &'a [T],
    new: &'a [T],
    id: impl Fn(&T) -> &str,
) -> (Vec<(Option<&'a T>, &'a T)>, Vec<&'a T>) {
    let pairs = new
        .iter()
        .map(|n| (old.iter().find(|o| id(o) == id(n)), n))
        .collect();
    let gone = old
        .iter()
        .filter(|o| !new.iter().any(|n| id(n) == id(o)))
        .collect();
    (pairs, gone)
}

fn opt(value: &Option<String>) -> String {
    value.as_deref().unwrap_or_default().trim().to_owned()
}

fn roadmap_changes(old: &[RoadmapItem], new: &[RoadmapItem], out: &mut Vec<Change>) {
    let (pairs, gone) = pair_up(old, new, |r| &r.id);
    for (before, after) in pairs {
        let Some(before) = before else {
            out.push(Change::RoleAdded {
                title: after.title.trim().to_owned(),
                horizon: after.horizon,
            });
            continue;
        };
        let title = before.title.trim().to_owned();
        if before.horizon != after.horizon {
            out.push(Change::RoleMoved {
                title: title.clone(),
                from: before.horizon,
                to: after.horizon,
            });
        }
        for (field, from, to) in [
            (RoadmapField::Title, before.title.trim(), after.title.trim()),
            (
                RoadmapField::Organization,
                before.organization.trim(),
                after.organization.trim(),
            ),
            (RoadmapField::Start, &opt(&before.start), &opt(&after.start)),
            (RoadmapField::End, &opt(&before.end), &opt(&after.end)),
            (RoadmapField::Notes, before.notes.trim(), after.notes.trim()),
        ] {
            if from != to {
                out.push(Change::RoleChanged {
                    title: title.clone(),
                    field,
                    from: from.to_owned(),
                    to: to.to_owned(),
                });
            }
        }
    }
    for r in gone {
        out.push(Change::RoleRemoved {
            title: r.title.trim().to_owned(),
        });
    }
}

fn competency_changes(old: &[Competency], new: &[Competency], out: &mut Vec<Change>) {
    let (pairs, gone) = pair_up(old, new, |c| &c.id);
    for (before, after) in pairs {
        let Some(before) = before else {
            out.push(Change::CompetencyAdded {
                name: after.name.trim().to_owned(),
            });
            continue;
        };
        let name = before.name.trim().to_owned();
        for (field, from, to) in [
            (CompetencyField::Current, before.current, after.current),
            (CompetencyField::Target, before.target, after.target),
        ] {
            if from != to {
                out.push(Change::LevelChanged {
                    name: name.clone(),
                    field,
                    from,
                    to,
                });
            }
        }
        for (field, from, to) in [
            (CompetencyField::Name, before.name.trim(), after.name.trim()),
            (CompetencyField::Why, before.why.trim(), after.why.trim()),
        ] {
            if from != to {
                out.push(Change::CompetencyChanged {
                    name: name.clone(),
                    field,
                    from: from.to_owned(),
                    to: to.to_owned(),
                });
            }
        }
        action_changes(after.name.trim(), &before.actions, &after.actions, out);
    }
    for c in gone {
        out.push(Change::CompetencyRemoved {
            name: c.name.trim().to_owned(),
        });
    }
}

fn action_changes(competency: &str, old: &[Action], new: &[Action], out: &mut Vec<Change>) {
    let (pairs, gone) = pair_up(old, new, |a| &a.id);
    let competency = competency.to_owned();
    for (before, after) in pairs {
        let Some(before) = before else {
            out.push(Change::ActionAdded {
                competency: competency.clone(),
                text: after.text.trim().to_owned(),
            });
            continue;
        };
        let text = before.text.trim().to_owned();
        if before.done != after.done {
            let (competency, text) = (competency.clone(), text.clone());
            out.push(if after.done {
                Change::ActionDone { competency, text }
            } else {
                Change::ActionReopened { competency, text }
            });
        }
        for (field, from, to) in [
            (ActionField::Text, before.text.trim(), after.text.trim()),
            (ActionField::Due, &opt(&before.due), &opt(&after.due)),
        ] {
            if from != to {
                out.push(Change::ActionChanged {
                    competency: competency.clone(),
                    text: text.clone(),
                    field,
                    from: from.to_owned(),
                    to: to.to_owned(),
                });
            }
        }
    }
    for a in gone {
        out.push(Change::ActionRemoved {
            competency: competency.clone(),
            text: a.text.trim().to_owned(),
        });
    }
}

fn supporter_changes(old: &[Supporter], new: &[Supporter], out: &mut Vec<Change>) {
    let (pairs, gone) = pair_up(old, new, |s| &s.id);
    for (before, after) in pairs {
        let Some(before) = before else {
            out.push(Change::SupporterAdded {
                name: after.name.trim().to_owned(),
                role: after.role,
            });
            continue;
        };
        let name = before.name.trim().to_owned();
        for (field, from, to) in [
            (SupporterField::Name, before.name.trim(), after.name.trim()),
            (
                SupporterField::Role,
                before.role.as_str(),
                after.role.as_str(),
            ),
            (SupporterField::How, before.how.trim(), after.how.trim()),
        ] {
            if from != to {
                out.push(Change::SupporterChanged {
                    name: name.clone(),
                    field,
                    from: from.to_owned(),
                    to: to.to_owned(),
                });
            }
        }
    }
    for s in gone {
        out.push(Change::SupporterRemoved {
            name: s.name.trim().to_owned(),
        });
    }
}

/// “Name” in curly quotes, cut at a word near 60 characters; `blank` when there is no name.
fn quote(name: &str, blank: &str) -> String {
    let name = name.trim();
    if name.is_empty() {
        return blank.to_owned();
    }
    if name.chars().count() <= 60 {
        return format!("“{name}”");
    }
    let short: String = name.chars().take(60).collect();
    let cut = short.rfind(' ').filter(|i| *i >= 20).unwrap_or(short.len());
    format!("“{}…”", short[..cut].trim_end())
}

/// The singular noun for one entry of a text list: "a new value", "a new ask".
fn noun(list: TextList) -> &'static str {
    match list {
        TextList::Values => "value",
        TextList::Strengths => "strength",
        TextList::Energizers => "source of energy",
        TextList::Drainers => "drain on energy",
        TextList::Needs => "need",
        TextList::Asks => "ask",
    }
}

/// "Jul 2027 → Sep 2027", "set to Sep 2027", "removed (was Jul 2027)".
fn change_of(from: &str, to: &str, label: impl Fn(&str) -> String) -> String {
    match (from.is_empty(), to.is_empty()) {
        (true, _) => format!("set to {}", label(to)),
        (false, true) => format!("removed (was {})", label(from)),
        (false, false) => format!("{} → {}", label(from), label(to)),
    }
}

/// “B” (was “A”), or just the news when one side is empty.
fn now_was(from: &str, to: &str) -> String {
    match (from.is_empty(), to.is_empty()) {
        (true, _) => format!("added {}", quote(to, "")),
        (false, true) => format!("removed (was {})", quote(from, "")),
        (false, false) => format!("now {} (was {})", quote(to, ""), quote(from, "")),
    }
}

fn role_label(role: &str) -> &'static str {
    SupporterRole::parse(role).map_or("Other", SupporterRole::label)
}

impl Change {
    /// The section the change belongs to (`None` for the title and the owner's name).
    pub fn section(&self) -> Option<Section> {
        use Change::*;
        Some(match self {
            TitleChanged { .. } | OwnerChanged { .. } => return None,
            SectionAdded(s) | SectionRemoved(s) => *s,
            ProfileTextChanged { .. } => Section::Profile,
            TextAdded { list, .. } | TextRemoved { list, .. } => match list {
                TextList::Asks => Section::Asks,
                _ => Section::Profile,
            },
            RoleAdded { .. } | RoleRemoved { .. } | RoleMoved { .. } | RoleChanged { .. } => {
                Section::Roadmap
            }
            CompetencyAdded { .. }
            | CompetencyRemoved { .. }
            | LevelChanged { .. }
            | CompetencyChanged { .. }
            | ActionAdded { .. }
            | ActionRemoved { .. }
            | ActionDone { .. }
            | ActionReopened { .. }
            | ActionChanged { .. } => Section::Growth,
            SupporterAdded { .. } | SupporterRemoved { .. } | SupporterChanged { .. } => {
                Section::Supporters
            }
        })
    }

    /// The change in plain words, naming the item:
    /// `Roadmap: “Associate product manager” moved from Next to Now`.
    pub fn describe(&self) -> String {
        use Change::*;
        let role = |t: &str| quote(t, "an untitled role");
        let skill = |n: &str| quote(n, "an unnamed competency");
        let step = |t: &str| quote(t, "an action with no text");
        let person = |n: &str| quote(n, "someone unnamed");
        let prefix = self.section().map_or("", Section::label);
        let body = match self {
            TitleChanged { from, to } => return format!("Title: {}", now_was(from, to)),
            OwnerChanged { from, to } => {
                let (from, to) = (from.as_deref(), to.as_deref());
                return format!(
                    "Name: {}",
                    now_was(from.unwrap_or_default(), to.unwrap_or_default())
                );
            }
            SectionAdded(_) => "section added (not shared before)".to_owned(),
            SectionRemoved(_) => "section removed (not shared now)".to_owned(),
            ProfileTextChanged { text, from, to } => match text {
                ProfileText::Headline => format!("headline {}", now_was(from, to)),
                ProfileText::Pitch => format!("one big thing {}", now_was(from, to)),
                ProfileText::Story => match (from.is_empty(), to.is_empty()) {
                    (true, _) => "story added".to_owned(),
                    (false, true) => "story removed".to_owned(),
                    (false, false) => "story rewritten".to_owned(),
                },
            },
            TextAdded { list, text } => format!("new {} {}", noun(*list), quote(text, "")),
            TextRemoved { list, text } => format!("{} {} removed", noun(*list), quote(text, "")),
            RoleAdded { title, horizon } => format!(
                "new {} ({})",
                quote(title, "untitled role"),
                horizon.label()
            ),
            RoleRemoved { title } => format!("{} removed", role(title)),
            RoleMoved { title, from, to } => format!(
                "{} moved from {} to {}",
                role(title),
                from.label(),
                to.label()
            ),
            RoleChanged {
                title,
                field,
                from,
                to,
            } => {
                let what = match field {
                    RoadmapField::Title => match to.is_empty() {
                        true => "title removed".to_owned(),
                        false => format!("renamed {}", quote(to, "")),
                    },
                    RoadmapField::Organization => format!("organization {}", now_was(from, to)),
                    RoadmapField::Start => format!("start {}", change_of(from, to, month_label)),
                    RoadmapField::End => format!("end {}", change_of(from, to, month_label)),
                    RoadmapField::Notes => "notes changed".to_owned(),
                    RoadmapField::Horizon | RoadmapField::Id => format!("{from} → {to}"),
                };
                format!("{} {what}", role(title))
            }
            CompetencyAdded { name } => {
                format!("new competency {}", quote(name, "with no name yet"))
            }
            CompetencyRemoved { name } => format!("{} removed", skill(name)),
            LevelChanged {
                name,
                field,
                from,
                to,
            } => {
                let which = match field {
                    CompetencyField::Target => "target",
                    _ => "current",
                };
                format!("{} {which} level {from} → {to}", skill(name))
            }
            CompetencyChanged {
                name,
                field,
                from: _,
                to,
            } => match field {
                CompetencyField::Name => {
                    format!("{} renamed {}", skill(name), quote(to, "with no name yet"))
                }
                _ => format!("{} why it matters changed", skill(name)),
            },
            ActionAdded { competency, text } => format!(
                "new action {} for {}",
                quote(text, "with no text yet"),
                skill(competency)
            ),
            ActionRemoved { competency, text } => format!(
                "action {} removed from {}",
                quote(text, "with no text"),
                skill(competency)
            ),
            ActionDone { text, .. } => format!("{} done", step(text)),
            ActionReopened { text, .. } => format!("{} reopened", step(text)),
            ActionChanged {
                text,
                field,
                from,
                to,
                ..
            } => match field {
                ActionField::Due => {
                    format!("{} due {}", step(text), change_of(from, to, date_label))
                }
                _ => format!(
                    "action {} now reads {}",
                    quote(text, "with no text"),
                    quote(to, "nothing")
                ),
            },
            SupporterAdded { name, role } => {
                let kind = match role {
                    SupporterRole::Other => "supporter".to_owned(),
                    r => r.label().to_lowercase(),
                };
                format!("new {kind} {}", quote(name, "with no name yet"))
            }
            SupporterRemoved { name } => format!("{} removed", person(name)),
            SupporterChanged {
                name,
                field,
                from,
                to,
            } => match field {
                SupporterField::Name => {
                    format!("{} renamed {}", person(name), quote(to, "with no name"))
                }
                SupporterField::Role => format!(
                    "{} role {} → {}",
                    person(name),
                    role_label(from),
                    role_label(to)
                ),
                _ => format!("{} how they help changed", person(name)),
            },
        };
        format!("{prefix}: {body}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    fn deck() -> Deck {
        example_deck("d".into(), "2026-01-01T00:00:00Z".into())
    }

    fn described(old: &Deck, new: &Deck) -> Vec<String> {
        diff_decks(old, new).describe_all()
    }

    #[test]
    fn identical_decks_have_no_changes() {
        let d = deck();
        let diff = diff_decks(&d, &d);
        assert!(diff.is_empty());
        assert_eq!(diff.len(), 0);
        assert!(diff.sections.is_empty());
    }

    #[test]
    fn whitespace_order_time_and_speaker_notes_are_not_changes() {
        let old = deck();
        let mut new = deck();
        new.updated_at = "2027-05-05T00:00:00Z".into();
        new.title.push(' ');
        new.profile_mut().values.reverse();
        new.asks.as_mut().expect("asks")[0].push_str("  ");
        new.roadmap.as_mut().expect("roadmap").swap(0, 1);
        new.speaker_notes
            .get_or_insert_with(SpeakerNotes::default)
            .set(NoteSlide::Growth, "Mention the course".into());
        assert!(
            diff_decks(&old, &new).is_empty(),
            "{:?}",
            described(&old, &new)
        );
        new.speaker_notes = None;
        assert!(diff_decks(&old, &new).is_empty(), "notes are never diffed");
    }

    #[test]
    fn cover_changes() {
        let old = deck();
        let mut new = deck();
        new.title = "My 2028 plan".into();
        new.owner = None;
        assert_eq!(
            described(&old, &new),
            [
                "Title: now “My 2028 plan” (was “Where I'm heading in 2027”)",
                "Name: removed (was “Noor Haddad”)",
            ]
        );
        assert!(diff_decks(&old, &new).sections.is_empty());
    }

    #[test]
    fn profile_texts_and_lists() {
        let old = deck();
        let mut new = deck();
        let p = new.profile_mut();
        p.headline = "Product-minded support lead".into();
        p.story.push_str(" Now I want to build.");
        p.pitch.clear();
        p.values.remove(0);
        p.strengths.push("Running workshops".into());
        new.asks
            .as_mut()
            .expect("asks")
            .push("A budget for one conference".into());
        let diff = diff_decks(&old, &new);
        let sections: Vec<Section> = diff.sections.iter().map(|s| s.section).collect();
        assert_eq!(sections, [Section::Profile, Section::Asks]);
        assert_eq!(
            diff.describe_all(),
            [
                "Who I am: headline now “Product-minded support lead” (was “Support team lead \
                 who turns customer pain into product…”)",
                "Who I am: one big thing removed (was “I hear what customers can't quite say \
                 and turn it into…”)",
                "Who I am: story rewritten",
                "Who I am: value “Say the hard thing kindly” removed",
                "Who I am: new strength “Running workshops”",
                "Asks: new ask “A budget for one conference”",
            ]
        );
    }

    #[test]
    fn asks_are_multisets_in_the_new_order() {
        let mut old = deck();
        old.asks = Some(vec!["A".into(), "B".into(), "B".into()]);
        let mut new = deck();
        new.asks = Some(vec![
            "Protect Fridays for discovery work".into(),
            "B".into(),
            "C".into(),
            "".into(),
        ]);
        assert_eq!(
            described(&old, &new),
            [
                "Asks: new ask “Protect Fridays for discovery work”",
                "Asks: new ask “C”",
                "Asks: ask “A” removed",
                "Asks: ask “B” removed",
            ]
        );
    }

    #[test]
    fn roadmap_added_removed_moved_and_dated() {
        let old = deck();
        let mut new = deck();
        let roadmap = new.roadmap.as_mut().expect("roadmap");
        roadmap[2].horizon = Horizon::Now;
        roadmap[2].start = Some("2027-09".into());
        roadmap[1].end = Some("2027-08".into());
        roadmap[1].horizon = Horizon::Past;
        roadmap[0].title = "Senior support agent".into();
        roadmap.remove(3);
        roadmap.push(RoadmapItem {
            id: "r9".into(),
            title: "Product coach".into(),
            organization: String::new(),
            start: None,
            end: None,
            horizon: Horizon::Aspiration,
            notes: String::new(),
        });
        assert_eq!(
            described(&old, &new),
            [
                "Roadmap: “Support agent” renamed “Senior support agent”",
                "Roadmap: “Support team lead” moved from Now to Past",
                "Roadmap: “Support team lead” end set to Aug 2027",
                "Roadmap: “Associate product manager” moved from Next to Now",
                "Roadmap: “Associate product manager” start Jul 2027 → Sep 2027",
                "Roadmap: new “Product coach” (Aspiration)",
                "Roadmap: “Head of product for customer experience” removed",
            ]
        );
    }

    #[test]
    fn growth_levels_and_actions() {
        let old = deck();
        let mut new = deck();
        let growth = new.competencies.as_mut().expect("growth");
        growth[0].current = 3;
        growth[0].target = 5;
        growth[0].actions[0].due = Some("2027-03-31".into());
        growth[0].actions[1].text = "Run eight customer interviews".into();
        growth[0].actions.push(Action {
            id: "a9".into(),
            text: "Pair with a designer".into(),
            due: None,
            done: false,
        });
        growth[1].actions[0].done = false;
        growth[2].actions[0].done = true;
        growth[2].why = "Because".into();
        growth.remove(1);
        let diff = diff_decks(&old, &new);
        assert_eq!(diff.sections.len(), 1);
        assert_eq!(diff.sections[0].section, Section::Growth);
        assert_eq!(
            diff.describe_all(),
            [
                "Growth: “Product discovery” current level 2 → 3",
                "Growth: “Product discovery” target level 4 → 5",
                "Growth: “Shadow the checkout squad's discovery sprint” due 28 Feb 2027 → \
                 31 Mar 2027",
                "Growth: action “Run five customer interviews and share what I learn” now \
                 reads “Run eight customer interviews”",
                "Growth: new action “Pair with a designer” for “Product discovery”",
                "Growth: “Stakeholder influence” why it matters changed",
                "Growth: “Present the top five customer pains at the quarterly review” done",
                "Growth: “Working with data” removed",
            ]
        );
    }

    #[test]
    fn actions_done_and_reopened() {
        let old = deck();
        let mut new = deck();
        let growth = new.competencies.as_mut().expect("growth");
        growth[1].actions[0].done = false;
        growth[1].actions[0].text = "Finish the SQL course".into();
        growth[0].actions[0].done = true;
        assert_eq!(
            described(&new, &old),
            [
                "Growth: “Shadow the checkout squad's discovery sprint” reopened",
                "Growth: “Finish the SQL course” done",
                "Growth: action “Finish the SQL course” now reads “Finish the SQL course on \
                 the learning portal”",
            ]
        );
    }

    #[test]
    fn supporters() {
        let old = deck();
        let mut new = deck();
        let people = new.supporters.as_mut().expect("supporters");
        people[0].role = SupporterRole::Coach;
        people[0].how = "Weekly".into();
        people.remove(1);
        people.push(Supporter {
            id: "s7".into(),
            name: "Ravi".into(),
            role: SupporterRole::Peer,
            how: String::new(),
        });
        assert_eq!(
            described(&old, &new),
            [
                "Supporters: “Imani Cole” role Mentor → Coach",
                "Supporters: “Imani Cole” how they help changed",
                "Supporters: new peer “Ravi”",
                "Supporters: “Dev Patel” removed",
            ]
        );
    }

    #[test]
    fn absent_sections_are_reported_once_not_item_by_item() {
        let full = deck();
        let shared = full.subset(&[Section::Profile, Section::Asks], true);
        let diff = diff_decks(&shared, &full);
        assert_eq!(
            diff.describe_all(),
            [
                "Roadmap: section added (not shared before)",
                "Growth: section added (not shared before)",
                "Supporters: section added (not shared before)",
            ]
        );
        assert_eq!(
            diff_decks(&full, &shared).describe_all()[0],
            "Roadmap: section removed (not shared now)"
        );
        assert!(diff_decks(&shared, &shared).is_empty());
    }

    #[test]
    fn blank_names_still_read() {
        let mut old = deck();
        old.roadmap.as_mut().expect("roadmap")[0].title.clear();
        let mut new = old.clone();
        new.roadmap.as_mut().expect("roadmap")[0].horizon = Horizon::Now;
        new.roadmap.as_mut().expect("roadmap").push(RoadmapItem {
            id: "r8".into(),
            title: " ".into(),
            organization: String::new(),
            start: None,
            end: None,
            horizon: Horizon::Next,
            notes: String::new(),
        });
        assert_eq!(
            described(&old, &new),
            [
                "Roadmap: an untitled role moved from Past to Now",
                "Roadmap: new untitled role (Next)",
            ]
        );
    }
}
