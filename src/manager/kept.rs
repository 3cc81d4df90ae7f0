//! Decks other people shared with the manager ("Shared with me"), kept on the manager's
//! device, with the earlier versions they replaced so "what changed since we last talked"
//! can be answered.
//!
//! Stored shape (one record per kept deck, also what a backup's manager section lists):
//! `{ "schema": 1, "id", "person", "received_at", "deck": <deck format>,
//!    "versions": [ { "received_at", "deck" } ] }`, versions oldest first.

use std::cmp::Ordering;

use serde::Serialize;
use serde_json::Value;

use super::error::ManagerDataError;
use crate::model::{compare_instants, deck_structure_from_value, Deck};

/// The kept-deck record schema this build writes.
pub const KEPT_SCHEMA: u64 = 1;
/// At most this many earlier versions are kept per deck; the oldest go first.
pub const MAX_VERSIONS: usize = 10;
/// At least this many earlier versions are always kept (the promise `MAX_VERSIONS` keeps).
pub const MIN_VERSIONS: usize = 5;

/// One deck someone shared with the manager, as the manager keeps it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptDeck {
    /// The deck's own id, as received (a newer link of the same deck has the same id).
    pub id: String,
    /// Whose deck it is: the deck's owner, else its title.
    pub person: String,
    /// When the current version arrived (RFC 3339).
    pub received_at: String,
    /// The current version.
    pub deck: Deck,
    /// Versions it replaced, oldest first.
    pub versions: Vec<KeptVersion>,
}

/// An earlier version of a kept deck.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct KeptVersion {
    /// When this version arrived (RFC 3339).
    pub received_at: String,
    pub deck: Deck,
}

/// What receiving a link means for the decks already kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Receipt {
    /// A deck not kept before: keep this.
    New(KeptDeck),
    /// Exactly the deck already kept: nothing to do.
    Same,
    /// A newer version: store this (the one it replaces is now its latest version).
    Newer(KeptDeck),
    /// Older than the kept one (an old link opened again, say): never replace silently.
    /// Ask; `if_confirmed` is what to store if the manager says to use it anyway.
    Older {
        kept_updated_at: String,
        incoming_updated_at: String,
        if_confirmed: KeptDeck,
    },
}

/// Whose deck this is, as the "Shared with me" list names it: the owner, else the title.
pub fn person_of(deck: &Deck) -> String {
    match deck.owner.as_deref().map(str::trim) {
        Some(owner) if !owner.is_empty() => owner.to_owned(),
        _ => deck.title.trim().to_owned(),
    }
}

/// Decides what a link that was just opened means, given the deck kept under its id (if any).
///
/// Identical content is a no-op. An incoming deck whose `updated_at` is earlier than the kept
/// one is `Older`. Anything else that differs — later, the same time with other content
/// (another share of the same save, with other sections), or a time that can't be compared —
/// is `Newer`: a link the person sent is their latest word unless it says otherwise.
pub fn receive(existing: Option<&KeptDeck>, incoming: Deck, now: &str) -> Receipt {
    let Some(kept) = existing else {
        return Receipt::New(KeptDeck::new(incoming, now));
    };
    if kept.deck == incoming {
        return Receipt::Same;
    }
    let older =
        compare_instants(&incoming.updated_at, &kept.deck.updated_at) == Some(Ordering::Less);
    let kept_updated_at = kept.deck.updated_at.clone();
    let incoming_updated_at = incoming.updated_at.clone();
    let replaced = kept.replaced_by(incoming, now);
    if older {
        Receipt::Older {
            kept_updated_at,
            incoming_updated_at,
            if_confirmed: replaced,
        }
    } else {
        Receipt::Newer(replaced)
    }
}

impl KeptDeck {
    /// A deck kept for the first time.
    pub fn new(deck: Deck, now: &str) -> KeptDeck {
        KeptDeck {
            id: deck.id.clone(),
            person: person_of(&deck),
            received_at: now.to_owned(),
            deck,
            versions: Vec::new(),
        }
    }

    /// This kept deck with `deck` as its current version and the current one kept as a version.
    fn replaced_by(&self, deck: Deck, now: &str) -> KeptDeck {
        let mut versions = self.versions.clone();
        versions.push(KeptVersion {
            received_at: self.received_at.clone(),
            deck: self.deck.clone(),
        });
        let extra = versions.len().saturating_sub(MAX_VERSIONS);
        versions.drain(..extra);
        KeptDeck {
            id: self.id.clone(),
            person: person_of(&deck),
            received_at: now.to_owned(),
            deck,
            versions,
        }
    }

    /// The version the manager had before the current one, if any.
    pub fn previous(&self) -> Option<&Deck> {
        self.versions.last().map(|v| &v.deck)
    }

    /// The version the manager had on `date` (`YYYY-MM-DD`, say the last conversation): the
    /// latest one received on or before that day. `None` if every version came later.
    ///
    /// Where the structural diff plugs in: "what changed since you last talked" is
    /// `diff(kept.deck_seen_on(last_talk), &kept.deck)`, its descriptions passed to `agenda`.
    pub fn deck_seen_on(&self, date: &str) -> Option<&Deck> {
        let on_or_before = |received_at: &str| received_at.get(..10).is_some_and(|d| d <= date);
        if on_or_before(&self.received_at) {
            return Some(&self.deck);
        }
        self.versions
            .iter()
            .rev()
            .find(|v| on_or_before(&v.received_at))
            .map(|v| &v.deck)
    }

    /// The record as JSON (`KEPT_SCHEMA`).
    pub fn to_value(&self) -> Value {
        serde_json::to_value(KeptWire {
            schema: KEPT_SCHEMA,
            id: &self.id,
            person: &self.person,
            received_at: &self.received_at,
            deck: &self.deck,
            versions: &self.versions,
        })
        .unwrap_or(Value::Null)
    }

    /// The record as JSON text.
    pub fn to_json(&self) -> String {
        self.to_value().to_string()
    }

    /// Reads a record this app wrote. Decks are read by structure only (as the owner's
    /// drafts are), so anything the app once kept can always be read back.
    pub fn from_value(v: &Value) -> Result<KeptDeck, ManagerDataError> {
        let obj = v.as_object().ok_or(ManagerDataError::NotAnObject)?;
        match obj.get("schema").map(Value::as_u64) {
            None => return Err(ManagerDataError::Damaged("its version is missing")),
            Some(None) => return Err(ManagerDataError::Damaged("its version is not a number")),
            Some(Some(n)) if n > KEPT_SCHEMA => return Err(ManagerDataError::NewerSchema(n)),
            Some(Some(_)) => {}
        }
        let text = |key: &str, what: &'static str| {
            obj.get(key)
                .and_then(Value::as_str)
                .map(str::to_owned)
                .ok_or(ManagerDataError::Damaged(what))
        };
        let deck_of = |v: Option<&Value>| {
            deck_structure_from_value(v.ok_or(ManagerDataError::Damaged("it holds no deck"))?)
                .map_err(ManagerDataError::Deck)
        };
        let deck = deck_of(obj.get("deck"))?;
        let versions = match obj.get("versions") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| {
                    Ok(KeptVersion {
                        received_at: item
                            .get("received_at")
                            .and_then(Value::as_str)
                            .ok_or(ManagerDataError::Damaged(
                                "an earlier version has no arrival time",
                            ))?
                            .to_owned(),
                        deck: deck_of(item.get("deck"))?,
                    })
                })
                .collect::<Result<_, ManagerDataError>>()?,
            Some(_) => {
                return Err(ManagerDataError::Damaged(
                    "its earlier versions are damaged",
                ))
            }
        };
        let id = text("id", "its id is missing")?;
        if id != deck.id {
            return Err(ManagerDataError::Damaged("its id is not its deck's id"));
        }
        Ok(KeptDeck {
            id,
            person: obj
                .get("person")
                .and_then(Value::as_str)
                .map_or_else(|| person_of(&deck), str::to_owned),
            received_at: text("received_at", "its arrival time is missing")?,
            deck,
            versions,
        })
    }
}

#[derive(Serialize)]
struct KeptWire<'a> {
    schema: u64,
    id: &'a str,
    person: &'a str,
    received_at: &'a str,
    deck: &'a Deck,
    versions: &'a [KeptVersion],
}

/// One person's decks in "Shared with me".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonGroup<'a> {
    /// The name as the first of their decks spells it.
    pub person: &'a str,
    /// Most recently updated first.
    pub decks: Vec<&'a KeptDeck>,
}

/// Groups kept decks by person (names compared ignoring case and outer spaces), sorted by
/// name ignoring case; within a person, the most recently updated deck first.
pub fn group_by_person(kept: &[KeptDeck]) -> Vec<PersonGroup<'_>> {
    let key = |name: &str| name.trim().to_lowercase();
    let mut groups: Vec<(String, PersonGroup<'_>)> = Vec::new();
    for k in kept {
        let name = key(&k.person);
        match groups.iter_mut().find(|(n, _)| *n == name) {
            Some((_, g)) => g.decks.push(k),
            None => groups.push((
                name,
                PersonGroup {
                    person: k.person.trim(),
                    decks: vec![k],
                },
            )),
        }
    }
    groups.sort_by(|(a, ga), (b, gb)| a.cmp(b).then_with(|| ga.person.cmp(gb.person)));
    groups
        .into_iter()
        .map(|(_, mut g)| {
            g.decks.sort_by(|a, b| {
                match compare_instants(&b.deck.updated_at, &a.deck.updated_at) {
                    Some(o) => o,
                    None => b.deck.updated_at.cmp(&a.deck.updated_at),
                }
            });
            g
        })
        .collect()
}
