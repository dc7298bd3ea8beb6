use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{use_i18n, Key};
use crate::state::use_app_state;

/// The top bar: product name, main navigation and the large-type switch for projecting.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // The outside world: `<html data-large-type>` scales the whole page's type.
    Effect::new(move || {
        let Some(root) = document().document_element() else {
            return;
        };
        // Failing to set the attribute only loses the larger type; the page still works.
        let _ = if state.large_type() {
            root.set_attribute("data-large-type", "")
        } else {
            root.remove_attribute("data-large-type")
        };
    });
    view! {
        <header class="app-header">
            <a class="brand" href="/">
                <span class="brand-name">{i18n.s(Key::AppName)}</span>
                <span class="brand-tagline">{i18n.s(Key::AppTagline)}</span>
            </a>
            <nav aria-label=i18n.s(Key::NavMain)>
                <A href="/" exact=true>{i18n.s(Key::NavAccounts)}</A>
            </nav>
            <button
                type="button"
                class="toggle"
                data-testid="large-type"
                aria-pressed=move || state.large_type().to_string()
                on:click=move |_| state.set_large_type(!state.large_type())
            >
                {i18n.s(Key::LargeType)}
            </button>
        </header>
    }
}
