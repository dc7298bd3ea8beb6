use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{bar_layout, bar_range, bar_y, draw_pairs, frame, legend, Axes, Swatch};
use super::{ChartError, Layout, Theme, INK, OTHER, OURS};
use crate::model::incumbent::{IncumbentComparison, SCORE_RANGE};

/// The words on the criteria chart, already translated and formatted.
#[derive(Clone, Debug, PartialEq)]
pub struct CriteriaText {
    pub x_desc: String,
    pub ours: String,
    pub incumbent: String,
    /// One name per criterion (with its weight), then the weighted total's name.
    pub names: Vec<String>,
}

/// Our score against the incumbent's on each of the customer's criteria, then the weighted
/// totals. Ours is a solid bar, theirs an outlined one, each with its score written at the end.
pub fn criteria<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    cmp: &IncumbentComparison,
    text: &CriteriaText,
    theme: Theme,
) -> Result<Layout, ChartError> {
    let mut bars: Vec<(f64, f64)> = cmp.rows.iter().map(|r| (r.ours, r.incumbent)).collect();
    if let (Some(ours), Some(theirs)) = (cmp.ours, cmp.incumbent) {
        bars.push((ours, theirs));
    }
    let count = bars.len();
    let (low, high) = SCORE_RANGE;
    let ticks = |v: &f64| theme.numbers.number(*v, 0);
    let axes = Axes {
        x: low..high + 0.8,
        y: bar_range(count),
        x_desc: &text.x_desc,
        y_desc: None,
        x_labels: 11,
        x_format: &ticks,
        names: &text.names,
    };
    let mut chart = frame(area, axes, theme)?;
    let clamped: Vec<(f64, f64)> = bars
        .iter()
        .map(|b| (b.0.clamp(low, high), b.1.clamp(low, high)))
        .collect();
    draw_pairs(&mut chart, low, &clamped, theme)?;
    let score = |value: f64, y: f64| {
        EmptyElement::at((value.clamp(low, high), y))
            + Text::new(
                theme.numbers.number(value, 1),
                (4, 0),
                theme
                    .text(12.0, &INK)
                    .pos(Pos::new(HPos::Left, VPos::Center)),
            )
    };
    chart.draw_series(bars.iter().enumerate().flat_map(|(i, b)| {
        let y = bar_y(i, count);
        [score(b.0, y + 0.22), score(b.1, y - 0.22)]
    }))?;
    let layout = bar_layout(area, &chart, count, &text.names, theme)?;
    let items = [
        (text.ours.as_str(), Swatch::Solid(OURS)),
        (text.incumbent.as_str(), Swatch::Outline(OTHER)),
    ];
    legend(area, &items, None, theme)?;
    Ok(layout)
}
