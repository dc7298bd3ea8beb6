use leptos::prelude::*;

use super::use_account;
use crate::i18n::{labels, use_i18n, Key};
use crate::state::memo;

/// Where the investment I0 and the cost of trying C come from (steps 3 and 4 feed them).
#[component]
pub fn Breakdown() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let line = move |investment: bool| {
        ctx.account.with(|a| {
            let (Some(a), Some(an)) = (
                a.as_ref(),
                ctx.analysis.with(|an| {
                    an.as_ref()
                        .map(|an| (an.adaptation_cost, an.meeting_cost, an.inputs))
                }),
            ) else {
                return String::new();
            };
            let (adaptation, meetings, inputs) = an;
            let m = |v: f64| i18n.numbers().money(v, &a.currency);
            if investment {
                i18n.f(
                    Key::BreakdownInvestment,
                    &[
                        &m(a.cost_benefit.investment),
                        &m(adaptation),
                        &m(inputs.investment),
                    ],
                )
            } else {
                let count = i18n.count(Key::CountMeetings, u64::from(a.dialogue.plan.meetings));
                i18n.f(
                    Key::BreakdownAttempt,
                    &[
                        &m(a.cost_benefit.attempt_cost),
                        &m(meetings),
                        &count,
                        &m(inputs.attempt_cost),
                    ],
                )
            }
        })
    };
    view! {
        <section class="card" aria-labelledby="breakdown-heading">
            <h2 id="breakdown-heading">{i18n.s(Key::BreakdownHeading)}</h2>
            <p data-testid="breakdown-investment">{move || line(true)}</p>
            <p data-testid="breakdown-attempt">{move || line(false)}</p>
        </section>
    }
}

/// The discounted cash flow year by year: the numbers the cash-flow chart draws.
#[component]
pub fn CashFlowTable() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let currency = move || ctx.read(String::new(), |a| a.currency.clone());
    let rows = memo(move || {
        ctx.analysis.with(|a| {
            a.as_ref()
                .map(|a| a.evaluation.years.clone())
                .unwrap_or_default()
        })
    });
    view! {
                <table data-testid="cash-flow-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.s(Key::ColYear)}</th>
                            <th scope="col" class="num">{i18n.s(Key::ColCashFlow)}</th>
                            <th scope="col" class="num">{i18n.s(Key::ColDiscounted)}</th>
                            <th scope="col" class="num">{i18n.s(Key::ColCumulative)}</th>
                            <th scope="col" class="num">{i18n.s(Key::ColOldTerms)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let c = currency();
                            rows.get()
                                .into_iter()
                                .map(|y| view! {
                                    <tr>
                                        <th scope="row">{i18n.numbers().whole(i64::from(y.year))}</th>
                                        <td class="num">{i18n.numbers().money(y.cash_flow, &c)}</td>
                                        <td class="num">{i18n.numbers().money(y.discounted, &c)}</td>
                                        <td class="num">{i18n.numbers().money(y.cumulative_won, &c)}</td>
                                        <td class="num">{i18n.numbers().money(y.cumulative_old_terms, &c)}</td>
                                    </tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
    }
}

/// The sensitivity ranking: expected value with each input moved down and up by δ.
#[component]
pub fn TornadoTable() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let currency = move || ctx.read(String::new(), |a| a.currency.clone());
    let delta = move || {
        i18n.numbers()
            .percent_with(ctx.read(10.0, |a| a.cost_benefit.sensitivity_delta), 0)
    };
    let rows = memo(move || {
        ctx.analysis.with(|a| {
            a.as_ref()
                .map(|a| a.evaluation.sensitivity.clone())
                .unwrap_or_default()
        })
    });
    view! {
                <table data-testid="tornado-table">
                    <thead>
                        <tr>
                            <th scope="col">{i18n.s(Key::ColInput)}</th>
                            <th scope="col" class="num">{move || i18n.f(Key::ColLow, &[&delta()])}</th>
                            <th scope="col" class="num">{move || i18n.f(Key::ColHigh, &[&delta()])}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || {
                            let c = currency();
                            rows.get()
                                .into_iter()
                                .map(|r| view! {
                                    <tr>
                                        <th scope="row">{move || i18n.t(labels::field(r.field))}</th>
                                        <td class="num">{i18n.numbers().money(r.ev_low, &c)}</td>
                                        <td class="num">{i18n.numbers().money(r.ev_high, &c)}</td>
                                    </tr>
                                })
                                .collect_view()
                        }}
                    </tbody>
                </table>
    }
}
