//! Edits the editor makes to a deck, as plain methods so they are tested natively and the
//! view code only says which one to call.

use super::deck::*;
use super::ids::ItemKind;

/// The lists of plain strings a deck has.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TextList {
    Values,
    Strengths,
    Energizers,
    Drainers,
    Needs,
    Asks,
}

impl TextList {
    /// The field path used by validation (`profile.values`, `asks`).
    pub fn path(self) -> &'static str {
        match self {
            TextList::Values => "profile.values",
            TextList::Strengths => "profile.strengths",
            TextList::Energizers => "profile.energizers",
            TextList::Drainers => "profile.drainers",
            TextList::Needs => "profile.needs",
            TextList::Asks => "asks",
        }
    }
}

/// Which way to move an item in a list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
}

fn move_in<T>(items: &mut [T], index: usize, dir: Move) -> bool {
    let target = match dir {
        Move::Up => index.checked_sub(1),
        Move::Down => Some(index + 1).filter(|t| *t < items.len()),
    };
    match target {
        Some(t) if index < items.len() => {
            items.swap(index, t);
            true
        }
        _ => false,
    }
}

impl Deck {
    pub fn text_list(&self, list: TextList) -> &[String] {
        let items = match list {
            TextList::Values => self.profile.as_ref().map(|p| &p.values),
            TextList::Strengths => self.profile.as_ref().map(|p| &p.strengths),
            TextList::Energizers => self.profile.as_ref().map(|p| &p.energizers),
            TextList::Drainers => self.profile.as_ref().map(|p| &p.drainers),
            TextList::Needs => self.profile.as_ref().map(|p| &p.needs),
            TextList::Asks => self.asks.as_ref(),
        };
        items.map(Vec::as_slice).unwrap_or_default()
    }

    pub fn text_list_mut(&mut self, list: TextList) -> &mut Vec<String> {
        match list {
            TextList::Asks => self.asks.get_or_insert_with(Vec::new),
            _ => {
                let p = self.profile.get_or_insert_with(Profile::default);
                match list {
                    TextList::Values => &mut p.values,
                    TextList::Strengths => &mut p.strengths,
                    TextList::Energizers => &mut p.energizers,
                    TextList::Drainers => &mut p.drainers,
                    _ => &mut p.needs,
                }
            }
        }
    }

    pub fn profile_mut(&mut self) -> &mut Profile {
        self.profile.get_or_insert_with(Profile::default)
    }

    pub fn move_text(&mut self, list: TextList, index: usize, dir: Move) -> bool {
        move_in(self.text_list_mut(list), index, dir)
    }

    pub fn roles(&self) -> &[RoadmapItem] {
        self.roadmap.as_deref().unwrap_or_default()
    }

    pub fn role_mut(&mut self, id: &str) -> Option<&mut RoadmapItem> {
        self.roadmap.as_mut()?.iter_mut().find(|r| r.id == id)
    }

    /// Adds an empty role at the end and returns its id.
    pub fn add_role(&mut self, horizon: Horizon) -> String {
        let id = self.next_item_id(ItemKind::Role);
        self.roadmap.get_or_insert_with(Vec::new).push(RoadmapItem {
            id: id.clone(),
            title: String::new(),
            organization: String::new(),
            start: None,
            end: None,
            horizon,
            notes: String::new(),
        });
        id
    }

    pub fn remove_role(&mut self, id: &str) {
        if let Some(items) = self.roadmap.as_mut() {
            items.retain(|r| r.id != id);
        }
    }

    pub fn move_role(&mut self, id: &str, dir: Move) -> bool {
        let Some(items) = self.roadmap.as_mut() else {
            return false;
        };
        let Some(i) = items.iter().position(|r| r.id == id) else {
            return false;
        };
        move_in(items, i, dir)
    }

    pub fn competencies_list(&self) -> &[Competency] {
        self.competencies.as_deref().unwrap_or_default()
    }

    pub fn competency_mut(&mut self, id: &str) -> Option<&mut Competency> {
        self.competencies.as_mut()?.iter_mut().find(|c| c.id == id)
    }

    /// Adds an empty competency at the end and returns its id.
    pub fn add_competency(&mut self) -> String {
        let id = self.next_item_id(ItemKind::Competency);
        self.competencies
            .get_or_insert_with(Vec::new)
            .push(Competency {
                id: id.clone(),
                name: String::new(),
                current: 1,
                target: 3,
                why: String::new(),
                actions: Vec::new(),
            });
        id
    }

    pub fn remove_competency(&mut self, id: &str) {
        if let Some(items) = self.competencies.as_mut() {
            items.retain(|c| c.id != id);
        }
    }

    pub fn move_competency(&mut self, id: &str, dir: Move) -> bool {
        let Some(items) = self.competencies.as_mut() else {
            return false;
        };
        let Some(i) = items.iter().position(|c| c.id == id) else {
            return false;
        };
        move_in(items, i, dir)
    }

    /// Adds an empty action to a competency and returns its id.
    pub fn add_action(&mut self, competency_id: &str) -> Option<String> {
        let id = self.next_item_id(ItemKind::Action);
        let c = self.competency_mut(competency_id)?;
        c.actions.push(Action {
            id: id.clone(),
            text: String::new(),
            due: None,
            done: false,
        });
        Some(id)
    }

    pub fn action_mut(&mut self, competency_id: &str, action_id: &str) -> Option<&mut Action> {
        self.competency_mut(competency_id)?
            .actions
            .iter_mut()
            .find(|a| a.id == action_id)
    }

    pub fn remove_action(&mut self, competency_id: &str, action_id: &str) {
        if let Some(c) = self.competency_mut(competency_id) {
            c.actions.retain(|a| a.id != action_id);
        }
    }
}

/// Names for competency levels, so that a number means the same thing to everyone.
pub const LEVEL_NAMES: [&str; 6] = [
    "None yet",
    "Aware",
    "Learning",
    "Practising",
    "Skilled",
    "Expert",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        Deck::blank("d".into(), "T".into(), "2026-01-01T00:00:00Z".into())
    }

    #[test]
    fn roles_add_move_remove() {
        let mut d = deck();
        let a = d.add_role(Horizon::Now);
        let b = d.add_role(Horizon::Next);
        assert_ne!(a, b);
        assert!(d.move_role(&b, Move::Up));
        assert_eq!(d.roles()[0].id, b);
        assert!(!d.move_role(&b, Move::Up), "already first");
        assert!(d.move_role(&b, Move::Down));
        assert!(!d.move_role(&b, Move::Down), "already last");
        d.remove_role(&a);
        assert_eq!(d.roles().len(), 1);
    }

    #[test]
    fn competencies_and_actions() {
        let mut d = deck();
        let c = d.add_competency();
        let a1 = d.add_action(&c).expect("competency exists");
        let a2 = d.add_action(&c).expect("competency exists");
        assert_ne!(a1, a2);
        d.action_mut(&c, &a1).expect("action").done = true;
        d.remove_action(&c, &a2);
        assert_eq!(d.competencies_list()[0].actions.len(), 1);
        assert!(d.add_action("missing").is_none());
    }

    #[test]
    fn text_lists_reach_every_list() {
        let mut d = deck();
        for list in [
            TextList::Values,
            TextList::Strengths,
            TextList::Energizers,
            TextList::Drainers,
            TextList::Needs,
            TextList::Asks,
        ] {
            d.text_list_mut(list).push(format!("{list:?}"));
            d.text_list_mut(list).push("second".into());
            assert!(d.move_text(list, 1, Move::Up));
            assert_eq!(
                d.text_list(list),
                ["second".to_string(), format!("{list:?}")]
            );
        }
    }
}

/// Where the item with `id` is in `items`, trying `hint` (where it was last time) first: in
/// the editor each row looks itself up on every keystroke, and items rarely move, so this
/// keeps a 400-item deck at one comparison per row instead of hundreds.
pub fn locate<T>(items: &[T], id: &str, hint: usize, id_of: impl Fn(&T) -> &str) -> Option<usize> {
    if items.get(hint).is_some_and(|item| id_of(item) == id) {
        return Some(hint);
    }
    items.iter().position(|item| id_of(item) == id)
}

#[cfg(test)]
mod locate_tests {
    use super::locate;

    #[test]
    fn uses_the_hint_and_falls_back_to_a_search() {
        let ids = ["a", "b", "c"];
        assert_eq!(locate(&ids, "b", 1, |s| s), Some(1));
        assert_eq!(locate(&ids, "c", 0, |s| s), Some(2));
        assert_eq!(locate(&ids, "z", 9, |s| s), None);
    }
}
