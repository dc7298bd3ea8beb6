use leptos::prelude::*;

use super::use_account;
use crate::components::{ChoiceField, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Stakeholder, Stance, SCALE};

/// One person in the dialogue grid, edited in place.
#[component]
pub fn StakeholderCard(
    /// The stakeholder's id within the account.
    id: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let person = move || {
        ctx.read(None, |a| {
            a.dialogue.stakeholders.iter().find(|s| s.id == id).cloned()
        })
    };
    let edit = move |change: Box<dyn FnOnce(&mut Stakeholder)>| {
        ctx.update(|a| {
            if let Some(s) = a.dialogue.stakeholders.iter_mut().find(|s| s.id == id) {
                change(s);
            }
        })
    };
    // People on the other side, for the counterpart choice.
    let others = move || {
        let Some(me) = person() else {
            return Vec::new();
        };
        ctx.read(Vec::new(), |a| {
            a.dialogue
                .stakeholders
                .iter()
                .filter(|s| s.party != me.party)
                .map(|s| (s.id, s.name.clone()))
                .collect()
        })
    };
    let remove = move |_| {
        ctx.update(|a| {
            a.dialogue.stakeholders.retain(|s| s.id != id);
            for s in &mut a.dialogue.stakeholders {
                if s.counterpart == Some(id) {
                    s.counterpart = None;
                }
            }
        })
    };
    let name = move || person().map(|p| p.name).unwrap_or_default();
    view! {
        <article class="person" data-testid="stakeholder">
            <label class="field">
                <span>{i18n.s(Key::StakeholderName)}</span>
                <input type="text" maxlength="200" disabled=disabled prop:value=name
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |s| s.name = v)) } />
            </label>
            <label class="field">
                <span>{i18n.s(Key::StakeholderRole)}</span>
                <input type="text" maxlength="200" disabled=disabled prop:value=move || person().map(|p| p.role).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |s| s.role = v)) } />
            </label>
            <ChoiceField label=Key::StanceLabel disabled=disabled
                options=[Stance::Supporter, Stance::Neutral, Stance::Opponent].into_iter().map(|s| (s.slug(), labels::stance(s))).collect()
                value=Signal::derive(move || person().map_or("neutral", |p| p.stance.slug()))
                on_change=Callback::new(move |v: String| if let Some(st) = Stance::from_slug(&v) { edit(Box::new(move |s| s.stance = st)) }) />
            <label class="field">
                <span>{i18n.s(Key::StrengthLabel)}</span>
                <input type="number" min=SCALE.0 max=SCALE.1 step="1" disabled=disabled
                    prop:value=move || person().map_or(3, |p| p.strength).to_string()
                    on:change=move |ev| {
                        if let Ok(v) = event_target_value(&ev).parse::<u8>() {
                            edit(Box::new(move |s| s.strength = v.clamp(SCALE.0, SCALE.1)))
                        }
                    } />
            </label>
            <label class="field">
                <span>{i18n.s(Key::LastContactLabel)}</span>
                <input type="date" disabled=disabled prop:value=move || person().and_then(|p| p.last_contact).map(|d| d.to_string()).unwrap_or_default()
                    on:change=move |ev| { let v = event_target_value(&ev).parse().ok(); edit(Box::new(move |s| s.last_contact = v)) } />
            </label>
            <label class="field">
                <span>{i18n.s(Key::CounterpartLabel)}</span>
                <select disabled=disabled on:change=move |ev| {
                    let v = event_target_value(&ev).parse::<u32>().ok();
                    edit(Box::new(move |s| s.counterpart = v))
                }>
                    <option value="" selected=move || person().and_then(|p| p.counterpart).is_none()>{i18n.s(Key::NoCounterpartOption)}</option>
                    {move || others().into_iter().map(|(other, other_name)| view! {
                        <option value=other.to_string() selected=move || person().and_then(|p| p.counterpart) == Some(other)>{other_name}</option>
                    }).collect_view()}
                </select>
            </label>
            <label class="check">
                <input type="checkbox" disabled=disabled prop:checked=move || person().is_some_and(|p| p.involved_in_breakup)
                    on:change=move |ev| { let v = event_target_checked(&ev); edit(Box::new(move |s| s.involved_in_breakup = v)) } />
                <span>{i18n.s(Key::InvolvedLabel)}</span>
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(name) on_remove=Callback::new(remove) />
        </article>
    }
}
