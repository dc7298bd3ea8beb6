use leptos::prelude::*;

use crate::browser::today;
use crate::components::{DateField, FieldSpan, ItemRows, RemoveButton};
use crate::i18n::{use_i18n, Key};
use crate::model::account::Account;
use crate::model::date::Date;
use crate::model::keep_close::Complaint;
use crate::steps::use_account;

fn complaints(a: &Account) -> &Vec<Complaint> {
    &a.keep_close.complaints
}

fn complaints_mut(a: &mut Account) -> &mut Vec<Complaint> {
    &mut a.keep_close.complaints
}

/// The customer's complaints: when opened and closed, and whether the cause was fixed.
#[component]
pub fn Complaints() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let ids = ctx.item_ids(complaints);
    let add = move |_| {
        ctx.update(|a| {
            let opened = a.as_of(today());
            a.keep_close.add_complaint(opened, "");
        })
    };
    view! {
        <section class="card" aria-labelledby="complaints-heading">
            <h2 id="complaints-heading">{i18n.s(Key::ComplaintsHeading)}</h2>
            <ol class="item-list">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <ComplaintItem id=id /> }.into_any()) />
            </ol>
            <button type="button" data-testid="add-complaint" disabled=move || !ctx.editable() on:click=add>{i18n.s(Key::AddComplaint)}</button>
        </section>
    }
}

/// One complaint.
#[component]
fn ComplaintItem(
    /// The complaint's id within the account.
    id: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let complaint = ctx.item(complaints, id);
    let edit =
        move |change: Box<dyn FnOnce(&mut Complaint)>| ctx.edit_item(complaints_mut, id, change);
    let read = move |f: fn(&Complaint) -> String| {
        move || complaint.with(|c| c.as_ref().map(f).unwrap_or_default())
    };
    let disabled = Signal::derive(move || !ctx.editable());
    let text_id = format!("complaint-{id}-text");
    view! {
        <li class="item" data-item-id=id>
            <label class="field" for=text_id.clone()>{i18n.s(Key::ComplaintText)}</label>
            <input id=text_id type="text" dir="auto" maxlength="500" class="wide" disabled=disabled
                prop:value=read(|c| c.text.clone())
                on:input=move |ev| { let t = event_target_value(&ev); edit(Box::new(move |c| c.text = t)) } />
            <div class="fields">
                <DateField label=Key::ComplaintOpened span=FieldSpan::Half disabled=disabled value=Signal::derive(read(|c| c.opened.to_string()))
                    on_date=Callback::new(move |d| edit(Box::new(move |c| c.opened = d))) />
                <label class="field half">
                    <span>{i18n.s(Key::ComplaintClosed)}</span>
                    <input type="date" disabled=disabled prop:value=read(|c| c.closed.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |ev| { let d = event_target_value(&ev).parse::<Date>().ok(); edit(Box::new(move |c| c.closed = d)) } />
                </label>
            </div>
            <label class="check">
                <input type="checkbox" disabled=disabled prop:checked=move || complaint.with(|c| c.as_ref().is_some_and(|c| c.root_fixed))
                    on:change=move |ev| { let on = event_target_checked(&ev); edit(Box::new(move |c| c.root_fixed = on)) } />
                {i18n.s(Key::ComplaintRootFixed)}
            </label>
            <RemoveButton name=Signal::derive(read(|c| c.text.clone())) disabled=disabled
                on_remove=Callback::new(move |_| ctx.remove_item(complaints_mut, id)) />
        </li>
    }
}
