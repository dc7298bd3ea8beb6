use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, ChoiceField, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Adaptation, AdaptationKind};
use crate::model::format::money;

/// One-off adaptations (production, admin routines, IT, custom design …) and their costs,
/// which add up to part of the investment in step 2.
#[component]
pub fn Adaptations() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let count = Memo::new(move |_| ctx.read(0, |a| a.requirements.adaptations.len()));
    let total = move || {
        ctx.read(String::new(), |a| {
            money(a.requirements.adaptation_cost(), &a.currency)
        })
    };
    let add = move |_| {
        ctx.update(|a| {
            a.requirements.adaptations.push(Adaptation {
                kind: AdaptationKind::Production,
                description: String::new(),
                cost: 0.0,
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="adaptations-heading">
            <h2 id="adaptations-heading">{i18n.s(Key::AdaptationsHeading)}</h2>
            <ul class="item-list" data-testid="adaptations">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <AdaptationItem index=i />
                </For>
            </ul>
            <button type="button" data-testid="add-adaptation" disabled=move || !ctx.editable() on:click=add>{i18n.s(Key::AddAdaptation)}</button>
            <p role="status" data-testid="adaptations-total">{move || i18n.f(Key::AdaptationsTotal, &[&total()])}</p>
        </section>
    }
}

#[component]
fn AdaptationItem(
    /// Its position in the list.
    index: usize,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let item = move || ctx.read(None, |a| a.requirements.adaptations.get(index).cloned());
    let edit = move |change: Box<dyn FnOnce(&mut Adaptation)>| {
        ctx.edit_at(|a| &mut a.requirements.adaptations, index, change)
    };
    let currency = Signal::derive(move || ctx.read(String::new(), |a| a.currency.clone()));
    view! {
        <li class="item">
            <ChoiceField label=Key::AdaptationKindLabel disabled=disabled
                options=AdaptationKind::ALL.into_iter().map(|k| (k.slug(), labels::adaptation(k))).collect()
                value=Signal::derive(move || item().map_or("other", |x| x.kind.slug()))
                on_change=Callback::new(move |v: String| if let Some(k) = AdaptationKind::from_slug(&v) { edit(Box::new(move |x| x.kind = k)) }) />
            <label class="field">
                <span>{i18n.s(Key::AdaptationDescription)}</span>
                <input type="text" maxlength="300" disabled=disabled prop:value=move || item().map(|x| x.description).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |x| x.description = v)) } />
            </label>
            <BoundedField label=Key::AdaptationCost id=format!("adaptation-{index}-cost") range=(0.0, 1e12) disabled=disabled unit=currency
                value=Signal::derive(move || item().map_or(0.0, |x| x.cost))
                on_change=Callback::new(move |v: f64| edit(Box::new(move |x| x.cost = v))) />
            <RemoveButton disabled=disabled name=Signal::derive(move || item().map(|x| x.description).unwrap_or_default())
                on_remove=Callback::new(move |_| ctx.remove_at(|a| &mut a.requirements.adaptations, index)) />
        </li>
    }
}
