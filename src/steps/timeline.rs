use leptos::prelude::*;

use super::use_account;
use crate::browser::today;
use crate::components::{ChoiceField, DateField, FieldSpan, ItemRows, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Side, TimelineEvent};
use crate::model::wording::prescriptive_phrases;

fn events(a: &Account) -> &Vec<TimelineEvent> {
    &a.reasons.events
}

fn events_mut(a: &mut Account) -> &mut Vec<TimelineEvent> {
    &mut a.reasons.events
}

/// The dated chain of events, kept in date order.
#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let ids = ctx.item_ids(events);
    let add = move |_| {
        ctx.update(|a| {
            a.reasons.add_event(a.as_of(today()));
        })
    };
    view! {
        <section class="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.s(Key::TimelineHeading)}</h2>
            <ol class="item-list timeline" data-testid="timeline">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <EventItem id=id disabled=disabled /> }.into_any()) />
            </ol>
            <button type="button" data-testid="add-event" disabled=disabled on:click=add>{i18n.s(Key::AddEvent)}</button>
        </section>
    }
}

/// One event: date, side and what happened.
#[component]
fn EventItem(
    /// The event's id within the account.
    id: u32,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let event = ctx.item(events, id);
    let edit =
        move |change: Box<dyn FnOnce(&mut TimelineEvent)>| ctx.edit_item(events_mut, id, change);
    let text = move || event.with(|e| e.as_ref().map(|e| e.text.clone()).unwrap_or_default());
    let date = move || event.with(|e| e.as_ref().map(|e| e.date.to_string()).unwrap_or_default());
    let warning = move || {
        prescriptive_phrases(&text())
            .first()
            .map(|p| i18n.f(Key::Prescriptive, &[p]))
    };
    let text_id = format!("event-{id}-text");
    view! {
        <li class="item" data-item-id=id>
            <DateField label=Key::EventDateLabel span=FieldSpan::Half disabled=disabled value=Signal::derive(date)
                on_date=Callback::new(move |date| ctx.update(|a| a.reasons.set_event_date(id, date))) />
            <ChoiceField label=Key::SideLabel disabled=disabled span=FieldSpan::Half
                options=Side::ALL.into_iter().map(|s| (s.slug(), labels::side(s))).collect()
                value=Signal::derive(move || event.with(|e| e.as_ref().map_or("both", |e| e.side.slug())))
                on_change=Callback::new(move |v: String| if let Some(s) = Side::from_slug(&v) { edit(Box::new(move |e| e.side = s)) }) />
            <label class="field wide" for=text_id.clone()><span>{i18n.s(Key::EventTextLabel)}</span></label>
            <textarea id=text_id class="wide" rows="2" dir="auto" prop:value=text disabled=disabled
                on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |e| e.text = v)) } />
            <p class="gentle-warning wide" role="status">{warning}</p>
            <RemoveButton disabled=disabled name=Signal::derive(date)
                on_remove=Callback::new(move |_| ctx.remove_item(events_mut, id)) />
        </li>
    }
}
