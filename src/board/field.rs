//! Typed field paths into a board, as `model::Field` is for decks: the reader, the validator
//! and the board editor all name a field by value, never by formatting strings.
//!
//! `Display` gives the format's own path (`opportunities[0].needs[1].level`), for other tools
//! and logs; `describe` gives the screen's words ("Opportunity 1 “Tech lead, ledger
//! migration”, Needs, item 2 “SQL”, Level"), for the person.

use std::fmt;

use super::types::Board;

/// A field of an opportunity. `Builds` and `Needs` are those lists as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OppField {
    Id,
    Title,
    Type,
    Summary,
    Builds,
    Needs,
    Starts,
    Length,
    Contact,
}

/// A field of one of an opportunity's needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NeedField {
    Name,
    Level,
}

/// Where in a board something is. `None` indexes mean the list as a whole.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoardField {
    /// The document itself (not an object).
    Document,
    Format,
    Version,
    Id,
    Title,
    UpdatedAt,
    From,
    Note,
    /// The list of opportunities, or (with an index) one opportunity as a whole.
    Opportunities(Option<usize>),
    /// A field of opportunity `i`.
    Opportunity(usize, OppField),
    /// Item `j` of opportunity `i`'s `builds`.
    Build(usize, usize),
    /// Need `j` of opportunity `i`, as a whole.
    NeedItem(usize, usize),
    /// A field of need `j` of opportunity `i`.
    Need(usize, usize, NeedField),
}

impl OppField {
    /// Every field, in the format's order.
    pub const ALL: [OppField; 9] = [
        OppField::Id,
        OppField::Title,
        OppField::Type,
        OppField::Summary,
        OppField::Builds,
        OppField::Needs,
        OppField::Starts,
        OppField::Length,
        OppField::Contact,
    ];

    /// The key in the format.
    pub fn key(self) -> &'static str {
        match self {
            OppField::Id => "id",
            OppField::Title => "title",
            OppField::Type => "type",
            OppField::Summary => "summary",
            OppField::Builds => "builds",
            OppField::Needs => "needs",
            OppField::Starts => "starts",
            OppField::Length => "length",
            OppField::Contact => "contact",
        }
    }

    /// The field's label on screen.
    pub fn label(self) -> &'static str {
        match self {
            OppField::Id => "its id",
            OppField::Title => "Title",
            OppField::Type => "Type",
            OppField::Summary => "Summary",
            OppField::Builds => "Builds",
            OppField::Needs => "Needs",
            OppField::Starts => "Starts",
            OppField::Length => "Length",
            OppField::Contact => "Contact",
        }
    }
}

impl NeedField {
    /// The key in the format.
    pub fn key(self) -> &'static str {
        match self {
            NeedField::Name => "name",
            NeedField::Level => "level",
        }
    }

    /// The field's label on screen.
    pub fn label(self) -> &'static str {
        match self {
            NeedField::Name => "Competency",
            NeedField::Level => "Level",
        }
    }
}

impl fmt::Display for BoardField {
    /// The format's path: `title`, `opportunities[2]`, `opportunities[0].needs[1].level`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BoardField::Document => f.write_str("board"),
            BoardField::Format => f.write_str("format"),
            BoardField::Version => f.write_str("version"),
            BoardField::Id => f.write_str("id"),
            BoardField::Title => f.write_str("title"),
            BoardField::UpdatedAt => f.write_str("updated_at"),
            BoardField::From => f.write_str("from"),
            BoardField::Note => f.write_str("note"),
            BoardField::Opportunities(None) => f.write_str("opportunities"),
            BoardField::Opportunities(Some(i)) => write!(f, "opportunities[{i}]"),
            BoardField::Opportunity(i, field) => write!(f, "opportunities[{i}].{}", field.key()),
            BoardField::Build(i, j) => write!(f, "opportunities[{i}].builds[{j}]"),
            BoardField::NeedItem(i, j) => write!(f, "opportunities[{i}].needs[{j}]"),
            BoardField::Need(i, j, field) => {
                write!(f, "opportunities[{i}].needs[{j}].{}", field.key())
            }
        }
    }
}

/// “Tech lead” when the item has a name, nothing when it is blank; long names are cut at a
/// word. (The same rule as the deck's field descriptions.)
fn quoted(name: Option<&str>) -> String {
    match name.map(str::trim).filter(|n| !n.is_empty()) {
        Some(n) if n.chars().count() <= 40 => format!(" “{n}”"),
        Some(n) => {
            let short: String = n.chars().take(40).collect();
            let cut = short.rfind(' ').filter(|i| *i >= 10).unwrap_or(short.len());
            format!(" “{}…”", short[..cut].trim_end())
        }
        None => String::new(),
    }
}

impl BoardField {
    /// The field as the screen names it, with positions counted from 1 and item names where
    /// `board` has them: "Opportunity 1 “Tech lead, ledger migration”, Needs, item 2, Level".
    pub fn describe(&self, board: Option<&Board>) -> String {
        let opp = |i: usize| board.and_then(|b| b.opportunities.get(i));
        let opportunity = |i: usize| {
            let title = opp(i).map(|o| o.title.as_str());
            format!("Opportunity {}{}", i + 1, quoted(title))
        };
        let need = |i: usize, j: usize| {
            let name = opp(i).and_then(|o| o.needs.get(j)).map(|n| n.name.as_str());
            format!("{}, Needs, item {}{}", opportunity(i), j + 1, quoted(name))
        };
        match self {
            BoardField::Document => "The board".into(),
            BoardField::Format => "The file's format name".into(),
            BoardField::Version => "The file's format version".into(),
            BoardField::Id => "The board's id".into(),
            BoardField::Title => "Board title".into(),
            BoardField::UpdatedAt => "The last-edited time".into(),
            BoardField::From => "Who offers these".into(),
            BoardField::Note => "How to raise your hand".into(),
            BoardField::Opportunities(None) => "Opportunities".into(),
            BoardField::Opportunities(Some(i)) => opportunity(*i),
            BoardField::Opportunity(i, f) => format!("{}, {}", opportunity(*i), f.label()),
            BoardField::Build(i, j) => {
                let name = opp(*i).and_then(|o| o.builds.get(*j)).map(String::as_str);
                format!(
                    "{}, Builds, item {}{}",
                    opportunity(*i),
                    j + 1,
                    quoted(name)
                )
            }
            BoardField::NeedItem(i, j) => need(*i, *j),
            BoardField::Need(i, j, f) => format!("{}, {}", need(*i, *j), f.label()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::board::{example_board, Need, Opportunity};

    #[test]
    fn paths_are_the_formats_own() {
        assert_eq!(BoardField::Title.to_string(), "title");
        assert_eq!(BoardField::Opportunities(None).to_string(), "opportunities");
        assert_eq!(
            BoardField::Opportunities(Some(3)).to_string(),
            "opportunities[3]"
        );
        assert_eq!(
            BoardField::Opportunity(0, OppField::Type).to_string(),
            "opportunities[0].type"
        );
        assert_eq!(
            BoardField::Build(2, 1).to_string(),
            "opportunities[2].builds[1]"
        );
        assert_eq!(
            BoardField::Need(0, 1, NeedField::Level).to_string(),
            "opportunities[0].needs[1].level"
        );
    }

    #[test]
    fn descriptions_use_the_screens_words_and_names() {
        let mut board = Board::blank("b".into(), "T".into(), "t".into());
        let mut o = Opportunity::blank("o1".into());
        o.title = "Tech lead, ledger migration".into();
        o.needs = vec![
            Need {
                name: "SQL".into(),
                level: 3,
            },
            Need {
                name: String::new(),
                level: 9,
            },
        ];
        board.opportunities.push(o);
        assert_eq!(
            BoardField::Need(0, 1, NeedField::Level).describe(Some(&board)),
            "Opportunity 1 “Tech lead, ledger migration”, Needs, item 2, Level"
        );
        assert_eq!(
            BoardField::Need(0, 0, NeedField::Name).describe(Some(&board)),
            "Opportunity 1 “Tech lead, ledger migration”, Needs, item 1 “SQL”, Competency"
        );
        assert_eq!(
            BoardField::Opportunity(4, OppField::Starts).describe(Some(&board)),
            "Opportunity 5, Starts"
        );
        assert_eq!(
            BoardField::Need(0, 1, NeedField::Level).describe(None),
            "Opportunity 1, Needs, item 2, Level"
        );
    }

    #[test]
    fn long_titles_are_cut_at_a_word() {
        let board = example_board("b".into(), "2026-01-01T00:00:00Z".into());
        let text = BoardField::Build(0, 0).describe(Some(&board));
        assert!(text.starts_with("Opportunity 1 “"), "{text}");
        assert!(text.chars().count() < 120, "{text}");
    }
}
