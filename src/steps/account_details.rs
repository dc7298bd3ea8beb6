use leptos::prelude::*;

use super::use_account;
use crate::browser::today;
use crate::components::{ChoiceField, FieldSpan, TextField};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{currency_code, Status};
use crate::model::date::Date;
use crate::model::keep_close::Contact;

/// The account's name, status, industry, currency and key dates.
#[component]
pub fn AccountDetails() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let text = move |read: fn(&crate::model::account::Account) -> String| {
        Signal::derive(move || ctx.read(String::new(), read))
    };
    let date_text = move |read: fn(&crate::model::account::Account) -> Option<Date>| {
        Signal::derive(move || {
            ctx.read(None, read)
                .map(|d| d.to_string())
                .unwrap_or_default()
        })
    };
    let name_missing = Signal::derive(move || {
        ctx.read(false, |a| a.name.trim().is_empty())
            .then(|| i18n.t(Key::NameMissing).to_owned())
    });
    let currency_message = RwSignal::new(None::<String>);

    view! {
        <section class="card" aria-labelledby="details-heading">
            <h2 id="details-heading">{i18n.s(Key::AccountHeaderLabel)}</h2>
            <div class="fields">
                <TextField label=Key::AccountNameLabel testid="account-name" value=text(|a| a.name.clone()) disabled=disabled message=name_missing
                    on_change=Callback::new(move |v: String| ctx.update(|a| a.name = v)) />
                <ChoiceField label=Key::StatusLabel testid="account-status" disabled=disabled
                    options=Status::ALL.into_iter().map(|s| (s.slug(), labels::status(s))).collect()
                    value=Signal::derive(move || ctx.read(Status::Lost, |a| a.status).slug())
                    on_change=Callback::new(move |v: String| if let Some(s) = Status::from_slug(&v) {
                        // A current customer lost: its contacts of the last year open step 1's timeline.
                        let describe = move |c: &Contact| {
                            [i18n.t(labels::contact_kind(c.kind)), i18n.t(labels::level(c.level)), c.purpose.as_str()]
                                .into_iter()
                                .filter(|s| !s.is_empty())
                                .collect::<Vec<_>>()
                                .join(" · ")
                        };
                        ctx.update(|a| a.set_status(s, today(), describe))
                    }) />
                <TextField label=Key::IndustryLabel value=text(|a| a.industry.clone()) disabled=disabled
                    on_change=Callback::new(move |v: String| ctx.update(|a| a.industry = v)) />
                <TextField label=Key::CurrencyLabel testid="account-currency" value=text(|a| a.currency.clone()) disabled=disabled message=currency_message
                    on_change=Callback::new(move |v: String| match currency_code(&v) {
                        Ok(code) => {
                            currency_message.set(None);
                            ctx.update(|a| a.currency = code);
                        }
                        Err(_) => currency_message.set(Some(i18n.t(Key::CurrencyInvalid).to_owned())),
                    }) />
                <TextField label=Key::LostOnLabel kind="date" value=date_text(|a| a.lost_on) disabled=disabled span=FieldSpan::Half
                    on_change=Callback::new(move |v: String| ctx.update(|a| a.lost_on = v.parse().ok())) />
                <TextField label=Key::RecontactedOnLabel kind="date" value=date_text(|a| a.recontacted_on) disabled=disabled span=FieldSpan::Half
                    on_change=Callback::new(move |v: String| ctx.update(|a| a.recontacted_on = v.parse().ok())) />
                <TextField label=Key::AsOfLabel kind="date" testid="account-as-of" value=date_text(|a| a.as_of) disabled=disabled
                    message=Signal::derive(move || Some(i18n.t(Key::AsOfHint).to_owned()))
                    on_change=Callback::new(move |v: String| ctx.update(|a| a.as_of = v.parse().ok())) />
            </div>
        </section>
    }
}
