use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{bar_layout, draw_pairs, frame, Axes, Plot, Rows};
use super::legend::{legend, Legend, Swatch};
use super::{ChartError, Layers, Layout, Theme, INK, OTHER, OURS};
use crate::model::incumbent::{IncumbentComparison, SCORE_RANGE};
use crate::model::limits::clamp;

/// The words on the criteria chart, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct CriteriaText {
    pub x_desc: String,
    pub ours: String,
    pub incumbent: String,
    /// One name per criterion (with its weight), then the weighted total's name.
    pub names: Vec<String>,
}

/// The pairs of scores drawn: one per criterion, then the weighted totals (when there are).
pub(super) fn score_bars(cmp: &IncumbentComparison) -> Vec<(f64, f64)> {
    let mut bars: Vec<(f64, f64)> = cmp.rows.iter().map(|r| (r.ours, r.incumbent)).collect();
    if let (Some(ours), Some(theirs)) = (cmp.ours, cmp.incumbent) {
        bars.push((ours, theirs));
    }
    bars
}

/// The score axis, with room after the highest score for its number.
pub(super) fn score_range() -> Range<f64> {
    SCORE_RANGE.0..SCORE_RANGE.1 + 0.8
}

/// The legend: our scores, the incumbent's.
pub(super) fn criteria_legend(text: &CriteriaText) -> Legend<'_> {
    Legend::of(vec![
        (text.ours.as_str(), Swatch::Solid(OURS)),
        (text.incumbent.as_str(), Swatch::Outline(OTHER)),
    ])
}

/// Our score against the incumbent's on each of the customer's criteria, then the weighted
/// totals. Ours is a solid bar, theirs an outlined one, each with its score written at the end.
pub fn criteria<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    cmp: &IncumbentComparison,
    text: &CriteriaText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let bars = score_bars(cmp);
    let count = bars.len();
    let ticks = |v: &f64| theme.numbers.number(*v, 0);
    let key = criteria_legend(text);
    let axes = Axes {
        x: ranges.0,
        y: ranges.1,
        x_desc: &text.x_desc,
        y_desc: None,
        x_labels: 11,
        x_format: &ticks,
        names: &text.names,
        legend: &key,
    };
    let rows = Rows::of(&text.names, count, area.dim_in_pixel().0, theme);
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.data() {
        draw_scores(&mut chart, &bars, &rows, theme)?;
    }
    let layout = bar_layout(area, &chart, &rows, &text.names, theme, layers)?;
    legend(area, &key, theme, layers)?;
    Ok(layout)
}

/// The bars of each pair of scores, each with its score written at the end.
fn draw_scores<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    bars: &[(f64, f64)],
    rows: &Rows,
    theme: Theme,
) -> Result<(), ChartError> {
    let (low, high) = SCORE_RANGE;
    let clamped: Vec<(f64, f64)> = bars
        .iter()
        .map(|b| (clamp(b.0, low, high), clamp(b.1, low, high)))
        .collect();
    draw_pairs(chart, low, &clamped, rows, theme)?;
    let score = |value: f64, y: f64| {
        EmptyElement::at((clamp(value, low, high), y))
            + Text::new(
                theme.numbers.number(value, 1),
                (4, 0),
                theme
                    .text(12.0, &INK)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            )
    };
    chart.draw_series(
        bars.iter()
            .enumerate()
            .flat_map(|(i, b)| [score(b.0, rows.y(i, 0.22)), score(b.1, rows.y(i, -0.22))]),
    )?;
    Ok(())
}
