use leptos::prelude::*;

use crate::i18n::{errors, use_i18n, Key};
use crate::model::persist;
use crate::state::{use_app_state, Persistence};

/// What the user must know about saving: damaged data (with the three ways out), data from a
/// newer version, no storage, or a conflict with another tab. Empty while all is well.
#[component]
pub fn StorageBanner() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    move || {
        match state.persistence.get() {
        Persistence::Stored => ().into_any(),
        Persistence::Recovery { error } => view! {
            <section class="banner" role="alert" data-testid="storage-recovery">
                <h2>{i18n.s(Key::StorageRecoveryTitle)}</h2>
                <p>{errors::persist_error(i18n.numbers(), &error)}</p>
                <p>{i18n.s(Key::StorageRecoveryBody)}</p>
                <div class="banner-actions">
                    <button type="button" on:click=move |_| {
                        state.offer_download("winback-damaged-data.json", state.quarantined().ok_or(persist::PersistError::Empty))
                    }>{i18n.s(Key::StorageRecoveryDownload)}</button>
                    <button type="button" on:click=move |_| state.repair()>
                        {i18n.s(Key::StorageRecoveryRepair)}
                    </button>
                    <button type="button" on:click=move |_| state.start_over()>
                        {i18n.s(Key::StorageRecoveryStartOver)}
                    </button>
                </div>
            </section>
        }
        .into_any(),
        Persistence::ReadOnly { found } => view! {
            <section class="banner" role="alert" data-testid="storage-read-only">
                <p>{move || i18n.f(Key::StorageReadOnly, &[&i18n.numbers().whole(i64::from(found))])}</p>
            </section>
        }
        .into_any(),
        Persistence::MemoryOnly { reason } => view! {
            <section class="banner" role="alert" data-testid="storage-memory-only">
                <p>{i18n.s(Key::StorageMemoryOnly)}</p>
                <p>{errors::storage_error(i18n.numbers(), &reason)}</p>
                <div class="banner-actions">
                    <button type="button" on:click=move |_| state.export_all()>{i18n.s(Key::ExportAll)}</button>
                    <button type="button" data-testid="storage-retry" on:click=move |_| state.retry_storage()>
                        {i18n.s(Key::StorageRetry)}
                    </button>
                </div>
            </section>
        }
        .into_any(),
        Persistence::Conflict { theirs, .. } => {
            let theirs_text = persist::export(&theirs.accounts);
            view! {
                <section class="banner" role="alert" data-testid="storage-conflict">
                    <p>{i18n.s(Key::StorageConflict)}</p>
                    <div class="banner-actions">
                        <button type="button" on:click=move |_| state.keep_mine()>
                            {i18n.s(Key::StorageKeepMine)}
                        </button>
                        <button type="button" on:click=move |_| state.keep_theirs()>
                            {i18n.s(Key::StorageKeepTheirs)}
                        </button>
                        <button type="button" on:click=move |_| state.offer_download("winback-other-tab.json", theirs_text.clone())>
                            {i18n.s(Key::StorageDownloadTheirs)}
                        </button>
                    </div>
                </section>
            }
            .into_any()
        }
    }
    }
}
