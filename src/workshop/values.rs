//! The value card sort: one card at a time, by buttons or keys, in three phases.
//!
//! 1. Sort: each card into Very important, Important or Less so, trusting the first reaction.
//!    Every placement is logged, so `undo` takes back the last one, and placing a card again
//!    moves it.
//! 2. Narrow: from the very important pile, keep a band of 5 to 10. When fewer than five were
//!    very important, cards can be pulled in from Important (and from Less so, if even that is
//!    not enough).
//! 3. Rank: order the band; the first five are the top five, and each of those gets a line on
//!    what it means and a moment it showed.
//!
//! Every change answers with an announcement for a screen reader's live region.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::same_text;
use crate::model::Move;

/// The cards everyone starts with; people add their own.
pub const VALUES: &[&str] = &[
    "Autonomy",
    "Craft",
    "Family",
    "Fairness",
    "Learning",
    "Security",
    "Achievement",
    "Adventure",
    "Balance",
    "Beauty",
    "Being useful",
    "Belonging",
    "Calm",
    "Caring for others",
    "Challenge",
    "Community",
    "Courage",
    "Creativity",
    "Curiosity",
    "Efficiency",
    "Excellence",
    "Faith",
    "Flexibility",
    "Friendship",
    "Fun",
    "Generosity",
    "Growth",
    "Health",
    "Helping others grow",
    "Home",
    "Honesty",
    "Humility",
    "Humour",
    "Inclusion",
    "Influence",
    "Integrity",
    "Justice",
    "Kindness",
    "Leadership",
    "Loyalty",
    "Making a difference",
    "Mastery",
    "Nature",
    "Openness",
    "Order",
    "Patience",
    "Peace of mind",
    "Purpose",
    "Recognition",
    "Reliability",
    "Respect",
    "Responsibility",
    "Rest",
    "Service",
    "Simplicity",
    "Speaking up",
    "Teamwork",
    "Time for myself",
    "Tradition",
    "Trust",
    "Variety",
    "Wealth",
    "Wisdom",
];

/// The smallest band worth ranking.
pub const BAND_MIN: usize = 5;
/// The largest band worth ranking.
pub const BAND_MAX: usize = 10;
/// How many values reach the deck.
pub const TOP: usize = 5;
/// The longest value a person can add, in characters.
pub const MAX_VALUE_CHARS: usize = 80;

/// Where a card goes in the quick pass.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pile {
    VeryImportant,
    Important,
    LessSo,
}

impl Pile {
    /// The piles, in button order.
    pub const ALL: [Pile; 3] = [Pile::VeryImportant, Pile::Important, Pile::LessSo];

    /// The button's words.
    pub fn label(self) -> &'static str {
        match self {
            Pile::VeryImportant => "Very important",
            Pile::Important => "Important",
            Pile::LessSo => "Less so",
        }
    }

    /// The key that places a card on this pile: 1, 2 or 3.
    pub fn shortcut(self) -> char {
        match self {
            Pile::VeryImportant => '1',
            Pile::Important => '2',
            Pile::LessSo => '3',
        }
    }

    /// The pile for a pressed key ("1", "2", "3"), if any.
    pub fn from_key(key: &str) -> Option<Pile> {
        Pile::ALL
            .into_iter()
            .find(|p| key.len() == 1 && key.starts_with(p.shortcut()))
    }

    fn spoken(self) -> &'static str {
        match self {
            Pile::VeryImportant => "very important",
            Pile::Important => "important",
            Pile::LessSo => "less so",
        }
    }
}

/// Which part of the sort the person is in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortPhase {
    #[default]
    Sort,
    Narrow,
    Rank,
}

/// One placement in the quick pass.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Placement {
    pub card: String,
    pub pile: Pile,
}

/// What a top value means to the person, and a time it showed.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ValueNote {
    /// One line: what it means to me.
    pub meaning: String,
    /// A time it showed.
    pub moment: String,
}

/// Why a card-sort move was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SortError {
    /// No card by that name.
    UnknownCard,
    /// That move belongs to another phase.
    WrongPhase,
    /// An own value with no words.
    Empty,
    /// An own value longer than `MAX_VALUE_CHARS`.
    TooLong,
    /// A card already in the deck of cards.
    Duplicate,
    /// Nothing placed yet.
    NothingToUndo,
    /// The card cannot join the band (not very important, and no need to pull from others).
    NotAvailable,
    /// The band is already `BAND_MAX` cards.
    BandFull,
    /// The band has fewer cards than ranking needs, though more could be pulled in.
    BandTooSmall { need: usize },
    /// The band has more than `BAND_MAX` cards.
    BandTooLarge { over: usize },
    /// No card at that place, or nowhere to move it.
    CannotMove,
}

impl SortError {
    /// What to tell the person.
    pub fn message(&self) -> String {
        match self {
            SortError::UnknownCard => "That card is not in your set.".into(),
            SortError::WrongPhase => "That belongs to another part of the sort.".into(),
            SortError::Empty => "Write a word or two for your value.".into(),
            SortError::TooLong => {
                format!("Keep it to a few words (at most {MAX_VALUE_CHARS} characters).")
            }
            SortError::Duplicate => "That value is already one of your cards.".into(),
            SortError::NothingToUndo => "Nothing to take back yet.".into(),
            SortError::NotAvailable => "Choose from your very important cards first.".into(),
            SortError::BandFull => {
                format!("You already have {BAND_MAX}. Set one aside to make room.")
            }
            SortError::BandTooSmall { need } => {
                format!("Choose {need} more, so you have at least {BAND_MIN}.")
            }
            SortError::BandTooLarge { over } => {
                format!("Set aside {over} more, so you have at most {BAND_MAX}.")
            }
            SortError::CannotMove => "That card cannot move further.".into(),
        }
    }
}

/// The card sort's whole state.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ValueSort {
    pub phase: SortPhase,
    /// Every card, in the order they are shown (the starting set, then the person's own).
    pub cards: Vec<String>,
    /// The person's own cards (also in `cards`).
    pub own: Vec<String>,
    /// The quick pass, in the order placed; the last placement of a card counts.
    pub placements: Vec<Placement>,
    /// The chosen band, in rank order (its first five are the top five).
    pub band: Vec<String>,
    /// Meaning and moment, by card.
    pub notes: BTreeMap<String, ValueNote>,
}

impl Default for ValueSort {
    fn default() -> Self {
        ValueSort {
            phase: SortPhase::Sort,
            cards: VALUES.iter().map(|v| (*v).to_owned()).collect(),
            own: Vec::new(),
            placements: Vec::new(),
            band: Vec::new(),
            notes: BTreeMap::new(),
        }
    }
}

impl ValueSort {
    /// How many cards there are.
    pub fn total(&self) -> usize {
        self.cards.len()
    }

    /// The pile a card is on now, if it has been placed.
    pub fn pile_of(&self, card: &str) -> Option<Pile> {
        self.placements
            .iter()
            .rev()
            .find(|p| p.card == card)
            .map(|p| p.pile)
    }

    /// How many cards have been placed.
    pub fn sorted_count(&self) -> usize {
        self.cards
            .iter()
            .filter(|c| self.pile_of(c).is_some())
            .count()
    }

    /// How many cards are still to place.
    pub fn remaining(&self) -> usize {
        self.total() - self.sorted_count()
    }

    /// The next card to place, in showing order.
    pub fn current_card(&self) -> Option<&str> {
        self.cards
            .iter()
            .find(|c| self.pile_of(c).is_none())
            .map(String::as_str)
    }

    /// The cards on a pile, in showing order.
    pub fn pile(&self, pile: Pile) -> Vec<&str> {
        self.cards
            .iter()
            .filter(|c| self.pile_of(c) == Some(pile))
            .map(String::as_str)
            .collect()
    }

    fn card_name(&self, card: &str) -> Option<String> {
        self.cards.iter().find(|c| c.as_str() == card).cloned()
    }

    /// Places a card (normally the current one; placing a sorted card again moves it) and
    /// answers the announcement: "“Craft” — very important. 12 of 63 sorted."
    pub fn place(&mut self, card: &str, pile: Pile) -> Result<String, SortError> {
        if self.phase != SortPhase::Sort {
            return Err(SortError::WrongPhase);
        }
        let card = self.card_name(card).ok_or(SortError::UnknownCard)?;
        self.placements.push(Placement {
            card: card.clone(),
            pile,
        });
        let mut text = format!(
            "“{card}” — {}. {} of {} sorted.",
            pile.spoken(),
            self.sorted_count(),
            self.total()
        );
        if self.remaining() == 0 {
            text.push_str(" That is all of them.");
        }
        Ok(text)
    }

    /// Places the current card; see `place`.
    pub fn place_current(&mut self, pile: Pile) -> Result<String, SortError> {
        let card = self
            .current_card()
            .ok_or(SortError::UnknownCard)?
            .to_owned();
        self.place(&card, pile)
    }

    /// Takes back the last placement: "Took back “Craft”. 11 of 63 sorted."
    pub fn undo(&mut self) -> Result<String, SortError> {
        if self.phase != SortPhase::Sort {
            return Err(SortError::WrongPhase);
        }
        let last = self.placements.pop().ok_or(SortError::NothingToUndo)?;
        let now = match self.pile_of(&last.card) {
            Some(p) => format!(" It is back on {}.", p.spoken()),
            None => String::new(),
        };
        Ok(format!(
            "Took back “{}”.{now} {} of {} sorted.",
            last.card,
            self.sorted_count(),
            self.total()
        ))
    }

    /// Adds the person's own value. In the quick pass it joins the cards still to sort;
    /// later it goes straight onto the very important pile (and, while narrowing, into the
    /// band if there is room), since someone adding a value at that point means it.
    pub fn add_own(&mut self, name: &str) -> Result<String, SortError> {
        let name = name.trim();
        if name.is_empty() {
            return Err(SortError::Empty);
        }
        if name.chars().count() > MAX_VALUE_CHARS {
            return Err(SortError::TooLong);
        }
        if self.cards.iter().any(|c| same_text(c, name)) {
            return Err(SortError::Duplicate);
        }
        self.cards.push(name.to_owned());
        self.own.push(name.to_owned());
        if self.phase == SortPhase::Sort {
            return Ok(format!(
                "Added “{name}”. {} of {} sorted.",
                self.sorted_count(),
                self.total()
            ));
        }
        self.placements.push(Placement {
            card: name.to_owned(),
            pile: Pile::VeryImportant,
        });
        if self.band.len() < BAND_MAX {
            self.band.push(name.to_owned());
            return Ok(format!(
                "Added “{name}” to your chosen values. {} chosen.",
                self.band.len()
            ));
        }
        Ok(format!("Added “{name}” as very important."))
    }

    /// Moves on to narrowing (cards not yet placed stay unplaced). The band starts as the
    /// very important pile; coming back, it keeps the cards still on a pile that can be in it.
    pub fn start_narrowing(&mut self) -> Result<String, SortError> {
        if self.phase == SortPhase::Narrow {
            return Err(SortError::WrongPhase);
        }
        let band: Vec<String> = self
            .band
            .iter()
            .filter(|c| self.pile_of(c).is_some())
            .cloned()
            .collect();
        self.band = band;
        if self.band.is_empty() {
            self.band = self
                .pile(Pile::VeryImportant)
                .into_iter()
                .map(str::to_owned)
                .collect();
        }
        self.phase = SortPhase::Narrow;
        Ok(format!(
            "Now keep the {BAND_MIN} to {BAND_MAX} that matter most. {}",
            self.band_status()
        ))
    }

    /// Where the band stands, in a sentence.
    pub fn band_status(&self) -> String {
        let n = self.band.len();
        if n > BAND_MAX {
            format!("{n} chosen: set aside {} more.", n - BAND_MAX)
        } else if n < BAND_MIN && !self.pullable().is_empty() {
            format!("{n} chosen: choose {} more.", BAND_MIN - n)
        } else {
            format!("{n} chosen: ready to rank.")
        }
    }

    /// Cards that can join the band now: the very important ones not in it, and — when fewer
    /// than five were very important — the important ones (then the rest, if still too few).
    pub fn pullable(&self) -> Vec<&str> {
        let outside = |p: Pile| -> Vec<&str> {
            self.pile(p)
                .into_iter()
                .filter(|c| !self.band.iter().any(|b| b == c))
                .collect()
        };
        let mut out = outside(Pile::VeryImportant);
        let very = self.pile(Pile::VeryImportant).len();
        if very < BAND_MIN {
            out.extend(outside(Pile::Important));
            if very + self.pile(Pile::Important).len() < BAND_MIN {
                out.extend(outside(Pile::LessSo));
            }
        }
        out
    }

    /// Brings a card into the band.
    pub fn band_add(&mut self, card: &str) -> Result<String, SortError> {
        if self.phase != SortPhase::Narrow {
            return Err(SortError::WrongPhase);
        }
        let card = self.card_name(card).ok_or(SortError::UnknownCard)?;
        if !self.pullable().contains(&card.as_str()) {
            return Err(SortError::NotAvailable);
        }
        if self.band.len() >= BAND_MAX {
            return Err(SortError::BandFull);
        }
        self.band.push(card.clone());
        Ok(format!("“{card}” chosen. {}", self.band_status()))
    }

    /// Sets a card aside from the band (it stays on its pile).
    pub fn band_remove(&mut self, card: &str) -> Result<String, SortError> {
        if self.phase != SortPhase::Narrow {
            return Err(SortError::WrongPhase);
        }
        let i = self
            .band
            .iter()
            .position(|c| c == card)
            .ok_or(SortError::UnknownCard)?;
        let card = self.band.remove(i);
        Ok(format!("“{card}” set aside. {}", self.band_status()))
    }

    /// Moves on to ranking, once the band is 5 to 10 cards (or smaller, when there is
    /// nothing left to pull in).
    pub fn start_ranking(&mut self) -> Result<String, SortError> {
        if self.phase != SortPhase::Narrow {
            return Err(SortError::WrongPhase);
        }
        let n = self.band.len();
        if n > BAND_MAX {
            return Err(SortError::BandTooLarge { over: n - BAND_MAX });
        }
        if n == 0 || (n < BAND_MIN && !self.pullable().is_empty()) {
            return Err(SortError::BandTooSmall {
                need: BAND_MIN.saturating_sub(n).max(1),
            });
        }
        self.phase = SortPhase::Rank;
        Ok(format!(
            "Now put your {n} in order, most important first. The first {} are your top {}.",
            TOP.min(n),
            TOP.min(n)
        ))
    }

    /// Goes back to the quick pass (the band is kept for when narrowing resumes).
    pub fn back_to_sorting(&mut self) {
        self.phase = SortPhase::Sort;
    }

    /// Goes back from ranking to narrowing.
    pub fn back_to_narrowing(&mut self) {
        if self.phase == SortPhase::Rank {
            self.phase = SortPhase::Narrow;
        }
    }

    /// Moves the band card at `index` one place: "“Craft” is now 2 of 7, in your top five."
    pub fn rank_move(&mut self, index: usize, dir: Move) -> Result<String, SortError> {
        if self.phase != SortPhase::Rank {
            return Err(SortError::WrongPhase);
        }
        let target = match dir {
            Move::Up => index.checked_sub(1),
            Move::Down => Some(index + 1),
        }
        .filter(|t| *t < self.band.len() && index < self.band.len())
        .ok_or(SortError::CannotMove)?;
        self.band.swap(index, target);
        let card = &self.band[target];
        let place = if target < TOP {
            format!(", in your top {TOP}")
        } else {
            String::new()
        };
        Ok(format!(
            "“{card}” is now {} of {}{place}.",
            target + 1,
            self.band.len()
        ))
    }

    /// The top five, in order: the band's first five, or (before narrowing) the first five
    /// very important cards.
    pub fn top_five(&self) -> Vec<&str> {
        if self.band.is_empty() {
            return self
                .pile(Pile::VeryImportant)
                .into_iter()
                .take(TOP)
                .collect();
        }
        self.band.iter().take(TOP).map(String::as_str).collect()
    }

    /// What a card means to the person, and a moment it showed (empty until written).
    pub fn note(&self, card: &str) -> ValueNote {
        self.notes.get(card).cloned().unwrap_or_default()
    }

    /// Sets the one line of what a value means.
    pub fn set_meaning(&mut self, card: &str, meaning: &str) {
        self.notes.entry(card.to_owned()).or_default().meaning = meaning.to_owned();
    }

    /// Sets the moment a value showed.
    pub fn set_moment(&mut self, card: &str, moment: &str) {
        self.notes.entry(card.to_owned()).or_default().moment = moment.to_owned();
    }

    /// The top five as the deck lists them: "Craft — doing the job properly, even when
    /// nobody checks" when a meaning is written, the bare value otherwise.
    pub fn to_deck_values(&self) -> Vec<String> {
        self.top_five()
            .into_iter()
            .map(|card| {
                let meaning = self.note(card).meaning;
                let meaning = meaning.trim().trim_end_matches('.');
                if meaning.is_empty() {
                    card.to_owned()
                } else {
                    format!("{card} — {meaning}")
                }
            })
            .collect()
    }

    /// The moments of the top five, one line each ("Craft: the night I …"), for the speaker
    /// notes of the values slide.
    pub fn moments(&self) -> Vec<String> {
        self.top_five()
            .into_iter()
            .filter_map(|card| {
                let moment = self.note(card).moment;
                let moment = moment.trim();
                (!moment.is_empty()).then(|| format!("{card}: {moment}"))
            })
            .collect()
    }

    /// Drops duplicate cards and references to cards that are not there.
    pub(crate) fn repair(&mut self) {
        let mut cards: Vec<String> = Vec::new();
        for c in &self.cards {
            if !c.trim().is_empty() && !cards.contains(c) {
                cards.push(c.clone());
            }
        }
        self.cards = cards;
        let known = |c: &String| self.cards.contains(c);
        self.own.retain(known);
        self.placements.retain(|p| known(&p.card));
        let mut band: Vec<String> = Vec::new();
        for c in &self.band {
            if known(c) && !band.contains(c) {
                band.push(c.clone());
            }
        }
        self.band = band;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starting_set_is_varied_and_has_no_repeats() {
        assert!((50..=70).contains(&VALUES.len()), "{}", VALUES.len());
        for (i, v) in VALUES.iter().enumerate() {
            assert!(!VALUES[..i].iter().any(|w| same_text(v, w)), "{v} twice");
            assert!(v.split_whitespace().count() <= 4, "{v}");
        }
    }

    #[test]
    fn keys_map_to_piles() {
        assert_eq!(Pile::from_key("1"), Some(Pile::VeryImportant));
        assert_eq!(Pile::from_key("3"), Some(Pile::LessSo));
        assert_eq!(Pile::from_key("4"), None);
        assert_eq!(Pile::from_key("12"), None);
    }

    #[test]
    fn own_values_are_checked() {
        let mut s = ValueSort::default();
        assert_eq!(s.add_own("  "), Err(SortError::Empty));
        assert_eq!(s.add_own("craft"), Err(SortError::Duplicate));
        assert_eq!(s.add_own(&"x".repeat(81)), Err(SortError::TooLong));
        let n = s.total();
        assert!(s.add_own("Cooking for friends").is_ok());
        assert_eq!(s.total(), n + 1);
        assert_eq!(s.own, ["Cooking for friends"]);
    }

    #[test]
    fn repair_drops_what_is_not_there() {
        let mut s = ValueSort {
            cards: vec!["A".into(), "A".into(), "B".into(), " ".into()],
            band: vec!["A".into(), "Z".into(), "A".into()],
            placements: vec![Placement {
                card: "Z".into(),
                pile: Pile::Important,
            }],
            ..ValueSort::default()
        };
        s.repair();
        assert_eq!(s.cards, ["A", "B"]);
        assert_eq!(s.band, ["A"]);
        assert!(s.placements.is_empty());
    }
}
