//! The plan shown before a restore: for each deck in the backup, how it compares with the
//! deck of the same id already here, and what happens to it unless the person chooses
//! otherwise. The rule: never replace a newer local deck.

use std::cmp::Ordering;

use super::deck::Deck;
use super::instant::compare_instants;

/// How a deck in the backup compares with the one here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanStatus {
    /// No deck with this id here.
    New,
    /// The same content as the deck here (`updated_at` alone may differ): nothing to do.
    Identical,
    /// Edited later than the deck here.
    Newer,
    /// Edited earlier than the deck here.
    Older,
    /// Different content, and nobody can say which is newer (the same time, or a time that
    /// can't be read): two copies that went their own ways.
    Diverged,
}

/// What to do with one deck of the backup.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanChoice {
    /// Add it (no deck with its id here).
    Restore,
    /// "Replace mine": the backup's copy takes the place of the one here.
    Replace,
    /// "Keep mine" (or, for a new deck, "Leave it out"): nothing changes.
    Skip,
    /// "Keep both": restore it beside the one here, under a new id (`copy_beside`).
    KeepBoth,
}

/// One deck of the backup in the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    pub deck_id: String,
    pub title: String,
    pub status: PlanStatus,
    /// What happens unless the person picks another of `choices`.
    pub default_choice: PlanChoice,
    /// What the person may pick, the default first.
    pub choices: Vec<PlanChoice>,
}

impl PlanEntry {
    /// A choice's words on this entry's buttons.
    pub fn choice_label(&self, choice: PlanChoice) -> &'static str {
        match (choice, self.status) {
            (PlanChoice::Restore, _) => "Restore",
            (PlanChoice::Replace, _) => "Replace mine",
            (PlanChoice::Skip, PlanStatus::New) => "Leave it out",
            (PlanChoice::Skip, PlanStatus::Identical) => "Nothing to do",
            (PlanChoice::Skip, _) => "Keep mine",
            (PlanChoice::KeepBoth, _) => "Keep both",
        }
    }
}

/// Compares each incoming deck with the local deck of the same id. `local` needs to hold
/// only the local decks whose ids appear in `incoming` (others play no part).
pub fn plan_import(incoming: &[Deck], local: &[Deck]) -> Vec<PlanEntry> {
    use PlanChoice::*;
    incoming
        .iter()
        .map(|deck| {
            let status = match local.iter().find(|l| l.id == deck.id) {
                None => PlanStatus::New,
                Some(mine) if same_content(deck, mine) => PlanStatus::Identical,
                Some(mine) => match compare_instants(&deck.updated_at, &mine.updated_at) {
                    Some(Ordering::Greater) => PlanStatus::Newer,
                    Some(Ordering::Less) => PlanStatus::Older,
                    _ => PlanStatus::Diverged,
                },
            };
            let choices = match status {
                PlanStatus::New => vec![Restore, Skip],
                PlanStatus::Identical => vec![Skip],
                PlanStatus::Newer => vec![Replace, Skip, KeepBoth],
                // Never replace a newer local deck: keeping both is as far as it goes.
                PlanStatus::Older => vec![Skip, KeepBoth],
                PlanStatus::Diverged => vec![KeepBoth, Skip, Replace],
            };
            PlanEntry {
                deck_id: deck.id.clone(),
                title: deck.title.clone(),
                status,
                default_choice: choices[0],
                choices,
            }
        })
        .collect()
}

/// Equal in everything but `updated_at` (a time stamp alone is no content to restore).
fn same_content(a: &Deck, b: &Deck) -> bool {
    a.id == b.id
        && a.title == b.title
        && a.owner == b.owner
        && a.profile == b.profile
        && a.roadmap == b.roadmap
        && a.competencies == b.competencies
        && a.asks == b.asks
        && a.supporters == b.supporters
        && a.speaker_notes == b.speaker_notes
}

/// The backup's copy for "Keep both": under `new_id`, its title marked so the two can be
/// told apart in the library.
pub fn copy_beside(deck: &Deck, new_id: String) -> Deck {
    let mut copy = deck.clone();
    copy.id = new_id;
    copy.title = format!("{} (from backup)", deck.title.trim());
    copy
}

/// The plan in a few sentences: "1 new deck to restore. 2 decks already here, unchanged."
pub fn plan_summary(plan: &[PlanEntry]) -> String {
    let count = |s: PlanStatus| plan.iter().filter(|e| e.status == s).count();
    let decks = |n: usize| if n == 1 { "deck" } else { "decks" };
    let is_are = |n: usize| if n == 1 { "is" } else { "are" };
    let mut parts = Vec::new();
    let n = count(PlanStatus::New);
    if n > 0 {
        parts.push(format!("{n} new {} to restore.", decks(n)));
    }
    let n = count(PlanStatus::Identical);
    if n > 0 {
        parts.push(format!("{n} {} already here, unchanged.", decks(n)));
    }
    let n = count(PlanStatus::Newer);
    if n > 0 {
        parts.push(format!(
            "{n} {} {} newer in the backup than here.",
            decks(n),
            is_are(n)
        ));
    }
    let n = count(PlanStatus::Older);
    if n > 0 {
        parts.push(format!(
            "{n} {} {} older in the backup than here; yours {} kept unless you choose otherwise.",
            decks(n),
            is_are(n),
            is_are(n)
        ));
    }
    let n = count(PlanStatus::Diverged);
    if n > 0 {
        parts.push(format!(
            "{n} {} {} changed both here and in the backup; both can be kept.",
            decks(n),
            if n == 1 { "was" } else { "were" }
        ));
    }
    if parts.is_empty() {
        "Nothing to restore.".into()
    } else {
        parts.join(" ")
    }
}
