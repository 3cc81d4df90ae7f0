//! What changed between two versions of a board, opportunity by opportunity (matched by id),
//! so that someone who opened last month's link can see what is new. Moving an opportunity
//! up or down the board is not a change.

use std::collections::HashMap;

use super::field::{BoardField, OppField};
use super::types::{Board, Opportunity};
use crate::model::month_label;

/// One opportunity, named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpportunityRef {
    pub id: String,
    pub title: String,
}

/// An opportunity in both versions whose content differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpportunityChange {
    pub old: Opportunity,
    pub new: Opportunity,
    /// The fields that differ, in the format's order.
    pub fields: Vec<OppField>,
}

/// The changes from one version of a board to the next.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct BoardDiff {
    /// In the new version's order.
    pub added: Vec<OpportunityRef>,
    /// In the old version's order.
    pub removed: Vec<OpportunityRef>,
    /// In the new version's order.
    pub changed: Vec<OpportunityChange>,
    /// The board's own fields that changed: `Title`, `From`, `Note`.
    pub board_fields: Vec<BoardField>,
}

fn named(o: &Opportunity) -> OpportunityRef {
    OpportunityRef {
        id: o.id.clone(),
        title: o.title.trim().to_owned(),
    }
}

fn differs(old: &Opportunity, new: &Opportunity, f: OppField) -> bool {
    match f {
        OppField::Id => false,
        OppField::Title => old.title.trim() != new.title.trim(),
        OppField::Type => old.kind != new.kind,
        OppField::Summary => old.summary != new.summary,
        OppField::Builds => old.builds != new.builds,
        OppField::Needs => old.needs != new.needs,
        OppField::Starts => old.starts != new.starts,
        OppField::Length => old.length != new.length,
        OppField::Contact => old.contact != new.contact,
    }
}

/// The changes from `old` to `new`.
pub fn board_diff(old: &Board, new: &Board) -> BoardDiff {
    let before: HashMap<&str, &Opportunity> = old
        .opportunities
        .iter()
        .map(|o| (o.id.as_str(), o))
        .collect();
    let after: HashMap<&str, &Opportunity> = new
        .opportunities
        .iter()
        .map(|o| (o.id.as_str(), o))
        .collect();
    let mut diff = BoardDiff::default();
    for o in &new.opportunities {
        match before.get(o.id.as_str()) {
            None => diff.added.push(named(o)),
            Some(was) => {
                let fields: Vec<OppField> = OppField::ALL
                    .into_iter()
                    .filter(|f| differs(was, o, *f))
                    .collect();
                if !fields.is_empty() {
                    diff.changed.push(OpportunityChange {
                        old: (*was).clone(),
                        new: o.clone(),
                        fields,
                    });
                }
            }
        }
    }
    diff.removed = old
        .opportunities
        .iter()
        .filter(|o| !after.contains_key(o.id.as_str()))
        .map(named)
        .collect();
    let text = |b: &Board, f: BoardField| match f {
        BoardField::Title => b.title.trim().to_owned(),
        BoardField::From => b.from.clone().unwrap_or_default(),
        _ => b.note.clone().unwrap_or_default(),
    };
    diff.board_fields = [BoardField::Title, BoardField::From, BoardField::Note]
        .into_iter()
        .filter(|f| text(old, *f) != text(new, *f))
        .collect();
    diff
}

fn starts_label(starts: &Option<String>) -> String {
    starts
        .as_deref()
        .map_or_else(|| "no set start".to_owned(), month_label)
}

impl OpportunityChange {
    /// "“Tech lead, ledger migration”: Starts now Jun 2027 (was Mar 2027); Needs changed".
    pub fn describe(&self) -> String {
        let parts: Vec<String> = self
            .fields
            .iter()
            .map(|f| match f {
                OppField::Title => format!("renamed from “{}”", self.old.title.trim()),
                OppField::Type => format!(
                    "Type now {} (was {})",
                    self.new.kind.label(),
                    self.old.kind.label()
                ),
                OppField::Starts => format!(
                    "Starts now {} (was {})",
                    starts_label(&self.new.starts),
                    starts_label(&self.old.starts)
                ),
                other => format!("{} changed", other.label()),
            })
            .collect();
        format!("“{}”: {}", self.new.title.trim(), parts.join("; "))
    }
}

impl BoardDiff {
    /// Nothing changed (a reorder alone is nothing).
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.board_fields.is_empty()
    }

    /// One line per change, for people: new ones, then changed, then removed, then the
    /// board's own fields.
    pub fn describe(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .added
            .iter()
            .map(|o| format!("New: “{}”", o.title))
            .collect();
        lines.extend(self.changed.iter().map(OpportunityChange::describe));
        lines.extend(
            self.removed
                .iter()
                .map(|o| format!("No longer offered: “{}”", o.title)),
        );
        lines.extend(self.board_fields.iter().map(|f| match f {
            BoardField::Title => "The board's title changed".to_owned(),
            BoardField::From => "Who offers these changed".to_owned(),
            _ => "How to raise your hand changed".to_owned(),
        }));
        lines
    }
}
