use leptos::prelude::*;

use super::FieldSpan;
use crate::i18n::{errors, labels, use_i18n, Key};
use crate::model::field::{Field, Unit};
use crate::model::limits::Limit;
use crate::model::origin::Origin;
use crate::model::parse::{parse_limited, ValueError};

/// A labelled number input with a valid range. Each keystroke that parses updates the
/// value; text that does not parse, or is out of range, shows why next to the field and
/// leaves the last valid value in force.
#[component]
pub fn BoundedField(
    /// The visible label.
    label: Key,
    /// The element id and `data-testid`.
    id: String,
    /// The value in force.
    #[prop(into)]
    value: Signal<f64>,
    /// The valid values (from the model's table of limits).
    limit: Limit,
    /// Whether a trailing "%" is accepted.
    #[prop(default = false)]
    percent: bool,
    /// The unit shown after the input.
    #[prop(into, default = Signal::from(String::new()))]
    unit: Signal<String>,
    /// Called with each new valid value.
    on_change: Callback<f64>,
    /// Whether the field may be edited.
    #[prop(into, default = Signal::from(false))]
    disabled: Signal<bool>,
    /// Where its value comes from (own figure, illustrative default, research…), said after
    /// the range.
    #[prop(optional)]
    origin: Option<Origin>,
    /// How much of its row it takes on a phone.
    #[prop(optional)]
    span: FieldSpan,
) -> impl IntoView {
    let i18n = use_i18n();
    // The user's text while it differs from the value in force; None shows the value.
    let draft = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<ValueError>);
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    let accept = move |text: String, leaving: bool| match parse_limited(&text, limit, percent) {
        Ok(v) => {
            error.set(None);
            draft.set(if leaving { None } else { Some(text) });
            if v != value.get_untracked() {
                on_change.run(v);
            }
        }
        Err(e) => {
            error.set(Some(e));
            draft.set(Some(text));
        }
    };
    let shown = move || {
        draft
            .get()
            .unwrap_or_else(|| i18n.numbers().plain(value.get()))
    };
    let bound = move |v: f64| {
        i18n.numbers()
            .number(v, if v.fract() == 0.0 { 0 } else { 1 })
    };
    let hint = move || {
        let range = i18n.f(Key::RangeHint, &[&bound(limit.min), &bound(limit.max)]);
        match origin {
            Some(o) => format!("{range} · {}", labels::origin(i18n.lang(), o)),
            None => range,
        }
    };
    view! {
        <div class=span.class() class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || i18n.t(label)}</label>
            <div class="input-with-unit">
                <input
                    id=id.clone()
                    type="text"
                    dir="ltr"
                    inputmode="decimal"
                    autocomplete="off"
                    data-testid=id.clone()
                    prop:value=shown
                    disabled=disabled
                    aria-invalid=move || error.with(Option::is_some).then_some("true")
                    aria-describedby=format!("{hint_id} {error_id}")
                    on:input=move |ev| accept(event_target_value(&ev), false)
                    on:change=move |ev| accept(event_target_value(&ev), true)
                />
                <span class="unit">{unit}</span>
            </div>
            <small id=hint_id class="hint">{hint}</small>
            <p id=error_id.clone() class="field-error" role="alert" data-testid=error_id>
                {move || error.get().map(|e| errors::value_error(i18n.numbers(), &e))}
            </p>
        </div>
    }
}

/// A cost–benefit model input: label, unit, range and `data-testid="cb-<key>"` (or another
/// prefix) from the model's table.
#[component]
pub fn NumberField(
    /// Which model input this is.
    field: Field,
    /// The id and `data-testid` prefix: `<prefix>-<key>`.
    #[prop(default = "cb")]
    prefix: &'static str,
    /// The value in force.
    #[prop(into)]
    value: Signal<f64>,
    /// The account's currency code, for amount units.
    #[prop(into)]
    currency: Signal<String>,
    /// Called with each new valid value.
    on_change: Callback<f64>,
    /// Whether the field may be edited.
    #[prop(into, default = Signal::from(false))]
    disabled: Signal<bool>,
    /// How much of its row it takes on a phone.
    #[prop(optional)]
    span: FieldSpan,
) -> impl IntoView {
    let i18n = use_i18n();
    let unit = Signal::derive(move || match field.unit() {
        Unit::Percent => i18n.t(Key::UnitPercent).to_owned(),
        Unit::Years => i18n.t(Key::UnitYears).to_owned(),
        Unit::Currency if matches!(field, Field::Revenue | Field::ExtraCost) => {
            i18n.f(Key::UnitCurrencyYear, &[&currency.get()])
        }
        Unit::Currency => i18n.f(Key::UnitCurrency, &[&currency.get()]),
    });
    view! {
        <BoundedField
            label=labels::field(field)
            id=format!("{prefix}-{}", field.key())
            value=value
            limit=field.limit()
            percent=field.unit() == Unit::Percent
            unit=unit
            on_change=on_change
            disabled=disabled
            origin=field.origin()
            span=span
        />
    }
}
