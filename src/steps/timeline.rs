use leptos::prelude::*;

use super::use_account;
use crate::components::{ChoiceField, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Side, TimelineEvent};
use crate::model::wording::prescriptive_phrases;
use crate::state::today;

/// The dated chain of events, kept in date order.
#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let count = Memo::new(move |_| ctx.read(0, |a| a.reasons.events.len()));
    let add = move |_| {
        ctx.update(|a| {
            a.reasons.events.push(TimelineEvent {
                date: today(),
                side: Side::Both,
                text: String::new(),
            });
            a.reasons.sort_events();
        })
    };
    view! {
        <section class="card" aria-labelledby="timeline-heading">
            <h2 id="timeline-heading">{i18n.s(Key::TimelineHeading)}</h2>
            <ol class="item-list timeline" data-testid="timeline">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <EventItem index=i disabled=disabled />
                </For>
            </ol>
            <button type="button" data-testid="add-event" disabled=disabled on:click=add>{i18n.s(Key::AddEvent)}</button>
        </section>
    }
}

/// One event: date, side and what happened.
#[component]
fn EventItem(
    /// Its position in the (date-ordered) list.
    index: usize,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let event = move || ctx.read(None, |a| a.reasons.events.get(index).cloned());
    let date_error = RwSignal::new(false);
    let edit = move |change: Box<dyn FnOnce(&mut TimelineEvent)>| {
        ctx.edit_at(|a| &mut a.reasons.events, index, change)
    };
    let text = move || event().map(|e| e.text).unwrap_or_default();
    let warning = move || {
        prescriptive_phrases(&text())
            .first()
            .map(|p| i18n.f(Key::Prescriptive, &[p]))
    };
    let text_id = format!("event-text-{index}");
    view! {
        <li class="item">
            <label class="field">
                <span>{i18n.s(Key::EventDateLabel)}</span>
                <input type="date" disabled=disabled aria-invalid=move || date_error.get().then_some("true")
                    prop:value=move || event().map(|e| e.date.to_string()).unwrap_or_default()
                    on:change=move |ev| match event_target_value(&ev).parse() {
                        Ok(date) => {
                            date_error.set(false);
                            // Re-sorting keeps the chain in date order (same-day events keep their order).
                            ctx.update(|a| {
                                if let Some(e) = a.reasons.events.get_mut(index) { e.date = date; }
                                a.reasons.sort_events();
                            });
                        }
                        Err(_) => date_error.set(true),
                    } />
                <small class="field-error" role="alert">{move || date_error.get().then(|| i18n.t(Key::DateInvalid))}</small>
            </label>
            <ChoiceField label=Key::SideLabel disabled=disabled
                options=[Side::Ours, Side::Theirs, Side::Both].into_iter().map(|s| (s.slug(), labels::side(s))).collect()
                value=Signal::derive(move || event().map_or("both", |e| e.side.slug()))
                on_change=Callback::new(move |v: String| if let Some(s) = Side::from_slug(&v) { edit(Box::new(move |e| e.side = s)) }) />
            <label class="field wide" for=text_id.clone()><span>{i18n.s(Key::EventTextLabel)}</span></label>
            <textarea id=text_id class="wide" rows="2" prop:value=text disabled=disabled
                on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |e| e.text = v)) } />
            <p class="gentle-warning wide" role="status">{warning}</p>
            <RemoveButton disabled=disabled name=Signal::derive(move || event().map(|e| e.date.to_string()).unwrap_or_default())
                on_remove=Callback::new(move |_| ctx.remove_at(|a| &mut a.reasons.events, index)) />
        </li>
    }
}
