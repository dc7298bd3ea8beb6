use plotters::coord::Shift;
use plotters::prelude::*;

use super::{
    beside, fraction, legend, legend_room, span, Axis, ChartError, Layout, Swatch, Theme, ACCENT,
    GOOD, GRID, INK, OURS,
};
use crate::model::economics::Point;
use crate::model::format::compact;

/// What a vertical marker stands for; decides its colour and dash.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkerKind {
    /// The user's own value (your p, your concession): solid.
    Current,
    /// A threshold from the engine (p*, max concession): dashed.
    Threshold,
}

/// A labelled vertical line at `x`.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    pub x: f64,
    pub label: String,
    pub kind: MarkerKind,
}

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

/// Expected value along one input (x in percent), with labelled markers and the zero line.
pub fn ev_curve<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    points: &[Point],
    markers: &[Marker],
    text: &EvCurveText,
    theme: Theme,
) -> Result<Layout, ChartError> {
    let x_range = match (points.first(), points.last()) {
        (Some(a), Some(b)) if b.x > a.x => a.x..b.x,
        _ => 0.0..100.0,
    };
    let y_range = span(points.iter().map(|p| p.y));
    let (width, _) = area.dim_in_pixel();
    let mut chart = ChartBuilder::on(area)
        .margin(theme.px(16.0))
        .margin_bottom(legend_room(theme))
        .x_label_area_size(theme.px(52.0))
        .y_label_area_size(theme.px(84.0))
        .build_cartesian_2d(x_range.clone(), y_range.clone())?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .x_labels(6)
        .y_labels(6)
        .x_label_formatter(&|v| format!("{v:.0}%"))
        .y_label_formatter(&|v| compact(*v))
        .x_desc(text.x_desc.as_str())
        .y_desc(text.y_desc.as_str())
        .label_style(theme.text(14.0, &INK))
        .axis_desc_style(theme.text(15.0, &INK))
        .draw()?;
    chart.draw_series(LineSeries::new(
        [(x_range.start, 0.0), (x_range.end, 0.0)],
        INK.stroke_width(1),
    ))?;
    chart.draw_series(LineSeries::new(
        points.iter().map(|p| (p.x, p.y)),
        OURS.stroke_width(theme.px(3.0)),
    ))?;
    let row = theme.px(20.0) as i32;
    for (i, marker) in markers
        .iter()
        .filter(|m| m.x.is_finite() && x_range.contains(&m.x))
        .enumerate()
    {
        let line = [(marker.x, y_range.start), (marker.x, y_range.end)];
        let stroke = theme.px(2.0);
        match marker.kind {
            MarkerKind::Current => {
                chart.draw_series(LineSeries::new(line, ACCENT.stroke_width(stroke)))?;
            }
            MarkerKind::Threshold => {
                let (dash, gap) = (theme.px(5.0), theme.px(4.0));
                let style = GOOD.stroke_width(stroke);
                chart.draw_series(DashedLineSeries::new(line, dash, gap, style))?;
            }
        }
        let (pos, dx) = beside(marker.x, &x_range);
        chart.draw_series([EmptyElement::at((marker.x, y_range.end))
            + Text::new(
                marker.label.clone(),
                (dx, theme.px(4.0) as i32 + row * i as i32),
                theme.text(15.0, &INK).pos(pos),
            )])?;
    }
    let centres = points
        .iter()
        .map(|p| fraction(chart.backend_coord(&(p.x, 0.0)).0, width))
        .collect();
    let items = [(text.series.as_str(), Swatch::Line(OURS))];
    legend(area, &items, text.note.as_deref(), theme)?;
    Ok(Layout {
        axis: Some(Axis::Horizontal),
        centres,
    })
}
