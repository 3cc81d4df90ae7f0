//! The editor's guidance: for each part of the deck, a question that helps a person think and
//! an example of a good answer. Examples come from four kinds of work — care, teaching,
//! selling, building — so that everyone recognises themselves: the deck's headline picks the
//! nearest kind, and without a hint each field shows a different one. Plain text only.

use crate::components::Guide;

/// A prompt and one example from each kind of work.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Tip {
    pub prompt: &'static str,
    /// Care (nursing, social work), teaching, selling, building (engineering, trades).
    pub examples: [&'static str; 4],
    /// Which example shows when the headline gives no hint.
    pub default: usize,
}

const fn tip(prompt: &'static str, examples: [&'static str; 4], default: usize) -> Tip {
    Tip {
        prompt,
        examples,
        default,
    }
}

/// The kind of work a headline suggests, as an index into `Tip::examples`.
pub fn kind_of_work(headline: &str) -> Option<usize> {
    let h = headline.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| h.contains(w));
    if has(&[
        "nurse",
        "care",
        "health",
        "clinic",
        "patient",
        "ward",
        "doctor",
        "therap",
        "social work",
        "midwi",
        "pharma",
    ]) {
        Some(0)
    } else if has(&[
        "teach",
        "school",
        "lectur",
        "tutor",
        "educat",
        "classroom",
        "curricul",
        "professor",
    ]) {
        Some(1)
    } else if has(&[
        "sales",
        "account",
        "customer",
        "retail",
        "business develop",
        "market",
        "client",
    ]) {
        Some(2)
    } else if has(&[
        "engineer",
        "develop",
        "design",
        "architect",
        "technic",
        "analyst",
        "data",
        "build",
    ]) {
        Some(3)
    } else {
        None
    }
}

impl Tip {
    /// The prompt with the example for this kind of work (or the tip's own default).
    pub fn for_work(&self, kind: Option<usize>) -> Guide {
        Guide {
            prompt: self.prompt,
            example: self.examples[kind.unwrap_or(self.default) % 4],
        }
    }
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
pub const SECTION_SUPPORTERS: &str = "The people who can help you get there: someone who advises \
    you, someone who speaks up for you when you are not in the room, someone who coaches, a \
    peer who learns beside you.";

pub const HEADLINE: Tip = tip(
    "If a colleague introduced you in one line, what would you want them to say?",
    [
        "ICU nurse who makes handovers calm and complete",
        "Maths teacher who gets reluctant students to love a proof",
        "Account manager who turns unhappy customers into references",
        "Backend engineer who makes slow systems fast and explains why",
    ],
    0,
);
pub const STORY: Tip = tip(
    "How did you get here, and what keeps you going? A few sentences, in your own voice.",
    [
        "I became a nurse after caring for my grandmother. Ten years on, what I love most is \
         teaching new nurses the small habits that keep patients safe.",
        "I came to teaching from a lab. I still love the moment a class proves me wrong, which \
         is why I design lessons around experiments.",
        "I started on the phones and found I liked solving problems more than reading scripts. \
         Now I look after our biggest customers and their hardest questions.",
        "I came to software from lab science. I still love the moment an experiment proves me \
         wrong, which is why I gravitate to debugging and performance work.",
    ],
    1,
);
pub const PITCH: Tip = tip(
    "What do you offer that few others do? Where your values, strengths and energy meet, in a \
     sentence or two.",
    [
        "I notice what patients and families are not saying, and I make sure the team hears it.",
        "I make hard ideas feel possible for students who have given up on them.",
        "I turn a customer's complaint into the reason they stay.",
        "I untangle systems nobody else wants to touch, and leave them simpler.",
    ],
    2,
);
pub const VALUES: Tip = tip(
    "What do you refuse to compromise on, at work and outside it?",
    [
        "Dignity for every patient",
        "Every child can learn",
        "Promise only what we deliver",
        "Honesty over comfort",
    ],
    3,
);
pub const STRENGTHS: Tip = tip(
    "What do people come to you for? What feels easy to you but hard to others?",
    [
        "Staying calm when a shift goes wrong",
        "Explaining one idea five different ways",
        "Reading what a buyer really needs",
        "Turning a vague request into a clear plan",
    ],
    0,
);
pub const ENERGIZERS: Tip = tip(
    "Which tasks make you lose track of time?",
    [
        "Mentoring students on placement",
        "Designing a new unit with colleagues",
        "A first meeting with a new client",
        "Pairing with someone new to the codebase",
    ],
    1,
);
pub const DRAINERS: Tip = tip(
    "Which tasks leave you tired out of proportion to their size?",
    [
        "Double-entering notes in two systems",
        "Marking the same mistake forty times",
        "Forecast spreadsheets nobody reads",
        "Meetings without an agenda",
    ],
    2,
);
pub const NEEDS: Tip = tip(
    "What conditions help you do your best work?",
    [
        "A predictable rota I can plan my studies around",
        "A quiet hour to plan before the day starts",
        "A clear territory and the freedom to run it",
        "Clear ownership of one area",
    ],
    3,
);
pub const ROLE: Tip = tip(
    "A role you held, hold, or want — or a milestone on the way. Mark where it sits in time.",
    [
        "Clinical nurse educator — next, around mid-2027",
        "Head of maths department — next, within two years",
        "Key account lead, healthcare sector — next, from spring",
        "Tech lead, payments team — next, around mid-2027",
    ],
    0,
);
pub const COMPETENCY: Tip = tip(
    "A capability your next step needs. Rate honestly: 0 is none yet, 5 is expert.",
    [
        "Teaching adults: now 2, aiming for 4",
        "Leading a team of teachers: now 1, aiming for 3",
        "Negotiating multi-year deals: now 2, aiming for 4",
        "Public speaking: now 2, aiming for 4",
    ],
    1,
);
pub const WHY: Tip = tip(
    "Why does this matter for where you are going?",
    [
        "Educators spend half their week teaching groups, not patients",
        "A department head has to bring nine colleagues along",
        "Renewals over a million need a director-level conversation",
        "The staff role means presenting designs to the whole department",
    ],
    2,
);
pub const ACTION: Tip = tip(
    "A concrete step with a date. Small and real beats big and vague.",
    [
        "Run the March induction session for new starters",
        "Observe two lessons in another school this term",
        "Shadow Priya on the Northwind renewal",
        "Give a lightning talk at the March engineering all-hands",
    ],
    3,
);
pub const ASKS: Tip = tip(
    "What could your manager or organization do that would make the biggest difference?",
    [
        "Release me one shift a month to teach on the induction course",
        "Let me lead the maths curriculum review next year",
        "Bring me into the strategy meetings for our three biggest accounts",
        "Put me forward for the architecture review rotation",
    ],
    0,
);
pub const SUPPORTER: Tip = tip(
    "Who could help, and how? A mentor advises, a sponsor speaks up for you, a coach helps you \
     practise, a peer learns beside you.",
    [
        "Dr Amal Reyes, sponsor — can put my name forward for the educator post",
        "Ms Okoye, mentor — ran a department for ten years; a coffee each month",
        "Jordan, peer — also aiming for key accounts; we swap call notes",
        "Priya, mentor — staff engineer; reviews my design docs monthly",
    ],
    1,
);
