use leptos::prelude::*;

use super::use_account;
use crate::components::{ChoiceField, ItemRows, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Contributor, Party};

fn contributors(a: &Account) -> &Vec<Contributor> {
    &a.reasons.contributors
}

fn contributors_mut(a: &mut Account) -> &mut Vec<Contributor> {
    &mut a.reasons.contributors
}

/// Who contributed to the break-up, on each side.
#[component]
pub fn Contributors() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let ids = ctx.item_ids(contributors);
    let add = move |_| {
        ctx.update(|a| {
            a.reasons.add_contributor();
        })
    };
    view! {
        <section class="card" aria-labelledby="contributors-heading">
            <h2 id="contributors-heading">{i18n.s(Key::ContributorsHeading)}</h2>
            <ul class="item-list">
                <ItemRows ids=ids row=Callback::new(move |id| view! { <ContributorItem id=id disabled=disabled /> }.into_any()) />
            </ul>
            <button type="button" disabled=disabled on:click=add>{i18n.s(Key::AddContributor)}</button>
        </section>
    }
}

/// One contributor: side, who and what they did.
#[component]
fn ContributorItem(
    /// The contributor's id within the account.
    id: u32,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let item = ctx.item(contributors, id);
    let text = move |read: fn(&Contributor) -> &String| {
        Signal::derive(move || {
            item.with(|c| c.as_ref().map(|c| read(c).clone()).unwrap_or_default())
        })
    };
    let edit = move |change: Box<dyn FnOnce(&mut Contributor)>| {
        ctx.edit_item(contributors_mut, id, change)
    };
    let who = text(|c| &c.who);
    view! {
        <li class="item" data-item-id=id>
            <ChoiceField label=Key::PartyLabel disabled=disabled
                options=Party::ALL.into_iter().map(|p| (p.slug(), labels::party(p))).collect()
                value=Signal::derive(move || item.with(|c| c.as_ref().map_or("ours", |c| c.party.slug())))
                on_change=Callback::new(move |v: String| if let Some(p) = Party::from_slug(&v) { edit(Box::new(move |c| c.party = p)) }) />
            <label class="field">
                <span>{i18n.s(Key::WhoLabel)}</span>
                <input type="text" maxlength="200" dir="auto" disabled=disabled prop:value=who
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |c| c.who = v)) } />
            </label>
            <label class="field wide">
                <span>{i18n.s(Key::WhatLabel)}</span>
                <input type="text" maxlength="500" dir="auto" disabled=disabled prop:value=text(|c| &c.what)
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |c| c.what = v)) } />
            </label>
            <RemoveButton disabled=disabled name=who
                on_remove=Callback::new(move |_| ctx.remove_item(contributors_mut, id)) />
        </li>
    }
}
