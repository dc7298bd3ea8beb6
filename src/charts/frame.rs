//! What every chart shares: the frame (margins, axes, ticks), ranges, labels placed beside a
//! marker, the legend line and where the items sit for the pointer.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::{Axis, ChartError, Layers, Layout, Theme, ACCENT, GOOD, GRID, INK, OTHER, OURS};

/// A chart with f64 on both axes (all of them: one set of plotters' generic code).
pub(super) type Plot<'a, DB> = ChartContext<'a, DB, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// A chart's axes: ranges, what they say and how the x ticks read.
pub(super) struct Axes<'t> {
    pub x: Range<f64>,
    pub y: Range<f64>,
    pub x_desc: &'t str,
    /// The y axis's description; `None` for bar charts, whose bars are named instead.
    pub y_desc: Option<&'t str>,
    pub x_labels: usize,
    pub x_format: &'t dyn Fn(&f64) -> String,
    /// The bars' names (bar charts), written left of the plot: the room there fits them.
    pub names: &'t [String],
}

/// The most of the drawing's width the bar names may take.
const NAME_ROOM_SHARE: f64 = 0.42;

/// Room left of a bar chart's plot for its names: the widest (line of a) name, within
/// [`NAME_ROOM_SHARE`] of the width; longer names wrap onto more lines.
fn name_room<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    names: &[String],
    theme: Theme,
) -> Result<u32, ChartError> {
    let style = theme.text(14.0, &INK);
    let most = (f64::from(area.dim_in_pixel().0) * NAME_ROOM_SHARE) as u32;
    let pad = theme.px(NAME_PAD);
    let mut widest = 0;
    for name in names {
        for line in wrap(area, name, &style, most.saturating_sub(pad))? {
            widest = widest.max(area.estimate_text_size(&line, &style)?.0);
        }
    }
    // Not `clamp`: in a narrow chart in large type the minimum can exceed `most`.
    Ok((widest + pad).max(theme.px(60.0)).min(most))
}

/// Space between a bar name and the plot, and before the name.
const NAME_PAD: f64 = 20.0;

/// `text` in as few lines as fit `width` (breaking at spaces; a single word longer than the
/// width keeps its own line).
pub(super) fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    width: u32,
) -> Result<Vec<String>, ChartError> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if line.is_empty() || area.estimate_text_size(&candidate, style)?.0 <= width {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}

/// Builds the chart and (unless only the data is wanted) draws its frame: grid, ticks and
/// axis descriptions, with room for the legend line underneath (and for bar names on the left
/// of bar charts). The plot's place depends only on the axes, so both layers line up.
pub(super) fn frame<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    axes: Axes<'_>,
    theme: Theme,
    layers: Layers,
) -> Result<Plot<'a, DB>, ChartError> {
    let bars = axes.y_desc.is_none();
    let y_room = if bars {
        name_room(area, axes.names, theme)?
    } else {
        theme.px(84.0)
    };
    // The last x tick is centred on the plot's right edge: keep room for its right half.
    let last_tick = (axes.x_format)(&axes.x.end);
    let half_tick = area
        .estimate_text_size(&last_tick, &theme.text(14.0, &INK))?
        .0
        / 2;
    let mut builder = ChartBuilder::on(area);
    builder
        .margin(theme.px(16.0))
        .margin_right(theme.px(16.0).max(half_tick + theme.px(6.0)))
        .margin_bottom(legend_room(theme))
        .x_label_area_size(theme.px(X_LABEL_ROOM))
        .y_label_area_size(y_room);
    // Bar charts keep the top for a label over the bars; line charts for the y axis's
    // description, written level there (a turned one did not fit the height in large type).
    builder.margin_top(theme.px(36.0));
    let chart = builder.build_cartesian_2d(axes.x.clone(), axes.y.clone())?;
    if !layers.frame() {
        return Ok(chart);
    }
    draw_axes(area, &chart, &axes, theme)?;
    if let Some(desc) = axes.y_desc {
        let style = theme
            .text(15.0, &INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        area.draw(&Text::new(
            desc,
            (theme.px(16.0) as i32, theme.px(18.0) as i32),
            style,
        ))?;
    }
    Ok(chart)
}

/// The grid, both axes with their ticks and labels, and the x axis's description, placed as
/// plotters' mesh places them. Drawn here because the mesh compiles in its own label
/// formatter (core's float `Display`, ~10 KB of wasm) although every label here is written by
/// the app's number formatter.
fn draw_axes<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Plot<'_, DB>,
    axes: &Axes<'_>,
    theme: Theme,
) -> Result<(), ChartError> {
    let (base_x, base_y) = area.get_base_pixel();
    let (xs, ys) = chart.plotting_area().get_pixel_range();
    let (left, right) = (xs.start - base_x, xs.end - 1 - base_x);
    let (top, bottom) = (ys.start - base_y, ys.end - 1 - base_y);
    let at = |x: f64, y: f64| {
        let (px, py) = chart.backend_coord(&(x, y));
        (px - base_x, py - base_y)
    };
    let line = |from: (i32, i32), to: (i32, i32), color: &RGBColor| {
        area.draw(&PathElement::new(vec![from, to], color))
    };
    let tick = theme.px(5.0) as i32;
    let label = theme.text(14.0, &INK);
    let spec = chart.as_coord_spec();
    let x_ticks = spec.x_spec().key_points(axes.x_labels);
    let y_ticks = if axes.y_desc.is_some() {
        spec.y_spec().key_points(Y_LABELS)
    } else {
        Vec::new()
    };
    for &x in &x_ticks {
        let (px, _) = at(x, 0.0);
        line((px, top), (px, bottom), &GRID)?;
    }
    for &y in &y_ticks {
        let (_, py) = at(axes.x.start, y);
        line((left, py), (right, py), &GRID)?;
    }
    // The axes run along the label areas' inner edges, the ticks and labels outwards.
    line((left, bottom + 1), (right, bottom + 1), &BLACK)?;
    line((left - 1, top), (left - 1, bottom), &BLACK)?;
    let below = label.pos(Pos::new(HPos::Center, VPos::Top));
    for &x in &x_ticks {
        let (px, _) = at(x, 0.0);
        line((px, bottom + 1), (px, bottom + 1 + tick), &BLACK)?;
        let text = (axes.x_format)(&x);
        area.draw(&Text::new(text, (px, bottom + 1 + 2 * tick), below.clone()))?;
    }
    let beside = label.pos(Pos::new(HPos::Right, VPos::Center));
    for &y in &y_ticks {
        let (_, py) = at(axes.x.start, y);
        line((left - 1 - tick, py), (left - 1, py), &BLACK)?;
        let text = theme.numbers.compact(y);
        area.draw(&Text::new(text, (left - 1 - 2 * tick, py), beside.clone()))?;
    }
    let desc = theme
        .text(15.0, &INK)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    let x_desc_at = (
        (left + right) / 2,
        bottom + 1 + theme.px(X_LABEL_ROOM) as i32,
    );
    area.draw(&Text::new(axes.x_desc, x_desc_at, desc))?;
    Ok(())
}

/// How many y ticks a line chart aims for.
const Y_LABELS: usize = 6;

/// The height under the plot for the x ticks, their labels and the x axis's description.
const X_LABEL_ROOM: f64 = 52.0;

/// A value range covering just `values` with a margin (zero only if they reach it), so bars
/// around a base value fill the plot; never empty.
pub(super) fn zoom(values: impl IntoIterator<Item = f64>) -> Range<f64> {
    let (low, high) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(v), hi.max(v))
        });
    if low > high {
        return -1.0..1.0;
    }
    let pad = ((high - low) * 0.08)
        .max(high.abs().max(low.abs()) * 1e-6)
        .max(1.0);
    (low - pad)..(high + pad)
}

/// `range` widened to whole steps of a round size (1, 2, 2.5 or 5 × 10ⁿ, about `steps` of
/// them): the ticks fall on round numbers, and values moving a little (a what-if drag) keep
/// the same axis, so the page can keep the frame and repaint only the data.
pub(super) fn nice(range: Range<f64>, steps: usize) -> Range<f64> {
    let width = range.end - range.start;
    if !(width.is_finite() && width > 0.0) {
        return range;
    }
    let raw = width / steps.max(1) as f64;
    let magnitude = 10_f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .find(|s| *s >= raw * (1.0 - 1e-9))
        .unwrap_or(10.0 * magnitude);
    ((range.start / step).floor() * step)..((range.end / step).ceil() * step)
}

/// The axis for a value range `data`: the `held` axis while it still holds the data and the
/// data fills at least half of it (so a what-if drag does not make the axis jump), else `data`
/// rounded by [`nice`].
pub(super) fn settle(data: Range<f64>, held: Option<&Range<f64>>, steps: usize) -> Range<f64> {
    match held {
        Some(h)
            if h.start <= data.start
                && data.end <= h.end
                && (data.end - data.start) * 2.0 >= h.end - h.start =>
        {
            h.clone()
        }
        _ => nice(data, steps),
    }
}

/// A value range covering `values` and zero with a margin, never empty.
pub(super) fn span(values: impl IntoIterator<Item = f64>) -> Range<f64> {
    let (low, high) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((high - low) * 0.08).max(1.0);
    (low - pad)..(high + pad)
}

/// Where to anchor a label placed beside `x` so it stays inside `range`.
pub(super) fn beside(x: f64, range: &Range<f64>) -> (Pos, i32) {
    let share = (x - range.start) / (range.end - range.start);
    if share > 0.6 {
        (Pos::new(HPos::Right, VPos::Top), -6)
    } else {
        (Pos::new(HPos::Left, VPos::Top), 6)
    }
}

/// Fraction of the drawing's `extent` at backend pixel `px`.
pub(super) fn fraction(px: i32, extent: u32) -> f64 {
    f64::from(px) / f64::from(extent.max(1))
}

/// The y position of bar `index` of `count`, first at the top.
pub(super) fn bar_y(index: usize, count: usize) -> f64 {
    (count - 1 - index) as f64
}

/// The y range holding `count` bars.
pub(super) fn bar_range(count: usize) -> Range<f64> {
    -0.6..(count.max(1) as f64 - 0.4)
}

/// Draws the paired half-bars of a bar chart from `from` along x: each pair's first value as
/// the upper, solid half in `OURS`, its second as the lower, outlined half in `OTHER` — told
/// apart by position and fill as well as by colour, as in the legend.
pub(super) fn draw_pairs<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    from: f64,
    pairs: &[(f64, f64)],
    theme: Theme,
) -> Result<(), ChartError> {
    let count = pairs.len();
    let half = |i: usize, upper: bool, to: f64| {
        let y = bar_y(i, count);
        let (near, far, style) = if upper {
            (y + 0.04, y + 0.4, OURS.filled())
        } else {
            (y - 0.04, y - 0.4, OTHER.stroke_width(theme.px(2.0)))
        };
        Rectangle::new([(from, near), (to, far)], style)
    };
    chart.draw_series(pairs.iter().enumerate().map(|(i, p)| half(i, true, p.0)))?;
    chart.draw_series(pairs.iter().enumerate().map(|(i, p)| half(i, false, p.1)))?;
    Ok(())
}

/// The bar charts' common ending: writes the names of the `count` bars left of the plot,
/// right-aligned, and says where the bars are.
pub(super) fn bar_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Plot<'_, DB>,
    count: usize,
    names: &[String],
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let (_, height) = area.dim_in_pixel();
    let plot_left = chart.plotting_area().get_pixel_range().0.start;
    let x = chart.x_range().start;
    let style = theme
        .text(14.0, &INK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    let room = (plot_left - theme.px(NAME_PAD) as i32).max(1) as u32;
    let line_height = (theme.px(14.0) as f64 * 1.15).round() as i32;
    let mut centres = Vec::with_capacity(count);
    for (i, name) in names.iter().take(count).enumerate() {
        let y = chart.backend_coord(&(x, bar_y(i, count))).1;
        centres.push(fraction(y, height));
        if !layers.frame() {
            continue;
        }
        let lines = wrap(area, name, &style, room)?;
        // The lines are centred on the bar together.
        let first = y - line_height * (lines.len() as i32 - 1) / 2;
        for (n, line) in lines.iter().enumerate() {
            let at = (plot_left - 8, first + line_height * n as i32);
            area.draw(&Text::new(line.as_str(), at, style.clone()))?;
        }
    }
    Ok(Layout {
        axis: Some(Axis::Vertical),
        centres,
    })
}

/// The line charts' common ending: says where the points at `xs` are.
pub(super) fn line_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Plot<'_, DB>,
    xs: impl IntoIterator<Item = f64>,
) -> Layout {
    let (width, _) = area.dim_in_pixel();
    let centres = xs
        .into_iter()
        .map(|x| fraction(chart.backend_coord(&(x, 0.0)).0, width))
        .collect();
    Layout {
        axis: Some(Axis::Horizontal),
        centres,
    }
}

/// How a legend entry shows its series.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    Line(RGBColor),
    Dashed(RGBColor),
    Solid(RGBColor),
    Outline(RGBColor),
}

/// Room kept under the x axis for the legend line.
pub(super) fn legend_room(theme: Theme) -> u32 {
    theme.px(48.0)
}

/// The legend as one line under the chart (never over the data), then an optional note. The
/// entries belong to the frame; the note (a figure that moves with the data) to the data.
pub(super) fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[(&str, Swatch)],
    note: Option<&str>,
    theme: Theme,
    layers: Layers,
) -> Result<(), ChartError> {
    let (_, height) = area.dim_in_pixel();
    let y = height as i32 - theme.px(20.0) as i32;
    let style = theme
        .text(14.0, &INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let (swatch, gap) = (theme.px(24.0) as i32, theme.px(8.0) as i32);
    let mut x = theme.px(16.0) as i32;
    for (label, kind) in items {
        let (l, r, h) = (x, x + swatch, theme.px(6.0) as i32);
        x = r + gap;
        let label_at = x;
        x += area.estimate_text_size(label, &style)?.0 as i32 + gap * 3;
        if !layers.frame() {
            continue;
        }
        match *kind {
            Swatch::Line(c) => area.draw(&PathElement::new(
                [(l, y), (r, y)],
                c.stroke_width(theme.px(3.0)),
            ))?,
            Swatch::Dashed(c) => {
                for start in [l, l + swatch * 2 / 3] {
                    let end = start + swatch / 3;
                    area.draw(&PathElement::new(
                        [(start, y), (end, y)],
                        c.stroke_width(theme.px(3.0)),
                    ))?;
                }
            }
            Swatch::Solid(c) => area.draw(&Rectangle::new([(l, y - h), (r, y + h)], c.filled()))?,
            Swatch::Outline(c) => {
                area.draw(&Rectangle::new([(l, y - h), (r, y + h)], c.stroke_width(2)))?
            }
        }
        area.draw(&Text::new(*label, (label_at, y), style.clone()))?;
    }
    if let (Some(note), true) = (note, layers.data()) {
        area.draw(&Text::new(note, (x, y), style))?;
    }
    Ok(())
}

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

/// Draws each marker inside the x range as a vertical line (solid for the user's value, dashed
/// for a threshold) with its label beside it, one row lower per marker so labels never overlap.
pub(super) fn draw_markers<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    markers: &[Marker],
    theme: Theme,
) -> Result<(), ChartError> {
    let (x_range, y_range) = (chart.x_range(), chart.y_range());
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
    Ok(())
}
