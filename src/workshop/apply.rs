//! From an exercise to the deck, with one rule: nothing the deck already holds is changed
//! without the person seeing it before and after, and accepting that one change.
//!
//! `propose` compares a step's result with the deck and lists the changes it would make, each
//! with screen words for the field, the text before and after, and whether it adds, replaces
//! or keeps. `apply` makes only the accepted ones, adding items through the deck's generic
//! `Item` mechanism so ids stay unique. Both are pure: the editor records the deck before
//! applying, so one undo takes the whole step back, and it stamps `updated_at` as for any edit.
//!
//! A proposal describes the deck it was made from; after applying, make a fresh one (what was
//! added then shows as already there).

use super::asks::SupporterDraft;
use super::state::{Step, WorkshopState};
use super::story::chapters_to_roadmap;
use super::text::{contains_text, same_text};
use crate::model::{
    date_label, month_label, Action, Competency, CompetencyField, Deck, Field, Horizon, NoteSlide,
    ProfileText, RoadmapItem, SpeakerNotes, Supporter, SupporterRole, TextList, LEVEL_NAMES,
};

/// What a change does to the deck.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChangeKind {
    /// Adds something new; nothing there is lost.
    Add,
    /// Changes something the deck already holds (see before and after).
    Replace,
    /// The deck already has it; accepting changes nothing.
    Keep,
}

impl ChangeKind {
    /// A tag for the change's row.
    pub fn label(self) -> &'static str {
        match self {
            ChangeKind::Add => "New",
            ChangeKind::Replace => "Changes what is there",
            ChangeKind::Keep => "Already in your deck",
        }
    }
}

/// A roadmap item to add, before it has an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoadmapDraft {
    pub title: String,
    pub organization: String,
    /// `YYYY-MM`.
    pub start: Option<String>,
    /// `YYYY-MM`.
    pub end: Option<String>,
    pub horizon: Horizon,
    pub notes: String,
}

impl RoadmapDraft {
    fn to_item(&self, id: String) -> RoadmapItem {
        RoadmapItem {
            id,
            title: self.title.clone(),
            organization: self.organization.clone(),
            start: self.start.clone(),
            end: self.end.clone(),
            horizon: self.horizon,
            notes: self.notes.clone(),
        }
    }
}

/// An action to add, before it has an id.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionDraft {
    pub text: String,
    /// `YYYY-MM-DD`.
    pub due: Option<String>,
}

/// A competency to add, with its actions, before they have ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompetencyDraft {
    pub name: String,
    pub current: u8,
    pub target: u8,
    pub why: String,
    pub actions: Vec<ActionDraft>,
}

/// What accepting a change does.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Nothing (for `Keep`).
    Nothing,
    /// Sets a profile text.
    SetProfileText(ProfileText, String),
    /// Sets a whole list, in this order.
    SetList(TextList, Vec<String>),
    /// Adds one entry to a list (unless it is there by then).
    AddToList(TextList, String),
    AddRoadmap(RoadmapDraft),
    /// Rewrites the roadmap item with this id (its horizon stays).
    ReplaceRoadmap {
        id: String,
        item: RoadmapDraft,
    },
    AddCompetency(CompetencyDraft),
    /// Sets the levels and why of the competency with this id.
    UpdateCompetency {
        id: String,
        current: u8,
        target: u8,
        why: String,
    },
    /// Adds an action to the competency with this id.
    AddAction {
        competency_id: String,
        action: ActionDraft,
    },
    AddSupporter(SupporterDraft),
    /// Sets the role and how of the supporter with this id.
    UpdateSupporter {
        id: String,
        role: SupporterRole,
        how: String,
    },
    /// Sets a slide's speaker note.
    SetSpeakerNote(NoteSlide, String),
}

/// One change an exercise would make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProposedChange {
    /// The field in screen words: "Who I am, Values", "Roadmap, new past item".
    pub label: String,
    /// What the deck holds now (lines separated by `\n`; empty for an addition).
    pub before: String,
    /// What it would hold (lines separated by `\n`).
    pub after: String,
    pub kind: ChangeKind,
    pub edit: Edit,
}

/// The changes one step would make.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Proposal {
    pub step: Step,
    pub changes: Vec<ProposedChange>,
}

impl Proposal {
    /// Whether accepting everything would change nothing.
    pub fn is_empty(&self) -> bool {
        self.changes.iter().all(|c| c.kind == ChangeKind::Keep)
    }

    /// A starting point for the ticks: additions ticked, replacements left for the person
    /// to tick, keeps unticked.
    pub fn suggested_ticks(&self) -> Vec<bool> {
        self.changes
            .iter()
            .map(|c| c.kind == ChangeKind::Add)
            .collect()
    }

    /// "3 new, 1 changes what is there."
    pub fn sentence(&self) -> String {
        let count = |k: ChangeKind| self.changes.iter().filter(|c| c.kind == k).count();
        let (add, replace) = (count(ChangeKind::Add), count(ChangeKind::Replace));
        match (add, replace) {
            (0, 0) => "Your deck already has all of this.".into(),
            (a, 0) => format!("{a} new for your deck."),
            (0, r) => format!("{r} {} what your deck holds.", changes(r)),
            (a, r) => format!("{a} new, and {r} {} what your deck holds.", changes(r)),
        }
    }
}

fn changes(n: usize) -> &'static str {
    if n == 1 {
        "changes"
    } else {
        "change"
    }
}

/// The changes a step's result would make to the deck.
pub fn propose(step: Step, state: &WorkshopState, deck: &Deck) -> Proposal {
    let mut changes: Vec<ProposedChange> = Vec::new();
    match step {
        Step::Values => {
            changes.extend(set_list(
                deck,
                TextList::Values,
                state.values.to_deck_values(),
            ));
            changes.extend(note_lines(deck, NoteSlide::Values, state.values.moments()));
        }
        Step::Energy => {
            let e = &state.energy;
            changes.extend(add_to_list(
                deck,
                TextList::Energizers,
                e.energizers_for_deck(),
            ));
            changes.extend(add_to_list(deck, TextList::Drainers, e.drainers_for_deck()));
            changes.extend(note_lines(deck, NoteSlide::Energy, e.nudge_lines()));
        }
        Step::Strengths => {
            let s = &state.strengths;
            changes.extend(set_list(deck, TextList::Strengths, s.to_deck_strengths()));
            changes.extend(note_lines(deck, NoteSlide::Values, s.evidence_lines()));
        }
        Step::Story => {
            changes.extend(add_roadmap(
                deck,
                chapters_to_roadmap(&state.story.chapters),
            ));
            changes.extend(set_text(deck, ProfileText::Story, &state.story.paragraph));
        }
        Step::Pitch => changes.extend(set_text(deck, ProfileText::Pitch, &state.pitch.draft)),
        Step::Direction => {
            let d = &state.direction;
            changes.extend(add_roadmap(deck, d.next_items()));
            changes.extend(d.aspiration_item().map(|a| aspiration(deck, a)));
            let asks = super::text::clean_list(&d.question_asks());
            changes.extend(add_to_list(deck, TextList::Asks, asks));
        }
        Step::Gaps => {
            // One competency per name: the first gap of a name counts.
            let mut seen: Vec<String> = Vec::new();
            for draft in state.gaps.to_drafts() {
                if !contains_text(&seen, &draft.name) {
                    seen.push(draft.name.clone());
                    changes.extend(competency(deck, draft));
                }
            }
        }
        Step::AsksSupporters => {
            let a = &state.asks;
            changes.extend(add_to_list(deck, TextList::Asks, a.asks_for_deck()));
            changes.extend(add_to_list(deck, TextList::Needs, a.needs_for_deck()));
            for s in a.supporters_for_deck() {
                changes.push(supporter(deck, s));
            }
        }
        Step::Summary => {}
    }
    Proposal { step, changes }
}

/// Makes the accepted changes (`accepted[i]` for `changes[i]`; missing means no) and answers
/// how many changed the deck. Changes that no longer fit the deck (an item removed since the
/// proposal was made) are skipped.
pub fn apply(proposal: &Proposal, accepted: &[bool], deck: &mut Deck) -> usize {
    proposal
        .changes
        .iter()
        .enumerate()
        .filter(|(i, c)| accepted.get(*i).copied().unwrap_or(false) && c.kind != ChangeKind::Keep)
        .filter(|(_, c)| perform(&c.edit, deck))
        .count()
}

fn perform(edit: &Edit, deck: &mut Deck) -> bool {
    match edit {
        Edit::Nothing => false,
        Edit::SetProfileText(field, value) => {
            let p = deck.profile_mut();
            let slot = match field {
                ProfileText::Headline => &mut p.headline,
                ProfileText::Story => &mut p.story,
                ProfileText::Pitch => &mut p.pitch,
            };
            let changed = *slot != *value;
            slot.clone_from(value);
            changed
        }
        Edit::SetList(list, items) => {
            let slot = deck.text_list_mut(*list);
            let changed = *slot != *items;
            slot.clone_from(items);
            changed
        }
        Edit::AddToList(list, item) => {
            let slot = deck.text_list_mut(*list);
            if contains_text(slot, item) {
                return false;
            }
            slot.push(item.clone());
            true
        }
        Edit::AddRoadmap(draft) => deck
            .push_item::<RoadmapItem>(&(), |id| draft.to_item(id))
            .is_some(),
        Edit::ReplaceRoadmap { id, item } => match deck.item_mut::<RoadmapItem>(&(), id) {
            Some(r) => {
                let horizon = r.horizon;
                *r = RoadmapDraft {
                    horizon,
                    ..item.clone()
                }
                .to_item(id.clone());
                true
            }
            None => false,
        },
        Edit::AddCompetency(draft) => {
            let Some(cid) = deck.push_item::<Competency>(&(), |id| Competency {
                id,
                name: draft.name.clone(),
                current: draft.current,
                target: draft.target,
                why: draft.why.clone(),
                actions: Vec::new(),
            }) else {
                return false;
            };
            for a in &draft.actions {
                add_action(deck, &cid, a);
            }
            true
        }
        Edit::UpdateCompetency {
            id,
            current,
            target,
            why,
        } => match deck.item_mut::<Competency>(&(), id) {
            Some(c) => {
                c.current = *current;
                c.target = *target;
                c.why.clone_from(why);
                true
            }
            None => false,
        },
        Edit::AddAction {
            competency_id,
            action,
        } => add_action(deck, competency_id, action),
        Edit::AddSupporter(s) => deck
            .push_item::<Supporter>(&(), |id| Supporter {
                id,
                name: s.name.clone(),
                role: s.role,
                how: s.how.clone(),
            })
            .is_some(),
        Edit::UpdateSupporter { id, role, how } => match deck.item_mut::<Supporter>(&(), id) {
            Some(s) => {
                s.role = *role;
                s.how.clone_from(how);
                true
            }
            None => false,
        },
        Edit::SetSpeakerNote(slide, text) => {
            let notes = deck.speaker_notes.get_or_insert_with(SpeakerNotes::default);
            let changed = notes.get(*slide) != text;
            notes.set(*slide, text.clone());
            changed
        }
    }
}

fn add_action(deck: &mut Deck, competency_id: &String, a: &ActionDraft) -> bool {
    deck.push_item::<Action>(competency_id, |id| Action {
        id,
        text: a.text.clone(),
        due: a.due.clone(),
        done: false,
    })
    .is_some()
}

fn change(
    label: String,
    before: String,
    after: String,
    kind: ChangeKind,
    edit: Edit,
) -> ProposedChange {
    let edit = if kind == ChangeKind::Keep {
        Edit::Nothing
    } else {
        edit
    };
    ProposedChange {
        label,
        before,
        after,
        kind,
        edit,
    }
}

/// A whole ordered list, replaced (values, strengths: the exercise gives the full picture).
fn set_list(deck: &Deck, list: TextList, items: Vec<String>) -> Option<ProposedChange> {
    if items.is_empty() {
        return None;
    }
    let now = deck.text_list(list);
    let kind = if now == items.as_slice() {
        ChangeKind::Keep
    } else if now.iter().all(|s| s.trim().is_empty()) {
        ChangeKind::Add
    } else {
        ChangeKind::Replace
    };
    Some(change(
        Field::TextList(list, None).describe(Some(deck)),
        now.join("\n"),
        items.join("\n"),
        kind,
        Edit::SetList(list, items),
    ))
}

/// Entries added one by one (energizers, drainers, asks, needs: the deck may hold others).
fn add_to_list(deck: &Deck, list: TextList, items: Vec<String>) -> Vec<ProposedChange> {
    let now = deck.text_list(list);
    let label = Field::TextList(list, None).describe(Some(deck));
    items
        .into_iter()
        .map(|item| {
            if contains_text(now, &item) {
                change(
                    label.clone(),
                    item.clone(),
                    item,
                    ChangeKind::Keep,
                    Edit::Nothing,
                )
            } else {
                change(
                    label.clone(),
                    String::new(),
                    item.clone(),
                    ChangeKind::Add,
                    Edit::AddToList(list, item),
                )
            }
        })
        .collect()
}

fn set_text(deck: &Deck, field: ProfileText, value: &str) -> Option<ProposedChange> {
    let value = value.trim();
    if value.is_empty() {
        return None;
    }
    let p = deck.profile.clone().unwrap_or_default();
    let now = match field {
        ProfileText::Headline => p.headline,
        ProfileText::Story => p.story,
        ProfileText::Pitch => p.pitch,
    };
    let kind = if now.trim() == value {
        ChangeKind::Keep
    } else if now.trim().is_empty() {
        ChangeKind::Add
    } else {
        ChangeKind::Replace
    };
    Some(change(
        Field::ProfileText(field).describe(Some(deck)),
        now,
        value.to_owned(),
        kind,
        Edit::SetProfileText(field, value.to_owned()),
    ))
}

/// Lines added to a slide's speaker note, after what it already says.
fn note_lines(deck: &Deck, slide: NoteSlide, lines: Vec<String>) -> Option<ProposedChange> {
    if lines.is_empty() {
        return None;
    }
    let now = deck
        .speaker_notes
        .as_ref()
        .map(|n| n.get(slide).to_owned())
        .unwrap_or_default();
    let flat = |l: &str| l.split_whitespace().collect::<Vec<_>>().join(" ");
    let existing: Vec<String> = now.lines().map(flat).collect();
    let mut missing: Vec<String> = Vec::new();
    for line in lines {
        // One line per entry, so that the next proposal finds it again.
        let line = flat(&line);
        if !line.is_empty() && !existing.contains(&line) && !missing.contains(&line) {
            missing.push(line);
        }
    }
    let label = Field::SpeakerNote(slide).describe(Some(deck));
    if missing.is_empty() {
        return Some(change(
            label,
            now.clone(),
            now,
            ChangeKind::Keep,
            Edit::Nothing,
        ));
    }
    let (after, kind) = if now.trim().is_empty() {
        (missing.join("\n"), ChangeKind::Add)
    } else {
        (
            format!("{}\n{}", now.trim_end(), missing.join("\n")),
            ChangeKind::Replace,
        )
    };
    Some(change(
        label,
        now,
        after.clone(),
        kind,
        Edit::SetSpeakerNote(slide, after),
    ))
}

/// "Staff nurse, St Mary's (Mar 2015 – Aug 2019)", then the notes on a line of their own.
fn roadmap_line(
    title: &str,
    organization: &str,
    start: Option<&str>,
    end: Option<&str>,
    notes: &str,
) -> String {
    let mut s = title.to_owned();
    if !organization.trim().is_empty() {
        s.push_str(", ");
        s.push_str(organization.trim());
    }
    match (start, end) {
        (Some(a), Some(b)) => s.push_str(&format!(" ({} – {})", month_label(a), month_label(b))),
        (Some(a), None) => s.push_str(&format!(" (from {})", month_label(a))),
        (None, Some(b)) => s.push_str(&format!(" (until {})", month_label(b))),
        (None, None) => {}
    }
    if !notes.trim().is_empty() {
        s.push('\n');
        s.push_str(notes.trim());
    }
    s
}

fn draft_line(d: &RoadmapDraft) -> String {
    roadmap_line(
        &d.title,
        &d.organization,
        d.start.as_deref(),
        d.end.as_deref(),
        &d.notes,
    )
}

fn item_line(r: &RoadmapItem) -> String {
    roadmap_line(
        &r.title,
        &r.organization,
        r.start.as_deref(),
        r.end.as_deref(),
        &r.notes,
    )
}

/// Roadmap items added, unless the deck has the same title at the same horizon (and, where
/// both have one, the same start).
fn add_roadmap(deck: &Deck, drafts: Vec<RoadmapDraft>) -> Vec<ProposedChange> {
    let mut unique: Vec<RoadmapDraft> = Vec::new();
    for d in drafts {
        let repeat = unique
            .iter()
            .any(|u| u.horizon == d.horizon && same_text(&u.title, &d.title) && u.start == d.start);
        if !repeat {
            unique.push(d);
        }
    }
    unique
        .into_iter()
        .map(|d| {
            let found = deck.roadmap_list().iter().position(|r| {
                r.horizon == d.horizon
                    && same_text(&r.title, &d.title)
                    && match (&r.start, &d.start) {
                        (Some(a), Some(b)) => a == b,
                        _ => true,
                    }
            });
            match found {
                Some(i) => {
                    let line = item_line(&deck.roadmap_list()[i]);
                    change(
                        Field::Roadmap(Some(i)).describe(Some(deck)),
                        line.clone(),
                        line,
                        ChangeKind::Keep,
                        Edit::Nothing,
                    )
                }
                None => change(
                    format!("Roadmap, new {} item", d.horizon.label().to_lowercase()),
                    String::new(),
                    draft_line(&d),
                    ChangeKind::Add,
                    Edit::AddRoadmap(d),
                ),
            }
        })
        .collect()
}

/// The aspiration: one per deck, so an existing one (with another title) is replaced.
fn aspiration(deck: &Deck, d: RoadmapDraft) -> ProposedChange {
    let items = deck.roadmap_list();
    let same = items
        .iter()
        .position(|r| r.horizon == Horizon::Aspiration && same_text(&r.title, &d.title));
    let other = items.iter().position(|r| r.horizon == Horizon::Aspiration);
    match (same, other) {
        (Some(i), _) => {
            let line = item_line(&items[i]);
            change(
                Field::Roadmap(Some(i)).describe(Some(deck)),
                line.clone(),
                line,
                ChangeKind::Keep,
                Edit::Nothing,
            )
        }
        (None, Some(i)) => change(
            Field::Roadmap(Some(i)).describe(Some(deck)),
            item_line(&items[i]),
            draft_line(&d),
            ChangeKind::Replace,
            Edit::ReplaceRoadmap {
                id: items[i].id.clone(),
                item: d,
            },
        ),
        (None, None) => change(
            "Roadmap, new aspiration".into(),
            String::new(),
            draft_line(&d),
            ChangeKind::Add,
            Edit::AddRoadmap(d),
        ),
    }
}

fn level(n: u8) -> String {
    let name = LEVEL_NAMES.get(usize::from(n)).copied().unwrap_or("?");
    format!("{name} ({n})")
}

fn competency_line(name: &str, current: u8, target: u8, why: &str) -> String {
    let mut s = format!("{name}: {} → {}", level(current), level(target));
    if !why.trim().is_empty() {
        s.push_str("\nWhy: ");
        s.push_str(why.trim());
    }
    s
}

fn action_line(a: &ActionDraft) -> String {
    match a.due.as_deref() {
        Some(d) => format!("{} (by {})", a.text, date_label(d)),
        None => a.text.clone(),
    }
}

/// A gap: a new competency with its first action, or — when the deck has one by that name —
/// its levels updated and the action added to it, as separate changes.
fn competency(deck: &Deck, d: CompetencyDraft) -> Vec<ProposedChange> {
    let items = deck.competencies_list();
    let Some(i) = items.iter().position(|c| same_text(&c.name, &d.name)) else {
        let mut after = competency_line(&d.name, d.current, d.target, &d.why);
        for a in &d.actions {
            after.push_str("\nFirst step: ");
            after.push_str(&action_line(a));
        }
        return vec![change(
            "Growth, new competency".into(),
            String::new(),
            after,
            ChangeKind::Add,
            Edit::AddCompetency(d),
        )];
    };
    let c = &items[i];
    let why = if d.why.is_empty() {
        c.why.clone()
    } else {
        d.why.clone()
    };
    let before = competency_line(&c.name, c.current, c.target, &c.why);
    let after = competency_line(&c.name, d.current, d.target, &why);
    let kind = if c.current == d.current && c.target == d.target && c.why == why {
        ChangeKind::Keep
    } else {
        ChangeKind::Replace
    };
    let mut out = vec![change(
        Field::Competencies(Some(i)).describe(Some(deck)),
        before,
        after,
        kind,
        Edit::UpdateCompetency {
            id: c.id.clone(),
            current: d.current,
            target: d.target,
            why,
        },
    )];
    let label = Field::Competency(i, CompetencyField::Actions).describe(Some(deck));
    for a in d.actions {
        let line = action_line(&a);
        if c.actions.iter().any(|x| same_text(&x.text, &a.text)) {
            out.push(change(
                label.clone(),
                line.clone(),
                line,
                ChangeKind::Keep,
                Edit::Nothing,
            ));
        } else {
            out.push(change(
                label.clone(),
                String::new(),
                line,
                ChangeKind::Add,
                Edit::AddAction {
                    competency_id: c.id.clone(),
                    action: a,
                },
            ));
        }
    }
    out
}

fn supporter_line(name: &str, role: SupporterRole, how: &str) -> String {
    if how.trim().is_empty() {
        format!("{name} — {}", role.label())
    } else {
        format!("{name} — {}: {}", role.label(), how.trim())
    }
}

/// A supporter added, or — when the deck has someone by that name — their role and how
/// updated.
fn supporter(deck: &Deck, s: SupporterDraft) -> ProposedChange {
    let items = deck.supporters_list();
    let Some(i) = items.iter().position(|x| same_text(&x.name, &s.name)) else {
        return change(
            "Supporters, new person".into(),
            String::new(),
            supporter_line(&s.name, s.role, &s.how),
            ChangeKind::Add,
            Edit::AddSupporter(s),
        );
    };
    let x = &items[i];
    let how = if s.how.is_empty() {
        x.how.clone()
    } else {
        s.how.clone()
    };
    let kind = if x.role == s.role && x.how == how {
        ChangeKind::Keep
    } else {
        ChangeKind::Replace
    };
    change(
        Field::Supporters(Some(i)).describe(Some(deck)),
        supporter_line(&x.name, x.role, &x.how),
        supporter_line(&x.name, s.role, &how),
        kind,
        Edit::UpdateSupporter {
            id: x.id.clone(),
            role: s.role,
            how,
        },
    )
}
