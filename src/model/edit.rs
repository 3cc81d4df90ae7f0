//! Edits the editor (and the workshop) make to a deck, as plain methods so they are tested
//! natively and the view code only says which one to call.
//!
//! Items with ids — roadmap items, competencies, actions, supporters — are all edited through
//! one generic mechanism: the `Item` trait says where a kind of item lives in a deck, and
//! `Deck::item_mut`, `add_item`, `remove_item` and `move_item` work for every kind.

use super::deck::*;
use super::field::{ActionField, CompetencyField, Field, RoadmapField, SupporterField};
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
    pub const ALL: [TextList; 6] = [
        TextList::Values,
        TextList::Strengths,
        TextList::Energizers,
        TextList::Drainers,
        TextList::Needs,
        TextList::Asks,
    ];

    /// The list's path in the format (`profile.values`, `asks`).
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

    /// The list's heading on screen.
    pub fn label(self) -> &'static str {
        match self {
            TextList::Values => "Values",
            TextList::Strengths => "Strengths",
            TextList::Energizers => "What gives me energy",
            TextList::Drainers => "What drains me",
            TextList::Needs => "What I need to thrive",
            TextList::Asks => "What I need",
        }
    }

    /// "Who I am, Values"; "Asks".
    pub fn section_and_label(self) -> String {
        match self {
            TextList::Asks => "Asks".into(),
            other => format!("Who I am, {}", other.label()),
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

/// A kind of deck item that has an id and lives in one of the deck's lists.
pub trait Item: Clone + PartialEq + Send + Sync + 'static {
    /// Which list of this kind: `()` for the deck's own lists, the competency's id for actions.
    type Parent: Clone + PartialEq + Send + Sync + 'static;
    /// Where one item sits: its index, or (competency, action) for actions.
    type Place: Copy + PartialEq + Send + Sync + 'static;
    /// The item's fields, for typed paths.
    type Name: Copy + Send + Sync + 'static;
    const KIND: ItemKind;

    fn id(&self) -> &str;
    /// A new, empty item.
    fn blank(id: String) -> Self;
    fn list<'a>(deck: &'a Deck, parent: &Self::Parent) -> Option<&'a [Self]>;
    fn list_mut<'a>(deck: &'a mut Deck, parent: &Self::Parent) -> Option<&'a mut Vec<Self>>;
    /// The place of the item at `index` of the list under `parent`.
    fn place(deck: &Deck, parent: &Self::Parent, index: usize) -> Self::Place;
    /// The typed path of one of its fields.
    fn field(place: Self::Place, name: Self::Name) -> Field;
}

impl Item for RoadmapItem {
    type Parent = ();
    type Place = usize;
    type Name = RoadmapField;
    const KIND: ItemKind = ItemKind::Role;

    fn id(&self) -> &str {
        &self.id
    }
    fn blank(id: String) -> Self {
        RoadmapItem {
            id,
            title: String::new(),
            organization: String::new(),
            start: None,
            end: None,
            horizon: Horizon::Next,
            notes: String::new(),
        }
    }
    fn list<'a>(deck: &'a Deck, _: &()) -> Option<&'a [Self]> {
        deck.roadmap.as_deref()
    }
    fn list_mut<'a>(deck: &'a mut Deck, _: &()) -> Option<&'a mut Vec<Self>> {
        Some(deck.roadmap.get_or_insert_with(Vec::new))
    }
    fn place(_: &Deck, _: &(), index: usize) -> usize {
        index
    }
    fn field(place: usize, name: RoadmapField) -> Field {
        Field::RoadmapItem(place, name)
    }
}

impl Item for Competency {
    type Parent = ();
    type Place = usize;
    type Name = CompetencyField;
    const KIND: ItemKind = ItemKind::Competency;

    fn id(&self) -> &str {
        &self.id
    }
    fn blank(id: String) -> Self {
        Competency {
            id,
            name: String::new(),
            current: 1,
            target: 3,
            why: String::new(),
            actions: Vec::new(),
        }
    }
    fn list<'a>(deck: &'a Deck, _: &()) -> Option<&'a [Self]> {
        deck.competencies.as_deref()
    }
    fn list_mut<'a>(deck: &'a mut Deck, _: &()) -> Option<&'a mut Vec<Self>> {
        Some(deck.competencies.get_or_insert_with(Vec::new))
    }
    fn place(_: &Deck, _: &(), index: usize) -> usize {
        index
    }
    fn field(place: usize, name: CompetencyField) -> Field {
        Field::Competency(place, name)
    }
}

impl Item for Action {
    /// The competency's id.
    type Parent = String;
    /// (competency index, action index).
    type Place = (usize, usize);
    type Name = ActionField;
    const KIND: ItemKind = ItemKind::Action;

    fn id(&self) -> &str {
        &self.id
    }
    fn blank(id: String) -> Self {
        Action {
            id,
            text: String::new(),
            due: None,
            done: false,
        }
    }
    fn list<'a>(deck: &'a Deck, competency: &String) -> Option<&'a [Self]> {
        let c = deck
            .competencies_list()
            .iter()
            .find(|c| c.id == *competency)?;
        Some(&c.actions)
    }
    fn list_mut<'a>(deck: &'a mut Deck, competency: &String) -> Option<&'a mut Vec<Self>> {
        let c = deck
            .competencies
            .as_mut()?
            .iter_mut()
            .find(|c| c.id == *competency)?;
        Some(&mut c.actions)
    }
    fn place(deck: &Deck, competency: &String, index: usize) -> (usize, usize) {
        let c = deck
            .competencies_list()
            .iter()
            .position(|c| c.id == *competency)
            .unwrap_or(0);
        (c, index)
    }
    fn field((c, a): (usize, usize), name: ActionField) -> Field {
        Field::Action(c, a, name)
    }
}

impl Item for Supporter {
    type Parent = ();
    type Place = usize;
    type Name = SupporterField;
    const KIND: ItemKind = ItemKind::Supporter;

    fn id(&self) -> &str {
        &self.id
    }
    fn blank(id: String) -> Self {
        Supporter {
            id,
            name: String::new(),
            role: SupporterRole::Mentor,
            how: String::new(),
        }
    }
    fn list<'a>(deck: &'a Deck, _: &()) -> Option<&'a [Self]> {
        deck.supporters.as_deref()
    }
    fn list_mut<'a>(deck: &'a mut Deck, _: &()) -> Option<&'a mut Vec<Self>> {
        Some(deck.supporters.get_or_insert_with(Vec::new))
    }
    fn place(_: &Deck, _: &(), index: usize) -> usize {
        index
    }
    fn field(place: usize, name: SupporterField) -> Field {
        Field::Supporter(place, name)
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

    /// The roadmap's items (empty when the section is absent).
    pub fn roadmap_list(&self) -> &[RoadmapItem] {
        self.roadmap.as_deref().unwrap_or_default()
    }

    /// The competencies of the Growth section (empty when it is absent).
    pub fn competencies_list(&self) -> &[Competency] {
        self.competencies.as_deref().unwrap_or_default()
    }

    /// The supporters (empty when the section is absent).
    pub fn supporters_list(&self) -> &[Supporter] {
        self.supporters.as_deref().unwrap_or_default()
    }

    /// The items of one kind under `parent` (empty when there are none).
    pub fn items<T: Item>(&self, parent: &T::Parent) -> &[T] {
        T::list(self, parent).unwrap_or_default()
    }

    /// The item with this id, to change it.
    pub fn item_mut<T: Item>(&mut self, parent: &T::Parent, id: &str) -> Option<&mut T> {
        T::list_mut(self, parent)?.iter_mut().find(|t| t.id() == id)
    }

    /// Adds an empty item at the end of its list and returns its new id (`None` when the
    /// parent is not there).
    pub fn add_item<T: Item>(&mut self, parent: &T::Parent) -> Option<String> {
        self.push_item(parent, |id| T::blank(id))
    }

    /// Adds an item made by `make` from a fresh id at the end of its list.
    pub fn push_item<T: Item>(
        &mut self,
        parent: &T::Parent,
        make: impl FnOnce(String) -> T,
    ) -> Option<String> {
        let id = self.next_item_id(T::KIND);
        T::list_mut(self, parent)?.push(make(id.clone()));
        Some(id)
    }

    pub fn remove_item<T: Item>(&mut self, parent: &T::Parent, id: &str) {
        if let Some(items) = T::list_mut(self, parent) {
            items.retain(|t| t.id() != id);
        }
    }

    /// Moves an item one place; answers whether it moved.
    pub fn move_item<T: Item>(&mut self, parent: &T::Parent, id: &str, dir: Move) -> bool {
        let Some(items) = T::list_mut(self, parent) else {
            return false;
        };
        match items.iter().position(|t| t.id() == id) {
            Some(i) => move_in(items, i, dir),
            None => false,
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

/// One line per level, shown beside the picker so that "3" means the same to everyone.
pub const LEVEL_DESCRIPTIONS: [&str; 6] = [
    "Haven't started",
    "Know what it is and why it matters",
    "Doing it with help and feedback",
    "Doing it on my own, most of the time",
    "Others come to me for it",
    "Shape how others do it",
];

/// Where the item with `id` is in `items`, trying `hint` (where it was last time) first: in
/// the editor each row looks itself up on every keystroke, and items rarely move, so this
/// keeps a 400-item deck at one comparison per row instead of hundreds.
pub fn locate<T: Item>(items: &[T], id: &str, hint: usize) -> Option<usize> {
    if items.get(hint).is_some_and(|item| item.id() == id) {
        return Some(hint);
    }
    items.iter().position(|item| item.id() == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn deck() -> Deck {
        Deck::blank("d".into(), "T".into(), "2026-01-01T00:00:00Z".into())
    }

    #[test]
    fn roadmap_items_add_move_remove() {
        let mut d = deck();
        let a = d.add_item::<RoadmapItem>(&()).expect("added");
        let b = d.add_item::<RoadmapItem>(&()).expect("added");
        assert_ne!(a, b);
        assert!(d.move_item::<RoadmapItem>(&(), &b, Move::Up));
        assert_eq!(d.roadmap_list()[0].id, b);
        assert!(
            !d.move_item::<RoadmapItem>(&(), &b, Move::Up),
            "already first"
        );
        assert!(d.move_item::<RoadmapItem>(&(), &b, Move::Down));
        assert!(
            !d.move_item::<RoadmapItem>(&(), &b, Move::Down),
            "already last"
        );
        d.remove_item::<RoadmapItem>(&(), &a);
        assert_eq!(d.roadmap_list().len(), 1);
    }

    #[test]
    fn competencies_and_actions_share_the_mechanism() {
        let mut d = deck();
        let c = d.add_item::<Competency>(&()).expect("added");
        let a1 = d.add_item::<Action>(&c).expect("competency exists");
        let a2 = d.add_item::<Action>(&c).expect("competency exists");
        assert_ne!(a1, a2);
        d.item_mut::<Action>(&c, &a1).expect("action").done = true;
        d.remove_item::<Action>(&c, &a2);
        assert_eq!(d.competencies_list()[0].actions.len(), 1);
        assert!(d.add_item::<Action>(&"missing".to_owned()).is_none());
        assert_eq!(Action::place(&d, &c, 0), (0, 0));
        assert_eq!(
            Action::field((0, 0), ActionField::Due),
            Field::Action(0, 0, ActionField::Due)
        );
    }

    #[test]
    fn supporters_too() {
        let mut d = deck();
        let s = d.add_item::<Supporter>(&()).expect("added");
        d.item_mut::<Supporter>(&(), &s).expect("there").name = "Priya".into();
        assert_eq!(d.supporters_list()[0].name, "Priya");
        assert!(s.starts_with('s'));
    }

    #[test]
    fn text_lists_reach_every_list() {
        let mut d = deck();
        for list in TextList::ALL {
            d.text_list_mut(list).push(format!("{list:?}"));
            d.text_list_mut(list).push("second".into());
            assert!(d.move_text(list, 1, Move::Up));
            assert_eq!(
                d.text_list(list),
                ["second".to_string(), format!("{list:?}")]
            );
        }
    }

    #[test]
    fn locate_uses_the_hint_and_falls_back_to_a_search() {
        let mut d = deck();
        for _ in 0..3 {
            d.add_item::<RoadmapItem>(&());
        }
        let items = d.roadmap_list();
        assert_eq!(locate(items, "r2", 1), Some(1));
        assert_eq!(locate(items, "r3", 0), Some(2));
        assert_eq!(locate(items, "zz", 9), None);
    }
}
