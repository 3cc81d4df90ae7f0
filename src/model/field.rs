//! Typed field paths: which part of a deck a rule is about. Built in one place and used by
//! the reader (`parse.rs`), the validator (`validate.rs`) and the editor (which finds a
//! field's message by comparing paths, never by formatting strings).
//!
//! Two ways to say a path: `Display` gives the format's own path (`roadmap[0].start`), for
//! other tools and logs; `describe` gives the words the screen uses ("Roadmap, item 1
//! “Staff nurse”, From"), for the person.

use std::fmt;

use super::deck::{Deck, NoteSlide};
use super::edit::TextList;

/// A field of a roadmap item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RoadmapField {
    Id,
    Title,
    Organization,
    Start,
    End,
    Horizon,
    Notes,
}

/// A field of a competency.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CompetencyField {
    Id,
    Name,
    Current,
    Target,
    Why,
    /// The list of actions itself.
    Actions,
}

/// A field of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ActionField {
    Id,
    Text,
    Due,
    Done,
}

/// A field of a supporter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SupporterField {
    Id,
    Name,
    Role,
    How,
}

/// A text field of the profile.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ProfileText {
    Headline,
    Story,
    Pitch,
}

/// Where in a deck something is. `None` indexes mean the list or item as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    /// The document itself (not an object).
    Document,
    Format,
    Version,
    Id,
    Title,
    UpdatedAt,
    Owner,
    /// The profile section as a whole.
    Profile,
    ProfileText(ProfileText),
    /// A list of short texts, or (with an index) one item of it.
    TextList(TextList, Option<usize>),
    /// The roadmap list, or one item as a whole.
    Roadmap(Option<usize>),
    RoadmapItem(usize, RoadmapField),
    Competencies(Option<usize>),
    Competency(usize, CompetencyField),
    /// One action as a whole: (competency, action).
    ActionItem(usize, usize),
    Action(usize, usize, ActionField),
    Supporters(Option<usize>),
    Supporter(usize, SupporterField),
    SpeakerNotes,
    SpeakerNote(NoteSlide),
}

impl RoadmapField {
    fn key(self) -> &'static str {
        match self {
            RoadmapField::Id => "id",
            RoadmapField::Title => "title",
            RoadmapField::Organization => "organization",
            RoadmapField::Start => "start",
            RoadmapField::End => "end",
            RoadmapField::Horizon => "horizon",
            RoadmapField::Notes => "notes",
        }
    }

    fn label(self) -> &'static str {
        match self {
            RoadmapField::Id => "its id",
            RoadmapField::Title => "Role or milestone",
            RoadmapField::Organization => "Organization",
            RoadmapField::Start => "From",
            RoadmapField::End => "To",
            RoadmapField::Horizon => "When",
            RoadmapField::Notes => "Notes",
        }
    }
}

impl CompetencyField {
    fn key(self) -> &'static str {
        match self {
            CompetencyField::Id => "id",
            CompetencyField::Name => "name",
            CompetencyField::Current => "current",
            CompetencyField::Target => "target",
            CompetencyField::Why => "why",
            CompetencyField::Actions => "actions",
        }
    }

    fn label(self) -> &'static str {
        match self {
            CompetencyField::Id => "its id",
            CompetencyField::Name => "Competency",
            CompetencyField::Current => "Current level",
            CompetencyField::Target => "Target level",
            CompetencyField::Why => "Why it matters",
            CompetencyField::Actions => "Actions",
        }
    }
}

impl ActionField {
    fn key(self) -> &'static str {
        match self {
            ActionField::Id => "id",
            ActionField::Text => "text",
            ActionField::Due => "due",
            ActionField::Done => "done",
        }
    }

    fn label(self) -> &'static str {
        match self {
            ActionField::Id => "its id",
            ActionField::Text => "text",
            ActionField::Due => "Due",
            ActionField::Done => "Done",
        }
    }
}

impl SupporterField {
    fn key(self) -> &'static str {
        match self {
            SupporterField::Id => "id",
            SupporterField::Name => "name",
            SupporterField::Role => "role",
            SupporterField::How => "how",
        }
    }

    fn label(self) -> &'static str {
        match self {
            SupporterField::Id => "its id",
            SupporterField::Name => "Name",
            SupporterField::Role => "Role",
            SupporterField::How => "How they help",
        }
    }
}

impl ProfileText {
    fn key(self) -> &'static str {
        match self {
            ProfileText::Headline => "headline",
            ProfileText::Story => "story",
            ProfileText::Pitch => "pitch",
        }
    }

    fn label(self) -> &'static str {
        match self {
            ProfileText::Headline => "Headline",
            ProfileText::Story => "My story",
            ProfileText::Pitch => "My one big thing",
        }
    }
}

impl fmt::Display for Field {
    /// The format's path: `title`, `profile.values[2]`, `competencies[0].actions[1].due`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let index = |f: &mut fmt::Formatter<'_>, i: &Option<usize>| match i {
            Some(i) => write!(f, "[{i}]"),
            None => Ok(()),
        };
        match self {
            Field::Document => f.write_str("deck"),
            Field::Format => f.write_str("format"),
            Field::Version => f.write_str("version"),
            Field::Id => f.write_str("id"),
            Field::Title => f.write_str("title"),
            Field::UpdatedAt => f.write_str("updated_at"),
            Field::Owner => f.write_str("owner"),
            Field::Profile => f.write_str("profile"),
            Field::ProfileText(t) => write!(f, "profile.{}", t.key()),
            Field::TextList(list, i) => {
                f.write_str(list.path())?;
                index(f, i)
            }
            Field::Roadmap(i) => {
                f.write_str("roadmap")?;
                index(f, i)
            }
            Field::RoadmapItem(i, field) => write!(f, "roadmap[{i}].{}", field.key()),
            Field::Competencies(i) => {
                f.write_str("competencies")?;
                index(f, i)
            }
            Field::Competency(i, field) => write!(f, "competencies[{i}].{}", field.key()),
            Field::ActionItem(c, a) => write!(f, "competencies[{c}].actions[{a}]"),
            Field::Action(c, a, field) => {
                write!(f, "competencies[{c}].actions[{a}].{}", field.key())
            }
            Field::Supporters(i) => {
                f.write_str("supporters")?;
                index(f, i)
            }
            Field::Supporter(i, field) => write!(f, "supporters[{i}].{}", field.key()),
            Field::SpeakerNotes => f.write_str("speaker_notes"),
            Field::SpeakerNote(slide) => write!(f, "speaker_notes.{}", slide.key()),
        }
    }
}

/// “Staff nurse” when the item has a name, nothing when it is blank.
fn quoted(name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) if n.chars().count() <= 40 => format!(" “{n}”"),
        Some(n) => {
            // Cut at a word boundary where there is one, so the name still reads.
            let short: String = n.chars().take(40).collect();
            let cut = short.rfind(' ').filter(|i| *i >= 10).unwrap_or(short.len());
            format!(" “{}…”", short[..cut].trim_end())
        }
        None => String::new(),
    }
}

impl Field {
    /// The field as the screen names it, with the item's position and name where it has one:
    /// "Roadmap, item 1 “Staff nurse”, From". `deck` is where the names come from (without
    /// one, or for a name that is not there, the name is left out).
    pub fn describe(&self, deck: Option<&Deck>) -> String {
        let blank = Deck::blank(String::new(), String::new(), String::new());
        let deck = deck.unwrap_or(&blank);
        let role = |i: usize| {
            let name = deck.roadmap_list().get(i).map(|r| r.title.as_str());
            format!("Roadmap, item {}{}", i + 1, quoted(name))
        };
        let competency = |i: usize| {
            let name = deck.competencies_list().get(i).map(|c| c.name.as_str());
            format!("Growth, competency {}{}", i + 1, quoted(name))
        };
        let action = |c: usize, a: usize| {
            let text = deck
                .competencies_list()
                .get(c)
                .and_then(|c| c.actions.get(a))
                .map(|a| a.text.as_str());
            format!("{}, action {}{}", competency(c), a + 1, quoted(text))
        };
        let supporter = |i: usize| {
            let name = deck.supporters_list().get(i).map(|s| s.name.as_str());
            format!("Supporters, person {}{}", i + 1, quoted(name))
        };
        match self {
            Field::Document => "The deck".into(),
            Field::Format => "The file's format name".into(),
            Field::Version => "The file's format version".into(),
            Field::Id => "The deck's id".into(),
            Field::Title => "Deck title".into(),
            Field::UpdatedAt => "The last-edited time".into(),
            Field::Owner => "Your name".into(),
            Field::Profile => "Who I am".into(),
            Field::ProfileText(t) => format!("Who I am, {}", t.label()),
            Field::TextList(list, None) => list.section_and_label(),
            Field::TextList(list, Some(i)) => {
                let text = deck.text_list(*list).get(*i).map(String::as_str);
                format!(
                    "{}, item {}{}",
                    list.section_and_label(),
                    i + 1,
                    quoted(text)
                )
            }
            Field::Roadmap(None) => "Roadmap".into(),
            Field::Roadmap(Some(i)) => role(*i),
            Field::RoadmapItem(i, f) => format!("{}, {}", role(*i), f.label()),
            Field::Competencies(None) => "Growth".into(),
            Field::Competencies(Some(i)) => competency(*i),
            Field::Competency(i, f) => format!("{}, {}", competency(*i), f.label()),
            Field::ActionItem(c, a) => action(*c, *a),
            Field::Action(c, a, f) => format!("{}, {}", action(*c, *a), f.label()),
            Field::Supporters(None) => "Supporters".into(),
            Field::Supporters(Some(i)) => supporter(*i),
            Field::Supporter(i, f) => format!("{}, {}", supporter(*i), f.label()),
            Field::SpeakerNotes => "Speaker notes".into(),
            Field::SpeakerNote(slide) => format!("Speaker notes, {} slide", slide.label()),
        }
    }
}

impl Field {
    /// The editor's element id for this field (`role-r3-start`, `profile-values-2`), so that
    /// any screen can link straight to the place to fix something. The editor builds its ids
    /// from the same parts (item kind, item id, field name).
    pub fn anchor(&self, deck: &Deck) -> String {
        let role = |i: usize| deck.roadmap_list().get(i).map_or("", |r| r.id.as_str());
        let comp = |i: usize| {
            deck.competencies_list()
                .get(i)
                .map_or("", |c| c.id.as_str())
        };
        let action = |c: usize, a: usize| {
            deck.competencies_list()
                .get(c)
                .and_then(|c| c.actions.get(a))
                .map_or("", |a| a.id.as_str())
        };
        let supporter = |i: usize| deck.supporters_list().get(i).map_or("", |s| s.id.as_str());
        match self {
            Field::Title | Field::Document | Field::Format | Field::Version | Field::Id => {
                "deck-title".into()
            }
            Field::UpdatedAt => "deck-title".into(),
            Field::Owner => "deck-owner".into(),
            Field::Profile => "section-profile".into(),
            Field::ProfileText(t) => format!("profile-{}", t.key()),
            Field::TextList(list, None) => format!("{}-add", list.path().replace('.', "-")),
            Field::TextList(list, Some(i)) => format!("{}-{i}", list.path().replace('.', "-")),
            Field::Roadmap(None) => "section-roadmap".into(),
            Field::Roadmap(Some(i)) | Field::RoadmapItem(i, RoadmapField::Id) => {
                format!("role-{}-title", role(*i))
            }
            Field::RoadmapItem(i, f) => format!("role-{}-{}", role(*i), f.key()),
            Field::Competencies(None) => "section-growth".into(),
            Field::Competencies(Some(i))
            | Field::Competency(i, CompetencyField::Id)
            | Field::Competency(i, CompetencyField::Name) => {
                format!("competency-{}-name", comp(*i))
            }
            Field::Competency(i, CompetencyField::Current) => {
                format!("competency-{}-current-0", comp(*i))
            }
            Field::Competency(i, CompetencyField::Target) => {
                format!("competency-{}-target-0", comp(*i))
            }
            Field::Competency(i, f) => format!("competency-{}-{}", comp(*i), f.key()),
            Field::ActionItem(c, a) | Field::Action(c, a, ActionField::Id) => {
                format!("action-{}-text", action(*c, *a))
            }
            Field::Action(c, a, f) => format!("action-{}-{}", action(*c, *a), f.key()),
            Field::Supporters(None) => "section-supporters".into(),
            Field::Supporters(Some(i)) | Field::Supporter(i, SupporterField::Id) => {
                format!("supporter-{}-name", supporter(*i))
            }
            Field::Supporter(i, f) => format!("supporter-{}-{}", supporter(*i), f.key()),
            Field::SpeakerNotes | Field::SpeakerNote(_) => "section-profile".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    #[test]
    fn paths_are_the_formats_own() {
        assert_eq!(Field::Title.to_string(), "title");
        assert_eq!(
            Field::TextList(TextList::Values, Some(2)).to_string(),
            "profile.values[2]"
        );
        assert_eq!(Field::TextList(TextList::Asks, None).to_string(), "asks");
        assert_eq!(
            Field::RoadmapItem(0, RoadmapField::Start).to_string(),
            "roadmap[0].start"
        );
        assert_eq!(
            Field::Action(1, 0, ActionField::Due).to_string(),
            "competencies[1].actions[0].due"
        );
        assert_eq!(
            Field::Supporter(3, SupporterField::Role).to_string(),
            "supporters[3].role"
        );
        assert_eq!(
            Field::SpeakerNote(NoteSlide::Growth).to_string(),
            "speaker_notes.growth"
        );
    }

    #[test]
    fn anchors_name_the_editors_elements() {
        let deck = example_deck("d".into(), "2026-01-01T00:00:00Z".into());
        assert_eq!(
            Field::RoadmapItem(0, RoadmapField::Start).anchor(&deck),
            "role-r1-start"
        );
        assert_eq!(
            Field::Action(0, 1, ActionField::Due).anchor(&deck),
            "action-a2-due"
        );
        assert_eq!(
            Field::TextList(TextList::Values, Some(2)).anchor(&deck),
            "profile-values-2"
        );
        assert_eq!(
            Field::ProfileText(ProfileText::Pitch).anchor(&deck),
            "profile-pitch"
        );
    }

    #[test]
    fn descriptions_use_the_screens_words_and_the_items_name() {
        let deck = example_deck("d".into(), "2026-01-01T00:00:00Z".into());
        assert_eq!(
            Field::RoadmapItem(0, RoadmapField::Start).describe(Some(&deck)),
            "Roadmap, item 1 “Support agent”, From"
        );
        assert_eq!(
            Field::Action(0, 1, ActionField::Due).describe(Some(&deck)),
            "Growth, competency 1 “Product discovery”, action 2 “Run five customer \
             interviews and share…”, Due"
        );
        assert_eq!(
            Field::ProfileText(ProfileText::Story).describe(Some(&deck)),
            "Who I am, My story"
        );
        assert_eq!(
            Field::RoadmapItem(40, RoadmapField::Title).describe(Some(&deck)),
            "Roadmap, item 41, Role or milestone"
        );
    }
}
