use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};

/// The page foot: the privacy promise.
#[component]
pub fn Footer() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <footer class="app-footer" data-testid="privacy-footer">
            <p>{i18n.s(Key::FooterPrivacy)}</p>
        </footer>
    }
}
