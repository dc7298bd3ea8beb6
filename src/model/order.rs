//! A stable sort for the app's short lists (accounts, events, findings, sensitivity rows,
//! a class's answers).
//! The standard library's sort is faster on large inputs but is compiled anew, several
//! kilobytes each, for every element type and comparison; these lists hold at most a few
//! hundred items, where insertion sort is as quick and costs a fraction of the wasm.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping equal items in their order.
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && compare(&items[j - 1], &items[j]) == Ordering::Greater {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

// proptest is a native-only dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn sorts_like_the_standard_stable_sort(items in prop::collection::vec((0u8..5, any::<u16>()), 0..60)) {
            let mut ours = items.clone();
            let mut theirs = items;
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            theirs.sort_by_key(|a| a.0);
            prop_assert_eq!(ours, theirs);
        }
    }
}
