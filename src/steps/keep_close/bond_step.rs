use leptos::prelude::*;

use crate::components::{ChoiceField, FieldSpan};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::date::Date;
use crate::model::keep_close::{bond_summary, Answer, BondAnswer, BondItem};
use crate::state::memo;
use crate::steps::account_details::AccountDetails;
use crate::steps::use_account;

/// The bond: the account's details, then the eight things a close customer gives, each with
/// an answer, the evidence and its date; the counts and the gaps in words. No weights.
#[component]
pub fn BondStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let summary = memo(move || ctx.read(Default::default(), |a| bond_summary(&a.keep_close.bond)));
    let n = move || i18n.numbers();
    view! {
        <AccountDetails />
        <section class="card" aria-labelledby="bond-heading">
            <h2 id="bond-heading">{i18n.s(Key::BondHeading)}</h2>
            <p class="lead">{i18n.s(Key::BondIntro)}</p>
            <p data-testid="bond-counts">{move || summary.with(|s| i18n.f(Key::BondCounts, &[
                &n().whole(s.yes as i64), &n().whole(s.partly as i64), &n().whole(s.no as i64), &n().whole(s.not_known as i64),
            ]))}</p>
            <ol class="item-list bond-list">
                {BondItem::ALL.into_iter().map(|item| view! { <BondRow item=item /> }).collect_view()}
            </ol>
        </section>
    }
}

/// One item of the checklist.
#[component]
fn BondRow(
    /// Which of the eight items.
    item: BondItem,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let answer = memo(move || {
        // Not stored yet reads as "not known", empty.
        ctx.read(None, |a| {
            a.keep_close.bond.iter().find(|b| b.item == item).cloned()
        })
    });
    let read = move |f: fn(&BondAnswer) -> String| {
        move || answer.with(|a| a.as_ref().map(f).unwrap_or_default())
    };
    let edit = move |change: Box<dyn FnOnce(&mut BondAnswer)>| {
        ctx.update(|a| change(a.keep_close.answer_mut(item)))
    };
    let disabled = Signal::derive(move || !ctx.editable());
    let (name, question) = labels::bond_item(item);
    let evidence_id = format!("bond-{}-evidence", item.slug());
    let options = Answer::ALL
        .iter()
        .map(|a| (a.slug(), labels::answer(*a)))
        .collect::<Vec<_>>();
    view! {
        <li class="item" data-testid="bond-item" data-item=item.slug()>
            <h3>{i18n.s(name)}</h3>
            <p class="hint">{i18n.s(question)}</p>
            <div class="fields">
                <ChoiceField label=Key::AnswerLabel options=options disabled=disabled span=FieldSpan::Half
                    value=Signal::derive(move || answer.with(|a| a.as_ref().map_or(Answer::NotKnown, |a| a.answer).slug()))
                    on_change=Callback::new(move |v: String| { if let Some(x) = Answer::from_slug(&v) { edit(Box::new(move |b| b.answer = x)) } }) />
                <label class="field half">
                    <span>{i18n.s(Key::SeenOnLabel)}</span>
                    <input type="date" disabled=disabled
                        prop:value=read(|b| b.seen_on.map(|d| d.to_string()).unwrap_or_default())
                        on:change=move |ev| {
                            let seen: Option<Date> = event_target_value(&ev).parse().ok();
                            edit(Box::new(move |b| b.seen_on = seen));
                        } />
                </label>
            </div>
            <label class="field" for=evidence_id.clone()>{i18n.s(Key::EvidenceLabel)}</label>
            <textarea id=evidence_id class="wide" rows="2" dir="auto" maxlength="1000" disabled=disabled
                prop:value=read(|b| b.evidence.clone())
                on:input=move |ev| { let t = event_target_value(&ev); edit(Box::new(move |b| b.evidence = t)) }></textarea>
        </li>
    }
}
