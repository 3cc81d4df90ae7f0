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
    Supporter,
}

impl ItemKind {
    fn prefix(self) -> char {
        match self {
            ItemKind::Role => 'r',
            ItemKind::Competency => 'c',
            ItemKind::Action => 'a',
            ItemKind::Supporter => 's',
        }
    }
}

impl Deck {
    /// Every item id in the deck, in document order (ids share one space, deck-format.md).
    pub fn item_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self.roadmap_list().iter().map(|r| r.id.as_str()).collect();
        for c in self.competencies_list() {
            ids.push(&c.id);
            ids.extend(c.actions.iter().map(|a| a.id.as_str()));
        }
        ids.extend(self.supporters_list().iter().map(|s| s.id.as_str()));
        ids
    }

    /// An id of the given kind that no item in this deck uses yet.
    pub fn next_item_id(&self, kind: ItemKind) -> String {
        let prefix = kind.prefix();
        let highest = self
            .item_ids()
            .iter()
            .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        format!("{prefix}{}", highest + 1)
    }

    /// Gives a fresh id to every item whose id is empty or already used by an earlier item,
    /// and answers how many were changed. For the owner's own stored drafts, written before
    /// the format said ids are unique: two items with one id would make the editor change
    /// the first when the second is typed in.
    pub fn renumber_duplicate_ids(&mut self) -> usize {
        let mut seen = std::collections::HashSet::new();
        let mut clashes = Vec::new();
        for (n, id) in self.item_ids().into_iter().enumerate() {
            if id.is_empty() || !seen.insert(id.to_owned()) {
                clashes.push(n);
            }
        }
        if clashes.is_empty() {
            return 0;
        }
        // Fresh ids continue each kind's numbering past every id in the deck.
        let kinds = self.item_kinds();
        let mut taken: Vec<String> = self.item_ids().iter().map(|s| s.to_string()).collect();
        let mut plan: Vec<(usize, String)> = Vec::new();
        for &i in &clashes {
            let prefix = kinds[i].prefix();
            let highest = taken
                .iter()
                .filter_map(|id| id.strip_prefix(prefix)?.parse::<u64>().ok())
                .max()
                .unwrap_or(0);
            let id = format!("{prefix}{}", highest + 1);
            taken.push(id.clone());
            plan.push((i, id));
        }
        // Walk the items in the same order as `item_ids`, renaming the clashing ones.
        let mut n = 0;
        let mut next = plan.into_iter().peekable();
        let mut rename = |id: &mut String| {
            if next.peek().is_some_and(|(i, _)| *i == n) {
                if let Some((_, new)) = next.next() {
                    *id = new;
                }
            }
            n += 1;
        };
        for r in self.roadmap.iter_mut().flatten() {
            rename(&mut r.id);
        }
        for c in self.competencies.iter_mut().flatten() {
            rename(&mut c.id);
            for a in &mut c.actions {
                rename(&mut a.id);
            }
        }
        for s in self.supporters.iter_mut().flatten() {
            rename(&mut s.id);
        }
        clashes.len()
    }

    /// The kind of each id of `item_ids`, in the same order.
    fn item_kinds(&self) -> Vec<ItemKind> {
        let mut kinds = vec![ItemKind::Role; self.roadmap_list().len()];
        for c in self.competencies_list() {
            kinds.push(ItemKind::Competency);
            kinds.extend(c.actions.iter().map(|_| ItemKind::Action));
        }
        kinds.extend(self.supporters_list().iter().map(|_| ItemKind::Supporter));
        kinds
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

    #[test]
    fn duplicate_and_empty_ids_get_fresh_ones_and_the_rest_stay() {
        let mut deck = crate::model::example_deck("d".into(), "2026-01-01T00:00:00Z".into());
        let roadmap = deck.roadmap.as_mut().expect("roadmap");
        roadmap[1].id = "r1".into();
        roadmap[2].id = String::new();
        deck.competencies.as_mut().expect("growth")[0].actions[1].id = "a1".into();
        assert_eq!(deck.renumber_duplicate_ids(), 3);
        let ids = deck.item_ids();
        let unique: std::collections::HashSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{ids:?}");
        assert_eq!(deck.roadmap_list()[0].id, "r1", "the first keeps its id");
        assert_eq!(deck.roadmap_list()[3].id, "r4");
        assert!(deck.validate().is_empty(), "{:?}", deck.validate());
        assert_eq!(deck.renumber_duplicate_ids(), 0);
    }
}
