use leptos::prelude::*;

use crate::browser::{local_time, new_id, now};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::persist;
use crate::model::portfolio::{duplicate, Row};
use crate::model::step::Step;
use crate::state::{use_app_state, Notice};

/// One account in the list, with its figures and actions.
#[component]
pub fn AccountRow(
    /// The figures to show.
    row: Row,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(row.name.clone());
    let id = StoredValue::new(row.id.clone());
    let shown_name = if row.name.trim().is_empty() {
        None
    } else {
        Some(row.name.clone())
    };
    let name = StoredValue::new(row.name.clone());

    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let value = new_name.get_untracked().trim().to_owned();
        state.edit(|doc| {
            doc.update_account(&id.get_value(), now(), |a| a.name = value);
        });
        renaming.set(false);
    };
    let duplicate_it = move |_| {
        let copy_name = i18n.f(Key::CopySuffix, &[&name.get_value()]);
        state.edit(|doc| {
            if let Some(original) = doc.account(&id.get_value()) {
                let copy = duplicate(original, new_id(), copy_name, now());
                doc.accounts.insert(0, copy);
            }
        });
        state.notice.set(Some(
            Notice::status(Key::AccountDuplicated).with_args(vec![name.get_value()]),
        ));
    };
    let delete = move |_| state.delete_account(&id.get_value());
    let export = move |_| {
        let text = state.doc.with_untracked(|doc| {
            persist::export(doc.account(&id.get_value()).cloned().as_slice())
        });
        state.offer_download(&format!("winback-{}.json", id.get_value()), text);
    };
    let first = Step::track(row.status)
        .first()
        .copied()
        .unwrap_or(Step::Reasons);
    let href = format!("/accounts/{}/{}", row.id, first.slug());
    let changed = row.changed_at;
    let (value, ev, currency) = (
        row.value_at_stake,
        row.ev,
        StoredValue::new(row.currency.clone()),
    );
    let drift = row.drift.as_ref().map(Vec::len);

    view! {
        <tr data-testid="account-row" data-account-id=row.id.clone()>
            <th scope="row">
                <a href=href><bdi>{shown_name.clone().unwrap_or_else(|| i18n.t(Key::UnnamedAccount).to_owned())}</bdi></a>
                <Show when=move || row.illustrative>
                    <span class="badge">{i18n.s(Key::SampleBadge)}</span>
                </Show>
                <Show when=move || renaming.get()>
                    <form class="inline-form" on:submit=rename>
                        <label>
                            <span class="visually-hidden">{move || i18n.f(Key::RenameLabel, &[&name.get_value()])}</span>
                            <input type="text" maxlength="200" dir="auto" prop:value=new_name on:input=move |ev| new_name.set(event_target_value(&ev)) />
                        </label>
                        <button type="submit">{i18n.s(Key::RenameSave)}</button>
                        <button type="button" on:click=move |_| renaming.set(false)>{i18n.s(Key::Cancel)}</button>
                    </form>
                </Show>
            </th>
            <td data-label=i18n.s(Key::ColStatus)>{move || i18n.t(labels::status(row.status))}</td>
            <td class="num" data-label=i18n.s(Key::ColValue)>{move || i18n.numbers().money(value, &currency.get_value())}</td>
            <td class="num" data-label=i18n.s(Key::ColEv)>{move || ev.map_or_else(|| "—".to_owned(), |ev| i18n.numbers().money(ev, &currency.get_value()))}</td>
            <td data-label=i18n.s(Key::ColVerdict)>{match drift {
                // A current customer: how many drift signals are raised, not a win-back verdict.
                Some(n) => view! { <span class={if n > 0 { "verdict verdict-no-go" } else { "verdict verdict-go" }} data-testid="row-drift">{move || i18n.count(Key::CountSignals, n as u64)}</span> }.into_any(),
                None => view! { <span class=format!("verdict verdict-{}", row.decision.slug())>{move || i18n.t(labels::decision(row.decision))}</span> }.into_any(),
            }}</td>
            <td data-label=i18n.s(Key::ColChanged)>{move || if changed > 0.0 { local_time(changed, i18n.numbers().intl_locale()) } else { i18n.t(Key::ChangedNever).to_owned() }}</td>
            <td class="row-actions">
                <button type="button" on:click=move |_| renaming.set(true) disabled=move || !state.editable()>{i18n.s(Key::ActionRename)}</button>
                <button type="button" on:click=duplicate_it disabled=move || !state.editable()>{i18n.s(Key::ActionDuplicate)}</button>
                <button type="button" on:click=export>{i18n.s(Key::ActionExport)}</button>
                <button type="button" class="danger" data-testid="delete-account" on:click=delete disabled=move || !state.editable()>
                    {i18n.s(Key::ActionDelete)}
                </button>
            </td>
        </tr>
    }
}
