use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::offline::use_offline;

/// "A new version is ready", with the button that switches to it (after saving). While work
/// lives only in this tab (storage unavailable, a conflict undecided) it says so instead.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let offline = use_offline();
    let held = RwSignal::new(false);
    view! {
        <Show when=move || offline.update_ready()>
            <div class="banner" role="status" data-testid="update-ready">
                <p>{i18n.s(Key::UpdateReady)}</p>
                <Show when=move || held.get()>
                    <p class="field-error" role="alert">{i18n.s(Key::UpdateHeld)}</p>
                </Show>
                <div class="banner-actions">
                    <button type="button" class="primary" data-testid="update-reload" on:click=move |_| held.set(!offline.accept_update())>
                        {i18n.s(Key::UpdateReload)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
