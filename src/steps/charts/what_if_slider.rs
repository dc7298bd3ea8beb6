use leptos::prelude::*;

use crate::components::NumberField;
use crate::i18n::{labels, use_i18n};
use crate::model::field::Field;
use crate::model::locale::shortest;
use crate::model::what_if;
use crate::state::memo;
use crate::steps::use_account;

/// One what-if input: a slider for dragging and the number field beside it for typing.
#[component]
pub fn WhatIfSlider(
    /// The input it moves.
    field: Field,
    /// Called with each value while dragging (not saved).
    on_drag: Callback<(Field, f64)>,
    /// Called with the value kept on release, or typed (saved).
    on_keep: Callback<(Field, f64)>,
    /// The account's currency code.
    #[prop(into)]
    currency: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let (min, max) = field.range();
    let id = format!("wi-{}-slider", field.key());
    // A memo: only the field being dragged updates its inputs, not all of them.
    let value = memo(move || ctx.input(field));
    let disabled = Signal::derive(move || !ctx.editable());
    let read = move |ev: &leptos::ev::Event| crate::model::decimal::parse(&event_target_value(ev));
    view! {
        <div class="what-if-input">
            <input
                id=id.clone()
                type="range"
                class="slider"
                data-testid=id.clone()
                min=shortest(min)
                max=shortest(max)
                step=shortest(what_if::step(field))
                aria-label=move || i18n.t(labels::field(field))
                prop:value=move || shortest(value.get())
                disabled=disabled
                on:input=move |ev| {
                    if let Some(v) = read(&ev) {
                        on_drag.run((field, v));
                    }
                }
                on:change=move |ev| {
                    if let Some(v) = read(&ev) {
                        on_keep.run((field, v));
                    }
                }
            />
            <NumberField
                field=field
                prefix="wi"
                value=value
                currency=currency
                disabled=disabled
                on_change=Callback::new(move |v| on_keep.run((field, v)))
            />
        </div>
    }
}
