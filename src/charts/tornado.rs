use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{bar_layout, clear_of_names, draw_pairs, frame, text_width, zoom, Axes, Rows};
use super::legend::{legend, Legend, Swatch};
use super::{ChartError, Layers, Layout, Theme, INK, OTHER, OURS};
use crate::model::economics::SensitivityRow;

/// The words on the tornado chart, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoText {
    pub x_desc: String,
    /// Legend entry of the input lowered by δ (e.g. "−10%").
    pub low: String,
    /// Legend entry of the input raised by δ.
    pub high: String,
    /// The label of the line at today's expected value.
    pub base: String,
    /// The inputs' names, in the rows' order.
    pub names: Vec<String>,
}

/// The values' range: the bars and the base value (before rounding).
pub(super) fn tornado_range(base: f64, rows: &[SensitivityRow]) -> Range<f64> {
    let values = rows.iter().flat_map(|r| [r.ev_low, r.ev_high]);
    zoom(values.chain([base]))
}

/// The legend: the input lowered, the input raised.
pub(super) fn tornado_legend(text: &TornadoText) -> Legend<'_> {
    Legend::of(vec![
        (text.low.as_str(), Swatch::Solid(OURS)),
        (text.high.as_str(), Swatch::Outline(OTHER)),
    ])
}

/// The sensitivity ranking as a tornado: for each input (largest swing on top) the expected
/// value with it lowered (upper, solid half-bar) and raised (lower, outlined half-bar) by δ,
/// around today's.
pub fn tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    base: f64,
    rows: &[SensitivityRow],
    text: &TornadoText,
    ranges: (Range<f64>, Range<f64>),
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let count = rows.len();
    let (x_range, y_range) = ranges;
    let ticks = |v: &f64| theme.numbers.compact(*v);
    let key = tornado_legend(text);
    let axes = Axes {
        x: x_range.clone(),
        y: y_range.clone(),
        x_desc: &text.x_desc,
        y_desc: None,
        x_labels: 6,
        x_format: &ticks,
        names: &text.names,
        legend: &key,
    };
    let bars = Rows::of(&text.names, count, area.dim_in_pixel().0, theme);
    let mut chart = frame(area, axes, theme, layers)?;
    if layers.data() {
        let pairs: Vec<(f64, f64)> = rows.iter().map(|r| (r.ev_low, r.ev_high)).collect();
        draw_pairs(&mut chart, base, &pairs, &bars, theme)?;
        // Today's value through the bars, not through a name written above them.
        for span in clear_of_names(&chart, &bars, base, theme) {
            chart.draw_series(LineSeries::new(
                [(base, span.start), (base, span.end)],
                INK.stroke_width(theme.px(2.0)),
            ))?;
        }
        // Centred over the line, but kept inside the drawing when the line is near an edge.
        let at = chart.backend_coord(&(base, y_range.end)).0;
        let half = text_width(&text.base, 14.0, theme) as i32 / 2;
        let (edge, end) = (theme.px(4.0) as i32, area.dim_in_pixel().0 as i32);
        let centre = at.min(end - edge - half).max(edge + half);
        chart.draw_series([EmptyElement::at((base, y_range.end))
            + Text::new(
                text.base.clone(),
                (centre - at, -(theme.px(6.0) as i32)),
                theme
                    .text(14.0, &INK)
                    .pos(Pos::new(HPos::Center, VPos::Bottom)),
            )])?;
    }
    let layout = bar_layout(area, &chart, &bars, &text.names, theme, layers)?;
    legend(area, &key, theme, layers)?;
    Ok(layout)
}
