use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::browser::new_id;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Status};
use crate::model::step::Step;
use crate::state::use_app_state;

/// Name a customer, say whether it is lost, at risk or active, and open its first step.
#[component]
pub fn NewAccountForm() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let status = RwSignal::new(Status::Lost);

    let create = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_id();
        let mut account = Account::new(
            id.clone(),
            name.get_untracked().trim(),
            status.get_untracked(),
        );
        account.changed_at = crate::browser::now();
        state.edit(|doc| doc.accounts.insert(0, account));
        name.set(String::new());
        let first = Step::track(status.get_untracked())
            .first()
            .copied()
            .unwrap_or(Step::Reasons);
        navigate(
            &format!("/accounts/{id}/{}", first.slug()),
            Default::default(),
        );
    };

    view! {
        <section class="card" aria-labelledby="new-account-heading">
            <h2 id="new-account-heading">{i18n.s(Key::NewAccountHeading)}</h2>
            <form class="inline-form" on:submit=create>
                <label>
                    <span>{i18n.s(Key::AccountNameLabel)}</span>
                    <input
                        type="text"
                        data-testid="account-name"
                        autocomplete="off"
                        maxlength="200"
                        prop:value=name
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                </label>
                <label>
                    <span>{i18n.s(Key::AccountKindLabel)}</span>
                    <select data-testid="account-status" on:change=move |ev| {
                        if let Some(s) = Status::from_slug(&event_target_value(&ev)) {
                            status.set(s);
                        }
                    }>
                        {[Status::Lost, Status::AtRisk, Status::Active]
                            .into_iter()
                            .map(|s| {
                                view! {
                                    <option value=s.slug() selected=move || status.get() == s>
                                        {move || i18n.t(labels::status(s))}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </label>
                <button type="submit" class="primary" data-testid="new-account" disabled=move || !state.editable()>
                    {i18n.s(Key::NewAccountButton)}
                </button>
            </form>
        </section>
    }
}
