use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, RemoveButton};
use crate::i18n::{use_i18n, Key};
use crate::model::account::Criterion;

/// The customer's criteria with weights and both suppliers' scores.
#[component]
pub fn CriteriaList() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let count = Memo::new(move |_| ctx.read(0, |a| a.requirements.criteria.len()));
    let add = move |_| {
        ctx.update(|a| {
            let is_price = !a.requirements.criteria.iter().any(|c| c.is_price);
            a.requirements.criteria.push(Criterion {
                name: String::new(),
                weight: 10.0,
                ours: 5.0,
                incumbent: 5.0,
                is_price,
            });
        })
    };
    view! {
        <section class="card" aria-labelledby="criteria-heading">
            <h2 id="criteria-heading">{i18n.s(Key::CriteriaHeading)}</h2>
            <p class="lead">{i18n.s(Key::CriteriaIntro)}</p>
            <ol class="item-list" data-testid="criteria">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <CriterionItem index=i />
                </For>
            </ol>
            <button type="button" data-testid="add-criterion" disabled=move || !ctx.editable() on:click=add>{i18n.s(Key::AddCriterion)}</button>
        </section>
    }
}

#[component]
fn CriterionItem(
    /// Its position in the list.
    index: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let item = move || ctx.read(None, |a| a.requirements.criteria.get(index).cloned());
    let number =
        move |read: fn(&Criterion) -> f64| Signal::derive(move || item().map_or(0.0, |c| read(&c)));
    let set = move |write: fn(&mut Criterion, f64)| {
        Callback::new(move |v: f64| {
            ctx.update(|a| {
                if let Some(c) = a.requirements.criteria.get_mut(index) {
                    write(c, v)
                }
            })
        })
    };
    view! {
        <li class="item">
            <label class="field">
                <span>{i18n.s(Key::CriterionName)}</span>
                <input type="text" maxlength="200" disabled=disabled prop:value=move || item().map(|c| c.name).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); ctx.update(|a| if let Some(c) = a.requirements.criteria.get_mut(index) { c.name = v }) } />
            </label>
            <BoundedField label=Key::CriterionWeight id=format!("criterion-{index}-weight") range=(0.0, 100.0) disabled=disabled
                value=number(|c| c.weight) on_change=set(|c, v| c.weight = v) />
            <BoundedField label=Key::CriterionOurs id=format!("criterion-{index}-ours") range=(0.0, 10.0) disabled=disabled
                value=number(|c| c.ours) on_change=set(|c, v| c.ours = v) />
            <BoundedField label=Key::CriterionIncumbent id=format!("criterion-{index}-incumbent") range=(0.0, 10.0) disabled=disabled
                value=number(|c| c.incumbent) on_change=set(|c, v| c.incumbent = v) />
            <label class="check">
                <input type="checkbox" disabled=disabled prop:checked=move || item().is_some_and(|c| c.is_price)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        // Only one criterion can be the price.
                        ctx.update(|a| for (i, c) in a.requirements.criteria.iter_mut().enumerate() { c.is_price = on && i == index || (!on && c.is_price && i != index) })
                    } />
                <span>{i18n.s(Key::CriterionIsPrice)}</span>
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(move || item().map(|c| c.name).unwrap_or_default())
                on_remove=Callback::new(move |_| ctx.remove_at(|a| &mut a.requirements.criteria, index)) />
        </li>
    }
}
