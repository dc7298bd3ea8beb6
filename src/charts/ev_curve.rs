use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::frame::{frame, line_layout, span, Axes};
use super::legend::{legend, Legend, Swatch};
use super::marker::{place_markers, write_labels, Marker};
use super::{ChartError, Layers, Layout, Theme, INK, OURS};
use crate::model::economics::Point;

/// The words on an expected-value curve, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct EvCurveText {
    pub x_desc: String,
    pub y_desc: String,
    /// The curve's legend entry.
    pub series: String,
    /// A remark written after the legend (e.g. the break-even volume).
    pub note: Option<String>,
}

/// The data's ranges: x along the points, y around them and zero (before rounding).
pub(super) fn ev_ranges(points: &[Point]) -> (Range<f64>, Range<f64>) {
    let x = match (points.first(), points.last()) {
        (Some(a), Some(b)) if b.x > a.x => a.x..b.x,
        _ => 0.0..100.0,
    };
    (x, span(points.iter().map(|p| p.y)))
}

/// The legend: the curve, then the note.
pub(super) fn ev_legend(text: &EvCurveText) -> Legend<'_> {
    Legend {
        items: vec![(text.series.as_str(), Swatch::Line(OURS))],
        note: text.note.as_deref(),
    }
}

/// Expected value along one input (x in percent), with labelled markers and the zero line.
pub fn ev_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[Point],
    markers: &[Marker],
    text: &EvCurveText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let (x_range, y_range) = ranges;
    let percent = |v: &f64| theme.numbers.percent_with(*v, 0);
    let key = ev_legend(text);
    let axes = Axes {
        x: x_range.clone(),
        y: y_range,
        x_desc: &text.x_desc,
        y_desc: Some(&text.y_desc),
        x_labels: 6,
        x_format: &percent,
        names: &[],
        legend: &key,
    };
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.frame() {
        chart.draw_series(LineSeries::new(
            [(x_range.start, 0.0), (x_range.end, 0.0)],
            INK.stroke_width(1),
        ))?;
    }
    if layers.data() {
        // The curve between the markers' lines and their labels: a label's patch (where it
        // has to cross another marker's line) never hides a piece of the curve.
        let labels = place_markers(&mut chart, markers, 0, theme)?;
        chart.draw_series(LineSeries::new(
            points.iter().map(|p| (p.x, p.y)),
            OURS.stroke_width(theme.px(3.0)),
        ))?;
        write_labels(&mut chart, labels)?;
    }
    let layout = line_layout(area, &chart, points.iter().map(|p| p.x));
    legend(area, &key, theme, layers)?;
    Ok(layout)
}
