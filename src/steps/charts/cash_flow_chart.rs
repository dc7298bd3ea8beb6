use leptos::prelude::*;

use super::{describer, figure, sentence};
use crate::charts::{CashFlowText, Figure};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::steps::cost_benefit_tables::CashFlowTable;
use crate::steps::use_account;

/// Cumulative discounted cash flow of winning back against walking away.
#[component]
pub fn CashFlowChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let figure = figure(ctx, move |a, c| {
        let e = &a.evaluation;
        let text = CashFlowText {
            x_desc: i18n.t(Key::AxisYear).to_owned(),
            y_desc: i18n.f(Key::AxisCumulative, &[c]),
            win_back: i18n.t(Key::SeriesWinBack).to_owned(),
            walk_away: i18n.t(Key::SeriesWalkAway).to_owned(),
            upfront: i18n.f(Key::LabelUpfront, &[&i18n.numbers().money(e.upfront, c)]),
            payback: e
                .payback_year
                .map(|y| i18n.f(Key::LabelPayback, &[&i18n.numbers().whole(i64::from(y))]))
                .unwrap_or_default(),
        };
        Figure::CashFlow {
            eval: e.clone(),
            text,
        }
    });
    let describe = describer(ctx, move |a, c, i| {
        let e = &a.evaluation;
        let (year, value) = match i {
            0 => (0, -e.upfront),
            i => e.years.get(i - 1).map(|y| (y.year, y.cumulative_won))?,
        };
        Some(i18n.f(
            Key::PointCashFlow,
            &[
                &i18n.numbers().whole(i64::from(year)),
                &i18n.numbers().money(value, c),
            ],
        ))
    });
    let reading = sentence(ctx, move |a, c| {
        let e = &a.evaluation;
        let end = e.years.last().map_or(-e.upfront, |y| y.cumulative_won);
        let (upfront, end, years) = (
            i18n.numbers().money(e.upfront, c),
            i18n.numbers().money(end, c),
            i18n.count(Key::CountYears, e.years.len() as u64),
        );
        match e.payback_year {
            Some(y) => i18n.f(
                Key::ReadCashFlowPayback,
                &[&upfront, &i18n.numbers().whole(i64::from(y)), &end, &years],
            ),
            None => i18n.f(Key::ReadCashFlowNever, &[&upfront, &years, &end]),
        }
    });
    view! {
        <ChartFigure testid="chart-cash-flow" title=Key::ChartCashFlowTitle figure=figure hold=ctx.dragging() describe=describe reading=reading>
            <CashFlowTable />
        </ChartFigure>
    }
}
