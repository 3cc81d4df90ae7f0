//! The one mechanism every item card in the editor uses — roadmap items, competencies, actions
//! and supporters alike: where the item is, its fields as signals, edits that tell only its own
//! row, its fields' messages by typed path, and move/remove with focus that follows.

use leptos::prelude::*;

use super::EditorCtx;
use crate::model::{locate, Deck, Item, ItemKind, Move};
use crate::services::{dom, use_toasts, EditSession, Toasts};

/// An item as its row sees it: where it is and a copy of it.
#[derive(Clone)]
pub struct Located<T: Item> {
    pub index: usize,
    pub place: T::Place,
    pub item: T,
}

impl<T: Item> PartialEq for Located<T> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index && self.place == other.place && self.item == other.item
    }
}

/// Everything a row needs to show and change its item. Copy, so closures can hold it.
pub struct ItemRow<T: Item> {
    pub session: EditSession,
    ctx: EditorCtx,
    toasts: Toasts,
    parent: StoredValue<T::Parent>,
    id: StoredValue<String>,
    /// Re-evaluated only when this item is edited or the lists change shape, never on a
    /// keystroke elsewhere.
    pub item: Memo<Option<Located<T>>>,
    /// Every id of the item's list, in order.
    ids: Memo<Vec<String>>,
    /// The field that takes focus when the row is reached after a move or removal.
    first_field: &'static str,
}

impl<T: Item> Clone for ItemRow<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Item> Copy for ItemRow<T> {}

/// The start of every element id in an item's row: `role-r3-title`, `action-a2-due`.
pub fn dom_prefix(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Role => "role",
        ItemKind::Competency => "competency",
        ItemKind::Action => "action",
        ItemKind::Supporter => "supporter",
    }
}

/// The ids of the items of one list, in order, as a memo (what keyed rows and first/last
/// need, without re-running on edits inside items).
pub fn item_ids<T: Item>(
    session: EditSession,
    parent: impl Fn() -> T::Parent + Send + Sync + 'static,
) -> Memo<Vec<String>> {
    Memo::new(move |_| {
        let parent = parent();
        // The ids change only with the lists' shape: a keystroke inside an item leaves these
        // memos (one per list, ~200 in a big deck) alone.
        session.track_structure();
        session.deck.with_untracked(|d| {
            d.items::<T>(&parent)
                .iter()
                .map(|t| t.id().to_owned())
                .collect()
        })
    })
}

impl<T: Item> ItemRow<T> {
    pub fn new(
        ctx: EditorCtx,
        parent: T::Parent,
        id: String,
        ids: Memo<Vec<String>>,
        first_field: &'static str,
    ) -> Self {
        let session = ctx.session;
        let parent = StoredValue::new(parent);
        let stored_id = StoredValue::new(id.clone());
        let item = Memo::new(move |prev: Option<&Option<Located<T>>>| {
            session.track_item(&id);
            // Where the item was last time: it usually still is.
            let hint = prev.and_then(|p| p.as_ref()).map_or(0, |l| l.index);
            let parent = parent.get_value();
            session.deck.with_untracked(|d: &Deck| {
                let list = d.items::<T>(&parent);
                locate(list, &id, hint).map(|index| Located {
                    index,
                    place: T::place(d, &parent, index),
                    item: list[index].clone(),
                })
            })
        });
        on_cleanup(move || {
            if let Some(id) = stored_id.try_get_value() {
                session.forget_item(&id);
            }
        });
        ItemRow {
            session,
            ctx,
            toasts: use_toasts(),
            parent,
            id: stored_id,
            item,
            ids,
            first_field,
        }
    }

    pub fn id(&self) -> String {
        self.id.get_value()
    }

    /// `role-r3-{name}`: the element id of one of the row's controls.
    pub fn dom_id(&self, name: &str) -> String {
        format!("{}-{}-{name}", dom_prefix(T::KIND), self.id())
    }

    /// The item's position in its list (0 while it has none).
    pub fn index(&self) -> Signal<usize> {
        let item = self.item;
        Signal::derive(move || item.with(|l| l.as_ref().map_or(0, |l| l.index)))
    }

    pub fn is_first(&self) -> Signal<bool> {
        let index = self.index();
        Signal::derive(move || index.get() == 0)
    }

    pub fn is_last(&self) -> Signal<bool> {
        let (index, ids) = (self.index(), self.ids);
        Signal::derive(move || index.get() + 1 >= ids.with(Vec::len))
    }

    /// One of the item's values, as a signal.
    pub fn value<V>(&self, get: fn(&T) -> V) -> Signal<V>
    where
        V: Default + Clone + Send + Sync + 'static,
    {
        let item = self.item;
        Signal::derive(move || item.with(|l| l.as_ref().map(|l| get(&l.item)).unwrap_or_default()))
    }

    /// A callback that changes one of the item's fields; `name` keeps a burst of typing in
    /// it one undo step.
    pub fn edit<V: 'static>(&self, name: &'static str, set: fn(&mut T, V)) -> Callback<V> {
        let row = *self;
        Callback::new(move |v: V| {
            let (parent, id) = (row.parent.get_value(), row.id());
            row.session.edit_item(&format!("{id}-{name}"), &id, |d| {
                if let Some(t) = d.item_mut::<T>(&parent, &id) {
                    set(t, v);
                }
            });
        })
    }

    /// Like `edit`, for a choice (a level, a tick): each one is its own undo step.
    pub fn choose<V: 'static>(&self, name: &'static str, set: fn(&mut T, V)) -> Callback<V> {
        let edit = self.edit(name, set);
        let session = self.session;
        Callback::new(move |v: V| {
            edit.run(v);
            session.seal();
        })
    }

    /// The message under one of the item's fields, if a rule is broken (or a warning holds).
    pub fn issue(&self, name: T::Name) -> Signal<Option<String>> {
        let (item, ctx) = (self.item, self.ctx);
        Signal::derive(move || {
            let place = item.with(|l| l.as_ref().map(|l| l.place))?;
            ctx.messages.message(T::field(place, name))
        })
    }

    /// Moves the item up or down; focus follows the button that was pressed.
    pub fn reorder(&self) -> Callback<Move> {
        let row = *self;
        Callback::new(move |dir: Move| {
            let (parent, id) = (row.parent.get_value(), row.id());
            let mut moved = false;
            row.session.edit_lists(&format!("{id}-move"), |d| {
                moved = d.move_item::<T>(&parent, &id, dir)
            });
            if moved {
                let button = if dir == Move::Up { "up" } else { "down" };
                // At the top (or bottom) that button is disabled: focus its twin instead.
                let other = if dir == Move::Up { "down" } else { "up" };
                dom::focus_first_after_render(vec![
                    format!("{}-{id}-{button}", dom_prefix(T::KIND)),
                    format!("{}-{id}-{other}", dom_prefix(T::KIND)),
                ]);
            }
        })
    }

    /// Removes the item (Undo brings it back), says so, and moves focus to the next item's
    /// first field, else the previous one's, else `fallback` (the list's Add button).
    pub fn remove(&self, what: &'static str, fallback: String) -> Callback<()> {
        let row = *self;
        Callback::new(move |()| {
            let (parent, id) = (row.parent.get_value(), row.id());
            let neighbours = row.ids.with_untracked(|ids| {
                let i = ids.iter().position(|x| *x == id);
                let next = i.and_then(|i| ids.get(i + 1)).cloned();
                let prev = i
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| ids.get(i))
                    .cloned();
                [next, prev]
            });
            row.session.edit_lists(&format!("{id}-remove"), |d| {
                d.remove_item::<T>(&parent, &id)
            });
            let mut focus: Vec<String> = neighbours
                .into_iter()
                .flatten()
                .map(|n| format!("{}-{n}-{}", dom_prefix(T::KIND), row.first_field))
                .collect();
            focus.push(fallback.clone());
            dom::focus_first_after_render(focus);
            let session = row.session;
            row.toasts.show(
                format!("Removed the {what}."),
                Some(("Undo", Callback::new(move |()| session.undo()))),
            );
        })
    }
}
