//! What gives you energy: the person rebuilds yesterday or a typical week as a list of
//! moments, rates each, and the patterns show which activities, people and places come up in
//! the moments that lifted them and in the ones that drained them.
//!
//! Grouping is by plain words, not meaning: each entry is split into pieces ("Sam and the
//! team" → "Sam", "team"), folded (case, articles, plurals), and activities are also grouped
//! by their words, so "status meeting" and "planning meeting" meet at "meeting". A word only
//! counts as a pattern of its own when it links two or more moments that its whole phrases
//! do not already link.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::text::{capitalize_first, contains_text, content_words, segments, tag_key, times};

/// How many patterns of each kind the deck is offered by default.
pub const DECK_PATTERNS: usize = 5;

/// Which stretch of time the person rebuilds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Frame {
    #[default]
    Yesterday,
    TypicalWeek,
}

impl Frame {
    /// The choice's words.
    pub fn label(self) -> &'static str {
        match self {
            Frame::Yesterday => "Yesterday",
            Frame::TypicalWeek => "A typical week",
        }
    }

    /// The prompt that opens the exercise.
    pub fn prompt(self) -> &'static str {
        match self {
            Frame::Yesterday => {
                "Walk through yesterday from the moment you started work. Note each thing you \
                 did, big or small: a meeting, a visit, a lesson, a call, an hour at your desk."
            }
            Frame::TypicalWeek => {
                "Picture an ordinary week, not the best or the worst. Note the things that fill \
                 it: the regular meetings, the tasks, the people, the places."
            }
        }
    }
}

/// The prompts beside each field of a moment.
pub const WHAT_PROMPT: &str = "What were you doing?";
/// The prompt for who was there.
pub const WITH_WHOM_PROMPT: &str = "Who with? (Or “on my own”.)";
/// The prompt for where it happened.
pub const SETTING_PROMPT: &str = "Where? (On site, at home, in the car, on a call…)";
/// The question for the energy rating.
pub const ENERGY_PROMPT: &str = "How did it leave you?";
/// The question for the engagement rating.
pub const ENGAGEMENT_PROMPT: &str = "How absorbed were you?";

/// Words for energy from −2 to +2 (index = energy + 2).
pub const ENERGY_LABELS: [&str; 5] = [
    "Drained me",
    "Tired me a little",
    "Neither",
    "Lifted me a little",
    "Gave me energy",
];

/// Words for engagement from 0 to 4.
pub const ENGAGEMENT_LABELS: [&str; 5] = [
    "Mind elsewhere",
    "Going through the motions",
    "Paying attention",
    "Absorbed",
    "Lost track of time",
];

/// The words for an energy rating.
pub fn energy_label(energy: i8) -> &'static str {
    ENERGY_LABELS[(energy.clamp(-2, 2) + 2) as usize]
}

/// The words for an engagement rating.
pub fn engagement_label(engagement: u8) -> &'static str {
    ENGAGEMENT_LABELS[engagement.min(4) as usize]
}

/// One moment of the day or week.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Episode {
    pub what: String,
    pub with_whom: String,
    pub setting: String,
    /// −2 (drained) to +2 (gave energy).
    pub energy: i8,
    /// 0 (mind elsewhere) to 4 (lost track of time).
    pub engagement: u8,
}

impl Episode {
    /// A moment with its ratings put in range.
    pub fn new(what: &str, with_whom: &str, setting: &str, energy: i8, engagement: u8) -> Episode {
        Episode {
            what: what.to_owned(),
            with_whom: with_whom.to_owned(),
            setting: setting.to_owned(),
            energy: energy.clamp(-2, 2),
            engagement: engagement.min(4),
        }
    }
}

/// What a pattern is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PatternKind {
    Activity,
    People,
    Setting,
}

impl PatternKind {
    /// A heading for patterns of this kind.
    pub fn label(self) -> &'static str {
        match self {
            PatternKind::Activity => "What you were doing",
            PatternKind::People => "Who you were with",
            PatternKind::Setting => "Where you were",
        }
    }
}

/// Something that comes up across moments, with how those moments felt.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub kind: PatternKind,
    /// As the person first wrote it, capitalized.
    pub label: String,
    /// The folded form it is grouped by.
    pub key: String,
    /// The moments it appears in (indexes into the episodes).
    pub episodes: Vec<usize>,
    /// The sum of those moments' energy.
    pub energy_total: i32,
    /// The sum of those moments' engagement.
    pub engagement_total: u32,
    /// Whether it is a whole entry the person wrote, not only a word inside entries.
    pub whole_entry: bool,
}

impl Pattern {
    /// How many moments it appears in.
    pub fn count(&self) -> usize {
        self.episodes.len()
    }

    /// The average energy of its moments, −2 to +2.
    pub fn average_energy(&self) -> f64 {
        f64::from(self.energy_total) / self.count().max(1) as f64
    }

    /// The average engagement of its moments, 0 to 4.
    pub fn average_engagement(&self) -> f64 {
        f64::from(self.engagement_total) / self.count().max(1) as f64
    }

    /// "Teaching came up 3 times and gave you a lot of energy."
    pub fn sentence(&self) -> String {
        let avg = self.average_energy();
        let feel = if avg >= 1.5 {
            "gave you a lot of energy"
        } else if avg > 0.0 {
            "gave you some energy"
        } else if avg <= -1.5 {
            "drained you a lot"
        } else if avg < 0.0 {
            "drained you a little"
        } else {
            "left you about even"
        };
        format!("{} came up {} and {feel}.", self.label, times(self.count()))
    }
}

/// What the moments show: energizers and drainers, strongest first, and the share of moments
/// that gave energy.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EnergyPatterns {
    energizers: Vec<Pattern>,
    drainers: Vec<Pattern>,
    moments: usize,
    energizing: usize,
    draining: usize,
}

impl EnergyPatterns {
    /// Patterns whose moments gave energy on average (at least half a point), strongest first.
    pub fn energizers(&self) -> &[Pattern] {
        &self.energizers
    }

    /// Patterns whose moments drained on average (at least half a point), strongest first.
    pub fn drainers(&self) -> &[Pattern] {
        &self.drainers
    }

    /// How many moments were described.
    pub fn moments(&self) -> usize {
        self.moments
    }

    /// The share of moments that gave energy, rounded to the nearest ten percent.
    pub fn energizing_percent(&self) -> Option<u8> {
        share(self.energizing, self.moments)
    }

    /// The share of moments that drained, rounded to the nearest ten percent.
    pub fn draining_percent(&self) -> Option<u8> {
        share(self.draining, self.moments)
    }

    /// "About 40% of what you described gave you energy, and about 30% drained it."
    pub fn share_sentence(&self) -> String {
        let (Some(up), Some(down)) = (self.energizing_percent(), self.draining_percent()) else {
            return "Add a few moments to see where your energy comes from.".into();
        };
        if self.energizing == 0 {
            return "None of what you described gave you energy. That is worth noticing, and \
                    worth talking about."
                .into();
        }
        if self.energizing == self.moments {
            return "Everything you described gave you energy.".into();
        }
        let first = format!("About {up}% of what you described gave you energy");
        if self.draining == 0 {
            format!("{first}, and none of it drained you.")
        } else {
            format!("{first}, and about {down}% drained it.")
        }
    }
}

fn share(part: usize, whole: usize) -> Option<u8> {
    if whole == 0 {
        return None;
    }
    let tenths = (part * 10 + whole / 2) / whole;
    Some((tenths * 10) as u8)
}

#[derive(Default)]
struct Acc {
    label: String,
    episodes: Vec<usize>,
    energy: i32,
    engagement: u32,
    whole: bool,
}

impl Acc {
    fn add(&mut self, i: usize, e: &Episode, label: &str, whole: bool) {
        if self.label.is_empty() || (whole && !self.whole) {
            self.label = capitalize_first(label);
        }
        self.whole |= whole;
        if self.episodes.last() != Some(&i) {
            self.episodes.push(i);
            self.energy += i32::from(e.energy.clamp(-2, 2));
            self.engagement += u32::from(e.engagement.min(4));
        }
    }
}

/// Finds the activities, people and places in the moments, and which of them come with
/// energy and which with drain.
pub fn patterns(episodes: &[Episode]) -> EnergyPatterns {
    let mut groups: BTreeMap<(PatternKind, String), Acc> = BTreeMap::new();
    for (i, e) in episodes.iter().enumerate() {
        for (kind, text) in [
            (PatternKind::Activity, &e.what),
            (PatternKind::People, &e.with_whom),
            (PatternKind::Setting, &e.setting),
        ] {
            for seg in segments(text) {
                let key = tag_key(&seg);
                if key.is_empty() {
                    continue;
                }
                groups.entry((kind, key)).or_default().add(i, e, &seg, true);
                if kind == PatternKind::Activity {
                    for (key, word) in content_words(&seg) {
                        groups
                            .entry((kind, key))
                            .or_default()
                            .add(i, e, &word, false);
                    }
                }
            }
        }
    }
    let all: Vec<Pattern> = groups
        .into_iter()
        .map(|((kind, key), a)| Pattern {
            kind,
            label: a.label,
            key,
            episodes: a.episodes,
            energy_total: a.energy,
            engagement_total: a.engagement,
            whole_entry: a.whole,
        })
        .collect();
    // A word alone counts only when it links moments its phrases do not already link.
    let kept: Vec<Pattern> = all
        .iter()
        .filter(|p| {
            p.whole_entry
                || (p.count() >= 2
                    && !all
                        .iter()
                        .any(|q| q.whole_entry && q.kind == p.kind && q.episodes == p.episodes))
        })
        .cloned()
        .collect();
    let mut energizers: Vec<Pattern> = kept
        .iter()
        .filter(|p| p.energy_total > 0 && 2 * p.energy_total >= p.count() as i32)
        .cloned()
        .collect();
    let mut drainers: Vec<Pattern> = kept
        .iter()
        .filter(|p| p.energy_total < 0 && -2 * p.energy_total >= p.count() as i32)
        .cloned()
        .collect();
    energizers.sort_by(|a, b| strongest_first(a, b, true));
    drainers.sort_by(|a, b| strongest_first(a, b, false));
    EnergyPatterns {
        energizers,
        drainers,
        moments: episodes.len(),
        energizing: episodes.iter().filter(|e| e.energy > 0).count(),
        draining: episodes.iter().filter(|e| e.energy < 0).count(),
    }
}

/// A pattern that comes up often and strongly outweighs one that came up once: by the size
/// of its total energy, then its average, then how absorbing it was (more absorbing first
/// for energizers, less for drainers), then whole entries before single words, then by name.
fn strongest_first(a: &Pattern, b: &Pattern, absorbed_first: bool) -> std::cmp::Ordering {
    let (ta, tb) = (
        i64::from(a.energy_total.abs()),
        i64::from(b.energy_total.abs()),
    );
    let (ca, cb) = (a.count().max(1) as i64, b.count().max(1) as i64);
    // Averages compared without division: ta/ca against tb/cb.
    let engagement =
        (i64::from(b.engagement_total) * ca).cmp(&(i64::from(a.engagement_total) * cb));
    tb.cmp(&ta)
        .then((tb * ca).cmp(&(ta * cb)))
        .then(if absorbed_first {
            engagement
        } else {
            engagement.reverse()
        })
        .then(b.whole_entry.cmp(&a.whole_entry))
        .then(a.label.cmp(&b.label))
}

/// A way to make a drainer smaller.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nudge {
    Automate,
    HandOff,
    Reframe,
}

/// Words that mark routine work a tool or template could shrink.
const ROUTINE_WORDS: &[&str] = &[
    "admin",
    "paperwork",
    "report",
    "reporting",
    "form",
    "email",
    "inbox",
    "invoice",
    "expense",
    "timesheet",
    "spreadsheet",
    "rota",
    "schedule",
    "scheduling",
    "booking",
    "filing",
    "data",
    "entry",
    "log",
    "logging",
    "copying",
    "update",
    "status",
    "chasing",
    "order",
    "ordering",
    "marking",
    "documentation",
];

impl Nudge {
    /// The three, in button order.
    pub const ALL: [Nudge; 3] = [Nudge::Automate, Nudge::HandOff, Nudge::Reframe];

    /// The button's words.
    pub fn label(self) -> &'static str {
        match self {
            Nudge::Automate => "Make it smaller",
            Nudge::HandOff => "Hand it on",
            Nudge::Reframe => "See it differently",
        }
    }

    /// The question behind it.
    pub fn question(self) -> &'static str {
        match self {
            Nudge::Automate => "Could a tool, a template or a routine make it take less of you?",
            Nudge::HandOff => "Is there someone who would enjoy it, or learn from it?",
            Nudge::Reframe => {
                "Can you tie it to something you care about, or pair it with something you enjoy?"
            }
        }
    }

    /// The likeliest nudge for a drainer: routine work can be made smaller, other tasks handed
    /// on, and people and places seen differently.
    pub fn suggest(kind: PatternKind, label: &str) -> Nudge {
        match kind {
            PatternKind::People | PatternKind::Setting => Nudge::Reframe,
            PatternKind::Activity => {
                let routine = super::text::words(label)
                    .iter()
                    .any(|w| ROUTINE_WORDS.contains(&super::text::stem(w).as_str()));
                if routine {
                    Nudge::Automate
                } else {
                    Nudge::HandOff
                }
            }
        }
    }

    /// A first sentence the person can edit.
    pub fn sentence(self, kind: PatternKind, label: &str) -> String {
        let x = label.trim();
        match (self, kind) {
            (Nudge::Automate, PatternKind::People) => format!(
                "I will move the routine updates with “{x}” to a short written note, and keep \
                 our time together for what needs talking through."
            ),
            (Nudge::Automate, _) => format!(
                "I will look for a template, a tool or a fixed routine that makes “{x}” take \
                 half the time."
            ),
            (Nudge::HandOff, PatternKind::People) => format!(
                "I will ask whether someone else could be the main contact with “{x}” for part \
                 of the week."
            ),
            (Nudge::HandOff, _) => format!(
                "I will ask whether someone who would enjoy “{x}”, or learn from it, could take \
                 it on, and offer something in return."
            ),
            (Nudge::Reframe, PatternKind::People) => format!(
                "I will find one thing I can learn from working with “{x}”, and plan that time \
                 for when I have the most energy."
            ),
            (Nudge::Reframe, _) => format!(
                "I will connect “{x}” to something I care about, or pair it with something that \
                 gives me energy."
            ),
        }
    }
}

/// The nudge the person picked for one drainer, and their sentence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DrainerNudge {
    /// The drainer, as named.
    pub drainer: String,
    pub kind: PatternKind,
    pub nudge: Nudge,
    pub sentence: String,
    /// Whether the person has changed the suggested sentence (then it is never replaced).
    pub edited: bool,
}

/// The energy exercise's state.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct EnergyWork {
    pub frame: Frame,
    pub episodes: Vec<Episode>,
    /// The energizers the person keeps, in their words (empty: the strongest found).
    pub energizer_names: Vec<String>,
    /// The drainers the person keeps, in their words (empty: the strongest found).
    pub drainer_names: Vec<String>,
    /// One nudge per kept drainer.
    pub nudges: Vec<DrainerNudge>,
}

impl EnergyWork {
    /// The patterns in the moments so far.
    pub fn patterns(&self) -> EnergyPatterns {
        patterns(&self.episodes)
    }

    /// Adds a moment (ratings put in range) and answers its index.
    pub fn add_episode(&mut self, episode: Episode) -> usize {
        let Episode {
            what,
            with_whom,
            setting,
            energy,
            engagement,
        } = episode;
        self.episodes.push(Episode::new(
            &what, &with_whom, &setting, energy, engagement,
        ));
        self.episodes.len() - 1
    }

    /// Removes the moment at `index`, if there is one.
    pub fn remove_episode(&mut self, index: usize) {
        if index < self.episodes.len() {
            self.episodes.remove(index);
        }
    }

    /// Fills the kept lists from the strongest patterns, where the person has not named any.
    pub fn suggest_names(&mut self) {
        let p = self.patterns();
        if self.energizer_names.is_empty() {
            self.energizer_names = top_labels(p.energizers());
        }
        if self.drainer_names.is_empty() {
            self.drainer_names = top_labels(p.drainers());
        }
    }

    /// The energizers for the deck: the person's own list, or the strongest patterns.
    pub fn energizers_for_deck(&self) -> Vec<String> {
        if self.energizer_names.iter().any(|n| !n.trim().is_empty()) {
            super::text::clean_list(&self.energizer_names)
        } else {
            top_labels(self.patterns().energizers())
        }
    }

    /// The drainers for the deck: the person's own list, or the strongest patterns.
    pub fn drainers_for_deck(&self) -> Vec<String> {
        if self.drainer_names.iter().any(|n| !n.trim().is_empty()) {
            super::text::clean_list(&self.drainer_names)
        } else {
            top_labels(self.patterns().drainers())
        }
    }

    /// Makes sure each drainer for the deck has a nudge (keeping the ones already chosen, and
    /// dropping those for drainers no longer kept).
    pub fn refresh_nudges(&mut self) {
        let found = self.patterns();
        let drainers = self.drainers_for_deck();
        let mut nudges = Vec::new();
        for name in drainers {
            if let Some(n) = self
                .nudges
                .iter()
                .find(|n| super::text::same_text(&n.drainer, &name))
            {
                nudges.push(n.clone());
                continue;
            }
            let key = tag_key(&name);
            let kind = found
                .drainers()
                .iter()
                .find(|p| p.key == key)
                .map_or(PatternKind::Activity, |p| p.kind);
            let nudge = Nudge::suggest(kind, &name);
            nudges.push(DrainerNudge {
                sentence: nudge.sentence(kind, &name),
                drainer: name,
                kind,
                nudge,
                edited: false,
            });
        }
        self.nudges = nudges;
    }

    /// Picks another nudge for a drainer; an unedited sentence follows it.
    pub fn set_nudge(&mut self, index: usize, nudge: Nudge) {
        if let Some(n) = self.nudges.get_mut(index) {
            n.nudge = nudge;
            if !n.edited {
                n.sentence = nudge.sentence(n.kind, &n.drainer);
            }
        }
    }

    /// The person's own words for a nudge.
    pub fn set_nudge_sentence(&mut self, index: usize, sentence: &str) {
        if let Some(n) = self.nudges.get_mut(index) {
            n.sentence = sentence.to_owned();
            n.edited = true;
        }
    }

    /// The nudges' sentences, for the speaker notes of the energy slide.
    pub fn nudge_lines(&self) -> Vec<String> {
        self.nudges
            .iter()
            .map(|n| n.sentence.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect()
    }

    /// Puts ratings back in range.
    pub(crate) fn repair(&mut self) {
        for e in &mut self.episodes {
            e.energy = e.energy.clamp(-2, 2);
            e.engagement = e.engagement.min(4);
        }
    }
}

fn top_labels(patterns: &[Pattern]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for p in patterns {
        if out.len() == DECK_PATTERNS {
            break;
        }
        if !contains_text(&out, &p.label) {
            out.push(p.label.clone());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_cover_the_scales() {
        assert_eq!(energy_label(-2), "Drained me");
        assert_eq!(energy_label(9), "Gave me energy");
        assert_eq!(engagement_label(4), "Lost track of time");
        assert_eq!(engagement_label(200), "Lost track of time");
    }

    #[test]
    fn nudges_fit_the_drainer() {
        assert_eq!(
            Nudge::suggest(PatternKind::Activity, "Weekly reports"),
            Nudge::Automate
        );
        assert_eq!(
            Nudge::suggest(PatternKind::Activity, "Cold calls"),
            Nudge::HandOff
        );
        assert_eq!(Nudge::suggest(PatternKind::People, "Sam"), Nudge::Reframe);
        assert!(Nudge::Reframe
            .sentence(PatternKind::Setting, "the car park")
            .contains("“the car park”"));
    }

    #[test]
    fn shares_round_to_tens() {
        assert_eq!(share(1, 12), Some(10));
        assert_eq!(share(5, 12), Some(40));
        assert_eq!(share(0, 0), None);
    }
}
