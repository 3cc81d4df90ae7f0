//! The editor's guidance: for each part of the deck, a question that helps a person think and
//! an example of a good answer. Written for this app; plain text only.

/// A prompt and an example for one field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guide {
    pub prompt: &'static str,
    pub example: &'static str,
}

const fn g(prompt: &'static str, example: &'static str) -> Guide {
    Guide { prompt, example }
}

pub const SECTION_PROFILE: &str = "Nobody can back a story they have never heard. Start here: \
    who you are at work, what you care about, and what helps you do your best.";
pub const SECTION_ROADMAP: &str =
    "Your path so far and where you want it to go. Be as honest about \
    the aspiration as about the past: a manager can only help with a direction they know.";
pub const SECTION_GROWTH: &str = "The few capabilities that stand between you and your next step, \
    where you are today, where you are aiming, and what you will actually do about it.";
pub const SECTION_ASKS: &str =
    "What you need from your manager and your organization. Specific asks \
    are easy to say yes to; vague ones are easy to forget.";

pub const HEADLINE: Guide = g(
    "If a colleague introduced you in one line, what would you want them to say?",
    "Backend engineer who makes slow systems fast and explains why",
);
pub const STORY: Guide = g(
    "How did you get here, and what keeps you going? A few sentences, in your own voice.",
    "I came to software from lab science. I still love the moment an experiment proves me wrong, \
     which is why I gravitate to debugging and performance work.",
);
pub const VALUES: Guide = g(
    "What do you refuse to compromise on, at work and outside it?",
    "Honesty over comfort",
);
pub const STRENGTHS: Guide = g(
    "What do people come to you for? What feels easy to you but hard to others?",
    "Turning a vague request into a clear plan",
);
pub const ENERGIZERS: Guide = g(
    "Which tasks make you lose track of time?",
    "Pairing with someone new to the codebase",
);
pub const DRAINERS: Guide = g(
    "Which tasks leave you tired out of proportion to their size?",
    "Meetings without an agenda",
);
pub const NEEDS: Guide = g(
    "What conditions help you do your best work?",
    "Clear ownership of one area",
);
pub const ROLE: Guide = g(
    "A role you held, hold, or want — or a milestone on the way. Mark where it sits in time.",
    "Tech lead, payments team — next, around mid-2027",
);
pub const COMPETENCY: Guide = g(
    "A capability your next step needs. Rate honestly: 0 is none yet, 5 is expert.",
    "Public speaking: now 2, aiming for 4",
);
pub const WHY: Guide = g(
    "Why does this matter for where you are going?",
    "The staff role means presenting designs to the whole department",
);
pub const ACTION: Guide = g(
    "A concrete step with a date. Small and real beats big and vague.",
    "Give a lightning talk at the March engineering all-hands",
);
pub const ASKS: Guide = g(
    "What could your manager or organization do that would make the biggest difference?",
    "Put me forward for the architecture review rotation",
);
