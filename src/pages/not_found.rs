use leptos::prelude::*;

use crate::components::PageTitle;

use crate::i18n::{use_i18n, Key};

/// Any address the router does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || i18n.t(Key::NotFoundTitle).to_owned()) />
        <h1>{i18n.s(Key::NotFoundTitle)}</h1>
        <p>{i18n.s(Key::NotFoundBody)}</p>
        <p>
            <a href="/">{i18n.s(Key::BackToAccounts)}</a>
        </p>
    }
}
