//! A short guide for managers: how to hold a career conversation that helps. Static text,
//! shown beside the agenda; written for any kind of team.

/// One part of the guide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GuideSection {
    pub heading: &'static str,
    pub paragraphs: &'static [&'static str],
}

/// The guide, in reading order.
pub const GUIDE: &[GuideSection] = &[
    GuideSection {
        heading: "Trust comes first",
        paragraphs: &[
            "People only tell you what they really want when they believe it will be used \
             for them, not against them. Say why you are having this conversation: to help \
             them get where they want to go, and to find where that meets what the team \
             needs.",
            "Protect the time. Don't cancel it for something urgent, and don't mix it with a \
             review of this week's work.",
        ],
    },
    GuideSection {
        heading: "Open in three steps",
        paragraphs: &[
            "Their story. Ask how they got here: the turns they took, what they loved doing \
             and why. You will hear what they value long before they name it.",
            "Their dreams. Ask what they would do if nothing stood in the way, and what a \
             great working life looks like to them, years from now. Don't judge it or \
             narrow it yet.",
            "A plan. Bring it back to the next 12 to 18 months: one or two steps that move \
             towards the dream, the skills those steps need, and who can help.",
        ],
    },
    GuideSection {
        heading: "Listen for direction",
        paragraphs: &[
            "Listen more than you speak. Notice where their energy rises — the work they \
             describe in detail, the moments they light up — and where it drops.",
            "Reflect back what you heard in a sentence (\"It sounds like the part you love is \
             teaching others\") and let them correct you. Their words matter more than your \
             summary.",
        ],
    },
    GuideSection {
        heading: "Turn asks into commitments",
        paragraphs: &[
            "When they ask for something, say what you will do and by when, in plain words: \
             \"I'll introduce you to the guild lead by the 15th.\" If you can't do it, say so, \
             and say what you can do instead.",
            "Write each promise down and open the next conversation with it. Following \
             through on a small promise builds more trust than a large one forgotten.",
        ],
    },
    GuideSection {
        heading: "Write notes they could read",
        paragraphs: &[
            "Keep notes short, factual and kind, as if the person may one day read them — \
             they may, if you hand them over. Write what was said and agreed, not your \
             guesses about their private life.",
            "Your notes stay on this device. Export them only on purpose: to hand over to \
             their next manager, or to give to the person.",
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_guide_is_short_and_has_no_empty_parts() {
        assert!(GUIDE.len() >= 4 && GUIDE.len() <= 8);
        for s in GUIDE {
            assert!(!s.heading.is_empty() && !s.paragraphs.is_empty());
            assert!(s.paragraphs.iter().all(|p| p.len() > 40 && p.len() < 400));
        }
        let all: String = GUIDE
            .iter()
            .flat_map(|s| s.paragraphs.iter())
            .copied()
            .collect();
        assert!(!all.contains('<'), "plain text only");
    }
}
