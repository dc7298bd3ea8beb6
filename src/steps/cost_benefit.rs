use leptos::prelude::*;

use super::charts::{CashFlowChart, Curve, EvChart, TornadoChart, WhatIfPanel};
use super::cost_benefit_results::CostBenefitResults;
use super::cost_benefit_tables::Breakdown;
use super::use_account;
use crate::components::{FieldSpan, Later, NumberField, SourceNote};
use crate::i18n::{use_i18n, Key};
use crate::model::economics::SENSITIVITY_DELTA_RANGE;
use crate::model::field::{Field, Unit};
use crate::model::limits::clamp;
use crate::model::locale::shortest;
use crate::state::memo;

/// Step 2, "Is it worth it?": the model's inputs, every result with a plain-words reading,
/// where the one-off amounts come from, and the charts with their what-if sliders.
#[component]
pub fn CostBenefitStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let currency = Signal::derive(move || ctx.read(String::new(), |a| a.currency.clone()));
    let delta = Signal::derive(move || ctx.read(10.0, |a| a.cost_benefit.sensitivity_delta));
    let (delta_min, delta_max) = SENSITIVITY_DELTA_RANGE;

    view! {
        <div class="step-grid">
            <section class="card" aria-labelledby="cb-inputs-heading">
                <h2 id="cb-inputs-heading">{i18n.s(Key::CbInputsHeading)}</h2>
                <div class="fields">
                    {Field::ALL
                        .into_iter()
                        .map(|field| {
                            view! {
                                <NumberField
                                    field=field
                                    value=memo(move || ctx.input(field))
                                    currency=currency
                                    disabled=Signal::derive(move || !ctx.editable())
                                    on_change=Callback::new(move |v| ctx.update(|a| a.cost_benefit.set(field, v)))
                                    // Percentages and years pair up on a phone; amounts keep the row.
                                    span=if field.unit() == Unit::Currency { FieldSpan::Full } else { FieldSpan::Half }
                                />
                            }
                        })
                        .collect_view()}
                    <div class="field">
                        <label for="cb-delta">{i18n.s(Key::CbDelta)}</label>
                        <div class="input-with-unit">
                            <input
                                id="cb-delta"
                                type="range"
                                data-testid="cb-delta"
                                min=shortest(delta_min)
                                max=shortest(delta_max)
                                step="1"
                                prop:value=move || shortest(delta.get())
                                disabled=move || !ctx.editable()
                                on:input=move |ev| {
                                    if let Some(v) = crate::model::decimal::parse(&event_target_value(&ev)) {
                                        ctx.update(|a| a.cost_benefit.sensitivity_delta = clamp(v, delta_min, delta_max));
                                    }
                                }
                            />
                            <output for="cb-delta" class="unit">{move || i18n.numbers().spread_percent(delta.get(), 0)}</output>
                        </div>
                    </div>
                </div>
            </section>
            <CostBenefitResults />
        </div>
        <Later>
            <Breakdown />
        </Later>
        <Later>
            <section class="card" aria-labelledby="charts-heading" data-testid="chart-area">
                <h2 id="charts-heading">{i18n.s(Key::ChartsSection)}</h2>
                <p class="lead">{i18n.s(Key::ChartsIntro)}</p>
                <div class="charts-layout">
                    <WhatIfPanel />
                    <div class="chart-list">
                        <CashFlowChart />
                        <EvChart curve=Curve::Probability />
                        <EvChart curve=Curve::Concession />
                        <TornadoChart />
                    </div>
                </div>
            </section>
        </Later>
        <SourceNote text=Key::SourceCostBenefit />
    }
}
