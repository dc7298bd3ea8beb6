use leptos::prelude::*;
use leptos_router::hooks::use_location;

use super::LanguagePicker;
use crate::display::use_display;
use crate::i18n::{use_i18n, Key};

/// The top bar: product name, main navigation and the large-type switch for projecting.
#[component]
pub fn Header() -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    let pathname = use_location().pathname;
    view! {
        <header class="app-header">
            <a class="brand" href="/">
                <span class="brand-name">{i18n.s(Key::AppName)}</span>
                <span class="brand-tagline">{i18n.s(Key::AppTagline)}</span>
            </a>
            <nav aria-label=i18n.s(Key::NavMain)>
                // A plain link (the router takes its clicks): `<A>` brings path resolution the
                // app never needs, for one `aria-current`.
                <a href="/" aria-current=move || (pathname.get() == "/").then_some("page")>
                    {i18n.s(Key::NavAccounts)}
                </a>
            </nav>
            <LanguagePicker />
            <button
                type="button"
                class="toggle"
                data-testid="large-type"
                aria-pressed=move || display.large_type().to_string()
                on:click=move |_| display.set_large_type(!display.large_type())
            >
                {i18n.s(Key::LargeType)}
            </button>
        </header>
    }
}
