//! The class board's charts: each team's expected value as a dot (with the class median and
//! the trainer's own figure marked), and each team's price cut against its chance of success.

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{bar_layout, frame, line_layout, zoom, Axes, Rows};
use super::legend::{legend, Legend, Swatch};
use super::marker::{marker_lines, marker_swatch, Marker};
use super::{ChartError, Layers, Layout, Theme, INK, OTHER, OURS};

/// The words on the expected-value dot plot, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct SpreadText {
    pub x_desc: String,
    /// The teams' names (or letters), in the rows' order.
    pub names: Vec<String>,
    /// The dots' legend entry.
    pub teams: String,
}

/// The value axis of the dot plot: every team and every marker.
pub(super) fn spread_range(evs: &[f64], markers: &[Marker]) -> Range<f64> {
    zoom(evs.iter().copied().chain(markers.iter().map(|m| m.x)))
}

/// A legend of one entry: the teams' dots in `colour`.
pub(super) fn teams_legend(teams: &str, colour: RGBColor) -> Legend<'_> {
    Legend::of(vec![(teams, Swatch::Solid(colour))])
}

/// The dot plot's legend: the teams' dots, then the markers (named here, not beside their
/// lines: the rows of dots leave no room for words).
pub(super) fn spread_legend<'t>(text: &'t SpreadText, markers: &'t [Marker]) -> Legend<'t> {
    let marks = markers
        .iter()
        .map(|m| (m.label.as_str(), marker_swatch(m.kind)));
    Legend::of(
        std::iter::once((text.teams.as_str(), Swatch::Solid(OURS)))
            .chain(marks)
            .collect(),
    )
}

/// One row per team with its expected value as a dot, and `markers` across (the class
/// median dashed, the trainer's own figure solid).
pub fn spread<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    evs: &[f64],
    markers: &[Marker],
    text: &SpreadText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let count = evs.len();
    let ticks = |v: &f64| theme.numbers.compact(*v);
    let key = spread_legend(text, markers);
    let axes = Axes {
        x: ranges.0,
        y: ranges.1,
        x_desc: &text.x_desc,
        y_desc: None,
        x_labels: 6,
        x_format: &ticks,
        names: &text.names,
        legend: &key,
    };
    let rows = Rows::of(&text.names, count, area.dim_in_pixel().0, theme);
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.data() {
        let dot = theme.px(6.0);
        chart.draw_series(
            evs.iter()
                .enumerate()
                .map(|(i, ev)| Circle::new((*ev, rows.y(i, 0.0)), dot, OURS.filled())),
        )?;
        marker_lines(&mut chart, markers, Some(&rows), theme)?;
    }
    let layout = bar_layout(area, &chart, &rows, &text.names, theme, layers)?;
    legend(area, &key, theme, layers)?;
    Ok(layout)
}

/// The words on the price-cut chart, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct ChoicesText {
    pub x_desc: String,
    pub y_desc: String,
    /// The dots' legend entry.
    pub teams: String,
}

/// The price-cut axis: from no cut to a little past the largest.
pub(super) fn choices_range(points: &[(f64, f64)]) -> Range<f64> {
    let most = points.iter().map(|p| p.0).fold(0.0_f64, f64::max);
    0.0..(most * 1.15).max(5.0)
}

/// Each team's price cut (x, percent) against its chance of success (y, percent).
pub fn choices<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[(f64, f64)],
    text: &ChoicesText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let percent = |v: &f64| theme.numbers.percent_with(*v, 0);
    let key = teams_legend(&text.teams, OTHER);
    let axes = Axes {
        x: ranges.0,
        y: ranges.1,
        x_desc: &text.x_desc,
        y_desc: Some(&text.y_desc),
        x_labels: 6,
        x_format: &percent,
        names: &[],
        legend: &key,
    };
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.data() {
        let dot = theme.px(6.0);
        chart.draw_series(points.iter().map(|p| Circle::new(*p, dot, OTHER.filled())))?;
    }
    let layout = line_layout(area, &chart, points.iter().map(|p| p.0));
    legend(area, &key, theme, layers)?;
    Ok(layout)
}

/// The words on the verdict-count chart, already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct VerdictsText {
    pub x_desc: String,
    /// The verdicts' names, in the bars' order.
    pub names: Vec<String>,
}

/// The verdict chart's legend: none (its bars are named).
pub(super) fn no_legend() -> Legend<'static> {
    Legend::of(Vec::new())
}

/// The count axis: whole teams, from none to one more than the most.
pub(super) fn verdicts_range(counts: &[usize]) -> Range<f64> {
    0.0..(counts.iter().copied().max().unwrap_or(0) + 1) as f64
}

/// How many teams reached each verdict, one bar each, the count written at its end.
pub fn verdicts<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    counts: &[usize],
    text: &VerdictsText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let count = counts.len();
    let whole = |v: &f64| {
        if (v - v.round()).abs() < 1e-6 {
            theme.numbers.number(*v, 0)
        } else {
            String::new()
        }
    };
    let steps = ranges.0.end as usize + 1;
    let key = no_legend();
    let axes = Axes {
        x: ranges.0,
        y: ranges.1,
        x_desc: &text.x_desc,
        y_desc: None,
        x_labels: steps.min(11),
        x_format: &whole,
        names: &text.names,
        legend: &key,
    };
    let rows = Rows::of(&text.names, count, area.dim_in_pixel().0, theme);
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.data() {
        chart.draw_series(counts.iter().enumerate().map(|(i, n)| {
            Rectangle::new(
                [(0.0, rows.y(i, -0.3)), (*n as f64, rows.y(i, 0.3))],
                OURS.filled(),
            )
        }))?;
        chart.draw_series(counts.iter().enumerate().map(|(i, n)| {
            EmptyElement::at((*n as f64, rows.y(i, 0.0)))
                + Text::new(
                    theme.numbers.number(*n as f64, 0),
                    (6, 0),
                    theme
                        .text(14.0, &INK)
                        .pos(Pos::new(HPos::Left, VPos::Center)),
                )
        }))?;
    }
    bar_layout(area, &chart, &rows, &text.names, theme, layers)
}
