//! Identifiers: decks get a random UUID v4; items inside a deck get short ids that are unique
//! within it (`r3`, `c12`, `a7`), which keeps share links short.

use super::deck::Deck;

/// A fresh UUID v4 for a new deck, from the platform's cryptographic random source.
pub fn new_deck_id() -> Result<String, getrandom::Error> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)?;
    Ok(uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string())
}

/// The kind of item an id is for; its letter prefixes the number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemKind {
    Role,
    Competency,
    Action,
}

impl ItemKind {
    fn prefix(self) -> char {
        match self {
            ItemKind::Role => 'r',
            ItemKind::Competency => 'c',
            ItemKind::Action => 'a',
        }
    }
}

impl Deck {
    /// An id of the given kind that no item of that kind in this deck uses yet.
    pub fn next_item_id(&self, kind: ItemKind) -> String {
        let ids: Vec<&str> = match kind {
            ItemKind::Role => self
                .roadmap
                .iter()
                .flatten()
                .map(|r| r.id.as_str())
                .collect(),
            ItemKind::Competency => self
                .competencies
                .iter()
                .flatten()
                .map(|c| c.id.as_str())
                .collect(),
            ItemKind::Action => self
                .competencies
                .iter()
                .flatten()
                .flat_map(|c| c.actions.iter().map(|a| a.id.as_str()))
                .collect(),
        };
        let prefix = kind.prefix();
        let highest = ids
            .iter()
            .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("{prefix}{}", highest + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deck_ids_are_uuid_v4_and_differ() {
        let a = new_deck_id().expect("random source");
        let b = new_deck_id().expect("random source");
        assert_ne!(a, b);
        let parsed = uuid::Uuid::parse_str(&a).expect("a UUID");
        assert_eq!(parsed.get_version_num(), 4);
    }

    #[test]
    fn item_ids_are_unique_within_a_deck() {
        let mut deck = crate::model::example_deck("d".into(), "2026-01-01T00:00:00Z".into());
        let id = deck.next_item_id(ItemKind::Role);
        assert!(deck.roadmap.iter().flatten().all(|r| r.id != id));
        deck.roadmap = Some(Vec::new());
        assert_eq!(deck.next_item_id(ItemKind::Role), "r1");
    }
}
