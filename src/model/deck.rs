//! Deck format v1 types (`docs/spec/deck-format.md`), including the optional fields of 1.1
//! (`profile.pitch`, `supporters`) and the owner's private `speaker_notes`.
//!
//! Sections are `Option`s because a share may leave a section out: an absent section is "not
//! shared", which is different from an empty one. The owner's own decks always have them all.

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
    /// People who can help (since 1.1).
    pub supporters: Option<Vec<Supporter>>,
    /// The presenter's private notes per slide; only in a link when the owner says so.
    pub speaker_notes: Option<SpeakerNotes>,
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
    /// The person's "one big thing": the distinct value they offer (since 1.1). Left out of
    /// the JSON when empty, so decks without one read and write exactly as in 1.0.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub pitch: String,
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

/// Someone who can help the person grow (since 1.1).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Supporter {
    pub id: String,
    pub name: String,
    pub role: SupporterRole,
    /// How they help.
    pub how: String,
}

/// What kind of help a supporter gives.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SupporterRole {
    Mentor,
    Sponsor,
    Coach,
    Peer,
    Other,
}

impl SupporterRole {
    pub const ALL: [SupporterRole; 5] = [
        SupporterRole::Mentor,
        SupporterRole::Sponsor,
        SupporterRole::Coach,
        SupporterRole::Peer,
        SupporterRole::Other,
    ];

    /// The word used in the file format.
    pub fn as_str(self) -> &'static str {
        match self {
            SupporterRole::Mentor => "mentor",
            SupporterRole::Sponsor => "sponsor",
            SupporterRole::Coach => "coach",
            SupporterRole::Peer => "peer",
            SupporterRole::Other => "other",
        }
    }

    /// The word shown to people.
    pub fn label(self) -> &'static str {
        match self {
            SupporterRole::Mentor => "Mentor",
            SupporterRole::Sponsor => "Sponsor",
            SupporterRole::Coach => "Coach",
            SupporterRole::Peer => "Peer",
            SupporterRole::Other => "Other",
        }
    }

    pub fn parse(s: &str) -> Option<SupporterRole> {
        SupporterRole::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// The slides a presenter can keep notes for (docs/spec/deck-format.md, `speaker_notes`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum NoteSlide {
    Title,
    Story,
    Values,
    Energy,
    Roadmap,
    Growth,
    Asks,
    Supporters,
}

impl NoteSlide {
    pub const ALL: [NoteSlide; 8] = [
        NoteSlide::Title,
        NoteSlide::Story,
        NoteSlide::Values,
        NoteSlide::Energy,
        NoteSlide::Roadmap,
        NoteSlide::Growth,
        NoteSlide::Asks,
        NoteSlide::Supporters,
    ];

    /// The key in `speaker_notes`.
    pub fn key(self) -> &'static str {
        match self {
            NoteSlide::Title => "title",
            NoteSlide::Story => "story",
            NoteSlide::Values => "values",
            NoteSlide::Energy => "energy",
            NoteSlide::Roadmap => "roadmap",
            NoteSlide::Growth => "growth",
            NoteSlide::Asks => "asks",
            NoteSlide::Supporters => "supporters",
        }
    }

    pub fn from_key(key: &str) -> Option<NoteSlide> {
        NoteSlide::ALL.into_iter().find(|s| s.key() == key)
    }

    /// The slide's name as people see it.
    pub fn label(self) -> &'static str {
        match self {
            NoteSlide::Title => "Title",
            NoteSlide::Story => "Who I am",
            NoteSlide::Values => "Values and strengths",
            NoteSlide::Energy => "Energy",
            NoteSlide::Roadmap => "Roadmap",
            NoteSlide::Growth => "Growth",
            NoteSlide::Asks => "Asks",
            NoteSlide::Supporters => "Supporters",
        }
    }
}

/// Private notes for the presenter, one text per slide (empty texts are not written).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpeakerNotes(pub std::collections::BTreeMap<NoteSlide, String>);

impl SpeakerNotes {
    pub fn get(&self, slide: NoteSlide) -> &str {
        self.0.get(&slide).map(String::as_str).unwrap_or_default()
    }

    /// Sets a slide's note; an empty one is removed.
    pub fn set(&mut self, slide: NoteSlide, text: String) {
        if text.is_empty() {
            self.0.remove(&slide);
        } else {
            self.0.insert(slide, text);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.values().all(|t| t.trim().is_empty())
    }
}

impl Serialize for SpeakerNotes {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        for (slide, text) in self.0.iter().filter(|(_, t)| !t.is_empty()) {
            map.serialize_entry(slide.key(), text)?;
        }
        map.end()
    }
}

/// The sections a deck can have; a share picks some of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Profile,
    Roadmap,
    /// The competencies to build, with their actions (`competencies` in the format).
    #[serde(rename = "competencies")]
    Growth,
    Asks,
    Supporters,
    SpeakerNotes,
}

impl Section {
    pub const ALL: [Section; 6] = [
        Section::Profile,
        Section::Roadmap,
        Section::Growth,
        Section::Asks,
        Section::Supporters,
        Section::SpeakerNotes,
    ];

    /// Whether a new share includes this section unless the owner unticks it: speaker notes
    /// are the presenter's own and stay out unless asked for.
    pub fn shared_by_default(self) -> bool {
        self != Section::SpeakerNotes
    }

    /// A short name for ids and data (as serialized).
    pub fn key(self) -> &'static str {
        match self {
            Section::Profile => "profile",
            Section::Roadmap => "roadmap",
            Section::Growth => "competencies",
            Section::Asks => "asks",
            Section::Supporters => "supporters",
            Section::SpeakerNotes => "speaker_notes",
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
            Section::Growth => "Growth",
            Section::Asks => "Asks",
            Section::Supporters => "Supporters",
            Section::SpeakerNotes => "Speaker notes",
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
            supporters: Some(Vec::new()),
            speaker_notes: Some(SpeakerNotes::default()),
        }
    }

    pub fn has_section(&self, section: Section) -> bool {
        match section {
            Section::Profile => self.profile.is_some(),
            Section::Roadmap => self.roadmap.is_some(),
            Section::Growth => self.competencies.is_some(),
            Section::Asks => self.asks.is_some(),
            Section::Supporters => self.supporters.is_some(),
            Section::SpeakerNotes => self.speaker_notes.is_some(),
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
            competencies: self.competencies.clone().filter(|_| keep(Section::Growth)),
            asks: self.asks.clone().filter(|_| keep(Section::Asks)),
            supporters: self
                .supporters
                .clone()
                .filter(|_| keep(Section::Supporters)),
            speaker_notes: self
                .speaker_notes
                .clone()
                .filter(|n| keep(Section::SpeakerNotes) && !n.is_empty()),
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
        self.supporters.get_or_insert_with(Vec::new);
        self.speaker_notes.get_or_insert_with(SpeakerNotes::default);
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
            supporters: self.supporters.as_ref(),
            speaker_notes: self.speaker_notes.as_ref(),
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
    #[serde(skip_serializing_if = "Option::is_none")]
    supporters: Option<&'a Vec<Supporter>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    speaker_notes: Option<&'a SpeakerNotes>,
}
