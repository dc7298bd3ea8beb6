use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, ChoiceField, FieldSpan, ItemRows, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Attendee, Level, MeetingPlan, Party};
use crate::model::limits;
use crate::model::origin::Origin;

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
            i18n.numbers()
                .money(a.dialogue.plan.total_cost(), &a.currency)
        })
    };
    let ids = ctx.item_ids(attendees);
    let add = move |_| {
        ctx.update(|a| {
            a.dialogue.plan.add_attendee();
        })
    };
    view! {
        <section class="card" aria-labelledby="plan-heading">
            <h2 id="plan-heading">{i18n.s(Key::PlanHeading)}</h2>
            <div class="fields">
                <BoundedField label=Key::PlanCadence origin=Origin::Setting id="plan-cadence".into() limit=limits::CADENCE_DAYS disabled=disabled span=FieldSpan::Half
                    unit=Signal::derive(move || i18n.t(Key::UnitDays).to_owned())
                    value=plan(|p| f64::from(p.cadence_days)) on_change=set(|p, v| p.cadence_days = v as u32) />
                <BoundedField label=Key::PlanMeetings origin=Origin::Setting id="plan-meetings".into() limit=limits::MEETINGS disabled=disabled span=FieldSpan::Half
                    value=plan(|p| f64::from(p.meetings)) on_change=set(|p, v| p.meetings = v as u32) />
                <BoundedField label=Key::PlanHours origin=Origin::Setting id="plan-hours".into() limit=limits::MEETING_HOURS disabled=disabled
                    unit=Signal::derive(move || i18n.t(Key::UnitHours).to_owned())
                    value=plan(|p| p.hours_each) on_change=set(|p, v| p.hours_each = v) />
                <BoundedField label=Key::PlanCost origin=Origin::Setting id="plan-cost".into() limit=limits::MONEY disabled=disabled unit=currency
                    value=plan(|p| p.cost_per_meeting) on_change=set(|p, v| p.cost_per_meeting = v) />
            </div>
            <p role="status" data-testid="plan-total">{move || i18n.f(Key::PlanTotal, &[&total()])}</p>
            <h3>{i18n.s(Key::AttendeesHeading)}</h3>
            <ul class="item-list">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <AttendeeItem id=id disabled=disabled /> }.into_any()) />
            </ul>
            <button type="button" disabled=disabled on:click=add>{i18n.s(Key::AddAttendee)}</button>
        </section>
    }
}

fn attendees(a: &Account) -> &Vec<Attendee> {
    &a.dialogue.plan.attendees
}

fn attendees_mut(a: &mut Account) -> &mut Vec<Attendee> {
    &mut a.dialogue.plan.attendees
}

/// One attendee: side, level and function.
#[component]
fn AttendeeItem(
    /// The attendee's id within the plan.
    id: u32,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let item = ctx.item(attendees, id);
    let read = move |f: fn(&Attendee) -> &'static str, none: &'static str| {
        Signal::derive(move || item.with(|x| x.as_ref().map_or(none, f)))
    };
    let edit =
        move |change: Box<dyn FnOnce(&mut Attendee)>| ctx.edit_item(attendees_mut, id, change);
    let function =
        move || item.with(|x| x.as_ref().map(|x| x.function.clone()).unwrap_or_default());
    view! {
        <li class="item" data-item-id=id>
            <ChoiceField label=Key::PartyLabel disabled=disabled
                options=Party::ALL.into_iter().map(|p| (p.slug(), labels::party(p))).collect()
                value=read(|x| x.party.slug(), "ours")
                on_change=Callback::new(move |v: String| if let Some(p) = Party::from_slug(&v) { edit(Box::new(move |x| x.party = p)) }) />
            <ChoiceField label=Key::LevelLabel disabled=disabled
                options=Level::ALL.into_iter().map(|l| (l.slug(), labels::level(l))).collect()
                value=read(|x| x.level.slug(), "operational")
                on_change=Callback::new(move |v: String| if let Some(l) = Level::from_slug(&v) { edit(Box::new(move |x| x.level = l)) }) />
            // On a phone the function and the Remove share a row; the two choices are too wide
            // to pair ("Middle management").
            <label class=FieldSpan::Half.class()>
                <span>{i18n.s(Key::FunctionLabel)}</span>
                <input type="text" maxlength="200" dir="auto" disabled=disabled prop:value=function
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |x| x.function = v)) } />
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(function)
                on_remove=Callback::new(move |_| ctx.remove_item(attendees_mut, id)) />
        </li>
    }
}
