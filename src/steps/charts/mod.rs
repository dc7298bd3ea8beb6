//! The charts of steps 2 and 4 and the what-if controls beside them. Each chart component
//! turns the analysis into translated words and a drawing; `crate::charts` does the drawing.

mod cash_flow_chart;
mod criteria_chart;
mod criteria_table;
mod ev_chart;
mod ev_table;
mod tornado_chart;
mod what_if_panel;
mod what_if_slider;

pub use cash_flow_chart::CashFlowChart;
pub use criteria_chart::CriteriaChart;
pub use ev_chart::{Curve, EvChart};
pub use tornado_chart::TornadoChart;
pub use what_if_panel::WhatIfPanel;

use leptos::prelude::*;

use super::AccountContext;
use crate::charts::Figure;
use crate::model::analysis::Analysis;
use crate::state::memo;

/// A figure memo: `build` runs with the analysis and the account's currency whenever either
/// changes; the figure paints only when the result differs.
fn figure(
    ctx: AccountContext,
    build: impl Fn(&Analysis, &str) -> Figure + Send + Sync + 'static,
) -> Memo<Option<Figure>> {
    let currency = memo(move || ctx.read(String::new(), |a| a.currency.clone()));
    memo(move || currency.with(|c| ctx.analysis.with(|a| a.as_ref().map(|a| build(a, c)))))
}

/// The exact values of item `index` of a chart, read from the analysis only when asked (the
/// pointer or keyboard is on it), so that dragging does not format every point.
fn describer(
    ctx: AccountContext,
    describe: impl Fn(&Analysis, &str, usize) -> Option<String> + Send + Sync + 'static,
) -> Callback<usize, Option<String>> {
    Callback::new(move |index| {
        let c = ctx.read(String::new(), |a| a.currency.clone());
        ctx.analysis
            .with(|a| a.as_ref().and_then(|a| describe(a, &c, index)))
    })
}

/// A sentence memo over the analysis, empty without one.
fn sentence(
    ctx: AccountContext,
    say: impl Fn(&Analysis, &str) -> String + Send + Sync + 'static,
) -> Memo<String> {
    memo(move || {
        let c = ctx.read(String::new(), |a| a.currency.clone());
        ctx.analysis
            .with(|a| a.as_ref().map(|a| say(a, &c)).unwrap_or_default())
    })
}
