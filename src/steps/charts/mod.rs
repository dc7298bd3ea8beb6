//! The charts of steps 2 and 4 and the what-if controls beside them. Each chart component
//! turns the analysis into translated words and a drawing; `crate::charts` does the drawing.

mod cash_flow_chart;
mod concession_chart;
mod criteria_chart;
mod criteria_table;
mod ev_table;
mod probability_chart;
mod tornado_chart;
mod what_if_panel;
mod what_if_slider;

pub use cash_flow_chart::CashFlowChart;
pub use concession_chart::ConcessionChart;
pub use criteria_chart::CriteriaChart;
pub use probability_chart::ProbabilityChart;
pub use tornado_chart::TornadoChart;
pub use what_if_panel::WhatIfPanel;

use leptos::prelude::*;

use super::AccountContext;
use crate::charts::{ChartError, Svg};
use crate::model::analysis::Analysis;

/// A drawing memo: `draw` runs with the analysis and the account's currency whenever either
/// (or the theme) changes; no analysis yet gives an empty drawing.
fn drawing(
    ctx: AccountContext,
    draw: impl Fn(&Analysis, &str) -> Result<Svg, ChartError> + Send + Sync + 'static,
) -> Memo<Result<Svg, ChartError>> {
    let currency = Memo::new(move |_| ctx.read(String::new(), |a| a.currency.clone()));
    Memo::new(move |_| {
        currency.with(|c| {
            ctx.analysis
                .with(|a| a.as_ref().map_or(Ok(Svg::default()), |a| draw(a, c)))
        })
    })
}

/// A list memo over the analysis (readouts, rows), empty without one.
fn listing<T: PartialEq + Send + Sync + 'static>(
    ctx: AccountContext,
    list: impl Fn(&Analysis, &str) -> Vec<T> + Send + Sync + 'static,
) -> Memo<Vec<T>> {
    Memo::new(move |_| {
        let c = ctx.read(String::new(), |a| a.currency.clone());
        ctx.analysis
            .with(|a| a.as_ref().map(|a| list(a, &c)).unwrap_or_default())
    })
}

/// A sentence memo over the analysis, empty without one.
fn sentence(
    ctx: AccountContext,
    say: impl Fn(&Analysis, &str) -> String + Send + Sync + 'static,
) -> Memo<String> {
    Memo::new(move |_| {
        let c = ctx.read(String::new(), |a| a.currency.clone());
        ctx.analysis
            .with(|a| a.as_ref().map(|a| say(a, &c)).unwrap_or_default())
    })
}
