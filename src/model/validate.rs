//! Every rule of deck format v1 that a typed `Deck` can still break (types already rule out
//! the rest). The editor shows these inline; readers of outside data refuse on the first one.

use super::dates::{is_date, is_rfc3339, is_year_month};
use super::deck::{Deck, Profile};
use super::error::{FieldIssue, Problem};
use super::limits::*;

impl Deck {
    /// All broken rules, in document order. Empty means the deck can be written out as is.
    pub fn validate(&self) -> Vec<FieldIssue> {
        let mut v = Issues::default();
        let id_len = self.id.chars().count();
        if id_len == 0 {
            v.push("id", Problem::Empty);
        } else if id_len > MAX_ID_CHARS {
            v.push(
                "id",
                Problem::TooLong {
                    max: MAX_ID_CHARS,
                    actual: id_len,
                },
            );
        }
        let title_len = self.title.trim().chars().count();
        if title_len == 0 {
            v.push("title", Problem::Empty);
        } else if title_len > MAX_TITLE_CHARS {
            v.push(
                "title",
                Problem::TooLong {
                    max: MAX_TITLE_CHARS,
                    actual: title_len,
                },
            );
        }
        if !is_rfc3339(&self.updated_at) {
            v.push("updated_at", Problem::NotADateTime);
        }
        if let Some(owner) = &self.owner {
            v.text("owner", owner);
        }
        if let Some(p) = &self.profile {
            check_profile(&mut v, p);
        }
        if let Some(items) = &self.roadmap {
            v.list_len("roadmap", items.len());
            for (i, r) in items.iter().enumerate() {
                let at = format!("roadmap[{i}]");
                v.text(&format!("{at}.id"), &r.id);
                v.text(&format!("{at}.title"), &r.title);
                v.text(&format!("{at}.organization"), &r.organization);
                v.month(&format!("{at}.start"), r.start.as_deref());
                v.month(&format!("{at}.end"), r.end.as_deref());
                v.text(&format!("{at}.notes"), &r.notes);
            }
        }
        if let Some(items) = &self.competencies {
            v.list_len("competencies", items.len());
            for (i, c) in items.iter().enumerate() {
                let at = format!("competencies[{i}]");
                v.text(&format!("{at}.id"), &c.id);
                v.text(&format!("{at}.name"), &c.name);
                v.level(&format!("{at}.current"), c.current);
                v.level(&format!("{at}.target"), c.target);
                v.text(&format!("{at}.why"), &c.why);
                v.list_len(&format!("{at}.actions"), c.actions.len());
                for (j, a) in c.actions.iter().enumerate() {
                    let at = format!("{at}.actions[{j}]");
                    v.text(&format!("{at}.id"), &a.id);
                    v.text(&format!("{at}.text"), &a.text);
                    if a.due.as_deref().is_some_and(|d| !is_date(d)) {
                        v.push(&format!("{at}.due"), Problem::NotADate);
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
    v.text("profile.headline", &p.headline);
    v.text("profile.story", &p.story);
    v.strings("profile.values", &p.values);
    v.strings("profile.strengths", &p.strengths);
    v.strings("profile.energizers", &p.energizers);
    v.strings("profile.drainers", &p.drainers);
    v.strings("profile.needs", &p.needs);
}

#[derive(Default)]
struct Issues(Vec<FieldIssue>);

impl Issues {
    fn push(&mut self, field: &str, problem: Problem) {
        self.0.push(FieldIssue {
            field: field.to_owned(),
            problem,
        });
    }

    fn text(&mut self, field: &str, s: &str) {
        // Counting stops just past the limit: a hostile 1 MiB string costs no more than a short one.
        let n = s.chars().take(MAX_STRING_CHARS + 1).count();
        if n > MAX_STRING_CHARS {
            self.push(
                field,
                Problem::TooLong {
                    max: MAX_STRING_CHARS,
                    actual: s.chars().count(),
                },
            );
        }
    }

    fn list_len(&mut self, field: &str, len: usize) {
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

    fn strings(&mut self, field: &str, items: &[String]) {
        self.list_len(field, items.len());
        for (i, s) in items.iter().enumerate() {
            self.text(&format!("{field}[{i}]"), s);
        }
    }

    fn month(&mut self, field: &str, value: Option<&str>) {
        if value.is_some_and(|m| !is_year_month(m)) {
            self.push(field, Problem::NotAYearMonth);
        }
    }

    fn level(&mut self, field: &str, level: u8) {
        if level > MAX_LEVEL {
            self.push(field, Problem::NotALevel);
        }
    }
}
