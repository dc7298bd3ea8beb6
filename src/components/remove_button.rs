use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};

/// "Remove", announced with what it removes ("Remove Quality").
#[component]
pub fn RemoveButton(
    /// What the button removes, for its accessible name.
    #[prop(into)]
    name: Signal<String>,
    /// Called on click.
    on_remove: Callback<()>,
    /// Whether removing is off.
    #[prop(into, default = Signal::from(false))]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="danger"
            disabled=disabled
            aria-label=move || i18n.f(Key::RemoveNamed, &[&name.get()])
            on:click=move |_| on_remove.run(())
        >
            {i18n.s(Key::Remove)}
        </button>
    }
}
