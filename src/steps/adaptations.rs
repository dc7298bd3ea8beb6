use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, ChoiceField, ItemRows, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Adaptation, AdaptationKind};
use crate::model::limits;

/// One-off adaptations (production, admin routines, IT, custom design …) and their costs,
/// which add up to part of the investment in step 2.
#[component]
pub fn Adaptations() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let ids = ctx.item_ids(adaptations);
    let total = move || {
        ctx.read(String::new(), |a| {
            i18n.numbers()
                .money(a.requirements.adaptation_cost(), &a.currency)
        })
    };
    let add = move |_| {
        ctx.update(|a| {
            a.requirements.add_adaptation();
        })
    };
    view! {
        <section class="card" aria-labelledby="adaptations-heading">
            <h2 id="adaptations-heading">{i18n.s(Key::AdaptationsHeading)}</h2>
            <ul class="item-list" data-testid="adaptations">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <AdaptationItem id=id /> }.into_any()) />
            </ul>
            <button type="button" data-testid="add-adaptation" disabled=move || !ctx.editable() on:click=add>{i18n.s(Key::AddAdaptation)}</button>
            <p role="status" data-testid="adaptations-total">{move || i18n.f(Key::AdaptationsTotal, &[&total()])}</p>
        </section>
    }
}

fn adaptations(a: &Account) -> &Vec<Adaptation> {
    &a.requirements.adaptations
}

fn adaptations_mut(a: &mut Account) -> &mut Vec<Adaptation> {
    &mut a.requirements.adaptations
}

/// One adaptation item: kind, description and cost.
#[component]
fn AdaptationItem(
    /// The item's id within the account.
    id: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let item = ctx.item(adaptations, id);
    let edit =
        move |change: Box<dyn FnOnce(&mut Adaptation)>| ctx.edit_item(adaptations_mut, id, change);
    let description = move || {
        item.with(|x| {
            x.as_ref()
                .map(|x| x.description.clone())
                .unwrap_or_default()
        })
    };
    let currency = Signal::derive(move || ctx.read(String::new(), |a| a.currency.clone()));
    view! {
        <li class="item" data-item-id=id>
            <ChoiceField label=Key::AdaptationKindLabel disabled=disabled
                options=AdaptationKind::ALL.into_iter().map(|k| (k.slug(), labels::adaptation(k))).collect()
                value=Signal::derive(move || item.with(|x| x.as_ref().map_or("other", |x| x.kind.slug())))
                on_change=Callback::new(move |v: String| if let Some(k) = AdaptationKind::from_slug(&v) { edit(Box::new(move |x| x.kind = k)) }) />
            <label class="field">
                <span>{i18n.s(Key::AdaptationDescription)}</span>
                <input type="text" maxlength="300" dir="auto" disabled=disabled prop:value=description
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |x| x.description = v)) } />
            </label>
            <BoundedField label=Key::AdaptationCost id=format!("adaptation-{id}-cost") limit=limits::MONEY disabled=disabled unit=currency
                value=Signal::derive(move || item.with(|x| x.as_ref().map_or(0.0, |x| x.cost)))
                on_change=Callback::new(move |v: f64| edit(Box::new(move |x| x.cost = v))) />
            <RemoveButton disabled=disabled name=Signal::derive(description)
                on_remove=Callback::new(move |_| ctx.remove_item(adaptations_mut, id)) />
        </li>
    }
}
