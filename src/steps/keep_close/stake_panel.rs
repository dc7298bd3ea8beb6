use leptos::prelude::*;

use crate::components::{BoundedField, FieldSpan};
use crate::i18n::{labels, use_i18n, I18n, Key};
use crate::model::keep_close::{breakeven_decimals, stake, Stake, StakeField, StakeInputs};
use crate::model::origin::Measure;
use crate::state::memo;
use crate::steps::cost_benefit_results::Output;
use crate::steps::use_account;

/// The visit's break-even as shown: "0.6 points" (one decimal under 10, whole above).
pub fn points(i18n: &I18n, v: f64) -> String {
    i18n.f(
        Key::PercentPoints,
        &[&i18n.numbers().number(v, breakeven_decimals(v))],
    )
}

/// The value sentence of the visit helper: what skipping saves, the break-even and what is at
/// stake (or why nothing is).
pub fn breakeven_sentence(i18n: &I18n, inputs: &StakeInputs, currency: &str) -> String {
    let s = stake(inputs);
    let n = i18n.numbers();
    match s.visit_breakeven {
        Some(b) => i18n.f(
            Key::ExplainKcBreakeven,
            &[
                &n.money(inputs.trip_cost, currency),
                &points(i18n, b),
                &n.money(s.at_stake, currency),
            ],
        ),
        None => i18n.t(Key::ExplainKcBreakevenNone).to_owned(),
    }
}

/// The value at stake: the eight inputs (`kc-*`) and the four results (`out-kc-*`).
#[component]
pub fn StakePanel() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let currency = Signal::derive(move || ctx.read(String::new(), |a| a.currency.clone()));
    let result = memo(move || ctx.read(None, |a| Some(stake(&a.keep_close.stake))));
    let pick = move |f: fn(&Stake) -> Option<f64>| {
        Signal::derive(move || result.with(|r| r.as_ref().and_then(f)))
    };
    let (clv, replace, at_stake, breakeven) = (
        pick(|s| Some(s.clv)),
        pick(|s| Some(s.replace_cost)),
        pick(|s| Some(s.at_stake)),
        pick(|s| s.visit_breakeven),
    );
    let money = move |v: Option<f64>| {
        v.map_or_else(
            || "—".to_owned(),
            |v| i18n.numbers().money(v, &currency.get()),
        )
    };
    let input = move |f: StakeField| ctx.read(f.limit().min, |a| a.keep_close.stake.get(f));
    let points = move |v: f64| points(&i18n, v);
    let unit = move |f: StakeField| {
        if f.is_percent() {
            i18n.t(Key::UnitPercent).to_owned()
        } else if f.is_money() {
            currency.get()
        } else {
            i18n.t(Key::UnitYears).to_owned()
        }
    };
    view! {
        <div class="step-grid">
            <section class="card" aria-labelledby="kc-inputs-heading">
                <h2 id="kc-inputs-heading">{i18n.s(Key::StakeHeading)}</h2>
                <div class="fields">
                    {StakeField::ALL
                        .into_iter()
                        .map(|f| view! {
                            <BoundedField
                                label=labels::stake_field(f)
                                id=format!("kc-{}", f.slug())
                                value=Signal::derive(move || input(f))
                                limit=f.limit()
                                percent=f.is_percent()
                                unit=Signal::derive(move || unit(f))
                                disabled=Signal::derive(move || !ctx.editable())
                                on_change=Callback::new(move |v| ctx.update(|a| a.keep_close.stake.set(f, v)))
                                origin=f.origin()
                                // Percentages and years pair up on a phone; amounts keep the row.
                                span=if f.is_money() { FieldSpan::Full } else { FieldSpan::Half }
                            />
                        })
                        .collect_view()}
                </div>
            </section>
            <section class="card results" aria-labelledby="kc-results-heading" aria-live="polite">
                <h2 id="kc-results-heading">{i18n.s(Key::FiguresHeading)}</h2>
                <dl>
                    <Output testid="out-kc-at-stake" measure=Measure::KcAtStake label=Key::OutKcAtStake value=at_stake
                        shown=Signal::derive(move || money(at_stake.get()))
                        reading=Signal::derive(move || i18n.t(Key::ExplainKcAtStake).to_owned()) />
                    <Output testid="out-kc-visit-breakeven" measure=Measure::KcVisitBreakeven label=Key::OutKcVisitBreakeven value=breakeven
                        shown=Signal::derive(move || breakeven.get().map_or_else(|| "—".to_owned(), points))
                        reading=Signal::derive(move || ctx.read(String::new(), |a| breakeven_sentence(&i18n, &a.keep_close.stake, &a.currency))) />
                    <Output testid="out-kc-clv" measure=Measure::KcClv label=Key::OutKcClv value=clv
                        shown=Signal::derive(move || money(clv.get()))
                        reading=Signal::derive(move || i18n.f(Key::ExplainKcClv, &[&i18n.count(Key::CountYears, input(StakeField::Horizon) as u64)])) />
                    <Output testid="out-kc-replace-cost" measure=Measure::KcReplaceCost label=Key::OutKcReplaceCost value=replace
                        shown=Signal::derive(move || money(replace.get()))
                        reading=Signal::derive(move || i18n.f(Key::ExplainKcReplace, &[&money(Some(input(StakeField::PursuitCost))), &i18n.numbers().percent(input(StakeField::NewSuccess))])) />
                </dl>
            </section>
        </div>
    }
}
