use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{use_i18n, Key};

/// `/`: the portfolio of accounts.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t(Key::AccountsTitle) />
        <h1>{move || i18n.t(Key::AccountsTitle)}</h1>
        <p class="lead">{move || i18n.t(Key::AccountsIntro)}</p>
        <p class="empty">{move || i18n.t(Key::AccountsEmpty)}</p>
    }
}
