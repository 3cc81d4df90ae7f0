//! Deck format v1 types (`../shared/spec/deck-format.md`).
//!
//! Sections are `Option`s because a share may leave a section out: an absent section is "not
//! shared", which is different from an empty one. The owner's own decks always have all four.

use serde::{Deserialize, Serialize};

/// The `format` value every deck carries.
pub const FORMAT_NAME: &str = "career-deck";
/// The deck-format version this build reads and writes.
pub const FORMAT_VERSION: u64 = 1;

/// One career strategy deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Deck {
    pub id: String,
    pub title: String,
    /// RFC 3339 timestamp of the last edit.
    pub updated_at: String,
    pub owner: Option<String>,
    pub profile: Option<Profile>,
    pub roadmap: Option<Vec<RoadmapItem>>,
    pub competencies: Option<Vec<Competency>>,
    pub asks: Option<Vec<String>>,
}

/// "Who I am".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Profile {
    pub headline: String,
    pub story: String,
    pub values: Vec<String>,
    pub strengths: Vec<String>,
    pub energizers: Vec<String>,
    pub drainers: Vec<String>,
    pub needs: Vec<String>,
}

/// Where a roadmap item sits in time, as the person sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Horizon {
    Past,
    Now,
    Next,
    Aspiration,
}

impl Horizon {
    pub const ALL: [Horizon; 4] = [
        Horizon::Past,
        Horizon::Now,
        Horizon::Next,
        Horizon::Aspiration,
    ];

    /// The word used in the file format.
    pub fn as_str(self) -> &'static str {
        match self {
            Horizon::Past => "past",
            Horizon::Now => "now",
            Horizon::Next => "next",
            Horizon::Aspiration => "aspiration",
        }
    }

    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Horizon::Past => "Past",
            Horizon::Now => "Now",
            Horizon::Next => "Next",
            Horizon::Aspiration => "Aspiration",
        }
    }

    pub fn parse(s: &str) -> Option<Horizon> {
        Horizon::ALL.into_iter().find(|h| h.as_str() == s)
    }
}

/// A role or milestone on the career roadmap.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RoadmapItem {
    pub id: String,
    pub title: String,
    pub organization: String,
    /// `YYYY-MM`.
    pub start: Option<String>,
    /// `YYYY-MM`.
    pub end: Option<String>,
    pub horizon: Horizon,
    pub notes: String,
}

/// A competency the person wants to build, with where they are and where they aim.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Competency {
    pub id: String,
    pub name: String,
    /// 0–5.
    pub current: u8,
    /// 0–5.
    pub target: u8,
    pub why: String,
    pub actions: Vec<Action>,
}

/// A dated step towards a competency.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Action {
    pub id: String,
    pub text: String,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
    pub done: bool,
}

/// The sections a deck can have; a share picks some of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Section {
    Profile,
    Roadmap,
    Competencies,
    Asks,
}

impl Section {
    pub const ALL: [Section; 4] = [
        Section::Profile,
        Section::Roadmap,
        Section::Competencies,
        Section::Asks,
    ];

    /// A short name for ids and data (as serialized).
    pub fn key(self) -> &'static str {
        match self {
            Section::Profile => "profile",
            Section::Roadmap => "roadmap",
            Section::Competencies => "competencies",
            Section::Asks => "asks",
        }
    }

    /// The section with this `key()`.
    pub fn from_key(key: &str) -> Option<Section> {
        Section::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The heading people see.
    pub fn label(self) -> &'static str {
        match self {
            Section::Profile => "Who I am",
            Section::Roadmap => "Roadmap",
            Section::Competencies => "Growth",
            Section::Asks => "Asks",
        }
    }
}

impl Deck {
    /// An empty deck with every section present, ready to be written.
    pub fn blank(id: String, title: String, updated_at: String) -> Deck {
        Deck {
            id,
            title,
            updated_at,
            owner: None,
            profile: Some(Profile::default()),
            roadmap: Some(Vec::new()),
            competencies: Some(Vec::new()),
            asks: Some(Vec::new()),
        }
    }

    pub fn has_section(&self, section: Section) -> bool {
        match section {
            Section::Profile => self.profile.is_some(),
            Section::Roadmap => self.roadmap.is_some(),
            Section::Competencies => self.competencies.is_some(),
            Section::Asks => self.asks.is_some(),
        }
    }

    /// A copy holding only the chosen sections (and the owner's name only if asked), as a
    /// share carries it.
    pub fn subset(&self, sections: &[Section], include_owner: bool) -> Deck {
        let keep = |s: Section| sections.contains(&s);
        Deck {
            id: self.id.clone(),
            title: self.title.clone(),
            updated_at: self.updated_at.clone(),
            owner: if include_owner {
                self.owner.clone()
            } else {
                None
            },
            profile: self.profile.clone().filter(|_| keep(Section::Profile)),
            roadmap: self.roadmap.clone().filter(|_| keep(Section::Roadmap)),
            competencies: self
                .competencies
                .clone()
                .filter(|_| keep(Section::Competencies)),
            asks: self.asks.clone().filter(|_| keep(Section::Asks)),
        }
    }

    /// Minified deck-format JSON, as links and backups carry it.
    pub fn to_json(&self) -> String {
        // Serializing plain strings, numbers and lists into a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Fills absent sections with empty ones, so that an owner can edit every part.
    pub fn with_all_sections(mut self) -> Deck {
        self.profile.get_or_insert_with(Profile::default);
        self.roadmap.get_or_insert_with(Vec::new);
        self.competencies.get_or_insert_with(Vec::new);
        self.asks.get_or_insert_with(Vec::new);
        self
    }
}

/// Written as `DeckWire`, borrowed from the deck (no copy of it is made to write it).
impl Serialize for Deck {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        DeckWire {
            format: FORMAT_NAME,
            version: FORMAT_VERSION,
            id: &self.id,
            title: &self.title,
            updated_at: &self.updated_at,
            owner: self.owner.as_ref(),
            profile: self.profile.as_ref(),
            roadmap: self.roadmap.as_ref(),
            competencies: self.competencies.as_ref(),
            asks: self.asks.as_ref(),
        }
        .serialize(serializer)
    }
}

/// The exact shape written out (reading goes through `parse_deck`, which checks every rule):
/// `format` and `version` first, absent sections left out.
#[derive(Serialize)]
struct DeckWire<'a> {
    format: &'a str,
    version: u64,
    id: &'a str,
    title: &'a str,
    updated_at: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    owner: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    profile: Option<&'a Profile>,
    #[serde(skip_serializing_if = "Option::is_none")]
    roadmap: Option<&'a Vec<RoadmapItem>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    competencies: Option<&'a Vec<Competency>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    asks: Option<&'a Vec<String>>,
}
