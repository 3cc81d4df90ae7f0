//! How complete a deck is: per section, the few things a strong deck has, so the editor can
//! point at what is still thin instead of scoring the person.

use super::deck::{Deck, Horizon, Section};

/// One thing a strong deck has, and whether this one has it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    pub label: &'static str,
    pub done: bool,
}

/// A section's checks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionProgress {
    pub section: Section,
    pub checks: Vec<Check>,
}

impl SectionProgress {
    pub fn done(&self) -> usize {
        self.checks.iter().filter(|c| c.done).count()
    }

    pub fn total(&self) -> usize {
        self.checks.len()
    }
}

fn check(label: &'static str, done: bool) -> Check {
    Check { label, done }
}

fn filled(items: &[String]) -> usize {
    items.iter().filter(|s| !s.trim().is_empty()).count()
}

impl Deck {
    /// The checks for every section, in deck order.
    pub fn completeness(&self) -> Vec<SectionProgress> {
        let p = self.profile.clone().unwrap_or_default();
        let roles = self.roadmap_list();
        let has = |h: Horizon| {
            roles
                .iter()
                .any(|r| r.horizon == h && !r.title.trim().is_empty())
        };
        let comps = self.competencies_list();
        let named: Vec<_> = comps.iter().filter(|c| !c.name.trim().is_empty()).collect();
        vec![
            SectionProgress {
                section: Section::Profile,
                checks: vec![
                    check("A one-line headline", !p.headline.trim().is_empty()),
                    check(
                        "Your story, in a few sentences",
                        p.story.trim().chars().count() >= 80,
                    ),
                    check("At least two values", filled(&p.values) >= 2),
                    check("At least two strengths", filled(&p.strengths) >= 2),
                    check("What gives you energy", filled(&p.energizers) >= 1),
                    check("What drains you", filled(&p.drainers) >= 1),
                    check("What you need to thrive", filled(&p.needs) >= 1),
                    check("Your one big thing", !p.pitch.trim().is_empty()),
                ],
            },
            SectionProgress {
                section: Section::Roadmap,
                checks: vec![
                    check("Where you have been", has(Horizon::Past)),
                    check("Where you are now", has(Horizon::Now)),
                    check("Your next step", has(Horizon::Next)),
                    check("A longer-term aspiration", has(Horizon::Aspiration)),
                ],
            },
            SectionProgress {
                section: Section::Growth,
                checks: vec![
                    check("At least two competencies to grow", named.len() >= 2),
                    check(
                        "A gap between where you are and where you aim",
                        named.iter().any(|c| c.target > c.current),
                    ),
                    check(
                        "Why each one matters",
                        !named.is_empty() && named.iter().all(|c| !c.why.trim().is_empty()),
                    ),
                    check(
                        "A dated action for each",
                        !named.is_empty()
                            && named
                                .iter()
                                .all(|c| c.actions.iter().any(|a| a.due.is_some())),
                    ),
                ],
            },
            SectionProgress {
                section: Section::Asks,
                checks: vec![check(
                    "At least one clear ask",
                    filled(self.asks.as_deref().unwrap_or_default()) >= 1,
                )],
            },
            SectionProgress {
                section: Section::Supporters,
                checks: vec![check(
                    "Someone who can help you grow",
                    self.supporters_list()
                        .iter()
                        .any(|s| !s.name.trim().is_empty()),
                )],
            },
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::example_deck;

    #[test]
    fn blank_decks_are_thin_everywhere_and_the_example_is_full() {
        let blank = Deck::blank("d".into(), "T".into(), "2026-01-01T00:00:00Z".into());
        assert!(blank.completeness().iter().all(|s| s.done() == 0));
        let example = example_deck("d".into(), "2026-01-01T00:00:00Z".into());
        for s in example.completeness() {
            assert_eq!(s.done(), s.total(), "{:?}: {:?}", s.section, s.checks);
        }
    }
}
