use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, FieldSpan, ItemRows, RemoveButton};
use crate::i18n::{use_i18n, Key};
use crate::model::account::{Account, Criterion};
use crate::model::limits::{self, Limit};

fn criteria(a: &Account) -> &Vec<Criterion> {
    &a.requirements.criteria
}

fn criteria_mut(a: &mut Account) -> &mut Vec<Criterion> {
    &mut a.requirements.criteria
}

/// The customer's criteria with weights and both suppliers' scores.
#[component]
pub fn CriteriaList() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let ids = ctx.item_ids(criteria);
    let add = move |_| {
        ctx.update(|a| {
            a.requirements.add_criterion();
        })
    };
    view! {
        <section class="card" aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{i18n.s(Key::CriteriaHeading)}</h2>
            <p class="lead">{i18n.s(Key::CriteriaIntro)}</p>
            <ol class="item-list" data-testid="criteria">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <CriterionItem id=id /> }.into_any()) />
            </ol>
            <button type="button" data-testid="add-criterion" disabled=move || !ctx.editable() on:click=add>{i18n.s(Key::AddCriterion)}</button>
        </section>
    }
}

/// One criterion: name, weight, both scores and whether it is the price.
#[component]
fn CriterionItem(
    /// The criterion's id within the account.
    id: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let item = ctx.item(criteria, id);
    let name = move || item.with(|c| c.as_ref().map(|c| c.name.clone()).unwrap_or_default());
    let number = move |label: Key,
                       key: &str,
                       limit: Limit,
                       read: fn(&Criterion) -> f64,
                       write: fn(&mut Criterion, f64)| {
        view! {
            <BoundedField label=label id=format!("criterion-{id}-{key}") limit=limit disabled=disabled span=FieldSpan::Third
                value=Signal::derive(move || item.with(|c| c.as_ref().map_or(0.0, read)))
                on_change=Callback::new(move |v: f64| ctx.edit_item(criteria_mut, id, |c| write(c, v))) />
        }
    };
    view! {
        <li class="item" data-item-id=id>
            <label class="field">
                <span>{i18n.s(Key::CriterionName)}</span>
                <input type="text" maxlength="200" dir="auto" disabled=disabled prop:value=name
                    on:input=move |ev| { let v = event_target_value(&ev); ctx.edit_item(criteria_mut, id, |c| c.name = v) } />
            </label>
            {number(Key::CriterionWeight, "weight", limits::CRITERION_WEIGHT, |c| c.weight, |c, v| c.weight = v)}
            {number(Key::CriterionOurs, "ours", limits::SCORE, |c| c.ours, |c, v| c.ours = v)}
            {number(Key::CriterionIncumbent, "incumbent", limits::SCORE, |c| c.incumbent, |c, v| c.incumbent = v)}
            <label class="check">
                <input type="checkbox" disabled=disabled prop:checked=move || item.with(|c| c.as_ref().is_some_and(|c| c.is_price))
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.update(|a| a.requirements.set_price_criterion(id, on))
                    } />
                <span>{i18n.s(Key::CriterionIsPrice)}</span>
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(name)
                on_remove=Callback::new(move |_| ctx.remove_item(criteria_mut, id)) />
        </li>
    }
}
