use leptos::prelude::*;

use super::what_if_slider::WhatIfSlider;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::economics::CostBenefit;
use crate::model::field::{Field, Unit};
use crate::model::locale::Numbers;
use crate::model::what_if;
use crate::state::memo;
use crate::steps::{use_account, AccountContext};

/// Applies the newest pending drag, one per animation frame, until none is left.
fn next_frame(
    ctx: AccountContext,
    busy: StoredValue<bool>,
    pending: StoredValue<Option<(Field, f64)>>,
) {
    match pending.try_update_value(Option::take).flatten() {
        Some((field, value)) => {
            ctx.preview(field, value);
            request_animation_frame(move || next_frame(ctx, busy, pending));
        }
        None => busy.set_value(false),
    }
}

/// The value as the field's unit reads ("35.0%", "5").
fn shown(numbers: Numbers, field: Field, value: f64) -> String {
    match field.unit() {
        Unit::Percent => numbers.percent(value),
        _ => numbers.number(value, 0),
    }
}

/// Sliders for the inputs a trainer asks "what if?" about. Dragging redraws at most once per
/// animation frame without saving; letting go keeps the value; the reset button puts the
/// sliders back to the plan as it was saved when the step was opened.
#[component]
pub fn WhatIfPanel() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let currency = Signal::derive(move || ctx.read(String::new(), |a| a.currency.clone()));
    // The plan as saved when this account's step was opened.
    let opened = StoredValue::new(None::<(String, CostBenefit)>);
    let plan = move || {
        let id = ctx.id.get();
        let saved = ctx.read(None, |a| Some(a.cost_benefit.clone()))?;
        opened.update_value(|p| {
            if p.as_ref().is_none_or(|(was, _)| *was != id) {
                *p = Some((id, saved));
            }
        });
        opened.with_value(|p| p.as_ref().map(|(_, cb)| cb.clone()))
    };
    let changes = memo(move || {
        let now = ctx.read(None, |a| Some(a.cost_benefit.clone()))?;
        plan().map(|plan| what_if::changes(&plan, &now))
    });
    let status = move || {
        let changes = changes.get().unwrap_or_default();
        let n = i18n.numbers();
        if changes.is_empty() {
            return i18n.t(Key::WhatIfSame).to_owned();
        }
        let list = changes
            .iter()
            .map(|&(f, was, is)| {
                i18n.f(
                    Key::WhatIfChange,
                    &[
                        i18n.t(labels::field(f)),
                        &shown(n, f, was),
                        &shown(n, f, is),
                    ],
                )
            })
            .collect::<Vec<_>>()
            .join(i18n.t(Key::ListSeparator));
        i18n.f(Key::WhatIfChanged, &[&list])
    };
    let busy = StoredValue::new(false);
    let pending = StoredValue::new(None::<(Field, f64)>);
    let on_drag = Callback::new(move |(field, value): (Field, f64)| {
        if busy.get_value() {
            pending.set_value(Some((field, value)));
            return;
        }
        busy.set_value(true);
        ctx.preview(field, value);
        request_animation_frame(move || next_frame(ctx, busy, pending));
    });
    let on_keep = Callback::new(move |(field, value): (Field, f64)| {
        pending.set_value(None);
        ctx.commit(field, value);
    });
    let reset = move |_| {
        let Some(plan) = opened.with_value(|p| p.as_ref().map(|(_, cb)| cb.clone())) else {
            return;
        };
        pending.set_value(None);
        ctx.end_preview();
        ctx.update(|a| a.cost_benefit = what_if::reset(&plan, &a.cost_benefit));
    };
    view! {
        <aside class="what-if card" aria-labelledby="what-if-heading" data-testid="what-if">
            <h3 id="what-if-heading">{i18n.s(Key::WhatIfHeading)}</h3>
            <p class="hint">{i18n.s(Key::WhatIfNote)}</p>
            {what_if::FIELDS
                .into_iter()
                .map(|field| view! { <WhatIfSlider field=field on_drag=on_drag on_keep=on_keep currency=currency /> })
                .collect_view()}
            <p role="status" data-testid="what-if-status">{status}</p>
            <button
                type="button"
                data-testid="what-if-reset"
                disabled=move || !ctx.editable() || changes.with(|c| c.as_ref().is_none_or(Vec::is_empty))
                on:click=reset
            >
                {i18n.s(Key::WhatIfReset)}
            </button>
        </aside>
    }
}
