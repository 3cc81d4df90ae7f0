//! The library's workflows that are logic, not views: naming a copy, checking a new title,
//! making a deck from the example or blank. Tested natively; the shell only calls them.

use super::deck::Deck;
use super::error::Problem;
use super::limits::MAX_TITLE_CHARS;

const COPY_SUFFIX: &str = " (copy)";

/// "Plan" → "Plan (copy)", keeping within the title limit (the title is shortened, never
/// the suffix, so a copy always says it is one).
pub fn copy_title(title: &str) -> String {
    let room = MAX_TITLE_CHARS - COPY_SUFFIX.chars().count();
    let base: String = title.trim().chars().take(room).collect();
    format!("{}{COPY_SUFFIX}", base.trim_end())
}

/// A title as the person typed it for a rename, trimmed, or why it cannot be one.
pub fn check_title(typed: &str) -> Result<String, Problem> {
    let title = typed.trim();
    let len = title.chars().count();
    if len == 0 {
        Err(Problem::Empty)
    } else if len > MAX_TITLE_CHARS {
        Err(Problem::TooLong {
            max: MAX_TITLE_CHARS,
            actual: len,
        })
    } else {
        Ok(title.to_owned())
    }
}

impl Deck {
    /// A copy of this deck as a new deck of the owner's: a new id, a title that says it is a
    /// copy, edited now.
    pub fn copy_as(&self, new_id: String, now: &str) -> Deck {
        let mut copy = self.clone().with_all_sections();
        copy.id = new_id;
        copy.title = copy_title(&self.title);
        copy.updated_at = now.to_owned();
        copy
    }

    /// Gives the deck a new title, edited now.
    pub fn renamed(mut self, title: String, now: &str) -> Deck {
        self.title = title;
        self.updated_at = now.to_owned();
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copies_say_so_within_the_limit() {
        assert_eq!(copy_title("  Plan "), "Plan (copy)");
        let long = "t".repeat(MAX_TITLE_CHARS);
        let copy = copy_title(&long);
        assert_eq!(copy.chars().count(), MAX_TITLE_CHARS);
        assert!(copy.ends_with("(copy)"));
    }

    #[test]
    fn titles_are_checked_as_the_format_requires() {
        assert_eq!(check_title("  Mine "), Ok("Mine".into()));
        assert_eq!(check_title("   "), Err(Problem::Empty));
        assert!(matches!(
            check_title(&"x".repeat(201)),
            Err(Problem::TooLong {
                max: 200,
                actual: 201
            })
        ));
    }

    #[test]
    fn a_copy_is_a_new_deck_with_every_section() {
        let mut d = crate::model::example_deck("a".into(), "2026-01-01T00:00:00Z".into());
        d.asks = None;
        let c = d.copy_as("b".into(), "2026-02-01T00:00:00Z");
        assert_eq!(c.id, "b");
        assert_eq!(c.title, "Where I'm heading in 2027 (copy)");
        assert_eq!(c.updated_at, "2026-02-01T00:00:00Z");
        assert_eq!(c.asks, Some(vec![]));
        assert_eq!(c.roadmap, d.roadmap);
    }
}
