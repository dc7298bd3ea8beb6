use leptos::prelude::*;

/// The rows of one of an account's lists, one per item id. A row stays in place while others
/// are added or removed, so a field being typed in keeps its focus and text.
///
/// Every editable list goes through this one keyed `<For>`: each `<For>` of its own compiled
/// to 4–9 KB of wasm (its keyed diff, instantiated anew per closure type).
#[component]
pub fn ItemRows(
    /// The items' ids, in the order shown.
    ids: Memo<Vec<u32>>,
    /// Draws the row for one id.
    row: Callback<u32, AnyView>,
) -> impl IntoView {
    view! {
        <For each=move || ids.get() key=|id| *id let:id>
            {row.run(id)}
        </For>
    }
}
