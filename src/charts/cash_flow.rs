use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{frame, line_layout, patch_under, span, Axes, Plot};
use super::legend::{legend, Legend, Swatch};
use super::marker::{draw_markers, Marker, MarkerKind};
use super::{ChartError, Layers, Layout, Theme, INK, OTHER, OURS};
use crate::model::economics::Evaluation;

/// The words on the cash-flow chart, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct CashFlowText {
    /// X axis, with its unit.
    pub x_desc: String,
    /// Y axis, with its unit.
    pub y_desc: String,
    pub win_back: String,
    pub walk_away: String,
    /// The up-front costs label at year 0.
    pub upfront: String,
    /// The payback marker's label (used only when there is a payback year).
    pub payback: String,
}

/// The winning-back line: year 0 at minus the up-front costs, then the cumulative flows.
fn won_line(eval: &Evaluation) -> Vec<(f64, f64)> {
    std::iter::once((0.0, -eval.upfront))
        .chain(
            eval.years
                .iter()
                .map(|y| (f64::from(y.year), y.cumulative_won)),
        )
        .collect()
}

/// The data's ranges: the years, and the line with zero (before rounding).
pub(super) fn cash_flow_ranges(eval: &Evaluation) -> (Range<f64>, Range<f64>) {
    let horizon = eval.years.len().max(1) as f64;
    (0.0..horizon, span(won_line(eval).iter().map(|p| p.1)))
}

/// The legend: winning back against walking away.
pub(super) fn cash_flow_legend(text: &CashFlowText) -> Legend<'_> {
    Legend::of(vec![
        (text.win_back.as_str(), Swatch::Line(OURS)),
        (text.walk_away.as_str(), Swatch::Dashed(OTHER)),
    ])
}

/// Cumulative discounted cash flow, year 0 … T: winning back (starting at minus the up-front
/// costs) against walking away (nothing more spent, nothing earned), payback year marked.
pub fn cash_flow<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    eval: &Evaluation,
    text: &CashFlowText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    // Years as f64 like every other chart: one set of plotters' generic code, not two.
    let won = won_line(eval);
    let (x_range, y_range) = ranges;
    let horizon = x_range.end;
    let years = |v: &f64| whole_year(*v, theme);
    let key = cash_flow_legend(text);
    let axes = Axes {
        x: x_range,
        y: y_range,
        x_desc: &text.x_desc,
        y_desc: Some(&text.y_desc),
        x_labels: horizon as usize + 1,
        x_format: &years,
        names: &[],
        legend: &key,
    };
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.frame() {
        let zero = [(0.0, 0.0), (horizon, 0.0)];
        chart.draw_series(DashedLineSeries::new(
            zero,
            theme.px(10.0),
            theme.px(6.0),
            OTHER.stroke_width(theme.px(3.0)),
        ))?;
    }
    if layers.data() {
        draw_won(&mut chart, eval, &won, text, theme)?;
    }
    let layout = line_layout(area, &chart, won.iter().map(|p| p.0));
    legend(area, &key, theme, layers)?;
    Ok(layout)
}

/// The data: the winning-back line and its points, the up-front costs, the payback year.
fn draw_won<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    eval: &Evaluation,
    won: &[(f64, f64)],
    text: &CashFlowText,
    theme: Theme,
) -> Result<(), ChartError> {
    chart.draw_series(LineSeries::new(
        won.iter().copied(),
        OURS.stroke_width(theme.px(3.0)),
    ))?;
    chart.draw_series(
        won.iter()
            .map(|&p| Circle::new(p, theme.px(4.0), OURS.filled())),
    )?;
    // The up-front costs: a thick bar from 0 down to −(C + I0) at year 0, labelled.
    chart.draw_series([PathElement::new(
        [(0.0, 0.0), (0.0, -eval.upfront)],
        OTHER.stroke_width(theme.px(10.0)),
    )])?;
    let payback = eval.payback_year.map(|year| Marker {
        x: f64::from(year),
        label: text.payback.clone(),
        kind: MarkerKind::Threshold,
    });
    draw_markers(chart, payback.as_slice(), 0, theme)?;
    // The up-front label beside the bar's end, on the side the line leaves free: under it
    // when the line climbs from there (as it does when year 1 earns), over it when it falls.
    // Drawn last, on a patch of the background: on a phone an early payback's line passes
    // within the words' width of the start, and runs behind them instead of through them.
    let climbs = won.get(1).is_none_or(|p| p.1 >= -eval.upfront);
    let (gap, x) = (theme.px(4.0) as i32, theme.px(12.0) as i32);
    let (v, dy) = if climbs {
        (VPos::Top, gap)
    } else {
        (VPos::Bottom, -gap)
    };
    let style = theme.text(14.0, &INK).pos(Pos::new(HPos::Left, v));
    let at = (0.0, -eval.upfront);
    patch_under(chart, at, &text.upfront, (x, dy), &style, theme)?;
    chart.draw_series([EmptyElement::at(at) + Text::new(text.upfront.clone(), (x, dy), style)])?;
    Ok(())
}

/// A year tick's label: whole years only (plotters may pick halves on long horizons).
fn whole_year(v: f64, theme: Theme) -> String {
    if (v - v.round()).abs() < 1e-6 {
        theme.numbers.number(v, 0)
    } else {
        String::new()
    }
}
