//! Rows with identity. Every list a user edits (causes, events, contributors, criteria,
//! adaptations, attendees, people) holds items with an id unique within the list, so a row
//! keeps its identity — and a half-typed draft stays on its row — when another row goes.

/// An item of an edited list.
pub trait Item {
    /// The id, unique within its list (0: not yet given one).
    fn id(&self) -> u32;
    fn set_id(&mut self, id: u32);
}

/// An id no item of `items` uses yet (never 0).
pub fn next_id<T: Item>(items: &[T]) -> u32 {
    items
        .iter()
        .map(Item::id)
        .max()
        .map_or(1, |m| m.saturating_add(1).max(1))
}

/// Adds `item` at the end with a fresh id, and returns that id.
pub fn push<T: Item>(items: &mut Vec<T>, mut item: T) -> u32 {
    let id = next_id(items);
    item.set_id(id);
    items.push(item);
    id
}

/// The item with `id`.
pub fn find<T: Item>(items: &[T], id: u32) -> Option<&T> {
    items.iter().find(|i| i.id() == id)
}

/// The item with `id`, to change.
pub fn find_mut<T: Item>(items: &mut [T], id: u32) -> Option<&mut T> {
    items.iter_mut().find(|i| i.id() == id)
}

/// Removes the item with `id`; false if there is none.
pub fn remove<T: Item>(items: &mut Vec<T>, id: u32) -> bool {
    let before = items.len();
    items.retain(|i| i.id() != id);
    items.len() != before
}

/// The ids in list order (what a keyed list renders).
pub fn ids<T: Item>(items: &[T]) -> Vec<u32> {
    items.iter().map(Item::id).collect()
}

/// Gives every item without an id (older files) or with a repeated one a fresh id; items
/// that already have a unique id keep it. Returns whether anything changed.
pub fn ensure_ids<T: Item>(items: &mut [T]) -> bool {
    // Lists are short: a plain list of the ids seen is enough (and small in the wasm).
    let mut seen: Vec<u32> = Vec::with_capacity(items.len());
    let mut next = items.iter().map(Item::id).max().unwrap_or(0);
    let mut changed = false;
    for item in items.iter_mut() {
        if item.id() == 0 || seen.contains(&item.id()) {
            next = next.saturating_add(1);
            item.set_id(next);
            changed = true;
        }
        seen.push(item.id());
    }
    changed
}

/// Implements [`Item`] for structs with a `pub id: u32` field.
macro_rules! items {
    ($($ty:ty),* $(,)?) => {
        $(impl $crate::model::items::Item for $ty {
            fn id(&self) -> u32 { self.id }
            fn set_id(&mut self, id: u32) { self.id = id; }
        })*
    };
}
pub(crate) use items;

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq)]
    struct Row {
        id: u32,
    }
    items!(Row);

    fn rows(ids: &[u32]) -> Vec<Row> {
        ids.iter().map(|&id| Row { id }).collect()
    }

    #[test]
    fn pushed_items_get_fresh_ids_and_removal_goes_by_id() {
        let mut list = Vec::new();
        assert_eq!(push(&mut list, Row { id: 0 }), 1);
        assert_eq!(push(&mut list, Row { id: 0 }), 2);
        assert_eq!(push(&mut list, Row { id: 0 }), 3);
        assert!(remove(&mut list, 1));
        assert!(!remove(&mut list, 1));
        assert_eq!(ids(&list), [2, 3]);
        assert_eq!(find(&list, 3), Some(&Row { id: 3 }));
        // A removed id is not handed out again while a higher one exists.
        assert_eq!(push(&mut list, Row { id: 0 }), 4);
    }

    #[test]
    fn ensure_ids_fills_missing_and_repeated_ids_keeping_unique_ones() {
        let mut list = rows(&[0, 0, 5, 5, 2]);
        assert!(ensure_ids(&mut list));
        assert_eq!(ids(&list), [6, 7, 5, 8, 2]);
        assert!(!ensure_ids(&mut list));
    }

    #[test]
    fn next_id_never_overflows_to_zero() {
        let list = rows(&[u32::MAX]);
        assert_eq!(next_id(&list), u32::MAX);
    }
}
