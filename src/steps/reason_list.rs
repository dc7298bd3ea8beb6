use leptos::prelude::*;

use super::use_account;
use crate::components::{BoundedField, ChoiceField, FieldSpan, ItemRows, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Reason, ReasonKind, Side};
use crate::model::limits;
use crate::model::wording::prescriptive_phrases;

fn reasons(a: &Account) -> &Vec<Reason> {
    &a.reasons.reasons
}

fn reasons_mut(a: &mut Account) -> &mut Vec<Reason> {
    &mut a.reasons.reasons
}

/// The causes of the break-up, each with weight, side and what happened.
#[component]
pub fn ReasonList() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let ids = ctx.item_ids(reasons);
    let add = move |_| {
        ctx.update(|a| {
            a.reasons.add_reason();
        })
    };
    view! {
        <section class="card" aria-labelledby="reasons-heading">
            <h2 id="reasons-heading">{i18n.s(Key::ReasonsHeading)}</h2>
            <p class="lead">{i18n.s(Key::ReasonsIntro)}</p>
            <ol class="item-list" data-testid="reason-list">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <ReasonItem id=id disabled=disabled /> }.into_any()) />
            </ol>
            <button type="button" data-testid="add-reason" disabled=disabled on:click=add>{i18n.s(Key::AddReason)}</button>
        </section>
    }
}

/// One cause, edited in place.
#[component]
fn ReasonItem(
    /// The cause's id within the account.
    id: u32,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let reason = ctx.item(reasons, id);
    let edit = move |change: Box<dyn FnOnce(&mut Reason)>| ctx.edit_item(reasons_mut, id, change);
    let note = move || reason.with(|r| r.as_ref().map(|r| r.note.clone()).unwrap_or_default());
    let warning = move || {
        prescriptive_phrases(&note())
            .first()
            .map(|p| i18n.f(Key::Prescriptive, &[p]))
    };
    let note_id = format!("reason-{id}-note");
    view! {
        <li class="item" data-item-id=id>
            <ChoiceField label=Key::ReasonKindLabel disabled=disabled
                options=ReasonKind::ALL.into_iter().map(|k| (k.slug(), labels::reason(k))).collect()
                value=Signal::derive(move || reason.with(|r| r.as_ref().map_or("other", |r| r.kind.slug())))
                on_change=Callback::new(move |v: String| if let Some(k) = ReasonKind::from_slug(&v) { edit(Box::new(move |r| r.kind = k)) }) />
            <BoundedField label=Key::ReasonWeightLabel id=format!("reason-{id}-weight") limit=limits::SCALE disabled=disabled span=FieldSpan::Half
                value=Signal::derive(move || reason.with(|r| r.as_ref().map_or(3.0, |r| f64::from(r.weight))))
                on_change=Callback::new(move |w: f64| edit(Box::new(move |r| r.weight = limits::scale_value(w)))) />
            <ChoiceField label=Key::SideLabel disabled=disabled span=FieldSpan::Half
                options=Side::ALL.into_iter().map(|s| (s.slug(), labels::side(s))).collect()
                value=Signal::derive(move || reason.with(|r| r.as_ref().map_or("both", |r| r.side.slug())))
                on_change=Callback::new(move |v: String| if let Some(s) = Side::from_slug(&v) { edit(Box::new(move |r| r.side = s)) }) />
            <label class="field wide" for=note_id.clone()>
                <span>{i18n.s(Key::NoteLabel)}</span>
            </label>
            <textarea id=note_id class="wide" rows="2" dir="auto" prop:value=note disabled=disabled
                on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |r| r.note = v)) } />
            <p class="gentle-warning wide" role="status">{warning}</p>
            <RemoveButton disabled=disabled name=Signal::derive(move || i18n.t(reason.with(|r| r.as_ref().map_or(Key::ReasonOther, |r| labels::reason(r.kind)))))
                on_remove=Callback::new(move |_| ctx.remove_item(reasons_mut, id)) />
        </li>
    }
}
