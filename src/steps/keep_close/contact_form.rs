use leptos::prelude::*;

use crate::browser::today;
use crate::components::{ChoiceField, DateField, FieldSpan, ItemRows, RemoveButton};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Account, Level, Party};
use crate::model::keep_close::{Contact, ContactKind, Phase};
use crate::state::memo;
use crate::steps::use_account;

fn contacts(a: &Account) -> &Vec<Contact> {
    &a.keep_close.contacts
}

fn contacts_mut(a: &mut Account) -> &mut Vec<Contact> {
    &mut a.keep_close.contacts
}

/// Logs one contact: when, how, at which level, whom, where the project stood, why.
#[component]
pub fn ContactForm() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let draft = RwSignal::new(Contact {
        id: 0,
        date: ctx.read(today(), |a| a.as_of(today())),
        kind: ContactKind::OnSite,
        level: Level::Operational,
        people: Vec::new(),
        phase: Phase::Running,
        purpose: String::new(),
        note: String::new(),
    });
    let disabled = Signal::derive(move || !ctx.editable());
    let theirs = memo(move || {
        ctx.read(Vec::new(), |a| {
            a.dialogue
                .stakeholders
                .iter()
                .filter(|p| p.party == Party::Theirs)
                .map(|p| (p.id, p.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    // Set while the date field holds no real date: the contact is not logged (with the last
    // good date) until it does. The catalog's words, not the browser's "required" bubble.
    let date_error = RwSignal::new(false);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if date_error.get_untracked() {
            return;
        }
        let contact = draft.get_untracked();
        ctx.update(|a| {
            a.keep_close.add_contact(contact);
        });
        draft.update(|d| d.purpose.clear());
    };
    let choice = |pairs: Vec<(&'static str, Key)>| pairs;
    view! {
        <form class="contact-form" on:submit=add>
            <div class="fields">
                // When and in which phase of the project: short, so they share a row on a phone.
                <DateField label=Key::EventDateLabel testid="contact-date" span=FieldSpan::Half disabled=disabled invalid=date_error
                    value=Signal::derive(move || draft.with(|d| d.date.to_string()))
                    on_date=Callback::new(move |d| draft.update(|c| c.date = d)) />
                <ChoiceField label=Key::PhaseLabel testid="contact-phase" disabled=disabled span=FieldSpan::Half
                    options=choice(Phase::ALL.iter().map(|p| (p.slug(), labels::phase(*p))).collect())
                    value=Signal::derive(move || draft.with(|d| d.phase.slug()))
                    on_change=Callback::new(move |v: String| { if let Some(p) = Phase::from_slug(&v) { draft.update(|c| c.phase = p) } }) />
                <ChoiceField label=Key::ContactKindLabel testid="contact-kind" disabled=disabled
                    options=choice(ContactKind::ALL.iter().map(|k| (k.slug(), labels::contact_kind(*k))).collect())
                    value=Signal::derive(move || draft.with(|d| d.kind.slug()))
                    on_change=Callback::new(move |v: String| { if let Some(k) = ContactKind::from_slug(&v) { draft.update(|c| c.kind = k) } }) />
                <ChoiceField label=Key::LevelLabel testid="contact-level" disabled=disabled
                    options=choice(Level::ALL.iter().map(|l| (l.slug(), labels::level(*l))).collect())
                    value=Signal::derive(move || draft.with(|d| d.level.slug()))
                    on_change=Callback::new(move |v: String| { if let Some(l) = Level::from_slug(&v) { draft.update(|c| c.level = l) } }) />
                <label class="field">
                    <span>{i18n.s(Key::PersonMetLabel)}</span>
                    <select data-testid="contact-person" disabled=disabled on:change=move |ev| {
                        let id = event_target_value(&ev).parse::<u32>().ok();
                        draft.update(|c| c.people = id.into_iter().collect());
                    }>
                        <option value="">{i18n.s(Key::NobodyNamed)}</option>
                        {move || theirs.get().into_iter().map(|(id, name)| view! {
                            <option value=id selected=move || draft.with(|d| d.people.contains(&id))>{name}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{i18n.s(Key::PurposeLabel)}</span>
                    <input type="text" dir="auto" maxlength="300" data-testid="contact-purpose" disabled=disabled
                        prop:value=move || draft.with(|d| d.purpose.clone())
                        on:input=move |ev| { let t = event_target_value(&ev); draft.update(|c| c.purpose = t) } />
                </label>
            </div>
            <button type="submit" data-testid="add-contact" disabled=disabled>{i18n.s(Key::AddContact)}</button>
        </form>
    }
}

/// The contact log, newest last, each entry removable.
#[component]
pub fn ContactList() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let ids = ctx.item_ids(contacts);
    view! {
        <ol class="item-list">
            <ItemRows ids=ids row=Callback::new(move |id| {
                    let contact = ctx.item(contacts, id);
                    let text = move || contact.with(|c| c.as_ref().map(|c| {
                        let who = ctx.read(String::new(), |a| {
                            a.dialogue.stakeholders.iter().filter(|p| c.people.contains(&p.id)).map(|p| p.name.clone()).collect::<Vec<_>>().join(", ")
                        });
                        [
                            i18n.numbers().date(c.date),
                            i18n.t(labels::contact_kind(c.kind)).to_owned(),
                            i18n.t(labels::level(c.level)).to_owned(),
                            i18n.t(labels::phase(c.phase)).to_owned(),
                            who,
                            c.purpose.clone(),
                        ]
                        .into_iter()
                        .filter(|s| !s.is_empty())
                        .collect::<Vec<_>>()
                        .join(" · ")
                    }).unwrap_or_default());
                    view! {
                        <li class="item entry" data-testid="contact-row" data-item-id=id>
                            <span><bdi>{text}</bdi></span>
                            <RemoveButton name=Signal::derive(text) disabled=Signal::derive(move || !ctx.editable())
                                on_remove=Callback::new(move |_| ctx.remove_item(contacts_mut, id)) />
                        </li>
                    }
                    .into_any()
                }) />
        </ol>
    }
}
