//! "Raise my hand": the reader puts an opportunity into their own deck, as a *next* step on
//! their roadmap and an ask, so the next conversation with their manager starts from it.
//! What was added is returned, so the shell can offer to undo it (`lower_hand`).

use super::types::{Board, Opportunity};
use crate::model::limits::MAX_LIST_ITEMS;
use crate::model::{is_year_month, Deck, Horizon, RoadmapItem};

/// Contacts longer than this are left out of the roadmap note (a note is a line, not a file).
const MAX_CONTACT_IN_NOTE: usize = 200;

/// What `raise_hand` added to a deck, enough to take it out again.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RaisedHand {
    pub opportunity_id: String,
    /// The id of the new roadmap item.
    pub roadmap_item_id: String,
    /// The text of the new ask (asks have no ids).
    pub ask: String,
}

/// The ask a raised hand adds: "Consider me for: Tech lead, ledger migration".
pub fn ask_text(opportunity: &Opportunity) -> String {
    format!("Consider me for: {}", opportunity.title.trim())
}

/// Where the roadmap item says it is: who offers it, or the board's title.
fn organization(board: &Board) -> String {
    board
        .from
        .as_deref()
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .unwrap_or(board.title.trim())
        .to_owned()
}

fn notes(board: &Board, o: &Opportunity) -> String {
    let mut notes = format!(
        "Raised my hand on the opportunity board “{}”",
        board.title.trim()
    );
    let contact = o.contact.trim();
    if !contact.is_empty() && contact.chars().count() <= MAX_CONTACT_IN_NOTE {
        notes.push_str(&format!("; contact: {contact}"));
    }
    notes
}

/// Whether the deck already holds this opportunity: its ask, or a *next* roadmap item with its
/// title from this board's organization.
pub fn is_hand_raised(deck: &Deck, board: &Board, opportunity_id: &str) -> bool {
    let Some(o) = board.opportunity(opportunity_id) else {
        return false;
    };
    let ask = ask_text(o);
    let org = organization(board);
    deck.text_list(crate::model::TextList::Asks).contains(&ask)
        || deck.roadmap_list().iter().any(|r| {
            r.horizon == Horizon::Next && r.title.trim() == o.title.trim() && r.organization == org
        })
}

/// Adds the opportunity to `deck` as a *next* roadmap item (its title; `board.from`, or the
/// board's title, as organization; its start month; a note naming the board) and the ask
/// "Consider me for: <title>". `None`, and nothing changed, when the board has no such
/// opportunity, the hand is already raised, or the roadmap or asks are full.
pub fn raise_hand(deck: &mut Deck, board: &Board, opportunity_id: &str) -> Option<RaisedHand> {
    let o = board.opportunity(opportunity_id)?;
    if is_hand_raised(deck, board, opportunity_id)
        || deck.roadmap_list().len() >= MAX_LIST_ITEMS
        || deck.asks.as_ref().map_or(0, Vec::len) >= MAX_LIST_ITEMS
    {
        return None;
    }
    let item = |id: String| RoadmapItem {
        id,
        title: o.title.trim().to_owned(),
        organization: organization(board),
        // Only a month the deck format accepts, so the deck stays valid whatever the board held.
        start: o.starts.clone().filter(|m| is_year_month(m)),
        end: None,
        horizon: Horizon::Next,
        notes: notes(board, o),
    };
    let roadmap_item_id = deck.push_item::<RoadmapItem>(&(), item)?;
    let ask = ask_text(o);
    deck.asks.get_or_insert_with(Vec::new).push(ask.clone());
    Some(RaisedHand {
        opportunity_id: o.id.clone(),
        roadmap_item_id,
        ask,
    })
}

/// Takes out what `raise_hand` added (the roadmap item by its id, and one copy of the ask,
/// the last); answers whether anything was there to take out.
pub fn lower_hand(deck: &mut Deck, hand: &RaisedHand) -> bool {
    let mut removed = false;
    if let Some(roadmap) = deck.roadmap.as_mut() {
        let before = roadmap.len();
        roadmap.retain(|r| r.id != hand.roadmap_item_id);
        removed |= roadmap.len() != before;
    }
    if let Some(asks) = deck.asks.as_mut() {
        if let Some(i) = asks.iter().rposition(|a| *a == hand.ask) {
            asks.remove(i);
            removed = true;
        }
    }
    removed
}
