use leptos::prelude::*;

use super::account_row::AccountRow;
use crate::browser::today;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::Status;
use crate::model::portfolio::{self, SortBy};
use crate::state::{memo, use_app_state};

/// Every saved account with what is at stake, filtered by status and sorted.
#[component]
pub fn AccountTable() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let filter = RwSignal::new(None::<Status>);
    let sort = RwSignal::new(SortBy::default());
    let rows = memo(move || {
        state
            .doc
            .with(|doc| portfolio::rows(&doc.accounts, today(), filter.get(), sort.get()))
    });

    view! {
        <section class="card" aria-labelledby="accounts-list-heading">
            <h2 id="accounts-list-heading" class="visually-hidden">{i18n.s(Key::AccountsTitle)}</h2>
            <div class="toolbar">
                <label>
                    <span>{i18n.s(Key::FilterLabel)}</span>
                    <select
                        data-testid="status-filter"
                        on:change=move |ev| filter.set(Status::from_slug(&event_target_value(&ev)))
                    >
                        <option value="">{i18n.s(Key::FilterAll)}</option>
                        {Status::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.slug()>{move || i18n.t(labels::status(s))}</option> })
                            .collect_view()}
                    </select>
                </label>
                <label>
                    <span>{i18n.s(Key::SortLabel)}</span>
                    <select data-testid="sort" on:change=move |ev| sort.set(SortBy::from_slug(&event_target_value(&ev)))>
                        {SortBy::ALL
                            .into_iter()
                            .map(|s| view! { <option value=s.slug()>{move || i18n.t(labels::sort(s))}</option> })
                            .collect_view()}
                    </select>
                </label>
            </div>
            <Show
                when=move || !rows.with(Vec::is_empty)
                fallback=move || {
                    let key = if state.doc.with(|d| d.accounts.is_empty()) { Key::AccountsEmpty } else { Key::NoMatchingAccounts };
                    view! { <p class="empty">{move || i18n.t(key)}</p> }
                }
            >
                <div class="table-scroll">
                    <table class="accounts">
                        <thead>
                            <tr>
                                <th scope="col">{i18n.s(Key::ColName)}</th>
                                <th scope="col">{i18n.s(Key::ColStatus)}</th>
                                <th scope="col" class="num">{i18n.s(Key::ColValue)}</th>
                                <th scope="col" class="num">{i18n.s(Key::ColEv)}</th>
                                <th scope="col">{i18n.s(Key::ColVerdict)}</th>
                                <th scope="col">{i18n.s(Key::ColChanged)}</th>
                                <th scope="col">{i18n.s(Key::ColActions)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || rows.get() key=|row| (row.id.clone(), row.changed_at.to_bits()) let:row>
                                <AccountRow row=row />
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
        </section>
    }
}
