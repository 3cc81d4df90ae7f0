//! What the board editor says beside each field: a question to think about and an example.

use crate::components::Guide;

pub const INTRO: &str = "An opportunity board is the other half of a career conversation: a deck says \
    what someone wants to grow, a board says what your team can offer. List real openings — roles, \
    projects, rotations, mentoring, learning — and name the competencies each builds. Whoever opens \
    your link sees first the ones that would grow their own deck, worked out on their device.";

pub const TITLE: Guide = Guide {
    prompt: "Whose opportunities, and for when?",
    example: "Payments group — open opportunities, spring 2027",
};

pub const FROM: Guide = Guide {
    prompt: "Who offers these, so people know whom they are talking to?",
    example: "Dana Okafor, Director of Payments",
};

pub const NOTE: Guide = Guide {
    prompt: "How should someone raise their hand?",
    example: "Interested? Tell your manager, or book half an hour with me. Nothing is decided without a conversation.",
};

pub const OPPORTUNITY: Guide = Guide {
    prompt: "Something real someone could do next, named so they can picture it.",
    example: "Tech lead, ledger migration",
};

pub const SUMMARY: Guide = Guide {
    prompt: "What would they actually do, and with whom?",
    example: "Lead six engineers through moving the ledger to the new platform.",
};

pub const BUILDS: Guide = Guide {
    prompt: "Which competencies would someone grow here? Use the words people put in their decks.",
    example: "System design",
};

pub const NEEDS: Guide = Guide {
    prompt: "What must someone already be able to do, and how well (0–5, as in a deck)?",
    example: "SQL, level 3",
};
