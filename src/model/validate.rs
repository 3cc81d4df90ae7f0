//! Every rule of the deck format that a typed `Deck` can still break (types already rule out
//! the rest). The editor shows these inline; readers of outside data refuse on the first one.

use std::collections::HashSet;

use super::dates::{date_problem, is_date, is_rfc3339, is_year_month, month_problem};
use super::deck::{Deck, Profile};
use super::edit::TextList;
use super::error::{FieldIssue, Problem};
use super::field::{
    ActionField, CompetencyField, Field, ProfileText, RoadmapField, SupporterField,
};
use super::limits::*;

impl Deck {
    /// All broken rules, in document order. Empty means the deck can be written out as is.
    pub fn validate(&self) -> Vec<FieldIssue> {
        let mut v = Issues::default();
        v.id(Field::Id, &self.id);
        let title_len = self.title.trim().chars().count();
        if title_len == 0 {
            v.push(Field::Title, Problem::Empty);
        } else if title_len > MAX_TITLE_CHARS {
            v.push(
                Field::Title,
                Problem::TooLong {
                    max: MAX_TITLE_CHARS,
                    actual: title_len,
                },
            );
        }
        if !is_rfc3339(&self.updated_at) {
            v.push(Field::UpdatedAt, Problem::NotADateTime);
        }
        if let Some(owner) = &self.owner {
            v.text(Field::Owner, owner);
        }
        if let Some(p) = &self.profile {
            check_profile(&mut v, p);
        }
        if let Some(items) = &self.roadmap {
            v.list_len(Field::Roadmap(None), items.len());
            for (i, r) in items.iter().enumerate() {
                let f = |name| Field::RoadmapItem(i, name);
                v.item_id(f(RoadmapField::Id), &r.id);
                v.text(f(RoadmapField::Title), &r.title);
                v.text(f(RoadmapField::Organization), &r.organization);
                v.month(f(RoadmapField::Start), r.start.as_deref());
                v.month(f(RoadmapField::End), r.end.as_deref());
                v.text(f(RoadmapField::Notes), &r.notes);
            }
        }
        if let Some(items) = &self.competencies {
            v.list_len(Field::Competencies(None), items.len());
            for (i, c) in items.iter().enumerate() {
                let f = |name| Field::Competency(i, name);
                v.item_id(f(CompetencyField::Id), &c.id);
                v.text(f(CompetencyField::Name), &c.name);
                v.level(f(CompetencyField::Current), c.current);
                v.level(f(CompetencyField::Target), c.target);
                v.text(f(CompetencyField::Why), &c.why);
                v.list_len(f(CompetencyField::Actions), c.actions.len());
                for (j, a) in c.actions.iter().enumerate() {
                    let f = |name| Field::Action(i, j, name);
                    v.item_id(f(ActionField::Id), &a.id);
                    v.text(f(ActionField::Text), &a.text);
                    if let Some(due) = a.due.as_deref().filter(|d| !is_date(d)) {
                        v.push(f(ActionField::Due), date_problem(due));
                    }
                }
            }
        }
        if let Some(asks) = &self.asks {
            v.strings(TextList::Asks, asks);
        }
        if let Some(items) = &self.supporters {
            v.list_len(Field::Supporters(None), items.len());
            for (i, s) in items.iter().enumerate() {
                let f = |name| Field::Supporter(i, name);
                v.item_id(f(SupporterField::Id), &s.id);
                v.text(f(SupporterField::Name), &s.name);
                v.text(f(SupporterField::How), &s.how);
            }
        }
        if let Some(notes) = &self.speaker_notes {
            for (slide, text) in &notes.0 {
                v.text(Field::SpeakerNote(*slide), text);
            }
        }
        v.issues
    }

    /// Warnings that do not stop a deck from being written but that the person should see:
    /// a roadmap item whose "To" month comes before its "From".
    pub fn warnings(&self) -> Vec<FieldIssue> {
        self.roadmap_list()
            .iter()
            .enumerate()
            .filter(|(_, r)| match (&r.start, &r.end) {
                (Some(s), Some(e)) => super::dates::ends_before_start(s, e),
                _ => false,
            })
            .map(|(i, _)| FieldIssue {
                field: Field::RoadmapItem(i, RoadmapField::End),
                problem: Problem::EndsBeforeStart,
            })
            .collect()
    }
}

fn check_profile(v: &mut Issues, p: &Profile) {
    v.text(Field::ProfileText(ProfileText::Headline), &p.headline);
    v.text(Field::ProfileText(ProfileText::Story), &p.story);
    v.text(Field::ProfileText(ProfileText::Pitch), &p.pitch);
    v.strings(TextList::Values, &p.values);
    v.strings(TextList::Strengths, &p.strengths);
    v.strings(TextList::Energizers, &p.energizers);
    v.strings(TextList::Drainers, &p.drainers);
    v.strings(TextList::Needs, &p.needs);
}

#[derive(Default)]
struct Issues {
    issues: Vec<FieldIssue>,
    /// Item ids seen so far: ids are unique across the whole deck (deck-format.md).
    seen: HashSet<String>,
}

impl Issues {
    fn push(&mut self, field: Field, problem: Problem) {
        self.issues.push(FieldIssue { field, problem });
    }

    fn text(&mut self, field: Field, s: &str) {
        // No more bytes than the limit means no more characters: most strings stop here.
        if s.len() <= MAX_STRING_CHARS {
            return;
        }
        // Counting stops just past the limit: a hostile 1 MiB string costs no more than a short one.
        if s.chars().take(MAX_STRING_CHARS + 1).count() > MAX_STRING_CHARS {
            let actual = s.chars().count();
            self.push(
                field,
                Problem::TooLong {
                    max: MAX_STRING_CHARS,
                    actual,
                },
            );
        }
    }

    /// A deck's or an item's id: 1–64 characters.
    fn id(&mut self, field: Field, id: &str) {
        let len = id.chars().take(MAX_ID_CHARS + 1).count();
        if len == 0 {
            self.push(field, Problem::Empty);
        } else if len > MAX_ID_CHARS {
            let actual = id.chars().count();
            self.push(
                field,
                Problem::TooLong {
                    max: MAX_ID_CHARS,
                    actual,
                },
            );
        }
    }

    /// An item's id: 1–64 characters, and no other item of the deck has it.
    fn item_id(&mut self, field: Field, id: &str) {
        self.id(field, id);
        if !id.is_empty() && !self.seen.insert(id.to_owned()) {
            self.push(field, Problem::DuplicateId);
        }
    }

    fn list_len(&mut self, field: Field, len: usize) {
        if len > MAX_LIST_ITEMS {
            self.push(
                field,
                Problem::TooManyItems {
                    max: MAX_LIST_ITEMS,
                    actual: len,
                },
            );
        }
    }

    fn strings(&mut self, list: TextList, items: &[String]) {
        self.list_len(Field::TextList(list, None), items.len());
        for (i, s) in items.iter().enumerate() {
            self.text(Field::TextList(list, Some(i)), s);
        }
    }

    fn month(&mut self, field: Field, value: Option<&str>) {
        if let Some(m) = value.filter(|m| !is_year_month(m)) {
            self.push(field, month_problem(m));
        }
    }

    fn level(&mut self, field: Field, level: u8) {
        if level > MAX_LEVEL {
            self.push(field, Problem::NotALevel);
        }
    }
}
