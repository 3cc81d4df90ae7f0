//! Every rule of the board format that a typed `Board` can still break. The board editor
//! shows all of them inline; readers of outside data refuse on the first one.

use std::collections::HashSet;

use super::error::{BoardIssue, BoardProblem};
use super::field::{BoardField as BF, NeedField, OppField};
use super::types::Board;
use crate::model::is_rfc3339;
use crate::model::is_year_month;
use crate::model::limits::*;
use crate::model::Problem;

impl Board {
    /// All broken rules, in document order. Empty means the board can be written out as is.
    pub fn validate(&self) -> Vec<BoardIssue> {
        let mut v = Issues::default();
        v.id(BF::Id, &self.id);
        v.title(BF::Title, &self.title);
        if !is_rfc3339(&self.updated_at) {
            v.push(BF::UpdatedAt, Problem::NotADateTime);
        }
        if let Some(from) = &self.from {
            v.text(BF::From, from);
        }
        if let Some(note) = &self.note {
            v.text(BF::Note, note);
        }
        v.list_len(BF::Opportunities(None), self.opportunities.len());
        let mut seen = HashSet::new();
        for (i, o) in self.opportunities.iter().enumerate() {
            let f = |name| BF::Opportunity(i, name);
            v.id(f(OppField::Id), &o.id);
            if !o.id.is_empty() && !seen.insert(o.id.as_str()) {
                v.push(f(OppField::Id), BoardProblem::DuplicateId);
            }
            v.title(f(OppField::Title), &o.title);
            v.text(f(OppField::Summary), &o.summary);
            v.list_len(f(OppField::Builds), o.builds.len());
            for (j, b) in o.builds.iter().enumerate() {
                v.text(BF::Build(i, j), b);
            }
            v.list_len(f(OppField::Needs), o.needs.len());
            for (j, n) in o.needs.iter().enumerate() {
                v.text(BF::Need(i, j, NeedField::Name), &n.name);
                if n.level > MAX_LEVEL {
                    v.push(BF::Need(i, j, NeedField::Level), Problem::NotALevel);
                }
            }
            if let Some(m) = o.starts.as_deref().filter(|m| !is_year_month(m)) {
                v.push(f(OppField::Starts), month_problem(m));
            }
            v.text(f(OppField::Length), &o.length);
            v.text(f(OppField::Contact), &o.contact);
        }
        v.issues
    }
}

/// Why a month text is not a `YYYY-MM`: a month number out of range is said as such. (The
/// deck's own `month_problem` is private to `model`; this is the same rule.)
fn month_problem(s: &str) -> Problem {
    let b = s.as_bytes();
    let digits = |r: &[u8]| r.iter().all(u8::is_ascii_digit);
    if b.len() == 7 && digits(&b[0..4]) && b[4] == b'-' && digits(&b[5..7]) {
        let m = u32::from(b[5] - b'0') * 10 + u32::from(b[6] - b'0');
        return Problem::NoSuchMonth(m);
    }
    Problem::NotAYearMonth
}

#[derive(Default)]
struct Issues {
    issues: Vec<BoardIssue>,
}

impl Issues {
    fn push(&mut self, field: BF, problem: impl Into<BoardProblem>) {
        self.issues.push(BoardIssue {
            field,
            problem: problem.into(),
        });
    }

    /// Any one string: at most 10,000 characters.
    fn text(&mut self, field: BF, s: &str) {
        // No more bytes than the limit means no more characters: most strings stop here.
        if s.len() <= MAX_STRING_CHARS {
            return;
        }
        // Counting stops just past the limit, so a hostile 1 MiB string costs little.
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

    /// A board's or an opportunity's id: 1–64 characters.
    fn id(&mut self, field: BF, id: &str) {
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

    /// A title: 1–200 characters after trimming.
    fn title(&mut self, field: BF, title: &str) {
        let t = title.trim();
        let len = t.chars().take(MAX_TITLE_CHARS + 1).count();
        if len == 0 {
            self.push(field, Problem::Empty);
        } else if len > MAX_TITLE_CHARS {
            let actual = t.chars().count();
            self.push(
                field,
                Problem::TooLong {
                    max: MAX_TITLE_CHARS,
                    actual,
                },
            );
        }
    }

    fn list_len(&mut self, field: BF, len: usize) {
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
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::example_board;

    #[test]
    fn the_example_board_is_valid() {
        let board = example_board("b".into(), "2026-11-26T10:00:00Z".into());
        assert_eq!(board.validate(), vec![]);
    }

    #[test]
    fn every_problem_is_listed_not_only_the_first() {
        let mut board = example_board("b".into(), "2026-11-26T10:00:00Z".into());
        board.title = "  ".into();
        board.opportunities[1].id = board.opportunities[0].id.clone();
        board.opportunities[2].starts = Some("2027-13".into());
        board.opportunities[2].needs[0].level = 6;
        let fields: Vec<String> = board
            .validate()
            .iter()
            .map(|i| i.field.to_string())
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "opportunities[1].id",
                "opportunities[2].needs[0].level",
                "opportunities[2].starts"
            ]
        );
    }

    #[test]
    fn month_problems_say_which() {
        assert_eq!(month_problem("2027-13"), Problem::NoSuchMonth(13));
        assert_eq!(month_problem("March"), Problem::NotAYearMonth);
        assert_eq!(month_problem("2027-3"), Problem::NotAYearMonth);
    }
}
