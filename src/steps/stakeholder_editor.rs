use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, ChoiceField, FieldSpan, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Stakeholder, Stance};
use crate::model::limits;
use crate::state::memo;

/// The account's people (the dialogue grid's list).
pub(super) fn people(a: &Account) -> &Vec<Stakeholder> {
    &a.dialogue.stakeholders
}

fn people_mut(a: &mut Account) -> &mut Vec<Stakeholder> {
    &mut a.dialogue.stakeholders
}

/// The fields of one person in the dialogue, inside their card.
#[component]
pub fn StakeholderEditor(
    /// The stakeholder's id within the account.
    id: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let person = ctx.item(people, id);
    let edit =
        move |change: Box<dyn FnOnce(&mut Stakeholder)>| ctx.edit_item(people_mut, id, change);
    let text = move |read: fn(&Stakeholder) -> &String| {
        move || person.with(|p| p.as_ref().map(|p| read(p).clone()).unwrap_or_default())
    };
    // People on the other side, for the counterpart choice.
    let others = memo(move || ctx.read(Vec::new(), |a| a.dialogue.counterpart_choices(id)));
    let counterpart = move || person.with(|p| p.as_ref().and_then(|p| p.counterpart));
    let name = text(|p| &p.name);
    view! {
        <div class="person-editor">
            <label class="field">
                <span>{i18n.s(Key::StakeholderName)}</span>
                <input type="text" maxlength="200" dir="auto" disabled=disabled prop:value=name
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |s| s.name = v)) } />
            </label>
            <label class="field">
                <span>{i18n.s(Key::StakeholderRole)}</span>
                <input type="text" maxlength="200" dir="auto" disabled=disabled prop:value=text(|p| &p.role)
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |s| s.role = v)) } />
            </label>
            <ChoiceField label=Key::StanceLabel disabled=disabled span=FieldSpan::Half
                options=Stance::ALL.into_iter().map(|s| (s.slug(), labels::stance(s))).collect()
                value=Signal::derive(move || person.with(|p| p.as_ref().map_or("neutral", |p| p.stance.slug())))
                on_change=Callback::new(move |v: String| if let Some(st) = Stance::from_slug(&v) { edit(Box::new(move |s| s.stance = st)) }) />
            <BoundedField label=Key::StrengthLabel id=format!("person-{id}-strength") limit=limits::SCALE disabled=disabled span=FieldSpan::Half
                value=Signal::derive(move || person.with(|p| p.as_ref().map_or(3.0, |p| f64::from(p.strength))))
                on_change=Callback::new(move |v: f64| edit(Box::new(move |s| s.strength = limits::scale_value(v)))) />
            <label class="field">
                <span>{i18n.s(Key::LastContactLabel)}</span>
                <input type="date" disabled=disabled
                    prop:value=move || person.with(|p| p.as_ref().and_then(|p| p.last_contact).map(|d| d.to_string()).unwrap_or_default())
                    on:change=move |ev| { let v = event_target_value(&ev).parse().ok(); edit(Box::new(move |s| s.last_contact = v)) } />
            </label>
            <label class="field">
                <span>{i18n.s(Key::CounterpartLabel)}</span>
                <select disabled=disabled on:change=move |ev| {
                    let v = event_target_value(&ev).parse::<u32>().ok();
                    edit(Box::new(move |s| s.counterpart = v))
                }>
                    <option value="" selected=move || counterpart().is_none()>{i18n.s(Key::NoCounterpartOption)}</option>
                    {move || others.get().into_iter().map(|(other, other_name)| view! {
                        <option value=other.to_string() selected=move || counterpart() == Some(other)>{other_name}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="check">
                <input type="checkbox" disabled=disabled prop:checked=move || person.with(|p| p.as_ref().is_some_and(|p| p.involved_in_breakup))
                    on:change=move |ev| { let v = event_target_checked(&ev); edit(Box::new(move |s| s.involved_in_breakup = v)) } />
                <span>{i18n.s(Key::InvolvedLabel)}</span>
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(name)
                on_remove=Callback::new(move |_| ctx.update(|a| a.dialogue.remove_stakeholder(id))) />
        </div>
    }
}
