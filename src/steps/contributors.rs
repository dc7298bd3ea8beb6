use leptos::prelude::*;

use super::use_account;
use crate::components::{ChoiceField, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Contributor, Party};

/// Who contributed to the break-up, on each side.
#[component]
pub fn Contributors() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let count = Memo::new(move |_| ctx.read(0, |a| a.reasons.contributors.len()));
    let add = move |_| {
        ctx.update(|a| {
            a.reasons.contributors.push(Contributor {
                party: Party::Ours,
                who: String::new(),
                what: String::new(),
            })
        })
    };
    view! {
        <section class="card" aria-labelledby="contributors-heading">
            <h2 id="contributors-heading">{i18n.s(Key::ContributorsHeading)}</h2>
            <ul class="item-list">
                <For each=move || 0..count.get() key=|i| *i let:i>
                    <ContributorItem index=i disabled=disabled />
                </For>
            </ul>
            <button type="button" disabled=disabled on:click=add>{i18n.s(Key::AddContributor)}</button>
        </section>
    }
}

#[component]
fn ContributorItem(
    /// Its position in the list.
    index: usize,
    /// Whether editing is off.
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let item = move || ctx.read(None, |a| a.reasons.contributors.get(index).cloned());
    let edit = move |change: Box<dyn FnOnce(&mut Contributor)>| {
        ctx.edit_at(|a| &mut a.reasons.contributors, index, change)
    };
    view! {
        <li class="item">
            <ChoiceField label=Key::PartyLabel disabled=disabled
                options=Party::ALL.into_iter().map(|p| (p.slug(), labels::party(p))).collect()
                value=Signal::derive(move || item().map_or("ours", |c| c.party.slug()))
                on_change=Callback::new(move |v: String| if let Some(p) = Party::from_slug(&v) { edit(Box::new(move |c| c.party = p)) }) />
            <label class="field">
                <span>{i18n.s(Key::WhoLabel)}</span>
                <input type="text" maxlength="200" disabled=disabled prop:value=move || item().map(|c| c.who).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |c| c.who = v)) } />
            </label>
            <label class="field wide">
                <span>{i18n.s(Key::WhatLabel)}</span>
                <input type="text" maxlength="500" disabled=disabled prop:value=move || item().map(|c| c.what).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); edit(Box::new(move |c| c.what = v)) } />
            </label>
            <RemoveButton disabled=disabled name=Signal::derive(move || item().map(|c| c.who).unwrap_or_default())
                on_remove=Callback::new(move |_| ctx.remove_at(|a| &mut a.reasons.contributors, index)) />
        </li>
    }
}
