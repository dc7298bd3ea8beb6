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
                <span class="brand-name">{i18n.s(Key::AppName)}</span>
                <span class="brand-tagline">{i18n.s(Key::AppTagline)}</span>
            </a>
            <nav aria-label=i18n.s(Key::NavMain)>
                <A href="/" exact=true>{i18n.s(Key::NavAccounts)}</A>
            </nav>
        </header>
    }
}
