//! A three-way merge for one deck edited in two browser tabs: `base` is the version both tabs
//! started from, `theirs` is what is stored now (the other tab saved it), `mine` is this tab's.
//!
//! Each field, each item (by id) and each short text list is merged on its own: what only one
//! side changed is taken from that side, so edits to different parts both survive. When both
//! sides changed the same thing differently it is a `Clash`: the merged deck holds theirs (what
//! is stored), and the clash keeps both versions in words so the person can choose. No typed
//! words are lost: an item removed in one tab and edited in the other is kept, as edited.
//!
//! A choice is made by merging again with that choice remembered (`apply_choice`), so the
//! result is always exactly what the rules give for the choices made, and every clash's path
//! points into the deck as it now is.

use std::collections::{HashMap, HashSet};

use super::dates::{date_label, month_label};
use super::deck::*;
use super::edit::{TextList, LEVEL_NAMES};
use super::field::{
    ActionField, CompetencyField, Field, ProfileText, RoadmapField, SupporterField,
};

/// The merged deck and what could not be merged on its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merge {
    pub deck: Deck,
    pub clashes: Vec<Clash>,
    /// Base, mine, theirs: kept to merge again when a choice is made.
    inputs: Box<[Deck; 3]>,
    /// The person's choices so far: `true` takes mine.
    choices: Vec<(Slot, bool)>,
}

/// Something both tabs changed, each in its own way.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    /// Where it is in the merged deck (the list as a whole when the item is not in it now).
    pub field: Field,
    /// The field in the screen's words: "Roadmap, item 2 “Team lead”, Notes".
    pub label: String,
    /// This tab's version, as text to show.
    pub mine: String,
    /// The stored version, as text to show.
    pub theirs: String,
    /// Whether the merged deck holds mine (it holds theirs unless chosen otherwise, or unless
    /// theirs removed what mine edited).
    pub took_mine: bool,
    slot: Slot,
}

/// What a clash is about, by ids, so that it names the same thing however the deck changes.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Slot {
    Title,
    Owner,
    ProfileText(ProfileText),
    TextList(TextList),
    Note(NoteSlide),
    /// The section as a whole: removed on one side, edited on the other.
    Section(Section),
    /// A roadmap item, or one of its fields.
    Role(String, Option<RoadmapField>),
    Competency(String, Option<CompetencyField>),
    /// (competency id, action id, field).
    Action(String, String, Option<ActionField>),
    Supporter(String, Option<SupporterField>),
}

impl Merge {
    /// Whether everything merged on its own.
    pub fn is_clean(&self) -> bool {
        self.clashes.is_empty()
    }
}

/// Merges the edits of two tabs made since `base`.
pub fn merge_decks(base: &Deck, mine: &Deck, theirs: &Deck) -> Merge {
    let inputs = Box::new([base.clone(), mine.clone(), theirs.clone()]);
    run(inputs, Vec::new())
}

/// Takes mine (`true`) or theirs for one clash; answers whether there is such a clash.
pub fn apply_choice(merge: &mut Merge, clash_index: usize, take_mine: bool) -> bool {
    let Some(slot) = merge.clashes.get(clash_index).map(|c| c.slot.clone()) else {
        return false;
    };
    let mut choices = std::mem::take(&mut merge.choices);
    choices.retain(|(s, _)| *s != slot);
    choices.push((slot, take_mine));
    rerun(merge, choices);
    true
}

/// Takes mine for every clash.
pub fn all_mine(merge: &mut Merge) {
    choose_all(merge, true);
}

/// Takes theirs (what is stored) for every clash.
pub fn all_theirs(merge: &mut Merge) {
    choose_all(merge, false);
}

fn choose_all(merge: &mut Merge, take_mine: bool) {
    let choices = merge
        .clashes
        .iter()
        .map(|c| (c.slot.clone(), take_mine))
        .collect();
    rerun(merge, choices);
}

fn rerun(merge: &mut Merge, choices: Vec<(Slot, bool)>) {
    let inputs = std::mem::replace(&mut merge.inputs, Box::new(blank_decks()));
    *merge = run(inputs, choices);
}

fn blank_decks() -> [Deck; 3] {
    let blank = || Deck::blank(String::new(), String::new(), String::new());
    [blank(), blank(), blank()]
}

fn run(inputs: Box<[Deck; 3]>, choices: Vec<(Slot, bool)>) -> Merge {
    let [base, mine, theirs] = &*inputs;
    let mut m = Merger {
        choices: &choices,
        clashes: Vec::new(),
    };
    let mut deck = m.deck(base, mine, theirs);
    // Two tabs adding an action to two different competencies give both the same new id;
    // ids are unique within a deck, so the later one gets a fresh id.
    deck.renumber_duplicate_ids();
    let clashes = m.clashes.into_iter().map(|p| p.into_clash(&deck)).collect();
    Merge {
        deck,
        clashes,
        inputs,
        choices,
    }
}

/// A clash found while merging, before its path in the merged deck is known.
struct Pending {
    slot: Slot,
    mine: String,
    theirs: String,
    took_mine: bool,
    /// The item's name, for the label when the item is not in the merged deck.
    name: String,
}

impl Pending {
    fn into_clash(self, deck: &Deck) -> Clash {
        let (field, found) = locate(&self.slot, deck);
        let mut label = field.describe(Some(deck));
        let name = self.name.trim();
        if !found && !name.is_empty() {
            label = format!("{label}, “{name}”");
        }
        Clash {
            field,
            label,
            mine: self.mine,
            theirs: self.theirs,
            took_mine: self.took_mine,
            slot: self.slot,
        }
    }
}

/// The path of `slot` in `deck`, and whether the item it names is there.
fn locate(slot: &Slot, deck: &Deck) -> (Field, bool) {
    match slot {
        Slot::Title => (Field::Title, true),
        Slot::Owner => (Field::Owner, true),
        Slot::ProfileText(t) => (Field::ProfileText(*t), true),
        Slot::TextList(l) => (Field::TextList(*l, None), true),
        Slot::Note(s) => (Field::SpeakerNote(*s), true),
        Slot::Section(s) => (
            match s {
                Section::Profile => Field::Profile,
                Section::Roadmap => Field::Roadmap(None),
                Section::Growth => Field::Competencies(None),
                Section::Asks => Field::TextList(TextList::Asks, None),
                Section::Supporters => Field::Supporters(None),
                Section::SpeakerNotes => Field::SpeakerNotes,
            },
            true,
        ),
        Slot::Role(id, f) => match deck.roadmap_list().iter().position(|r| r.id == *id) {
            Some(i) => (
                f.map_or(Field::Roadmap(Some(i)), |f| Field::RoadmapItem(i, f)),
                true,
            ),
            None => (Field::Roadmap(None), false),
        },
        Slot::Competency(id, f) => {
            match deck.competencies_list().iter().position(|c| c.id == *id) {
                Some(i) => (
                    f.map_or(Field::Competencies(Some(i)), |f| Field::Competency(i, f)),
                    true,
                ),
                None => (Field::Competencies(None), false),
            }
        }
        Slot::Action(cid, aid, f) => {
            let competencies = deck.competencies_list();
            let Some(c) = competencies.iter().position(|c| c.id == *cid) else {
                return (Field::Competencies(None), false);
            };
            let actions = &competencies[c].actions;
            match actions.iter().position(|a| a.id == *aid) {
                Some(a) => (
                    f.map_or(Field::ActionItem(c, a), |f| Field::Action(c, a, f)),
                    true,
                ),
                None => (Field::Competency(c, CompetencyField::Actions), false),
            }
        }
        Slot::Supporter(id, f) => match deck.supporters_list().iter().position(|s| s.id == *id) {
            Some(i) => (
                f.map_or(Field::Supporters(Some(i)), |f| Field::Supporter(i, f)),
                true,
            ),
            None => (Field::Supporters(None), false),
        },
    }
}

/// One run of the merge, collecting clashes as it goes.
struct Merger<'a> {
    choices: &'a [(Slot, bool)],
    clashes: Vec<Pending>,
}

impl Merger<'_> {
    fn deck(&mut self, base: &Deck, mine: &Deck, theirs: &Deck) -> Deck {
        Deck {
            id: if theirs.id == base.id {
                &mine.id
            } else {
                &theirs.id
            }
            .clone(),
            title: self.pick(Slot::Title, &base.title, &mine.title, &theirs.title, text),
            updated_at: mine.updated_at.clone().max(theirs.updated_at.clone()),
            owner: self.pick(Slot::Owner, &base.owner, &mine.owner, &theirs.owner, |o| {
                text_of(o.as_deref().unwrap_or_default())
            }),
            profile: self.section(
                Section::Profile,
                [&base.profile, &mine.profile, &theirs.profile],
                Merger::profile,
            ),
            roadmap: self.section(
                Section::Roadmap,
                [&base.roadmap, &mine.roadmap, &theirs.roadmap],
                |m, b, x, y| m.list("", b, x, y),
            ),
            competencies: self.section(
                Section::Growth,
                [&base.competencies, &mine.competencies, &theirs.competencies],
                |m, b, x, y| m.list("", b, x, y),
            ),
            asks: self.section(
                Section::Asks,
                [&base.asks, &mine.asks, &theirs.asks],
                |m, b, x, y| m.texts(TextList::Asks, b, x, y),
            ),
            supporters: self.section(
                Section::Supporters,
                [&base.supporters, &mine.supporters, &theirs.supporters],
                |m, b, x, y| m.list("", b, x, y),
            ),
            speaker_notes: self.section(
                Section::SpeakerNotes,
                [
                    &base.speaker_notes,
                    &mine.speaker_notes,
                    &theirs.speaker_notes,
                ],
                Merger::notes,
            ),
        }
    }

    /// The person's choice for `slot`, if they made one.
    fn choice(&self, slot: &Slot) -> Option<bool> {
        self.choices
            .iter()
            .find(|(s, _)| s == slot)
            .map(|(_, c)| *c)
    }

    /// Records a clash and answers with the side to keep: the person's choice, or the default.
    fn clash<T: Clone>(
        &mut self,
        slot: Slot,
        name: &str,
        [mine, theirs]: [&T; 2],
        default_mine: bool,
        show: impl Fn(&T) -> String,
    ) -> T {
        let took_mine = self.choice(&slot).unwrap_or(default_mine);
        self.clashes.push(Pending {
            slot,
            mine: show(mine),
            theirs: show(theirs),
            took_mine,
            name: name.to_owned(),
        });
        if took_mine { mine } else { theirs }.clone()
    }

    /// The three-way rule for one value.
    fn pick<T: PartialEq + Clone>(
        &mut self,
        slot: Slot,
        base: &T,
        mine: &T,
        theirs: &T,
        show: impl Fn(&T) -> String,
    ) -> T {
        if mine == theirs || theirs == base {
            mine.clone()
        } else if mine == base {
            theirs.clone()
        } else {
            self.clash(slot, "", [mine, theirs], false, show)
        }
    }

    /// A whole section: present on both sides, it is merged inside; removed on one side, it
    /// stays removed unless the other side edited it.
    fn section<T: PartialEq + Clone + Default>(
        &mut self,
        section: Section,
        [base, mine, theirs]: [&Option<T>; 3],
        inner: impl FnOnce(&mut Self, &T, &T, &T) -> T,
    ) -> Option<T> {
        let empty = T::default();
        match (mine, theirs) {
            (None, None) => None,
            (Some(x), Some(y)) => {
                let b = base.as_ref().unwrap_or(&empty);
                Some(if x == y || y == b {
                    x.clone()
                } else if x == b {
                    y.clone()
                } else {
                    inner(self, b, x, y)
                })
            }
            (Some(x), None) => match base {
                Some(b) if b == x => None,
                Some(_) => self.clash(Slot::Section(section), "", [mine, theirs], true, shown),
                None => Some(x.clone()),
            },
            (None, Some(y)) => match base {
                Some(b) if b == y => None,
                Some(_) => self.clash(Slot::Section(section), "", [mine, theirs], false, shown),
                None => Some(y.clone()),
            },
        }
    }

    fn profile(&mut self, b: &Profile, x: &Profile, y: &Profile) -> Profile {
        let t = |m: &mut Self, which: ProfileText, get: fn(&Profile) -> &String| {
            m.pick(Slot::ProfileText(which), get(b), get(x), get(y), text)
        };
        let headline = t(self, ProfileText::Headline, |p| &p.headline);
        let story = t(self, ProfileText::Story, |p| &p.story);
        let pitch = t(self, ProfileText::Pitch, |p| &p.pitch);
        let l = |m: &mut Self, list: TextList, get: fn(&Profile) -> &Vec<String>| {
            m.texts(list, get(b), get(x), get(y))
        };
        Profile {
            headline,
            story,
            values: l(self, TextList::Values, |p| &p.values),
            strengths: l(self, TextList::Strengths, |p| &p.strengths),
            energizers: l(self, TextList::Energizers, |p| &p.energizers),
            drainers: l(self, TextList::Drainers, |p| &p.drainers),
            needs: l(self, TextList::Needs, |p| &p.needs),
            pitch,
        }
    }

    fn notes(&mut self, b: &SpeakerNotes, x: &SpeakerNotes, y: &SpeakerNotes) -> SpeakerNotes {
        let mut out = SpeakerNotes::default();
        for slide in NoteSlide::ALL {
            let [b, x, y] = [b, x, y].map(|n| n.get(slide).to_owned());
            out.set(slide, self.pick(Slot::Note(slide), &b, &x, &y, text));
        }
        out
    }

    /// A list of short texts, which has no ids. Changed on one side only, that side's list is
    /// taken. Changed on both: theirs, less what mine removed, plus what mine added (each after
    /// the entry it followed in mine). When both replaced the same entry (both removed it and
    /// both added something) the two edits cannot be told apart from two additions: a clash.
    fn texts(&mut self, list: TextList, b: &[String], x: &[String], y: &[String]) -> Vec<String> {
        if x == y || y == b {
            return x.to_vec();
        }
        if x == b {
            return y.to_vec();
        }
        let (removed_x, added_x) = (beyond(b, x), beyond(x, b));
        let (removed_y, added_y) = (beyond(b, y), beyond(y, b));
        let both_removed = removed_x.iter().any(|r| removed_y.contains(r));
        if both_removed && !added_x.is_empty() && !added_y.is_empty() {
            let sides = [&x.to_vec(), &y.to_vec()];
            return self.clash(Slot::TextList(list), "", sides, false, bullets);
        }
        let mut out = y.to_vec();
        for gone in beyond(&removed_x, &removed_y) {
            if let Some(p) = out.iter().position(|t| *t == gone) {
                out.remove(p);
            }
        }
        let added = beyond(&added_x, &added_y);
        let mut extra = counts(&added);
        let mut cursor = 0;
        for t in x {
            match extra.get_mut(t.as_str()) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    out.insert(cursor, t.clone());
                    cursor += 1;
                }
                _ => {
                    if let Some(p) = out[cursor..].iter().position(|o| o == t) {
                        cursor += p + 1;
                    }
                }
            }
        }
        out
    }

    /// A list of items with ids. Order: theirs' (unless only mine reordered), with the other
    /// side's items inserted after the item they follow there.
    fn list<T: Merged>(&mut self, parent: &str, b: &[T], x: &[T], y: &[T]) -> Vec<T> {
        if x == y || y == b {
            return x.to_vec();
        }
        if x == b {
            return y.to_vec();
        }
        let theirs_lead = reordered(y, b) || !reordered(x, b);
        let (lead, follow) = if theirs_lead { (y, x) } else { (x, y) };
        let find = |list: &[T], id: &str| list.iter().find(|t| t.key() == id).cloned();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out: Vec<T> = Vec::new();
        for item in lead {
            let id = item.key();
            if seen.insert(id) {
                out.extend(self.item(parent, [find(b, id), find(x, id), find(y, id)]));
            }
        }
        let mut cursor = 0;
        for item in follow {
            let id = item.key();
            if let Some(p) = out.iter().position(|o| o.key() == id) {
                cursor = p + 1;
            } else if seen.insert(id) {
                if let Some(merged) = self.item(parent, [find(b, id), find(x, id), find(y, id)]) {
                    out.insert(cursor, merged);
                    cursor += 1;
                }
            }
        }
        out
    }

    /// One item, given its version in base, mine and theirs (`None` where it is not there).
    fn item<T: Merged>(&mut self, parent: &str, [b, x, y]: [Option<T>; 3]) -> Option<T> {
        match (b, x, y) {
            (_, None, None) => None,
            (None, Some(one), None) | (None, None, Some(one)) => Some(one),
            (None, Some(x), Some(y)) if x == y => Some(y),
            (Some(b), Some(x), None) if x == b => None,
            (Some(b), None, Some(y)) if y == b => None,
            (Some(b), Some(x), Some(y)) => Some(T::fields(self, parent, &b, &x, &y)),
            (_, x, y) => {
                // Added on both sides differently, or removed on one and edited on the other:
                // by default keep what was edited, theirs when both were.
                let default_mine = y.is_none();
                let one = y.as_ref().or(x.as_ref())?;
                let slot = T::slot(parent, one.key());
                let name = one.name().to_owned();
                self.clash(slot, &name, [&x, &y], default_mine, |t| {
                    t.as_ref()
                        .map_or_else(|| "(removed)".to_owned(), Merged::summary)
                })
            }
        }
    }
}

/// A kind of item with an id that the merge can take apart field by field.
trait Merged: Clone + PartialEq {
    fn key(&self) -> &str;
    /// What people call it, for labels.
    fn name(&self) -> &str;
    /// All of its words on one line, to show in a clash.
    fn summary(&self) -> String;
    /// The slot of the item as a whole; `parent` is the competency's id for actions.
    fn slot(parent: &str, id: &str) -> Slot;
    /// Merges an item present on all three sides, field by field.
    fn fields(m: &mut Merger, parent: &str, b: &Self, x: &Self, y: &Self) -> Self;
}

impl Merged for RoadmapItem {
    fn key(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.title
    }
    fn summary(&self) -> String {
        let dates = match (&self.start, &self.end) {
            (Some(s), Some(e)) => format!("{} – {}", month_label(s), month_label(e)),
            (Some(s), None) => format!("from {}", month_label(s)),
            (None, Some(e)) => format!("until {}", month_label(e)),
            (None, None) => String::new(),
        };
        join(&[
            &self.title,
            &self.organization,
            self.horizon.label(),
            &dates,
            &self.notes,
        ])
    }
    fn slot(_: &str, id: &str) -> Slot {
        Slot::Role(id.to_owned(), None)
    }
    fn fields(m: &mut Merger, _: &str, b: &Self, x: &Self, y: &Self) -> Self {
        let s = |f| Slot::Role(b.id.clone(), Some(f));
        RoadmapItem {
            id: y.id.clone(),
            title: m.pick(s(RoadmapField::Title), &b.title, &x.title, &y.title, text),
            organization: m.pick(
                s(RoadmapField::Organization),
                &b.organization,
                &x.organization,
                &y.organization,
                text,
            ),
            start: m.pick(s(RoadmapField::Start), &b.start, &x.start, &y.start, month),
            end: m.pick(s(RoadmapField::End), &b.end, &x.end, &y.end, month),
            horizon: m.pick(
                s(RoadmapField::Horizon),
                &b.horizon,
                &x.horizon,
                &y.horizon,
                |h| h.label().to_owned(),
            ),
            notes: m.pick(s(RoadmapField::Notes), &b.notes, &x.notes, &y.notes, text),
        }
    }
}

impl Merged for Competency {
    fn key(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn summary(&self) -> String {
        let levels = format!(
            "now {}, aiming for {}",
            level(&self.current),
            level(&self.target)
        );
        let actions: Vec<String> = self.actions.iter().map(Merged::summary).collect();
        join(&[&self.name, &levels, &self.why, &actions.join("; ")])
    }
    fn slot(_: &str, id: &str) -> Slot {
        Slot::Competency(id.to_owned(), None)
    }
    fn fields(m: &mut Merger, _: &str, b: &Self, x: &Self, y: &Self) -> Self {
        let s = |f| Slot::Competency(b.id.clone(), Some(f));
        Competency {
            id: y.id.clone(),
            name: m.pick(s(CompetencyField::Name), &b.name, &x.name, &y.name, text),
            current: m.pick(
                s(CompetencyField::Current),
                &b.current,
                &x.current,
                &y.current,
                level,
            ),
            target: m.pick(
                s(CompetencyField::Target),
                &b.target,
                &x.target,
                &y.target,
                level,
            ),
            why: m.pick(s(CompetencyField::Why), &b.why, &x.why, &y.why, text),
            actions: m.list(&b.id, &b.actions, &x.actions, &y.actions),
        }
    }
}

impl Merged for Action {
    fn key(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.text
    }
    fn summary(&self) -> String {
        let due = self
            .due
            .as_deref()
            .map(|d| format!("by {}", date_label(d)))
            .unwrap_or_default();
        join(&[&self.text, &due, if self.done { "done" } else { "" }])
    }
    fn slot(parent: &str, id: &str) -> Slot {
        Slot::Action(parent.to_owned(), id.to_owned(), None)
    }
    fn fields(m: &mut Merger, parent: &str, b: &Self, x: &Self, y: &Self) -> Self {
        let s = |f| Slot::Action(parent.to_owned(), b.id.clone(), Some(f));
        Action {
            id: y.id.clone(),
            text: m.pick(s(ActionField::Text), &b.text, &x.text, &y.text, text),
            due: m.pick(s(ActionField::Due), &b.due, &x.due, &y.due, day),
            done: m.pick(s(ActionField::Done), &b.done, &x.done, &y.done, |d| {
                if *d { "done" } else { "not done" }.to_owned()
            }),
        }
    }
}

impl Merged for Supporter {
    fn key(&self) -> &str {
        &self.id
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn summary(&self) -> String {
        join(&[&self.name, self.role.label(), &self.how])
    }
    fn slot(_: &str, id: &str) -> Slot {
        Slot::Supporter(id.to_owned(), None)
    }
    fn fields(m: &mut Merger, _: &str, b: &Self, x: &Self, y: &Self) -> Self {
        let s = |f| Slot::Supporter(b.id.clone(), Some(f));
        Supporter {
            id: y.id.clone(),
            name: m.pick(s(SupporterField::Name), &b.name, &x.name, &y.name, text),
            role: m.pick(s(SupporterField::Role), &b.role, &x.role, &y.role, |r| {
                r.label().to_owned()
            }),
            how: m.pick(s(SupporterField::How), &b.how, &x.how, &y.how, text),
        }
    }
}

/// Whether `side` put the items it shares with `base` in another order.
fn reordered<T: Merged>(side: &[T], base: &[T]) -> bool {
    let common = |a: &[T], other: &[T]| -> Vec<String> {
        a.iter()
            .filter(|t| other.iter().any(|o| o.key() == t.key()))
            .map(|t| t.key().to_owned())
            .collect()
    };
    common(side, base) != common(base, side)
}

/// The entries of `items` left once each entry of `other` has cancelled one equal entry.
fn beyond(items: &[String], other: &[String]) -> Vec<String> {
    let mut left = counts(other);
    items
        .iter()
        .filter(|t| match left.get_mut(t.as_str()) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .cloned()
        .collect()
}

fn counts(items: &[String]) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for t in items {
        *counts.entry(t.as_str()).or_default() += 1;
    }
    counts
}

// `&String` and `&Vec` because these are the `show` of a `String` or list value (`Fn(&T)`).
#[allow(clippy::ptr_arg)]
fn text(s: &String) -> String {
    text_of(s)
}

fn text_of(s: &str) -> String {
    match s.trim() {
        "" => "(empty)".to_owned(),
        t => t.to_owned(),
    }
}

fn month(m: &Option<String>) -> String {
    m.as_deref()
        .map_or_else(|| "(no date)".to_owned(), month_label)
}

fn day(d: &Option<String>) -> String {
    d.as_deref()
        .map_or_else(|| "(no date)".to_owned(), date_label)
}

fn level(l: &u8) -> String {
    match LEVEL_NAMES.get(usize::from(*l)) {
        Some(name) => format!("{l} · {name}"),
        None => l.to_string(),
    }
}

#[allow(clippy::ptr_arg)]
fn bullets(list: &Vec<String>) -> String {
    match list.iter().filter(|t| !t.trim().is_empty()).count() {
        0 => "(empty)".to_owned(),
        _ => list
            .iter()
            .map(|t| t.trim())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
    }
}

fn shown<T>(section: &Option<T>) -> String {
    match section {
        Some(_) => "(kept, with its edits)".to_owned(),
        None => "(removed)".to_owned(),
    }
}

/// The non-blank parts, joined with " · ".
fn join(parts: &[&str]) -> String {
    let parts: Vec<&str> = parts
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    match parts.is_empty() {
        true => "(empty)".to_owned(),
        false => parts.join(" · "),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    fn base() -> Deck {
        example_deck("d".into(), "2026-01-01T00:00:00Z".into())
    }

    fn edited(stamp: &str, edit: impl FnOnce(&mut Deck)) -> Deck {
        let mut d = base();
        d.updated_at = stamp.into();
        edit(&mut d);
        d
    }

    fn roles(d: &Deck) -> Vec<&str> {
        d.roadmap_list().iter().map(|r| r.id.as_str()).collect()
    }

    fn role(id: &str, title: &str) -> RoadmapItem {
        RoadmapItem {
            id: id.into(),
            title: title.into(),
            organization: String::new(),
            start: None,
            end: None,
            horizon: Horizon::Next,
            notes: String::new(),
        }
    }

    #[test]
    fn edits_to_different_fields_in_two_tabs_both_survive() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            d.title = "My plan".into();
            d.roadmap.as_mut().expect("roadmap")[0].notes = "Mine".into();
            d.profile_mut().story = "A new story".into();
        });
        let theirs = edited("2026-01-03T00:00:00Z", |d| {
            d.owner = Some("Noor H.".into());
            d.roadmap.as_mut().expect("roadmap")[0].title = "Agent".into();
            d.competencies.as_mut().expect("growth")[0].current = 3;
        });
        let merged = merge_decks(&base(), &mine, &theirs);
        assert!(merged.is_clean(), "{:?}", merged.clashes);
        let d = &merged.deck;
        assert_eq!(d.title, "My plan");
        assert_eq!(d.owner.as_deref(), Some("Noor H."));
        assert_eq!(d.roadmap_list()[0].notes, "Mine");
        assert_eq!(d.roadmap_list()[0].title, "Agent");
        assert_eq!(d.competencies_list()[0].current, 3);
        assert_eq!(d.profile.as_ref().expect("profile").story, "A new story");
        assert_eq!(d.updated_at, "2026-01-03T00:00:00Z", "the later of the two");
    }

    #[test]
    fn the_same_field_changed_in_both_is_a_clash_holding_both_values() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            d.competencies.as_mut().expect("growth")[0].actions[1].due = Some("2027-05-31".into());
            d.asks.as_mut().expect("asks").push("Mine".into());
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            d.competencies.as_mut().expect("growth")[0].actions[1].due = Some("2027-06-30".into());
        });
        let mut merged = merge_decks(&base(), &mine, &theirs);
        assert_eq!(merged.clashes.len(), 1);
        let clash = &merged.clashes[0];
        assert_eq!(clash.field, Field::Action(0, 1, ActionField::Due));
        assert_eq!(
            clash.label,
            "Growth, competency 1 “Product discovery”, action 2 “Run five customer interviews \
             and share…”, Due"
        );
        assert_eq!(
            (clash.mine.as_str(), clash.theirs.as_str()),
            ("31 May 2027", "30 Jun 2027")
        );
        assert!(!clash.took_mine);
        let due = |m: &Merge| m.deck.competencies_list()[0].actions[1].due.clone();
        assert_eq!(
            due(&merged).as_deref(),
            Some("2027-06-30"),
            "theirs is kept"
        );
        assert_eq!(
            merged.deck.asks.as_ref().expect("asks").len(),
            4,
            "mine's ask survives"
        );

        assert!(apply_choice(&mut merged, 0, true));
        assert_eq!(due(&merged).as_deref(), Some("2027-05-31"));
        assert!(merged.clashes[0].took_mine);
        assert_eq!(merged.deck.asks.as_ref().expect("asks").len(), 4);
        assert!(apply_choice(&mut merged, 0, false));
        assert_eq!(due(&merged).as_deref(), Some("2027-06-30"));
        assert!(!apply_choice(&mut merged, 5, true), "no such clash");
    }

    #[test]
    fn items_added_in_both_tabs() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            let r = d.roadmap.as_mut().expect("roadmap");
            r.insert(1, role("r7", "Mine after r1"));
            r.push(role("r5", "Mine"));
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            let r = d.roadmap.as_mut().expect("roadmap");
            r.push(role("r5", "Theirs"));
            r.push(role("r6", "Theirs too"));
        });
        let mut merged = merge_decks(&base(), &mine, &theirs);
        assert_eq!(
            roles(&merged.deck),
            ["r1", "r7", "r2", "r3", "r4", "r5", "r6"]
        );
        assert_eq!(merged.clashes.len(), 1, "same id, different content");
        let clash = &merged.clashes[0];
        assert_eq!(clash.field, Field::Roadmap(Some(5)));
        assert_eq!(clash.mine, "Mine · Next");
        assert_eq!(clash.theirs, "Theirs · Next");
        assert_eq!(merged.deck.roadmap_list()[5].title, "Theirs");
        all_mine(&mut merged);
        assert_eq!(merged.deck.roadmap_list()[5].title, "Mine");

        let same = edited("2026-01-02T00:00:00Z", |d| {
            d.roadmap
                .as_mut()
                .expect("roadmap")
                .push(role("r5", "Theirs"));
        });
        let merged = merge_decks(&base(), &same, &theirs);
        assert!(merged.is_clean(), "added alike is no clash");
        assert_eq!(roles(&merged.deck), ["r1", "r2", "r3", "r4", "r5", "r6"]);
    }

    #[test]
    fn removed_in_one_tab_and_edited_in_the_other_keeps_the_words() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            d.roadmap.as_mut().expect("roadmap").remove(1);
            d.supporters.as_mut().expect("supporters")[0].how = "Weekly now".into();
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            d.roadmap.as_mut().expect("roadmap")[1].notes = "Team of twelve".into();
            d.supporters.as_mut().expect("supporters").remove(0);
            d.roadmap.as_mut().expect("roadmap").remove(3);
        });
        let mut merged = merge_decks(&base(), &mine, &theirs);
        assert_eq!(
            roles(&merged.deck),
            ["r1", "r2", "r3"],
            "r4 was only removed"
        );
        assert_eq!(merged.deck.roadmap_list()[1].notes, "Team of twelve");
        assert_eq!(merged.deck.supporters_list()[0].how, "Weekly now");
        assert_eq!(merged.clashes.len(), 2);
        let [r, s] = [&merged.clashes[0], &merged.clashes[1]];
        assert_eq!((r.mine.as_str(), r.took_mine), ("(removed)", false));
        assert!(r.theirs.contains("Team of twelve"), "{}", r.theirs);
        assert_eq!((s.theirs.as_str(), s.took_mine), ("(removed)", true));
        assert_eq!(s.field, Field::Supporters(Some(0)));

        assert!(apply_choice(&mut merged, 0, true));
        assert_eq!(roles(&merged.deck), ["r1", "r3"]);
        let r = &merged.clashes[0];
        assert_eq!(r.field, Field::Roadmap(None), "gone from the merged deck");
        assert_eq!(r.label, "Roadmap, “Support team lead”");
        assert_eq!(merged.clashes[1].field, Field::Supporters(Some(0)));
    }

    #[test]
    fn a_section_removed_in_one_tab_and_edited_in_the_other_stays() {
        let mine = edited("2026-01-02T00:00:00Z", |d| d.supporters = None);
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            d.supporters.as_mut().expect("supporters")[1].how = "Sponsor".into();
        });
        let merged = merge_decks(&base(), &mine, &theirs);
        assert_eq!(merged.clashes.len(), 1);
        assert_eq!(merged.clashes[0].field, Field::Supporters(None));
        assert_eq!(merged.deck.supporters_list()[1].how, "Sponsor");
        let unedited = merge_decks(&base(), &mine, &base());
        assert!(unedited.is_clean() && unedited.deck.supporters.is_none());
    }

    #[test]
    fn text_lists_take_both_sides_additions_and_removals() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            let v = &mut d.profile_mut().values;
            v.remove(0);
            v.insert(1, "Mine".into());
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            let v = &mut d.profile_mut().values;
            v.push("Theirs".into());
            v.remove(1);
        });
        let merged = merge_decks(&base(), &mine, &theirs);
        assert!(merged.is_clean(), "{:?}", merged.clashes);
        assert_eq!(
            merged.deck.profile.as_ref().expect("profile").values,
            ["Mine", "Time with my kids", "Theirs"]
        );
    }

    #[test]
    fn a_text_rewritten_in_both_tabs_is_a_clash() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            d.asks.as_mut().expect("asks")[1] = "Protect Fridays".into();
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            d.asks.as_mut().expect("asks")[1] = "Protect Friday mornings".into();
        });
        let mut merged = merge_decks(&base(), &mine, &theirs);
        assert_eq!(merged.clashes.len(), 1);
        let clash = &merged.clashes[0];
        assert_eq!(clash.field, Field::TextList(TextList::Asks, None));
        assert_eq!(clash.label, "Asks");
        assert!(clash.mine.contains("Protect Fridays;"), "{}", clash.mine);
        assert!(clash.theirs.contains("Protect Friday mornings"));
        assert_eq!(merged.deck.asks, theirs.asks);
        all_mine(&mut merged);
        assert_eq!(merged.deck.asks, mine.asks);
        all_theirs(&mut merged);
        assert_eq!(merged.deck.asks, theirs.asks);
    }

    #[test]
    fn speaker_notes_merge_per_slide() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            let n = d.speaker_notes.get_or_insert_with(SpeakerNotes::default);
            n.set(NoteSlide::Growth, "Mine".into());
            n.set(NoteSlide::Asks, "Same".into());
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            let n = d.speaker_notes.get_or_insert_with(SpeakerNotes::default);
            n.set(NoteSlide::Growth, "Theirs".into());
            n.set(NoteSlide::Title, "Hello".into());
            n.set(NoteSlide::Asks, "Same".into());
        });
        let merged = merge_decks(&base(), &mine, &theirs);
        let notes = merged.deck.speaker_notes.as_ref().expect("notes");
        assert_eq!(notes.get(NoteSlide::Title), "Hello");
        assert_eq!(notes.get(NoteSlide::Asks), "Same");
        assert_eq!(merged.clashes.len(), 1);
        assert_eq!(
            merged.clashes[0].field,
            Field::SpeakerNote(NoteSlide::Growth)
        );
        assert_eq!(merged.clashes[0].label, "Speaker notes, Growth slide");
    }

    #[test]
    fn only_mine_reordering_keeps_mines_order() {
        let mine = edited("2026-01-02T00:00:00Z", |d| {
            d.roadmap.as_mut().expect("roadmap").swap(0, 3);
        });
        let theirs = edited("2026-01-02T00:00:00Z", |d| {
            let r = d.roadmap.as_mut().expect("roadmap");
            r[1].notes = "Edited".into();
            r.insert(1, role("r9", "After r1"));
        });
        let merged = merge_decks(&base(), &mine, &theirs);
        assert!(merged.is_clean());
        assert_eq!(roles(&merged.deck), ["r4", "r2", "r3", "r1", "r9"]);
    }
}
