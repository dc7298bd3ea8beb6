use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::{use_i18n, Key};

/// The top bar: product name and main navigation.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="app-header">
            <a class="brand" href="/">
                <span class="brand-name">{move || i18n.t(Key::AppName)}</span>
                <span class="brand-tagline">{move || i18n.t(Key::AppTagline)}</span>
            </a>
            <nav aria-label=move || i18n.t(Key::NavMain)>
                <A href="/" exact=true>{move || i18n.t(Key::NavAccounts)}</A>
            </nav>
        </header>
    }
}
