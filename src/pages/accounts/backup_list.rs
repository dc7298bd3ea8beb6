use leptos::prelude::*;

use crate::browser::local_time;
use crate::i18n::labels;
use crate::i18n::{use_i18n, Key};
use crate::state::{memo, use_app_state};

/// The snapshots kept before destructive actions, each restorable.
#[component]
pub fn BackupList() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let backups = memo(move || state.backups());
    view! {
        <details class="backups" data-testid="backups">
            <summary>{i18n.s(Key::BackupsHeading)}</summary>
            <Show
                when=move || !backups.with(Vec::is_empty)
                fallback=move || view! { <p>{i18n.s(Key::BackupsEmpty)}</p> }
            >
                <ul>
                    {move || {
                        backups
                            .get()
                            .into_iter()
                            .map(|backup| {
                                let when = local_time(backup.taken_at, i18n.numbers().intl_locale());
                                let label = i18n.f(Key::BackupTaken, &[&when, &labels::backup_reason(i18n.lang(), &backup.reason)]);
                                let backup = StoredValue::new(backup);
                                view! {
                                    <li>
                                        <span>{label}</span>
                                        <button
                                            type="button"
                                            data-testid="backup-restore"
                                            disabled=move || !state.editable()
                                            on:click=move |_| state.restore(&backup.get_value())
                                        >
                                            {i18n.s(Key::BackupRestore)}
                                        </button>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </details>
    }
}
