use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, ChoiceField, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Attendee, Level, MeetingPlan, Party};
use crate::model::format::money;

/// Cadence, number, length and cost of the meetings, and who attends.
#[component]
pub fn MeetingPlanEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let plan = move |read: fn(&MeetingPlan) -> f64| {
        Signal::derive(move || ctx.read(0.0, |a| read(&a.dialogue.plan)))
    };
    let set = move |write: fn(&mut MeetingPlan, f64)| {
        Callback::new(move |v: f64| ctx.update(|a| write(&mut a.dialogue.plan, v)))
    };
    let currency = Signal::derive(move || ctx.read(String::new(), |a| a.currency.clone()));
    let total = move || {
        ctx.read(String::new(), |a| {
            money(a.dialogue.plan.total_cost(), &a.currency)
        })
    };
    let count = Memo::new(move |_| ctx.read(0, |a| a.dialogue.plan.attendees.len()));
    let add = move |_| {
        ctx.update(|a| {
            a.dialogue.plan.attendees.push(Attendee {
                party: Party::Ours,
                level: Level::Operational,
                function: String::new(),
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{i18n.s(Key::PlanHeading)}</h2>
            <div class="fields">
                <BoundedField label=Key::PlanCadence id="plan-cadence".into() range=(1.0, 365.0) whole=true disabled=disabled
                    unit=Signal::derive(move || i18n.t(Key::UnitDays).to_owned())
                    value=plan(|p| f64::from(p.cadence_days)) on_change=set(|p, v| p.cadence_days = v as u32) />
                <BoundedField label=Key::PlanMeetings id="plan-meetings".into() range=(0.0, 1000.0) whole=true disabled=disabled
                    value=plan(|p| f64::from(p.meetings)) on_change=set(|p, v| p.meetings = v as u32) />
                <BoundedField label=Key::PlanHours id="plan-hours".into() range=(0.0, 24.0) disabled=disabled
                    unit=Signal::derive(move || i18n.t(Key::UnitHours).to_owned())
                    value=plan(|p| p.hours_each) on_change=set(|p, v| p.hours_each = v) />
                <BoundedField label=Key::PlanCost id="plan-cost".into() range=(0.0, 1e12) disabled=disabled unit=currency
                    value=plan(|p| p.cost_per_meeting) on_change=set(|p, v| p.cost_per_meeting = v) />
            </div>
            <p role="status" data-testid="plan-total">{move || i18n.f(Key::PlanTotal, &[&total()])}</p>
            <h3>{i18n.s(Key::AttendeesHeading)}</h3>
            <ul class="item-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <AttendeeItem index=i disabled=disabled />
                </For>
            </ul>
            <button type="button" disabled=disabled on:click=add>{i18n.s(Key::AddAttendee)}</button>
        </section>
    }
}

#[component]
fn AttendeeItem(
    /// Its position in the list.
    index: usize,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let item = move || ctx.read(None, |a| a.dialogue.plan.attendees.get(index).cloned());
    let edit = move |change: Box<dyn FnOnce(&mut Attendee)>| {
        ctx.edit_at(|a| &mut a.dialogue.plan.attendees, index, change)
    };
    view! {
        <li class="item">
            <ChoiceField label=Key::PartyLabel disabled=disabled
                options=Party::ALL.into_iter().map(|p| (p.slug(), labels::party(p))).collect()
                value=Signal::derive(move || item().map_or("ours", |x| x.party.slug()))
                on_change=Callback::new(move |v: String| if let Some(p) = Party::from_slug(&v) { edit(Box::new(move |x| x.party = p)) }) />
            <ChoiceField label=Key::LevelLabel disabled=disabled
                options=Level::ALL.into_iter().map(|l| (l.slug(), labels::level(l))).collect()
                value=Signal::derive(move || item().map_or("operational", |x| x.level.slug()))
                on_change=Callback::new(move |v: String| if let Some(l) = Level::from_slug(&v) { edit(Box::new(move |x| x.level = l)) }) />
            <label class="field">
                <span>{i18n.s(Key::FunctionLabel)}</span>
                <input type="text" maxlength="200" disabled=disabled prop:value=move || item().map(|x| x.function).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |x| x.function = v)) } />
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(move || item().map(|x| x.function).unwrap_or_default())
                on_remove=Callback::new(move |_| ctx.remove_at(|a| &mut a.dialogue.plan.attendees, index)) />
        </li>
    }
}
