//! Every rule of deck format v1 that a typed `Deck` can still break (types already rule out
//! the rest). The editor shows these inline; readers of outside data refuse on the first one.

use super::dates::{is_date, is_rfc3339, is_year_month};
use super::deck::{Deck, Profile};
use super::error::{FieldIssue, Problem};
use super::limits::*;

impl Deck {
    /// All broken rules, in document order. Empty means the deck can be written out as is.
    pub fn validate(&self) -> Vec<FieldIssue> {
        // Runs on every keystroke in the editor, so field paths are only spelled out for the
        // (rare) fields that break a rule.
        let mut v = Issues::default();
        let id_len = self.id.chars().count();
        if id_len == 0 {
            v.push(at("id"), Problem::Empty);
        } else if id_len > MAX_ID_CHARS {
            v.push(
                at("id"),
                Problem::TooLong {
                    max: MAX_ID_CHARS,
                    actual: id_len,
                },
            );
        }
        let title_len = self.title.trim().chars().count();
        if title_len == 0 {
            v.push(at("title"), Problem::Empty);
        } else if title_len > MAX_TITLE_CHARS {
            v.push(
                at("title"),
                Problem::TooLong {
                    max: MAX_TITLE_CHARS,
                    actual: title_len,
                },
            );
        }
        if !is_rfc3339(&self.updated_at) {
            v.push(at("updated_at"), Problem::NotADateTime);
        }
        if let Some(owner) = &self.owner {
            v.text(at("owner"), owner);
        }
        if let Some(p) = &self.profile {
            check_profile(&mut v, p);
        }
        if let Some(items) = &self.roadmap {
            v.list_len(at("roadmap"), items.len());
            for (i, r) in items.iter().enumerate() {
                let f = |name: &'static str| move || format!("roadmap[{i}].{name}");
                v.text(f("id"), &r.id);
                v.text(f("title"), &r.title);
                v.text(f("organization"), &r.organization);
                v.month(f("start"), r.start.as_deref());
                v.month(f("end"), r.end.as_deref());
                v.text(f("notes"), &r.notes);
            }
        }
        if let Some(items) = &self.competencies {
            v.list_len(at("competencies"), items.len());
            for (i, c) in items.iter().enumerate() {
                let f = |name: &'static str| move || format!("competencies[{i}].{name}");
                v.text(f("id"), &c.id);
                v.text(f("name"), &c.name);
                v.level(f("current"), c.current);
                v.level(f("target"), c.target);
                v.text(f("why"), &c.why);
                v.list_len(f("actions"), c.actions.len());
                for (j, a) in c.actions.iter().enumerate() {
                    let f = |name: &'static str| {
                        move || format!("competencies[{i}].actions[{j}].{name}")
                    };
                    v.text(f("id"), &a.id);
                    v.text(f("text"), &a.text);
                    if a.due.as_deref().is_some_and(|d| !is_date(d)) {
                        v.push(f("due"), Problem::NotADate);
                    }
                }
            }
        }
        if let Some(asks) = &self.asks {
            v.strings("asks", asks);
        }
        v.0
    }
}

fn check_profile(v: &mut Issues, p: &Profile) {
    v.text(at("profile.headline"), &p.headline);
    v.text(at("profile.story"), &p.story);
    v.strings("profile.values", &p.values);
    v.strings("profile.strengths", &p.strengths);
    v.strings("profile.energizers", &p.energizers);
    v.strings("profile.drainers", &p.drainers);
    v.strings("profile.needs", &p.needs);
}

/// A fixed field path, spelled out only when needed.
fn at(field: &'static str) -> impl FnOnce() -> String {
    move || field.to_owned()
}

#[derive(Default)]
struct Issues(Vec<FieldIssue>);

impl Issues {
    fn push(&mut self, field: impl FnOnce() -> String, problem: Problem) {
        self.0.push(FieldIssue {
            field: field(),
            problem,
        });
    }

    fn text(&mut self, field: impl FnOnce() -> String, s: &str) {
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

    fn list_len(&mut self, field: impl FnOnce() -> String, len: usize) {
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

    fn strings(&mut self, field: &'static str, items: &[String]) {
        self.list_len(at(field), items.len());
        for (i, s) in items.iter().enumerate() {
            self.text(move || format!("{field}[{i}]"), s);
        }
    }

    fn month(&mut self, field: impl FnOnce() -> String, value: Option<&str>) {
        if value.is_some_and(|m| !is_year_month(m)) {
            self.push(field, Problem::NotAYearMonth);
        }
    }

    fn level(&mut self, field: impl FnOnce() -> String, level: u8) {
        if level > MAX_LEVEL {
            self.push(field, Problem::NotALevel);
        }
    }
}
