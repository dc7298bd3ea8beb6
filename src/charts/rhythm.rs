use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{frame, line_layout, text_width, Axes, Plot};
use super::legend::{legend, Legend, Swatch};
use super::marker::{draw_markers, Marker, MarkerKind};
use super::{ChartError, Layers, Layout, Theme, ACCENT, GRID, INK, OTHER, OURS};
use crate::model::keep_close::{MonthContacts, Phase};

/// The words on the contact-rhythm chart, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct RhythmText {
    pub x_desc: String,
    pub y_desc: String,
    /// The three levels' legend entries: operational, middle, top.
    pub levels: [String; 3],
    /// One label per month (the x ticks).
    pub months: Vec<String>,
    /// Each phase's name, in `Phase::ALL` order.
    pub phases: [String; 4],
    /// The label of the marker at the last month (the drift signals raised now).
    pub now: String,
}

/// The months' runs of one phase: (first month, last month, phase).
fn bands(months: &[MonthContacts]) -> Vec<(usize, usize, Phase)> {
    let mut out: Vec<(usize, usize, Phase)> = Vec::new();
    for (i, m) in months.iter().enumerate() {
        let Some(phase) = m.phase else { continue };
        match out.last_mut() {
            Some(last) if last.2 == phase && last.1 + 1 == i => last.1 = i,
            _ => out.push((i, i, phase)),
        }
    }
    out
}

/// The axes' ranges: one step per month, and the busiest month's contacts with room above
/// for the phases' names and the marker's label, as much more as `theme`'s type is larger.
pub(super) fn rhythm_ranges(months: &[MonthContacts], theme: Theme) -> (Range<f64>, Range<f64>) {
    let count = months.len().max(1);
    let top = months
        .iter()
        .flat_map(|m| m.by_level)
        .max()
        .unwrap_or(0)
        .max(1);
    let room = 1.0 + 0.25 * theme.scale;
    (-0.5..count as f64 - 0.5, 0.0..f64::from(top) * room + 0.5)
}

/// The legend: the three levels.
pub(super) fn rhythm_legend(text: &RhythmText) -> Legend<'_> {
    Legend::of(vec![
        (text.levels[0].as_str(), Swatch::Line(OURS)),
        (text.levels[1].as_str(), Swatch::Dashed(OTHER)),
        (text.levels[2].as_str(), Swatch::Solid(ACCENT)),
    ])
}

/// Contacts per month on each level, over the project's phases (shaded bands, named at the
/// top), with a marker at the last month saying what the drift signals are: the picture of
/// "flooded at the start, neglected at the end".
pub fn rhythm<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    months: &[MonthContacts],
    text: &RhythmText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let (x_range, y_range) = ranges;
    let count = months.len().max(1);
    let tick = |v: &f64| {
        let i = v.round();
        if (v - i).abs() < 1e-6 && i >= 0.0 {
            text.months.get(i as usize).cloned().unwrap_or_default()
        } else {
            String::new()
        }
    };
    let key = rhythm_legend(text);
    let axes = Axes {
        x: x_range,
        y: y_range.clone(),
        x_desc: &text.x_desc,
        y_desc: Some(&text.y_desc),
        x_labels: count.min(12),
        x_format: &tick,
        names: &[],
        legend: &key,
    };
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.data() {
        draw_months(&mut chart, months, text, y_range.end, theme)?;
    }
    let xs = (0..months.len()).map(|i| i as f64);
    let layout = line_layout(area, &chart, xs);
    legend(area, &key, theme, layers)?;
    Ok(layout)
}

/// The data: the phase bands, the three levels' lines and the marker at the last month.
fn draw_months<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    months: &[MonthContacts],
    text: &RhythmText,
    y_top: f64,
    theme: Theme,
) -> Result<(), ChartError> {
    // The phases: alternating light bands, each named at its top, a row lower where the name
    // would run into the one before (short phases in a narrow drawing).
    let label = theme.text(12.0, &INK).pos(Pos::new(HPos::Left, VPos::Top));
    let row = theme.px(16.0) as i32;
    let mut ends: Vec<i32> = Vec::new();
    for (n, &(from, to, phase)) in bands(months).iter().enumerate() {
        let shade = if n % 2 == 0 {
            GRID.mix(0.55)
        } else {
            GRID.mix(0.2)
        };
        let (x0, x1) = (from as f64 - 0.5, to as f64 + 0.5);
        chart.draw_series([Rectangle::new([(x0, 0.0), (x1, y_top)], shade.filled())])?;
        let name = Phase::ALL
            .iter()
            .position(|p| *p == phase)
            .and_then(|i| text.phases.get(i));
        if let Some(name) = name {
            let left = chart.backend_coord(&(x0, y_top)).0;
            let free = ends
                .iter()
                .position(|end| *end < left)
                .unwrap_or(ends.len());
            let right = left + text_width(name, 12.0, theme) as i32 + theme.px(6.0) as i32;
            match ends.get_mut(free) {
                Some(end) => *end = right,
                None => ends.push(right),
            }
            chart.draw_series([EmptyElement::at((x0, y_top))
                + Text::new(name.clone(), (0, row * free as i32), label.clone())])?;
        }
    }
    let xs = || (0..months.len()).map(|i| i as f64);
    let series = |level: usize| xs().zip(months.iter().map(move |m| f64::from(m.by_level[level])));
    let stroke = theme.px(3.0);
    chart.draw_series(LineSeries::new(series(0), OURS.stroke_width(stroke)))?;
    chart.draw_series(DashedLineSeries::new(
        series(1),
        theme.px(8.0),
        theme.px(5.0),
        OTHER.stroke_width(stroke),
    ))?;
    chart.draw_series(LineSeries::new(
        series(2),
        ACCENT.stroke_width(theme.px(2.0)),
    ))?;
    let dot = theme.px(3.0);
    // Top-level contacts as small squares (pixels, not data units: they keep their shape).
    let half = dot as i32;
    chart.draw_series(series(2).map(|p| {
        EmptyElement::at(p) + Rectangle::new([(-half, -half), (half, half)], ACCENT.filled())
    }))?;
    chart.draw_series(series(0).map(|p| Circle::new(p, dot, OURS.filled())))?;
    if !months.is_empty() {
        let marker = Marker {
            x: months.len() as f64 - 1.0,
            label: text.now.clone(),
            kind: MarkerKind::Threshold,
        };
        // Right under the phases' names (their rows are shorter than the markers'), so the
        // label stays above the busiest month's dots.
        draw_markers(chart, &[marker], row * ends.len() as i32, theme)?;
    }
    Ok(())
}
