//! Matching a board against decks (opportunities-format.md, "Matching a board against a
//! deck"), on the reader's device only.
//!
//! Competency names are compared by key (`competency_key`). Where a board and a deck name the
//! same thing differently ("Public speaking" and "Presenting"), the reader can say "that is
//! my …": a `Mappings` entry. The key rule always comes first; a mapping is only used for a
//! board name that matches no deck competency by key, and what it matched is marked `mapped`.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::types::{Board, Opportunity};
use crate::model::{Competency, Deck};

/// The name's key: trimmed, runs of whitespace made one space, Unicode lower-cased.
/// "System Design " and "system  design" share the key "system design".
pub fn competency_key(name: &str) -> String {
    tidy(name).to_lowercase()
}

/// A name as shown: trimmed, runs of whitespace made one space (case kept).
fn tidy(name: &str) -> String {
    name.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The reader's own "that is my …" answers: board competency key → one of their deck's
/// competencies, by its id or (for answers that should hold across decks, as in a team view)
/// by its name's key. An id is tried first. Serializable, so the shell can store it as is.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Mappings(BTreeMap<String, String>);

impl Mappings {
    /// No answers yet.
    pub fn new() -> Mappings {
        Mappings::default()
    }

    /// Records "the board's `board_name` is my `deck_competency`" (a competency id, or a
    /// name). A blank board name is ignored.
    pub fn map(&mut self, board_name: &str, deck_competency: &str) {
        let key = competency_key(board_name);
        if !key.is_empty() {
            self.0.insert(key, deck_competency.to_owned());
        }
    }

    /// Forgets the answer for `board_name`; answers whether there was one.
    pub fn unmap(&mut self, board_name: &str) -> bool {
        self.0.remove(&competency_key(board_name)).is_some()
    }

    /// What `board_name` was said to be, if anything.
    pub fn target(&self, board_name: &str) -> Option<&str> {
        self.0.get(&competency_key(board_name)).map(String::as_str)
    }

    /// No answers at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every answer, as (board key, deck competency id or name).
    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }
}

/// Why an opportunity grows a deck: one of its `builds` is a competency the person aims higher in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GrowReason {
    /// The competency as the board names it.
    pub board_name: String,
    pub deck_competency_id: String,
    /// The competency as the deck names it.
    pub deck_competency_name: String,
    pub current: u8,
    pub target: u8,
    /// Matched through the reader's own mapping, not by name.
    pub mapped: bool,
}

impl GrowReason {
    /// "grows System design: you are at 2, aiming for 4"; through a mapping, "builds Public
    /// speaking — your Presenting: you are at 2, aiming for 4".
    pub fn describe(&self) -> String {
        let levels = format!("you are at {}, aiming for {}", self.current, self.target);
        if self.mapped {
            format!(
                "builds {} — your {}: {levels}",
                tidy(&self.board_name),
                tidy(&self.deck_competency_name)
            )
        } else {
            format!("grows {}: {levels}", tidy(&self.deck_competency_name))
        }
    }
}

/// How a deck stands against one of an opportunity's needs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NeedFit {
    /// The deck's current level is at least the one asked.
    Ready {
        name: String,
        level: u8,
        have: u8,
        /// The deck competency's name, when matched through the reader's mapping.
        mapped_to: Option<String>,
    },
    /// Below the level asked (`have`), or not in the deck at all (`have: None`).
    Stretch {
        name: String,
        level: u8,
        have: Option<u8>,
        /// The deck competency's name, when matched through the reader's mapping.
        mapped_to: Option<String>,
    },
}

impl NeedFit {
    /// The need as the board names it.
    pub fn name(&self) -> &str {
        match self {
            NeedFit::Ready { name, .. } | NeedFit::Stretch { name, .. } => name,
        }
    }

    /// The level asked.
    pub fn level(&self) -> u8 {
        match self {
            NeedFit::Ready { level, .. } | NeedFit::Stretch { level, .. } => *level,
        }
    }

    /// The deck meets this need.
    pub fn is_ready(&self) -> bool {
        matches!(self, NeedFit::Ready { .. })
    }

    /// Matched through the reader's mapping.
    pub fn is_mapped(&self) -> bool {
        match self {
            NeedFit::Ready { mapped_to, .. } | NeedFit::Stretch { mapped_to, .. } => {
                mapped_to.is_some()
            }
        }
    }

    /// "ready: SQL 3", "stretch: asks Leading people 3, you are at 1", "stretch: asks SQL 3,
    /// not in your deck"; through a mapping, "… — your Databases" is added.
    pub fn describe(&self) -> String {
        let your = |m: &Option<String>| {
            m.as_deref()
                .map(|d| format!(" — your {}", tidy(d)))
                .unwrap_or_default()
        };
        match self {
            NeedFit::Ready {
                name,
                level,
                mapped_to,
                ..
            } => format!("ready: {} {level}{}", tidy(name), your(mapped_to)),
            NeedFit::Stretch {
                name,
                level,
                have: Some(have),
                mapped_to,
            } => format!(
                "stretch: asks {} {level}, you are at {have}{}",
                tidy(name),
                your(mapped_to)
            ),
            NeedFit::Stretch {
                name,
                level,
                have: None,
                ..
            } => format!("stretch: asks {} {level}, not in your deck", tidy(name)),
        }
    }
}

/// One opportunity seen against one deck.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpportunityMatch {
    /// Where the opportunity is in `board.opportunities`.
    pub index: usize,
    pub id: String,
    /// Empty when it grows nothing the person aims higher in.
    pub grows: Vec<GrowReason>,
    /// One per named need, in the board's order.
    pub needs: Vec<NeedFit>,
}

impl OpportunityMatch {
    /// It grows the deck: shown as a match, reasons first.
    pub fn grows_deck(&self) -> bool {
        !self.grows.is_empty()
    }

    /// Every need is met (true when it asks for nothing).
    pub fn is_ready(&self) -> bool {
        self.needs.iter().all(NeedFit::is_ready)
    }

    /// Some reason or need was matched through the reader's mapping.
    pub fn uses_mapping(&self) -> bool {
        self.grows.iter().any(|g| g.mapped) || self.needs.iter().any(NeedFit::is_mapped)
    }

    /// One line per reason, then one per need.
    pub fn describe(&self) -> Vec<String> {
        self.grows
            .iter()
            .map(GrowReason::describe)
            .chain(self.needs.iter().map(NeedFit::describe))
            .collect()
    }
}

/// A deck's competencies by key, for matching many board names against one deck.
struct DeckIndex<'d> {
    competencies: &'d [Competency],
    by_key: HashMap<String, usize>,
}

impl<'d> DeckIndex<'d> {
    fn new(deck: &'d Deck) -> DeckIndex<'d> {
        let competencies = deck.competencies_list();
        let mut by_key = HashMap::new();
        for (i, c) in competencies.iter().enumerate() {
            let key = competency_key(&c.name);
            if !key.is_empty() {
                // The first of two same-named competencies is the one matched.
                by_key.entry(key).or_insert(i);
            }
        }
        DeckIndex {
            competencies,
            by_key,
        }
    }

    /// The deck competency a board name stands for, its index, and whether a mapping said so.
    fn find(&self, board_name: &str, mappings: &Mappings) -> Option<(usize, bool)> {
        let key = competency_key(board_name);
        if key.is_empty() {
            return None;
        }
        if let Some(&i) = self.by_key.get(&key) {
            return Some((i, false));
        }
        let target = mappings.0.get(&key)?;
        let i = self
            .competencies
            .iter()
            .position(|c| c.id == *target)
            .or_else(|| self.by_key.get(&competency_key(target)).copied())?;
        Some((i, true))
    }

    fn match_one(&self, index: usize, o: &Opportunity, mappings: &Mappings) -> OpportunityMatch {
        let mut grows = Vec::new();
        let mut named = HashSet::new();
        for name in &o.builds {
            let Some((i, mapped)) = self.find(name, mappings) else {
                continue;
            };
            let c = &self.competencies[i];
            // Two spellings of one competency on the board still make one reason.
            if c.target > c.current && named.insert(i) {
                grows.push(GrowReason {
                    board_name: name.clone(),
                    deck_competency_id: c.id.clone(),
                    deck_competency_name: c.name.clone(),
                    current: c.current,
                    target: c.target,
                    mapped,
                });
            }
        }
        let needs = o
            .needs
            .iter()
            .filter(|n| !competency_key(&n.name).is_empty())
            .map(|n| {
                let found = self.find(&n.name, mappings);
                let mapped_to = found
                    .filter(|(_, mapped)| *mapped)
                    .map(|(i, _)| self.competencies[i].name.clone());
                match found.map(|(i, _)| self.competencies[i].current) {
                    Some(have) if have >= n.level => NeedFit::Ready {
                        name: n.name.clone(),
                        level: n.level,
                        have,
                        mapped_to,
                    },
                    have => NeedFit::Stretch {
                        name: n.name.clone(),
                        level: n.level,
                        have,
                        mapped_to,
                    },
                }
            })
            .collect();
        OpportunityMatch {
            index,
            id: o.id.clone(),
            grows,
            needs,
        }
    }
}

/// Every opportunity of `board` seen against `deck`: those that grow the deck first (more
/// reasons first, then in board order), then the rest in board order.
pub fn match_board(board: &Board, deck: &Deck, mappings: &Mappings) -> Vec<OpportunityMatch> {
    let index = DeckIndex::new(deck);
    let mut matches: Vec<OpportunityMatch> = board
        .opportunities
        .iter()
        .enumerate()
        .map(|(i, o)| index.match_one(i, o, mappings))
        .collect();
    // A stable sort keeps board order among equals.
    matches.sort_by_key(|m| std::cmp::Reverse(m.grows.len()));
    matches
}

/// The board's competency names (in `builds` and `needs`) that match none of the deck's,
/// neither by key nor through `mappings`: what the "that is my …" picker offers. Each once
/// (by key), as first spelled on the board (whitespace tidied), in board order.
pub fn unmatched_competencies(board: &Board, deck: &Deck, mappings: &Mappings) -> Vec<String> {
    let index = DeckIndex::new(deck);
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for o in &board.opportunities {
        let names = o.builds.iter().chain(o.needs.iter().map(|n| &n.name));
        for name in names {
            let key = competency_key(name);
            if key.is_empty() || index.find(name, mappings).is_some() || !seen.insert(key) {
                continue;
            }
            out.push(tidy(name));
        }
    }
    out
}

/// One opportunity seen against a whole team's decks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpportunityFit {
    /// Where the opportunity is in `board.opportunities`.
    pub index: usize,
    pub id: String,
    /// The people it would grow, in the order given.
    pub grows: Vec<String>,
    /// The people who meet every need (everyone, when it asks for nothing), in the order given.
    pub ready: Vec<String>,
}

/// For a leader or manager holding several people's decks: per opportunity, in board order,
/// who it would grow and who is ready for it. `mappings` apply to every deck, so answers by
/// competency name carry across decks where ids do not.
pub fn team_fit(
    board: &Board,
    decks: &[(String, Deck)],
    mappings: &Mappings,
) -> Vec<OpportunityFit> {
    let indexes: Vec<(&str, DeckIndex<'_>)> = decks
        .iter()
        .map(|(person, deck)| (person.as_str(), DeckIndex::new(deck)))
        .collect();
    board
        .opportunities
        .iter()
        .enumerate()
        .map(|(i, o)| {
            let mut fit = OpportunityFit {
                index: i,
                id: o.id.clone(),
                grows: Vec::new(),
                ready: Vec::new(),
            };
            for (person, index) in &indexes {
                let m = index.match_one(i, o, mappings);
                if m.grows_deck() {
                    fit.grows.push((*person).to_owned());
                }
                if m.is_ready() {
                    fit.ready.push((*person).to_owned());
                }
            }
            fit
        })
        .collect()
}
