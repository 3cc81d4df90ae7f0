//! Reading a deck from outside JSON (share links, backup files, stored records): every rule of
//! deck-format.md is checked and the first broken one is reported with the field it concerns.
//!
//! Read by hand from a `serde_json::Value` rather than with derived `Deserialize` and
//! `serde_path_to_error`: errors here must name a typed `Field` (the editor and the share
//! screen find and describe fields by it) and say the problem in a person's words, which
//! serde's string paths and messages ("invalid type: integer, expected a string") do not.

use serde_json::{Map, Value};

use super::deck::*;
use super::edit::TextList;
use super::error::{DeckError, FieldIssue, Problem};
use super::field::{
    ActionField as AF, CompetencyField as CF, Field, ProfileText, RoadmapField as RF,
    SupporterField as SF,
};
use super::limits::{MAX_JSON_BYTES, MAX_LEVEL, MAX_LIST_ITEMS};

/// Parses deck-format v1 JSON text.
pub fn parse_deck(json: &str) -> Result<Deck, DeckError> {
    if json.len() > MAX_JSON_BYTES {
        return Err(DeckError::TooLarge { bytes: json.len() });
    }
    let value: Value = serde_json::from_str(json).map_err(|_| DeckError::NotJson)?;
    deck_from_value(&value)
}

/// Checks an already-parsed JSON value against every rule of the format.
pub fn deck_from_value(value: &Value) -> Result<Deck, DeckError> {
    let deck = deck_structure_from_value(value)?;
    match deck.validate().into_iter().next() {
        Some(issue) => Err(DeckError::Invalid(issue)),
        None => Ok(deck),
    }
}

/// Reads the deck's structure (keys and types) without the content rules (lengths, dates,
/// non-empty title). For the owner's own stored decks: a draft with a half-typed date must
/// still open, so the editor can show the problem instead of losing the deck.
pub fn deck_structure_from_value(value: &Value) -> Result<Deck, DeckError> {
    let obj = value
        .as_object()
        .ok_or_else(|| invalid(Field::Document, wrong("an object")))?;
    match obj.get("format") {
        None => return Err(invalid(Field::Format, Problem::Missing)),
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(Value::String(_)) => return Err(invalid(Field::Format, Problem::WrongFormatName)),
        Some(_) => return Err(invalid(Field::Format, wrong("text"))),
    }
    match obj.get("version") {
        None => return Err(invalid(Field::Version, Problem::Missing)),
        Some(v) => match v.as_u64() {
            Some(FORMAT_VERSION) => {}
            Some(n) if n > FORMAT_VERSION => return Err(DeckError::NewerVersion { version: n }),
            _ => return Err(invalid(Field::Version, wrong("the whole number 1"))),
        },
    }
    let o = Obj(obj);
    Ok(Deck {
        id: o.req_str("id", Field::Id)?,
        title: o.req_str("title", Field::Title)?,
        updated_at: o.req_str("updated_at", Field::UpdatedAt)?,
        owner: o.opt_str("owner", Field::Owner)?,
        profile: o.get("profile").map(read_profile).transpose()?,
        roadmap: o
            .get("roadmap")
            .map(|v| list(v, Field::Roadmap, read_roadmap_item))
            .transpose()?,
        competencies: o
            .get("competencies")
            .map(|v| list(v, Field::Competencies, read_competency))
            .transpose()?,
        asks: o
            .get("asks")
            .map(|v| str_list(v, TextList::Asks))
            .transpose()?,
        supporters: o
            .get("supporters")
            .map(|v| list(v, Field::Supporters, read_supporter))
            .transpose()?,
        speaker_notes: o.get("speaker_notes").map(read_speaker_notes).transpose()?,
    })
}

type Res<T> = Result<T, DeckError>;

fn invalid(field: Field, problem: Problem) -> DeckError {
    DeckError::Invalid(FieldIssue { field, problem })
}

fn wrong(expected: &'static str) -> Problem {
    Problem::WrongType { expected }
}

/// A JSON object of the deck.
struct Obj<'a>(&'a Map<String, Value>);

impl<'a> Obj<'a> {
    fn of(value: &'a Value, at: Field) -> Res<Obj<'a>> {
        value
            .as_object()
            .map(Obj)
            .ok_or_else(|| invalid(at, wrong("an object")))
    }

    /// A present, non-null key.
    fn get(&self, key: &str) -> Option<&'a Value> {
        self.0.get(key).filter(|v| !v.is_null())
    }

    fn req_str(&self, key: &str, at: Field) -> Res<String> {
        as_str(self.get(key).ok_or(invalid(at, Problem::Missing))?, at)
    }

    fn str_or_empty(&self, key: &str, at: Field) -> Res<String> {
        self.get(key).map_or(Ok(String::new()), |v| as_str(v, at))
    }

    fn opt_str(&self, key: &str, at: Field) -> Res<Option<String>> {
        self.get(key).map(|v| as_str(v, at)).transpose()
    }
}

fn as_str(v: &Value, at: Field) -> Res<String> {
    v.as_str()
        .map(str::to_owned)
        .ok_or_else(|| invalid(at, wrong("text")))
}

/// A list of objects, each read by `read` with its index; `field` names the list (`None`)
/// and each item as a whole (`Some(i)`).
fn list<T>(
    v: &Value,
    field: fn(Option<usize>) -> Field,
    read: impl Fn(&Value, usize) -> Res<T>,
) -> Res<Vec<T>> {
    let items = items_of(v, field(None))?;
    items
        .iter()
        .enumerate()
        .map(|(i, item)| read(item, i))
        .collect()
}

fn items_of(v: &Value, at: Field) -> Res<&Vec<Value>> {
    let items = v.as_array().ok_or_else(|| invalid(at, wrong("a list")))?;
    if items.len() > MAX_LIST_ITEMS {
        return Err(invalid(
            at,
            Problem::TooManyItems {
                max: MAX_LIST_ITEMS,
                actual: items.len(),
            },
        ));
    }
    Ok(items)
}

fn str_list(v: &Value, list: TextList) -> Res<Vec<String>> {
    items_of(v, Field::TextList(list, None))?
        .iter()
        .enumerate()
        .map(|(i, item)| as_str(item, Field::TextList(list, Some(i))))
        .collect()
}

fn read_profile(v: &Value) -> Res<Profile> {
    let o = Obj::of(v, Field::Profile)?;
    let text = |t: ProfileText| o.str_or_empty(t_key(t), Field::ProfileText(t));
    let texts =
        |list: TextList, key: &str| o.get(key).map_or(Ok(Vec::new()), |v| str_list(v, list));
    Ok(Profile {
        headline: text(ProfileText::Headline)?,
        story: text(ProfileText::Story)?,
        values: texts(TextList::Values, "values")?,
        strengths: texts(TextList::Strengths, "strengths")?,
        energizers: texts(TextList::Energizers, "energizers")?,
        drainers: texts(TextList::Drainers, "drainers")?,
        needs: texts(TextList::Needs, "needs")?,
        pitch: text(ProfileText::Pitch)?,
    })
}

fn t_key(t: ProfileText) -> &'static str {
    match t {
        ProfileText::Headline => "headline",
        ProfileText::Story => "story",
        ProfileText::Pitch => "pitch",
    }
}

fn read_roadmap_item(v: &Value, i: usize) -> Res<RoadmapItem> {
    let o = Obj::of(v, Field::Roadmap(Some(i)))?;
    let f = |name| Field::RoadmapItem(i, name);
    let horizon = o
        .get("horizon")
        .ok_or(invalid(f(RF::Horizon), Problem::Missing))?
        .as_str()
        .and_then(Horizon::parse)
        .ok_or(invalid(f(RF::Horizon), Problem::NotAHorizon))?;
    Ok(RoadmapItem {
        id: o.req_str("id", f(RF::Id))?,
        title: o.str_or_empty("title", f(RF::Title))?,
        organization: o.str_or_empty("organization", f(RF::Organization))?,
        start: o.opt_str("start", f(RF::Start))?,
        end: o.opt_str("end", f(RF::End))?,
        horizon,
        notes: o.str_or_empty("notes", f(RF::Notes))?,
    })
}

fn read_competency(v: &Value, i: usize) -> Res<Competency> {
    let o = Obj::of(v, Field::Competencies(Some(i)))?;
    let f = |name| Field::Competency(i, name);
    Ok(Competency {
        id: o.req_str("id", f(CF::Id))?,
        name: o.str_or_empty("name", f(CF::Name))?,
        current: read_level(&o, "current", f(CF::Current))?,
        target: read_level(&o, "target", f(CF::Target))?,
        why: o.str_or_empty("why", f(CF::Why))?,
        actions: match o.get("actions") {
            None => Vec::new(),
            Some(v) => items_of(v, f(CF::Actions))?
                .iter()
                .enumerate()
                .map(|(j, a)| read_action(a, i, j))
                .collect::<Res<_>>()?,
        },
    })
}

fn read_level(o: &Obj<'_>, key: &str, at: Field) -> Res<u8> {
    o.get(key)
        .ok_or(invalid(at, Problem::Missing))?
        .as_u64()
        .filter(|n| *n <= u64::from(MAX_LEVEL))
        .and_then(|n| u8::try_from(n).ok())
        .ok_or(invalid(at, Problem::NotALevel))
}

fn read_action(v: &Value, c: usize, i: usize) -> Res<Action> {
    let o = Obj::of(v, Field::ActionItem(c, i))?;
    let f = |name| Field::Action(c, i, name);
    let done = match o.get("done") {
        None => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => return Err(invalid(f(AF::Done), wrong("true or false"))),
    };
    Ok(Action {
        id: o.req_str("id", f(AF::Id))?,
        text: o.str_or_empty("text", f(AF::Text))?,
        due: o.opt_str("due", f(AF::Due))?,
        done,
    })
}

fn read_supporter(v: &Value, i: usize) -> Res<Supporter> {
    let o = Obj::of(v, Field::Supporters(Some(i)))?;
    let f = |name| Field::Supporter(i, name);
    let role = match o.get("role") {
        // A supporter without a role is still someone who helps.
        None => SupporterRole::Other,
        Some(v) => v
            .as_str()
            .and_then(SupporterRole::parse)
            .ok_or(invalid(f(SF::Role), Problem::NotASupporterRole))?,
    };
    Ok(Supporter {
        id: o.req_str("id", f(SF::Id))?,
        name: o.str_or_empty("name", f(SF::Name))?,
        role,
        how: o.str_or_empty("how", f(SF::How))?,
    })
}

fn read_speaker_notes(v: &Value) -> Res<SpeakerNotes> {
    let o = Obj::of(v, Field::SpeakerNotes)?;
    let mut notes = SpeakerNotes::default();
    for slide in NoteSlide::ALL {
        if let Some(text) = o.get(slide.key()) {
            notes.set(slide, as_str(text, Field::SpeakerNote(slide))?);
        }
    }
    Ok(notes)
}
