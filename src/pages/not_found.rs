use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{use_i18n, Key};

/// Any address the router does not know.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t(Key::NotFoundTitle) />
        <h1>{move || i18n.t(Key::NotFoundTitle)}</h1>
        <p>{move || i18n.t(Key::NotFoundBody)}</p>
        <p>
            <a href="/">{move || i18n.t(Key::BackToAccounts)}</a>
        </p>
    }
}
