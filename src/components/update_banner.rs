use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::offline::use_offline;

/// "A new version is ready", with the button that switches to it (after saving).
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let offline = use_offline();
    view! {
        <Show when=move || offline.update_ready()>
            <div class="banner" role="status" data-testid="update-ready">
                <p>{i18n.s(Key::UpdateReady)}</p>
                <div class="banner-actions">
                    <button type="button" class="primary" data-testid="update-reload" on:click=move |_| offline.accept_update()>
                        {i18n.s(Key::UpdateReload)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
