//! `/`: the portfolio of accounts, starting new ones, and the user's data.

mod account_row;
mod account_table;
mod backup_list;
mod data_tools;
mod new_account_form;

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::{use_i18n, Key};
use account_table::AccountTable;
use data_tools::DataTools;
use new_account_form::NewAccountForm;

/// `/`: the portfolio of accounts.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Title text=move || i18n.t(Key::AccountsTitle) />
        <h1>{move || i18n.t(Key::AccountsTitle)}</h1>
        <p class="lead">{move || i18n.t(Key::AccountsIntro)}</p>
        <NewAccountForm />
        <AccountTable />
        <DataTools />
    }
}
