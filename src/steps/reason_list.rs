use leptos::prelude::*;

use super::use_account;
use crate::components::{ChoiceField, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Reason, ReasonKind, Side, SCALE};
use crate::model::wording::prescriptive_phrases;

/// The causes of the break-up, each with weight, side and what happened.
#[component]
pub fn ReasonList() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let count = Memo::new(move |_| ctx.read(0, |a| a.reasons.reasons.len()));
    let add = move |_| {
        ctx.update(|a| {
            a.reasons.reasons.push(Reason {
                kind: ReasonKind::PricingPressure,
                weight: 3,
                side: Side::Both,
                note: String::new(),
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="reasons-heading">
            <h2 id="reasons-heading">{i18n.s(Key::ReasonsHeading)}</h2>
            <p class="lead">{i18n.s(Key::ReasonsIntro)}</p>
            <ol class="item-list" data-testid="reason-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <ReasonItem index=i disabled=disabled />
                </For>
            </ol>
            <button type="button" data-testid="add-reason" disabled=disabled on:click=add>{i18n.s(Key::AddReason)}</button>
        </section>
    }
}

/// One cause, edited in place.
#[component]
fn ReasonItem(
    /// Its position in the list.
    index: usize,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let reason = move || ctx.read(None, |a| a.reasons.reasons.get(index).cloned());
    let edit = move |change: Box<dyn FnOnce(&mut Reason)>| {
        ctx.edit_at(|a| &mut a.reasons.reasons, index, change)
    };
    let note = move || reason().map(|r| r.note).unwrap_or_default();
    let warning = move || {
        prescriptive_phrases(&note())
            .first()
            .map(|p| i18n.f(Key::Prescriptive, &[p]))
    };
    let note_id = format!("reason-note-{index}");
    view! {
        <li class="item">
            <ChoiceField label=Key::ReasonKindLabel disabled=disabled
                options=ReasonKind::ALL.into_iter().map(|k| (k.slug(), labels::reason(k))).collect()
                value=Signal::derive(move || reason().map_or("other", |r| r.kind.slug()))
                on_change=Callback::new(move |v: String| if let Some(k) = ReasonKind::from_slug(&v) { edit(Box::new(move |r| r.kind = k)) }) />
            <label class="field">
                <span>{i18n.s(Key::ReasonWeightLabel)}</span>
                <input type="number" min=SCALE.0 max=SCALE.1 step="1" disabled=disabled
                    prop:value=move || reason().map_or(3, |r| r.weight).to_string()
                    on:change=move |ev| {
                        if let Ok(w) = event_target_value(&ev).parse::<u8>() {
                            edit(Box::new(move |r| r.weight = w.clamp(SCALE.0, SCALE.1)))
                        }
                    } />
            </label>
            <ChoiceField label=Key::SideLabel disabled=disabled
                options=[Side::Ours, Side::Theirs, Side::Both].into_iter().map(|s| (s.slug(), labels::side(s))).collect()
                value=Signal::derive(move || reason().map_or("both", |r| r.side.slug()))
                on_change=Callback::new(move |v: String| if let Some(s) = Side::from_slug(&v) { edit(Box::new(move |r| r.side = s)) }) />
            <label class="field wide" for=note_id.clone()>
                <span>{i18n.s(Key::NoteLabel)}</span>
            </label>
            <textarea id=note_id class="wide" rows="2" prop:value=note disabled=disabled
                on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |r| r.note = v)) } />
            <p class="gentle-warning wide" role="status">{warning}</p>
            <RemoveButton disabled=disabled name=Signal::derive(move || i18n.t(reason().map_or(Key::ReasonOther, |r| labels::reason(r.kind))))
                on_remove=Callback::new(move |_| ctx.remove_at(|a| &mut a.reasons.reasons, index)) />
        </li>
    }
}
