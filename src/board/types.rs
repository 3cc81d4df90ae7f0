//! Opportunity board format v1 types (`docs/spec/opportunities-format.md`): what a team or
//! organization offers its people — roles, projects, rotations, mentoring, learning.
//!
//! Written exactly as the format's vectors are: `format` and `version` first; the board's
//! optional `from` and `note` left out when there is nothing in them; every field of an
//! opportunity always written (empty text as `""`, no start month as `null`).

use serde::{Deserialize, Serialize};

/// The `format` value every board carries.
pub const BOARD_FORMAT_NAME: &str = "career-opportunities";
/// The board-format version this build reads and writes.
pub const BOARD_FORMAT_VERSION: u64 = 1;

/// One opportunity board: what a leader offers, shared by link like a deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Board {
    pub id: String,
    pub title: String,
    /// RFC 3339 timestamp of the last edit.
    pub updated_at: String,
    /// Who offers these ("Dana Okafor, Director of Payments"). Never `Some("")`: reading
    /// turns an empty one into `None`, and writing leaves an empty one out.
    pub from: Option<String>,
    /// How to raise your hand. Empty is treated as `None`, as for `from`.
    pub note: Option<String>,
    pub opportunities: Vec<Opportunity>,
}

/// One thing on offer.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Opportunity {
    /// Unique in the board.
    pub id: String,
    pub title: String,
    #[serde(rename = "type")]
    pub kind: OpportunityType,
    pub summary: String,
    /// Competencies it develops, as the board names them.
    pub builds: Vec<String>,
    /// Competencies it asks for, with the level asked.
    pub needs: Vec<Need>,
    /// `YYYY-MM`, or `None` when there is no set start.
    pub starts: Option<String>,
    /// How long it lasts, in the board's own words ("9 months").
    pub length: String,
    /// Whom to talk to.
    pub contact: String,
}

/// A competency an opportunity asks for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Need {
    pub name: String,
    /// 0–5, on the same scale as a deck's levels.
    pub level: u8,
}

/// What kind of opportunity it is (`type` in the JSON).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OpportunityType {
    Role,
    Project,
    Rotation,
    Mentoring,
    Learning,
    Other,
}

impl OpportunityType {
    /// Every type, in the order a picker shows them.
    pub const ALL: [OpportunityType; 6] = [
        OpportunityType::Role,
        OpportunityType::Project,
        OpportunityType::Rotation,
        OpportunityType::Mentoring,
        OpportunityType::Learning,
        OpportunityType::Other,
    ];

    /// The word used in the file format.
    pub fn as_str(self) -> &'static str {
        match self {
            OpportunityType::Role => "role",
            OpportunityType::Project => "project",
            OpportunityType::Rotation => "rotation",
            OpportunityType::Mentoring => "mentoring",
            OpportunityType::Learning => "learning",
            OpportunityType::Other => "other",
        }
    }

    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            OpportunityType::Role => "Role",
            OpportunityType::Project => "Project",
            OpportunityType::Rotation => "Rotation",
            OpportunityType::Mentoring => "Mentoring",
            OpportunityType::Learning => "Learning",
            OpportunityType::Other => "Other",
        }
    }

    /// The type with this format word.
    pub fn parse(s: &str) -> Option<OpportunityType> {
        OpportunityType::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

impl Opportunity {
    /// A new, empty opportunity (a role, the most common kind), for the board editor.
    pub fn blank(id: String) -> Opportunity {
        Opportunity {
            id,
            title: String::new(),
            kind: OpportunityType::Role,
            summary: String::new(),
            builds: Vec::new(),
            needs: Vec::new(),
            starts: None,
            length: String::new(),
            contact: String::new(),
        }
    }
}

impl Board {
    /// An empty board, ready to be written.
    pub fn blank(id: String, title: String, updated_at: String) -> Board {
        Board {
            id,
            title,
            updated_at,
            from: None,
            note: None,
            opportunities: Vec::new(),
        }
    }

    /// The opportunity with this id.
    pub fn opportunity(&self, id: &str) -> Option<&Opportunity> {
        self.opportunities.iter().find(|o| o.id == id)
    }

    /// An opportunity id (`o1`, `o2`…) that no opportunity of this board uses yet.
    pub fn next_opportunity_id(&self) -> String {
        let highest = self
            .opportunities
            .iter()
            .filter_map(|o| o.id.strip_prefix('o')?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("o{}", highest.saturating_add(1))
    }

    /// Minified board-format JSON, as links carry it.
    pub fn to_json(&self) -> String {
        // Serializing plain strings, numbers and lists into a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// An optional text worth writing: present and not empty.
fn present(s: &Option<String>) -> Option<&str> {
    s.as_deref().filter(|s| !s.is_empty())
}

/// Written as `BoardWire`, borrowed from the board.
impl Serialize for Board {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        BoardWire {
            format: BOARD_FORMAT_NAME,
            version: BOARD_FORMAT_VERSION,
            id: &self.id,
            title: &self.title,
            updated_at: &self.updated_at,
            from: present(&self.from),
            note: present(&self.note),
            opportunities: &self.opportunities,
        }
        .serialize(serializer)
    }
}

/// The exact shape written out (reading goes through `parse_board`, which checks every rule).
#[derive(Serialize)]
struct BoardWire<'a> {
    format: &'a str,
    version: u64,
    id: &'a str,
    title: &'a str,
    updated_at: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    from: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    note: Option<&'a str>,
    opportunities: &'a [Opportunity],
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn format_and_version_come_first_and_empty_from_is_left_out() {
        let mut board = Board::blank("b".into(), "T".into(), "2026-01-01T00:00:00Z".into());
        board.from = Some(String::new());
        board.note = Some("Write to me".into());
        assert_eq!(
            board.to_json(),
            r#"{"format":"career-opportunities","version":1,"id":"b","title":"T","updated_at":"2026-01-01T00:00:00Z","note":"Write to me","opportunities":[]}"#
        );
    }

    #[test]
    fn every_field_of_an_opportunity_is_written_with_type_for_kind() {
        let o = Opportunity::blank("o1".into());
        assert_eq!(
            serde_json::to_string(&o).expect("json"),
            r#"{"id":"o1","title":"","type":"role","summary":"","builds":[],"needs":[],"starts":null,"length":"","contact":""}"#
        );
    }

    #[test]
    fn types_read_their_own_words_and_have_labels() {
        for t in OpportunityType::ALL {
            assert_eq!(OpportunityType::parse(t.as_str()), Some(t));
            assert!(t.label().starts_with(char::is_uppercase));
        }
        assert_eq!(OpportunityType::parse("Role"), None);
        assert_eq!(OpportunityType::Mentoring.label(), "Mentoring");
    }

    #[test]
    fn next_opportunity_id_continues_past_the_highest() {
        let mut board = Board::blank("b".into(), "T".into(), "t".into());
        assert_eq!(board.next_opportunity_id(), "o1");
        board.opportunities.push(Opportunity::blank("o7".into()));
        board.opportunities.push(Opportunity::blank("x".into()));
        assert_eq!(board.next_opportunity_id(), "o8");
    }
}
