//! `/`: the portfolio of accounts, starting new ones, and the user's data.

mod account_row;
mod account_table;
mod backup_list;
mod data_tools;
mod new_account_form;

use leptos::prelude::*;

use crate::components::{Later, PageTitle};

use crate::i18n::{use_i18n, Key};
use account_table::AccountTable;
use data_tools::DataTools;
use new_account_form::NewAccountForm;

/// `/`: the portfolio of accounts.
#[component]
pub fn AccountsPage() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageTitle text=Signal::derive(move || i18n.t(Key::AccountsTitle).to_owned()) />
        <h1>{i18n.s(Key::AccountsTitle)}</h1>
        <p class="lead">{i18n.s(Key::AccountsIntro)}</p>
        <NewAccountForm />
        <Later>
            <AccountTable />
            <DataTools />
        </Later>
    }
}
