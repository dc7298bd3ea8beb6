use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{
    bar_names, bar_range, bar_y, legend, legend_room, span, Axis, ChartError, Layout, Swatch,
    Theme, GRID, INK, OTHER, OURS,
};
use crate::model::economics::SensitivityRow;
use crate::model::format::compact;

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

/// The sensitivity ranking as a tornado: for each input (largest swing on top) the expected
/// value with it lowered (upper, solid half-bar) and raised (lower, outlined half-bar) by δ,
/// around today's.
pub fn tornado<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    base: f64,
    rows: &[SensitivityRow],
    text: &TornadoText,
    theme: Theme,
) -> Result<Layout, ChartError> {
    let count = rows.len();
    let x_range = span(
        rows.iter()
            .flat_map(|r| [r.ev_low, r.ev_high])
            .chain([base]),
    );
    let mut chart = ChartBuilder::on(area)
        .margin(theme.px(16.0))
        .margin_bottom(legend_room(theme))
        .margin_top(theme.px(36.0))
        .x_label_area_size(theme.px(52.0))
        .y_label_area_size(theme.px(190.0))
        .build_cartesian_2d(x_range.clone(), bar_range(count))?;
    chart
        .configure_mesh()
        .light_line_style(TRANSPARENT)
        .bold_line_style(GRID)
        .disable_y_mesh()
        .x_labels(6)
        .y_labels(0)
        .x_label_formatter(&|v| compact(*v))
        .x_desc(text.x_desc.as_str())
        .label_style(theme.text(14.0, &INK))
        .axis_desc_style(theme.text(15.0, &INK))
        .draw()?;
    let half = |i: usize, upper: bool, to: f64| {
        let y = bar_y(i, count);
        let (near, far) = if upper {
            (y + 0.04, y + 0.4)
        } else {
            (y - 0.04, y - 0.4)
        };
        // Lowered: solid; raised: outlined — told apart without colour, as in the legend.
        let style = if upper {
            OURS.filled()
        } else {
            OTHER.stroke_width(theme.px(2.0))
        };
        Rectangle::new([(base, near), (to, far)], style)
    };
    chart.draw_series(
        rows.iter()
            .enumerate()
            .map(|(i, r)| half(i, true, r.ev_low)),
    )?;
    chart.draw_series(
        rows.iter()
            .enumerate()
            .map(|(i, r)| half(i, false, r.ev_high)),
    )?;
    let y_range = bar_range(count);
    chart.draw_series(LineSeries::new(
        [(base, y_range.start), (base, y_range.end)],
        INK.stroke_width(theme.px(2.0)),
    ))?;
    chart.draw_series([EmptyElement::at((base, y_range.end))
        + Text::new(
            text.base.clone(),
            (0, -(theme.px(6.0) as i32)),
            theme
                .text(14.0, &INK)
                .pos(Pos::new(HPos::Center, VPos::Bottom)),
        )])?;
    let plot_left = chart.plotting_area().get_pixel_range().0.start;
    let centres: Vec<i32> = (0..count)
        .map(|i| chart.backend_coord(&(base, bar_y(i, count))).1)
        .collect();
    let centres = bar_names(area, plot_left, &centres, &text.names, theme)?;
    let items = [
        (text.low.as_str(), Swatch::Solid(OURS)),
        (text.high.as_str(), Swatch::Outline(OTHER)),
    ];
    legend(area, &items, None, theme)?;
    Ok(Layout {
        axis: Some(Axis::Vertical),
        centres,
    })
}
