use leptos::prelude::*;

use super::complaints::Complaints;
use super::contact_form::{ContactForm, ContactList};
use super::rhythm_chart::RhythmChart;
use super::signal_list::SignalList;
use crate::browser::today;
use crate::components::{BoundedField, FieldSpan, Later};
use crate::i18n::{use_i18n, Key};
use crate::model::keep_close::{drift_signals, KeepClose};
use crate::model::limits::CADENCE_DAYS;
use crate::model::origin::Origin;
use crate::state::memo;
use crate::steps::dialogue::PeopleGrid;
use crate::steps::use_account;

/// Contacts: the drift signals now, the rhythm and presence, the contact log, complaints and
/// the people on both sides.
#[component]
pub fn ContactsStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let signals = memo(move || {
        ctx.read(Vec::new(), |a| {
            drift_signals(&a.keep_close, &a.dialogue.stakeholders, a.as_of(today()))
        })
    });
    let disabled = Signal::derive(move || !ctx.editable());
    let read =
        move |f: fn(&KeepClose) -> f64| Signal::derive(move || ctx.read(0.0, |a| f(&a.keep_close)));
    let flag = move |f: fn(&KeepClose) -> bool| move || ctx.read(false, |a| f(&a.keep_close));
    let days = Signal::derive(move || i18n.t(Key::UnitDays).to_owned());
    view! {
        <section class="card" aria-labelledby="signals-heading" aria-live="polite">
            <h2 id="signals-heading">{i18n.s(Key::SignalsHeading)}</h2>
            <SignalList signals=signals />
            <Later>
                <RhythmChart signals=signals />
            </Later>
        </section>
        <section class="card" aria-labelledby="rhythm-heading">
            <h2 id="rhythm-heading">{i18n.s(Key::RhythmHeading)}</h2>
            <div class="fields">
                <BoundedField label=Key::KcOnSiteCadence origin=Origin::Setting id="kc-on-site-days".to_owned() limit=CADENCE_DAYS unit=days disabled=disabled span=FieldSpan::Half
                    value=read(|k| f64::from(k.cadence.on_site_days))
                    on_change=Callback::new(move |v: f64| ctx.update(|a| a.keep_close.cadence.on_site_days = v as u32)) />
                <BoundedField label=Key::KcTopLevelCadence origin=Origin::Setting id="kc-top-level-days".to_owned() limit=CADENCE_DAYS unit=days disabled=disabled span=FieldSpan::Half
                    value=read(|k| f64::from(k.cadence.top_level_days))
                    on_change=Callback::new(move |v: f64| ctx.update(|a| a.keep_close.cadence.top_level_days = v as u32)) />
            </div>
            <label class="check">
                <input type="checkbox" data-testid="system-live" disabled=disabled prop:checked=flag(|k| k.system_live)
                    on:change=move |ev| { let on = event_target_checked(&ev); ctx.update(|a| a.keep_close.system_live = on) } />
                {i18n.s(Key::SystemLiveLabel)}
            </label>
            <label class="check">
                <input type="checkbox" data-testid="someone-on-site" disabled=disabled prop:checked=flag(|k| k.someone_on_site)
                    on:change=move |ev| { let on = event_target_checked(&ev); ctx.update(|a| a.keep_close.someone_on_site = on) } />
                {i18n.s(Key::SomeoneOnSiteLabel)}
            </label>
        </section>
        <Later>
            <section class="card" aria-labelledby="contacts-heading">
                <h2 id="contacts-heading">{i18n.s(Key::ContactsHeading)}</h2>
                <p class="lead">{i18n.s(Key::ContactsIntro)}</p>
                <ContactForm />
                <ContactList />
            </section>
        </Later>
        <Later>
            <Complaints />
            <PeopleGrid />
        </Later>
    }
}
