use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use wasm_bindgen::JsCast;

use super::backup_list::BackupList;
use crate::browser::today;
use crate::browser::{new_id, now};
use crate::classroom::take;
use crate::files;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::Account;
use crate::model::classroom::{self, ClassError};
use crate::model::persist::BackupReason;
use crate::model::persist::{self, MAX_BYTES};
use crate::model::portfolio::{self, CsvWords, SortBy};
use crate::state::{use_app_state, Detail, Notice};
use crate::steps::signal_text;

/// The file chosen in a file input's change event, clearing the input for the next choice.
fn take_file(ev: &leptos::ev::Event) -> Option<web_sys::File> {
    let input = ev.target()?.dyn_into::<web_sys::HtmlInputElement>().ok()?;
    let file = input.files()?.get(0);
    input.set_value("");
    file
}

/// Export, import (add or replace all), the sample, backups, deleting everything, and what is
/// stored where.
#[component]
pub fn DataTools() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let reading = RwSignal::new(false);
    let replacement = RwSignal::new(None::<Vec<Account>>);
    let confirm_delete = RwSignal::new(false);

    let refuse = move |detail: Detail| {
        state
            .notice
            .set(Some(Notice::alert(Key::ImportRefused, Some(detail))))
    };
    // Reads and fully checks a file before anything changes; then adds its accounts as
    // copies, or asks before replacing everything with them.
    let read = move |ev: leptos::ev::Event, replace_all: bool| {
        let Some(file) = take_file(&ev) else { return };
        reading.set(true);
        let navigate = navigate.clone();
        spawn_local(async move {
            let result = files::read_text(file, MAX_BYTES).await;
            reading.set(false);
            let text = match result {
                Ok(text) => text,
                Err(e) => return refuse(Detail::File(e)),
            };
            // A hand-out from a trainer is added as a case of its own (never replacing).
            match classroom::read_handout(&text, new_id()) {
                Ok(case) => return navigate(&take(state, case), Default::default()),
                // Not a hand-out (or not JSON at all): the importer says what is wrong.
                Err(ClassError::WrongKind { .. } | ClassError::Damaged) => {}
                Err(e) => return refuse(Detail::Class(e)),
            }
            if classroom::is_answer(&text) {
                return state
                    .notice
                    .set(Some(Notice::alert(Key::ImportIsAnswer, None)));
            }
            let accounts = persist::import(&text, new_id).map_err(Detail::Persist);
            match accounts {
                Ok(accounts) if replace_all => replacement.set(Some(accounts)),
                Ok(accounts) => {
                    let count = accounts.len();
                    state.edit(|doc| {
                        doc.accounts.splice(0..0, accounts);
                    });
                    state
                        .notice
                        .set(Some(Notice::status(Key::ImportAdded).with_args(vec![
                            i18n.count(Key::CountAccounts, count as u64),
                        ])));
                }
                Err(detail) => refuse(detail),
            }
        });
    };
    let replace = move |_| {
        if let Some(accounts) = replacement.get_untracked() {
            let count = accounts.len();
            state.backup(BackupReason::ReplaceAll);
            state.edit(|doc| doc.accounts = accounts);
            state
                .notice
                .set(Some(Notice::status(Key::ReplaceAllDone).with_args(vec![
                    i18n.count(Key::CountAccounts, count as u64),
                ])));
        }
        replacement.set(None);
    };
    let export_all = move |_| state.export_all();
    let export_csv = move |_| {
        let status = |s| i18n.t(labels::status(s)).to_owned();
        let decision = |d| i18n.t(labels::decision(d)).to_owned();
        let signal = |s: &_| signal_text(&i18n, s);
        let words = CsvWords {
            header: [
                Key::ColName,
                Key::ColStatus,
                Key::CurrencyLabel,
                Key::ColValue,
                Key::ColEv,
                Key::ColVerdict,
                Key::SignalsHeading,
            ]
            .map(|k| i18n.t(k)),
            status: &status,
            decision: &decision,
            signal: &signal,
        };
        let text = state.doc.with_untracked(|d| {
            portfolio::csv(
                &portfolio::rows(&d.accounts, today(), None, SortBy::Name),
                &words,
            )
        });
        if let Err(e) = files::download_as("winback-accounts.csv", &text, "text/csv;charset=utf-8")
        {
            state
                .notice
                .set(Some(Notice::alert(Key::SaveRefused, Some(Detail::File(e)))));
        }
    };
    let restore_sample = move |_| {
        state.edit(|doc| doc.restore_sample(now(), i18n.lang()));
        state.notice.set(Some(Notice::status(Key::SampleRestored)));
    };

    view! {
        <section class="card data-tools" aria-labelledby="data-heading">
            <h2 id="data-heading">{i18n.s(Key::DataHeading)}</h2>
            <p data-testid="privacy-note">{i18n.s(Key::PrivacyNote)}</p>
            <div class="tool-row">
                <button type="button" data-testid="export-all" on:click=export_all>{i18n.s(Key::ExportAll)}</button>
                <button type="button" data-testid="export-csv" on:click=export_csv>{i18n.s(Key::ExportCsv)}</button>
                <label class="file-button">
                    <span>{i18n.s(Key::ImportLabel)}</span>
                    <input type="file" accept=".json,application/json" data-testid="import-file" disabled=move || !state.editable() on:change={
                        let read = read.clone();
                        move |ev| read(ev, false)
                    } />
                </label>
                <label class="file-button">
                    <span>{i18n.s(Key::ReplaceAllLabel)}</span>
                    <input type="file" accept=".json,application/json" data-testid="replace-file" disabled=move || !state.editable() on:change=move |ev| read(ev, true) />
                </label>
                <button type="button" data-testid="restore-sample" on:click=restore_sample disabled=move || !state.editable()>{i18n.s(Key::RestoreSample)}</button>
            </div>
            <Show when=move || reading.get()>
                <p role="status">{i18n.s(Key::ImportReading)}</p>
            </Show>
            <Show when=move || replacement.with(Option::is_some)>
                <div class="confirm" role="alertdialog" aria-labelledby="replace-question">
                    <p id="replace-question">{i18n.s(Key::ReplaceAllConfirm)}</p>
                    <button type="button" on:click=export_all>{i18n.s(Key::ExportAll)}</button>
                    <button type="button" class="danger" data-testid="replace-confirm" on:click=replace>{i18n.s(Key::ReplaceAllYes)}</button>
                    <button type="button" on:click=move |_| replacement.set(None)>{i18n.s(Key::Cancel)}</button>
                </div>
            </Show>
            <BackupList />
            <div class="tool-row">
                <button type="button" class="danger" data-testid="delete-all" on:click=move |_| confirm_delete.set(true)>
                    {i18n.s(Key::DeleteAllButton)}
                </button>
            </div>
            <Show when=move || confirm_delete.get()>
                <div class="confirm" role="alertdialog" aria-labelledby="delete-question">
                    <p id="delete-question">{i18n.s(Key::DeleteAllConfirm)}</p>
                    <button type="button" on:click=export_all>{i18n.s(Key::ExportAll)}</button>
                    <button type="button" class="danger" data-testid="delete-all-confirm" on:click=move |_| { state.delete_all(); confirm_delete.set(false); }>
                        {i18n.s(Key::DeleteAllYes)}
                    </button>
                    <button type="button" on:click=move |_| confirm_delete.set(false)>{i18n.s(Key::Cancel)}</button>
                </div>
            </Show>
        </section>
    }
}
