use leptos::prelude::*;

use super::{drawing, listing, sentence};
use crate::charts::{cash_flow, render_svg, CashFlowText, LINE_CHART_SIZE};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::model::format::money;
use crate::steps::cost_benefit_tables::CashFlowTable;
use crate::steps::use_account;

/// Cumulative discounted cash flow of winning back against walking away.
#[component]
pub fn CashFlowChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let svg = drawing(ctx, move |a, c| {
        let e = &a.evaluation;
        let text = CashFlowText {
            x_desc: i18n.t(Key::AxisYear).to_owned(),
            y_desc: i18n.f(Key::AxisCumulative, &[c]),
            win_back: i18n.t(Key::SeriesWinBack).to_owned(),
            walk_away: i18n.t(Key::SeriesWalkAway).to_owned(),
            upfront: i18n.f(Key::LabelUpfront, &[&money(e.upfront, c)]),
            payback: e
                .payback_year
                .map(|y| i18n.f(Key::LabelPayback, &[&y.to_string()]))
                .unwrap_or_default(),
        };
        let theme = ctx.theme();
        render_svg(LINE_CHART_SIZE, |area| cash_flow(area, e, &text, theme))
    });
    let points = listing(ctx, move |a, c| {
        let e = &a.evaluation;
        std::iter::once((0, -e.upfront))
            .chain(e.years.iter().map(|y| (y.year, y.cumulative_won)))
            .map(|(year, v)| i18n.f(Key::PointCashFlow, &[&year.to_string(), &money(v, c)]))
            .collect()
    });
    let reading = sentence(ctx, move |a, c| {
        let e = &a.evaluation;
        let end = e.years.last().map_or(-e.upfront, |y| y.cumulative_won);
        let (upfront, end, years) = (money(e.upfront, c), money(end, c), e.years.len().to_string());
        match e.payback_year {
            Some(y) => i18n.f(
                Key::ReadCashFlowPayback,
                &[&upfront, &y.to_string(), &end, &years],
            ),
            None => i18n.f(Key::ReadCashFlowNever, &[&upfront, &years, &end]),
        }
    });
    view! {
        <ChartFigure testid="chart-cash-flow" title=Key::ChartCashFlowTitle svg=svg points=points reading=reading>
            <CashFlowTable />
        </ChartFigure>
    }
}
