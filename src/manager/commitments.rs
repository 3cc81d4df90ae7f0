//! The manager's commitments: which carry over to the next conversation, the list of all
//! open ones across people, and a first wording for a commitment that answers an ask.

use std::cmp::Ordering;

use super::notes::Commitment;

/// The commitments that carry over to the next conversation: the open ones, in their order.
pub fn carry_over(commitments: &[Commitment]) -> Vec<&Commitment> {
    commitments.iter().filter(|c| !c.done).collect()
}

/// One of "my commitments", across everyone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonCommitment<'a> {
    /// Whom it was promised to.
    pub person: &'a str,
    pub commitment: &'a Commitment,
    pub overdue: bool,
}

/// The manager's open commitments across all people: overdue first, then by due date, then
/// those without a date (each group keeping the order given).
pub fn my_commitments<'a>(
    all: &'a [(String, Commitment)],
    today: &str,
) -> Vec<PersonCommitment<'a>> {
    let mut open: Vec<PersonCommitment<'a>> = all
        .iter()
        .filter(|(_, c)| !c.done)
        .map(|(person, c)| PersonCommitment {
            person,
            commitment: c,
            overdue: c.is_overdue(today),
        })
        .collect();
    open.sort_by(|a, b| by_urgency(a.commitment, b.commitment, today));
    open
}

/// Overdue first, then dated by date, then undated.
pub(super) fn by_urgency(a: &Commitment, b: &Commitment, today: &str) -> Ordering {
    let rank = |c: &Commitment| match (c.is_overdue(today), c.due_date()) {
        (true, _) => 0,
        (false, Some(_)) => 1,
        (false, None) => 2,
    };
    rank(a)
        .cmp(&rank(b))
        .then_with(|| a.due_date().cmp(&b.due_date()))
}

/// A suggested commitment for one of the person's asks, in the manager's words:
/// "Introduce me to the architecture guild" → "Introduce Noor to the architecture guild".
/// Where the ask can't be turned round plainly, it is quoted: "Follow up on Noor's ask: “…”".
pub fn commitment_from_ask(ask: &str, person: &str) -> String {
    let ask = ask.trim().trim_end_matches(['.', '!', '?', ' ']);
    if let Some(turned) = turn_ask(ask, person) {
        return turned;
    }
    let person = person.trim();
    match (ask.is_empty(), person.is_empty()) {
        (true, true) => "Follow up with them".into(),
        (true, false) => format!("Follow up with {person}"),
        (false, true) => format!("Follow up on their ask: “{ask}”"),
        (false, false) => format!("Follow up on {person}’s ask: “{ask}”"),
    }
}

/// The ask in the manager's words, when it speaks of "me" or "my" and nothing harder to turn
/// round ("I", "you"): "Review my portfolio" → "Review Sam’s portfolio".
pub(super) fn turn_ask(ask: &str, person: &str) -> Option<String> {
    let person = person.trim();
    let (name, possessive) = if person.is_empty() {
        ("them".to_owned(), "their".to_owned())
    } else {
        (person.to_owned(), format!("{person}’s"))
    };
    let words: Vec<&str> = ask.split(' ').filter(|w| !w.is_empty()).collect();
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let speaks_as_self = words
        .iter()
        .any(|w| matches!(bare(w).as_str(), "me" | "my" | "myself" | "mine"));
    let tricky = words.iter().any(|w| {
        let b = bare(w);
        b == "i" || b.starts_with("i’") || b.starts_with("i'") || b == "you" || b == "your"
    });
    if !speaks_as_self || tricky {
        return None;
    }
    let turned: Vec<String> = words
        .iter()
        .map(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            let replacement = match core.to_lowercase().as_str() {
                "me" | "myself" => Some(name.as_str()),
                "my" | "mine" => Some(possessive.as_str()),
                _ => None,
            };
            match replacement {
                Some(r) if !core.is_empty() => w.replacen(core, r, 1),
                _ => (*w).to_owned(),
            }
        })
        .collect();
    Some(capitalize(&turned.join(" ")))
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn asks_turn_into_commitments_in_the_managers_words() {
        assert_eq!(
            commitment_from_ask("Introduce me to the architecture guild.", "Noor"),
            "Introduce Noor to the architecture guild"
        );
        assert_eq!(
            commitment_from_ask("pair me with a product manager for a quarter", "Noor"),
            "Pair Noor with a product manager for a quarter"
        );
        assert_eq!(
            commitment_from_ask("Review my portfolio", "Sam"),
            "Review Sam’s portfolio"
        );
        assert_eq!(
            commitment_from_ask("Protect Fridays for discovery work", "Noor"),
            "Follow up on Noor’s ask: “Protect Fridays for discovery work”"
        );
        assert_eq!(
            commitment_from_ask("Tell me what would make you back me", ""),
            "Follow up on their ask: “Tell me what would make you back me”"
        );
        assert_eq!(
            commitment_from_ask("Introduce me (please)", ""),
            "Introduce them (please)"
        );
    }
}
