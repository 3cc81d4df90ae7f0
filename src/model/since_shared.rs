//! "What changed since you last shared": the owner's deck now against the copy a link carried
//! (the snapshot taken when the link was made), in the words the owner can pass on.
//!
//! A shared snapshot holds only what the link carried: the sections chosen, the name only if
//! it was included, and the title as sent. So the comparison looks only at those sections,
//! and leaves the cover alone when the name was left out (the title was then chosen for the
//! link). Restoring a shared snapshot likewise brings back only what it holds and keeps the
//! rest of the deck as it is now, so speaker notes and unshared sections are never wiped.

use std::cmp::Ordering;

use super::deck::{Deck, Section};
use super::diff::{diff_decks, DeckDiff};
use super::instant::compare_instants;
use super::share_log::ShareLogEntry;
use super::snapshot::{Snapshot, SnapshotReason};

/// Which parts of a deck a share carried.
struct Carried {
    sections: Vec<Section>,
    owner: bool,
}

impl Carried {
    /// From the share's log entry, or, without one (a backup from elsewhere, say), every
    /// section a reader sees and the name if the copy has one.
    fn of(shared: &Deck, entry: Option<&ShareLogEntry>) -> Carried {
        match entry {
            Some(e) => Carried {
                sections: e.sections.clone(),
                owner: e.owner_included,
            },
            None => Carried {
                sections: Section::ALL
                    .into_iter()
                    .filter(|s| *s != Section::SpeakerNotes)
                    .collect(),
                owner: shared.owner.is_some(),
            },
        }
    }
}

/// Snapshot ids are `<deck id>:<n>`; a higher n was taken later.
fn number(s: &Snapshot) -> u64 {
    s.id.rsplit(':')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}

/// Orders snapshots by when they were taken, then by their number.
pub(super) fn by_time(a: &Snapshot, b: &Snapshot) -> Ordering {
    compare_instants(&a.at, &b.at)
        .unwrap_or_else(|| a.at.cmp(&b.at))
        .then_with(|| number(a).cmp(&number(b)))
}

/// The snapshot taken when the latest link was made, if the deck was ever shared.
pub fn latest_shared(snapshots: &[Snapshot]) -> Option<&Snapshot> {
    snapshots
        .iter()
        .filter(|s| s.reason == SnapshotReason::Shared)
        .max_by(|a, b| by_time(a, b))
}

/// The log entry of the link a shared snapshot was taken for (same deck, same moment).
pub fn share_entry_for<'a>(
    entries: &'a [ShareLogEntry],
    snapshot: &Snapshot,
) -> Option<&'a ShareLogEntry> {
    entries
        .iter()
        .find(|e| e.deck_id == snapshot.deck_id && e.at == snapshot.at)
}

/// What changed from the copy a link carried (`shared`) to the deck now, over the parts the
/// link carried.
pub fn changes_since_shared(
    shared: &Deck,
    entry: Option<&ShareLogEntry>,
    current: &Deck,
) -> DeckDiff {
    let carried = Carried::of(shared, entry);
    // Most links carry everything a reader sees: then the decks are compared as they are,
    // without copying two big decks on the way.
    let readable = Section::ALL
        .into_iter()
        .filter(|s| *s != Section::SpeakerNotes)
        .all(|s| carried.sections.contains(&s));
    if readable && carried.owner {
        return diff_decks(shared, current);
    }
    let old = shared.subset(&carried.sections, carried.owner);
    let mut new = current.subset(&carried.sections, carried.owner);
    if !carried.owner {
        // The title sent without the name was written for that link: not a change.
        new.title = old.title.clone();
    }
    diff_decks(&old, &new)
}

/// The deck to restore from a shared snapshot: what the link carried, with everything else
/// (other sections, speaker notes, the name and title when the link left the name out) as
/// the deck has it now.
pub fn restored_from_shared(shared: &Deck, entry: Option<&ShareLogEntry>, current: &Deck) -> Deck {
    let carried = Carried::of(shared, entry);
    let mut deck = current.clone();
    for section in &carried.sections {
        match section {
            Section::Profile => deck.profile = shared.profile.clone(),
            Section::Roadmap => deck.roadmap = shared.roadmap.clone(),
            Section::Growth => deck.competencies = shared.competencies.clone(),
            Section::Asks => deck.asks = shared.asks.clone(),
            Section::Supporters => deck.supporters = shared.supporters.clone(),
            Section::SpeakerNotes => deck.speaker_notes = shared.speaker_notes.clone(),
        }
    }
    if carried.owner {
        deck.owner = shared.owner.clone();
        deck.title = shared.title.clone();
    }
    deck
}

/// A heading and the changes under it, each a sentence that starts with a capital.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeGroup {
    pub heading: &'static str,
    pub changes: Vec<String>,
}

/// The changes grouped as the screen lists them: the cover ("Title and name"), then each
/// section under its own heading, without repeating the section's name in every line.
pub fn changes_in_sections(diff: &DeckDiff) -> Vec<ChangeGroup> {
    let mut groups = Vec::new();
    if !diff.cover.is_empty() {
        groups.push(ChangeGroup {
            heading: "Title and name",
            changes: diff.cover.iter().map(|c| c.describe()).collect(),
        });
    }
    for s in &diff.sections {
        let prefix = format!("{}: ", s.section.label());
        groups.push(ChangeGroup {
            heading: s.section.label(),
            changes: s
                .changes
                .iter()
                .map(|c| {
                    let words = c.describe();
                    capitalised(words.strip_prefix(&prefix).unwrap_or(&words))
                })
                .collect(),
        });
    }
    groups
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The changes as plain text for the owner's message to whoever has the deck ("since I shared
/// it on 12 Jan 2027: …"); `since` is the date in words.
pub fn update_message(diff: &DeckDiff, since: &str) -> String {
    let groups = changes_in_sections(diff);
    if groups.is_empty() {
        return format!("My career deck hasn't changed since I shared it on {since}.\n");
    }
    let mut out = format!("What's changed in my career deck since I shared it on {since}:\n");
    for g in groups {
        out.push('\n');
        out.push_str(g.heading);
        out.push('\n');
        for c in g.changes {
            out.push_str("- ");
            out.push_str(&c);
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{example_deck, NoteSlide, SpeakerNotes, TextList};

    fn notes(text: &str) -> SpeakerNotes {
        let mut n = SpeakerNotes::default();
        n.set(NoteSlide::Title, text.into());
        n
    }

    const AT: &str = "2026-12-01T10:00:00Z";

    fn deck() -> Deck {
        example_deck("d".into(), AT.into())
    }

    fn entry(sections: &[Section], owner: bool) -> ShareLogEntry {
        ShareLogEntry {
            deck_id: "d".into(),
            at: AT.into(),
            sections: sections.to_vec(),
            owner_included: owner,
            passphrase: false,
            link_length: 100,
            label: String::new(),
        }
    }

    fn snap(id: &str, at: &str, reason: SnapshotReason) -> Snapshot {
        Snapshot {
            id: id.into(),
            deck_id: "d".into(),
            name: id.into(),
            at: at.into(),
            reason,
            deck: deck(),
        }
    }

    /// The shared copy as storage hands it back: only the carried parts, every section there.
    fn shared_copy(d: &Deck, sections: &[Section], owner: bool) -> Deck {
        d.subset(sections, owner).with_all_sections()
    }

    #[test]
    fn only_the_carried_sections_are_compared() {
        let now = deck();
        let shared = shared_copy(&now, &[Section::Asks], true);
        let e = entry(&[Section::Asks], true);
        assert!(changes_since_shared(&shared, Some(&e), &now).is_empty());

        let mut edited = now.clone();
        edited
            .text_list_mut(TextList::Asks)
            .push("Time with the data team".into());
        edited.roadmap = Some(Vec::new());
        let diff = changes_since_shared(&shared, Some(&e), &edited);
        assert_eq!(
            diff.describe_all(),
            ["Asks: new ask “Time with the data team”"],
            "the roadmap was not shared, so clearing it is not news to the reader"
        );
    }

    #[test]
    fn a_link_without_the_name_ignores_the_cover() {
        let now = deck();
        let mut shared = shared_copy(&now, &[Section::Profile], false);
        shared.title = "Where I'm heading".into();
        let e = entry(&[Section::Profile], false);
        assert!(changes_since_shared(&shared, Some(&e), &now).is_empty());
        // With the name included, a new title is news.
        let shared = shared_copy(&now, &[Section::Profile], true);
        let mut renamed = now.clone();
        renamed.title = "A new title".into();
        let e = entry(&[Section::Profile], true);
        assert_eq!(changes_since_shared(&shared, Some(&e), &renamed).len(), 1);
    }

    #[test]
    fn without_a_log_entry_every_readable_section_counts() {
        let now = deck();
        let shared = shared_copy(&now, &Section::ALL, true);
        let mut edited = now.clone();
        edited.speaker_notes = Some(notes("Private words"));
        assert!(changes_since_shared(&shared, None, &edited).is_empty());
        edited.asks = Some(Vec::new());
        assert!(!changes_since_shared(&shared, None, &edited).is_empty());
    }

    #[test]
    fn restoring_a_shared_copy_keeps_what_it_does_not_hold() {
        let then = deck();
        let shared = shared_copy(&then, &[Section::Asks], false);
        let e = entry(&[Section::Asks], false);
        let mut now = then.clone();
        now.text_list_mut(TextList::Asks).push("Added later".into());
        now.speaker_notes = Some(notes("My notes"));
        now.title = "Renamed".into();
        let restored = restored_from_shared(&shared, Some(&e), &now);
        assert_eq!(restored.asks, then.asks, "the shared part comes back");
        assert_eq!(restored.speaker_notes, now.speaker_notes);
        assert_eq!(restored.roadmap, now.roadmap);
        assert_eq!(restored.title, "Renamed");
        assert_eq!(restored.owner, now.owner);
    }

    #[test]
    fn the_latest_shared_snapshot_and_its_entry_are_found() {
        let list = vec![
            snap("d:3", "2026-12-03T10:00:00Z", SnapshotReason::Manual),
            snap("d:2", "2026-12-02T10:00:00+02:00", SnapshotReason::Shared),
            snap("d:1", "2026-12-02T09:00:00Z", SnapshotReason::Shared),
        ];
        assert_eq!(latest_shared(&list).map(|s| s.id.as_str()), Some("d:1"));
        assert_eq!(latest_shared(&list[..1]), None);
        let mut e = entry(&[Section::Asks], true);
        e.at = "2026-12-02T09:00:00Z".into();
        let entries = [entry(&[], true), e.clone()];
        assert_eq!(share_entry_for(&entries, &list[2]), Some(&e));
        assert_eq!(share_entry_for(&entries, &list[0]), None);
    }

    #[test]
    fn changes_are_grouped_by_section_in_sentences() {
        let old = deck();
        let mut new = old.clone();
        new.title = "Next".into();
        new.text_list_mut(TextList::Asks).push("More time".into());
        let groups = changes_in_sections(&diff_decks(&old, &new));
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].heading, "Title and name");
        assert!(groups[0].changes[0].starts_with("Title: "));
        assert_eq!(groups[1].heading, "Asks");
        assert_eq!(groups[1].changes, ["New ask “More time”"]);
    }

    #[test]
    fn the_update_message_lists_each_change_under_its_section() {
        let old = deck();
        let mut new = old.clone();
        new.text_list_mut(TextList::Asks).push("More time".into());
        let text = update_message(&diff_decks(&old, &new), "1 Dec 2026");
        assert_eq!(
            text,
            "What's changed in my career deck since I shared it on 1 Dec 2026:\n\nAsks\n- New ask “More time”\n"
        );
        assert!(update_message(&DeckDiff::default(), "1 Dec 2026").contains("hasn't changed"));
    }
}
