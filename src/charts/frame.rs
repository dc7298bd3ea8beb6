//! What every chart shares: the frame (margins, axes, ticks, wrapped words), ranges, bar
//! names and where the items sit for the pointer. The legend and the markers have their own
//! modules.

use std::ops::Range;

use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::legend::{legend_room, legend_rows, Legend};
use super::{estimate_text, Axis, ChartError, Layers, Layout, Theme, GRID, INK, OTHER, OURS};

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
    /// The legend under the chart (the room it takes).
    pub legend: &'t Legend<'t>,
}

/// The most of the drawing's width the bar names may take.
const NAME_ROOM_SHARE: f64 = 0.42;

/// How wide `text` is in `theme` at `px` (before scaling): the estimate every backend measures
/// with, so sizes can be decided before drawing.
pub(super) fn text_width(text: &str, px: f64, theme: Theme) -> u32 {
    estimate_text(text, px * theme.scale).0
}

/// A patch of the background under `text` written at `offset` pixels from the data point `at`
/// in `style`: the lines drawn before it run behind the words (a label that has to cross a
/// marker's line); what is drawn after it stays whole.
pub(super) fn patch_under<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    at: (f64, f64),
    text: &str,
    offset: (i32, i32),
    style: &TextStyle,
    theme: Theme,
) -> Result<(), ChartError> {
    let (w, h) = chart.plotting_area().estimate_text_size(text, style)?;
    let (w, h) = (w as i32, h as i32);
    let left = match style.pos.h_pos {
        HPos::Left => offset.0,
        HPos::Center => offset.0 - w / 2,
        HPos::Right => offset.0 - w,
    };
    let top = match style.pos.v_pos {
        VPos::Top => offset.1,
        VPos::Center => offset.1 - h / 2,
        VPos::Bottom => offset.1 - h,
    };
    let pad = theme.px(3.0) as i32;
    chart.draw_series([EmptyElement::at(at)
        + Rectangle::new(
            [(left - pad, top - pad), (left + w + pad, top + h + pad)],
            WHITE.filled(),
        )])?;
    Ok(())
}

/// Below this drawing width (scaled with the type: a phone's) a bar chart writes each bar's
/// name above its bars instead of left of the plot, so the plot keeps the drawing's width:
/// beside them, names took up to [`NAME_ROOM_SHARE`] of it.
const NAMES_ABOVE_BELOW: f64 = 480.0;

/// The room left of the plot when the names are above the bars: the axis line's.
const ABOVE_ROOM: f64 = 8.0;

/// The height of a row's bars when its name is above them.
const BARS_UNDER_NAME: f64 = 30.0;

fn names_above(width: u32, theme: Theme) -> bool {
    width < theme.px(NAMES_ABOVE_BELOW)
}

/// Room left of a bar chart's plot, `width` wide, for its names: the widest (line of a) name,
/// within [`NAME_ROOM_SHARE`] of the width (longer names wrap onto more lines); only the
/// axis's where the names go above the bars.
fn name_room(names: &[String], width: u32, theme: Theme) -> u32 {
    if names_above(width, theme) {
        return theme.px(ABOVE_ROOM);
    }
    let most = (f64::from(width) * NAME_ROOM_SHARE) as u32;
    let pad = theme.px(NAME_PAD);
    let widest = names
        .iter()
        .flat_map(|name| wrap(name, NAME_PX, most.saturating_sub(pad), theme))
        .map(|line| text_width(&line, NAME_PX, theme))
        .max()
        .unwrap_or(0);
    // Not `clamp`: in a narrow chart in large type the minimum can exceed `most`.
    (widest + pad).max(theme.px(60.0)).min(most)
}

/// Space between a bar name and the plot, and before the name.
const NAME_PAD: f64 = 20.0;

/// The bar names' text size.
const NAME_PX: f64 = 14.0;

/// The distance between two lines of a wrapped bar name.
fn name_line(theme: Theme) -> i32 {
    (f64::from(theme.px(NAME_PX)) * 1.15).round() as i32
}

/// How wide a bar's name may be: the room left of the plot, or above the bars the plot's
/// width (from just inside the axis to the drawing's margin).
fn name_width(names: &[String], width: u32, theme: Theme) -> u32 {
    if names_above(width, theme) {
        width.saturating_sub(theme.px(16.0 + ABOVE_ROOM + 2.0 + 8.0))
    } else {
        name_room(names, width, theme).saturating_sub(theme.px(NAME_PAD))
    }
}

/// The most lines any of the names takes.
fn name_lines(names: &[String], width: u32, theme: Theme) -> u32 {
    let room = name_width(names, width, theme);
    names
        .iter()
        .map(|name| wrap(name, NAME_PX, room, theme).len())
        .max()
        .unwrap_or(1) as u32
}

/// The height of the names' lines over a row's bars.
fn names_height(lines: u32, theme: Theme) -> u32 {
    name_line(theme).max(0) as u32 * lines + theme.px(4.0)
}

/// The height of one bar's row in a chart `width` wide naming its bars `names`: enough for the
/// paired half-bars and their scores, and for the longest name's lines (beside the bars, or
/// above them).
pub(super) fn bar_pitch(names: &[String], width: u32, theme: Theme) -> u32 {
    let lines = name_lines(names, width, theme);
    if names_above(width, theme) {
        return pitch_above(names_height(lines, theme), theme);
    }
    let needed = name_line(theme) * lines as i32 + theme.px(8.0) as i32;
    theme.px(34.0).max(needed.max(0) as u32)
}

/// A row's height with its names' `band` above its bars.
fn pitch_above(band: u32, theme: Theme) -> u32 {
    band + theme.px(BARS_UNDER_NAME)
}

/// Where a bar chart's rows put their bars: across the whole row (names beside them), or
/// under a band at the row's top (names above them). Rows are one unit high, as [`bar_y`].
#[derive(Clone, Debug)]
pub(super) struct Rows {
    count: usize,
    /// The share of a row the names' band takes; 0 when the names are beside.
    band: f64,
    /// Above the bars, each name's widest line (what a line across the plot must avoid).
    widths: Vec<i32>,
}

impl Rows {
    /// The `count` rows of a chart `width` wide naming its bars `names`.
    pub(super) fn of(names: &[String], count: usize, width: u32, theme: Theme) -> Rows {
        if !names_above(width, theme) {
            return Rows {
                count,
                band: 0.0,
                widths: Vec::new(),
            };
        }
        let room = name_width(names, width, theme);
        let wrapped: Vec<Vec<String>> = names
            .iter()
            .map(|name| wrap(name, NAME_PX, room, theme))
            .collect();
        let lines = wrapped.iter().map(Vec::len).max().unwrap_or(1) as u32;
        let band = names_height(lines, theme);
        let widths = wrapped
            .iter()
            .map(|lines| {
                let widest = lines.iter().map(|l| text_width(l, NAME_PX, theme)).max();
                widest.unwrap_or(0) as i32
            })
            .collect();
        Rows {
            count,
            band: f64::from(band) / f64::from(pitch_above(band, theme)),
            widths,
        }
    }

    /// The y in row `i` at `d` from its bars' middle, `d` in units of a row without a band
    /// (−0.5 to 0.5): the bars keep their shapes, squeezed under the band.
    pub(super) fn y(&self, i: usize, d: f64) -> f64 {
        bar_y(i, self.count) - self.band / 2.0 + d * (1.0 - self.band)
    }
}

/// The y spans a vertical line at `x` may take in a bar chart whose rows are `rows`: the
/// plot's whole height, less each name band above the bars whose name the line would cross
/// (a line through words makes them hard to read).
pub(super) fn clear_of_names<DB: DrawingBackend>(
    chart: &Plot<'_, DB>,
    rows: &Rows,
    x: f64,
    theme: Theme,
) -> Vec<Range<f64>> {
    let y_range = chart.y_range();
    let at = chart.backend_coord(&(x, 0.0)).0;
    let plot = chart.plotting_area().get_pixel_range().0;
    let pad = theme.px(2.0) as i32 + theme.px(3.0) as i32;
    let mut spans = Vec::new();
    let mut top = y_range.end;
    for (i, wide) in rows.widths.iter().take(rows.count).enumerate() {
        let crosses = if theme.numbers.lang().is_rtl() {
            at >= plot.end - pad - wide
        } else {
            at <= plot.start + pad + wide
        };
        if crosses {
            let (band_top, band_bottom) = (bar_y(i, rows.count) + 0.5, rows.y(i, 0.5));
            spans.push(band_top.min(top)..top);
            top = band_bottom;
        }
    }
    spans.push(y_range.start..top);
    spans.retain(|s| s.end > s.start);
    spans
}

/// `text` in as few lines as fit `width` at `px`, breaking at spaces (not at no-break ones,
/// which hold an amount together); a word longer than the width on its own is cut where it
/// must (a user's criterion may be one long word).
pub(super) fn wrap(text: &str, px: f64, width: u32, theme: Theme) -> Vec<String> {
    let fits = |s: &str| text_width(s, px, theme) <= width;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    let breaks = |c: char| c.is_whitespace() && c != '\u{a0}';
    for word in text.split(breaks).filter(|w| !w.is_empty()) {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if fits(&candidate) {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            line.push(c);
            if !fits(&line) && line.chars().count() > 1 {
                line.pop();
                lines.push(std::mem::replace(&mut line, c.to_string()));
            }
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// The room above the plot: for a line chart the y axis's description (level, wrapped onto
/// more lines in a narrow drawing), for a bar chart the label over the bars.
pub(super) fn top_room(y_desc: Option<&str>, width: u32, theme: Theme) -> u32 {
    let lines = y_desc.map_or(1, |desc| desc_lines(desc, width, theme).len()) as u32;
    theme.px(36.0) + theme.px(DESC_LINE) * (lines.max(1) - 1)
}

/// The y axis's description in lines that fit a drawing `width` wide.
fn desc_lines(desc: &str, width: u32, theme: Theme) -> Vec<String> {
    wrap(
        desc,
        DESC_PX,
        width.saturating_sub(2 * theme.px(16.0)),
        theme,
    )
}

/// The axis descriptions' text size, and their line distance.
const DESC_PX: f64 = 15.0;
const DESC_LINE: f64 = 18.0;

/// Builds the chart and (unless only the data is wanted) draws its frame: grid, ticks and
/// axis descriptions, with room for the legend line underneath (and for bar names on the left
/// of bar charts). The plot's place depends only on the axes, so both layers line up.
pub(super) fn frame<'a, DB: DrawingBackend>(
    area: &'a DrawingArea<DB, Shift>,
    axes: Axes<'_>,
    theme: Theme,
    layers: Layers,
) -> Result<Plot<'a, DB>, ChartError> {
    let width = area.dim_in_pixel().0;
    let bars = axes.y_desc.is_none();
    let y_room = if bars {
        name_room(axes.names, width, theme)
    } else {
        // The widest y label, its tick and the gaps: the plot takes the rest of the width.
        let ticks = RangedCoordf64::from(axes.y.clone()).key_points(Y_LABELS);
        let widest = ticks
            .iter()
            .map(|y| text_width(&theme.numbers.compact(*y), 14.0, theme))
            .max()
            .unwrap_or(0);
        widest + theme.px(18.0)
    };
    // The last x tick may sit on the plot's right edge: keep room for its label's right half.
    let ticks = RangedCoordf64::from(axes.x.clone()).key_points(axes.x_labels);
    let last_tick = ticks.last().map(axes.x_format).unwrap_or_default();
    let half_tick = text_width(&last_tick, 14.0, theme) / 2;
    let mut builder = ChartBuilder::on(area);
    builder
        .margin(theme.px(16.0))
        .margin_right(theme.px(16.0).max(half_tick + theme.px(6.0)))
        .margin_bottom(legend_room(legend_rows(axes.legend, width, theme), theme))
        .x_label_area_size(theme.px(X_LABEL_ROOM))
        .y_label_area_size(y_room);
    // Bar charts keep the top for a label over the bars; line charts for the y axis's
    // description, written level there (a turned one did not fit the height in large type).
    builder.margin_top(top_room(axes.y_desc, width, theme));
    let chart = builder.build_cartesian_2d(axes.x.clone(), axes.y.clone())?;
    if !layers.frame() {
        return Ok(chart);
    }
    draw_axes(area, &chart, &axes, theme)?;
    if let Some(desc) = axes.y_desc {
        let style = theme
            .text(DESC_PX, &INK)
            .pos(Pos::new(HPos::Left, VPos::Center));
        for (n, line) in desc_lines(desc, width, theme).into_iter().enumerate() {
            let y = theme.px(18.0) + theme.px(DESC_LINE) * n as u32;
            area.draw(&Text::new(
                line,
                (theme.px(16.0) as i32, y as i32),
                style.clone(),
            ))?;
        }
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
    let texts: Vec<String> = x_ticks.iter().map(axes.x_format).collect();
    let every = label_step(&x_ticks, &texts, |x| at(x, 0.0).0, theme);
    let last = x_ticks.len().saturating_sub(1);
    for (n, (&x, text)) in x_ticks.iter().zip(texts).enumerate() {
        let (px, _) = at(x, 0.0);
        line((px, bottom + 1), (px, bottom + 1 + tick), &BLACK)?;
        // Counted from the last tick, which is always labelled (the latest month).
        if (last - n).is_multiple_of(every) {
            area.draw(&Text::new(text, (px, bottom + 1 + 2 * tick), below.clone()))?;
        }
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

/// Label every how many x ticks, so that the labels (`texts`, at `ticks` placed by `pixel`)
/// keep apart: every one where there is room, fewer in a narrow drawing.
fn label_step(ticks: &[f64], texts: &[String], pixel: impl Fn(f64) -> i32, theme: Theme) -> usize {
    let widest = texts
        .iter()
        .map(|t| text_width(t, 14.0, theme))
        .max()
        .unwrap_or(0) as i32;
    let spacing = ticks
        .windows(2)
        .map(|w| (pixel(w[1]) - pixel(w[0])).abs())
        .min()
        .unwrap_or(i32::MAX)
        .max(1);
    let needed = widest + theme.px(4.0) as i32;
    ((needed + spacing - 1) / spacing).max(1) as usize
}

/// How many y ticks a line chart aims for.
const Y_LABELS: usize = 6;

/// The height under the plot for the x ticks, their labels and the x axis's description.
pub(super) const X_LABEL_ROOM: f64 = 52.0;

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
    rows: &Rows,
    theme: Theme,
) -> Result<(), ChartError> {
    let half = |i: usize, upper: bool, to: f64| {
        let (near, far, style) = if upper {
            (rows.y(i, 0.04), rows.y(i, 0.4), OURS.filled())
        } else {
            (
                rows.y(i, -0.04),
                rows.y(i, -0.4),
                OTHER.stroke_width(theme.px(2.0)),
            )
        };
        Rectangle::new([(from, near), (to, far)], style)
    };
    chart.draw_series(pairs.iter().enumerate().map(|(i, p)| half(i, true, p.0)))?;
    chart.draw_series(pairs.iter().enumerate().map(|(i, p)| half(i, false, p.1)))?;
    Ok(())
}

/// The bar charts' common ending: writes the bars' names (right-aligned left of the plot, or
/// over each row's bars in a narrow drawing) and says where the bars are.
pub(super) fn bar_layout<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    chart: &Plot<'_, DB>,
    rows: &Rows,
    names: &[String],
    theme: Theme,
    layers: Layers,
) -> Result<Layout, ChartError> {
    let (width, height) = area.dim_in_pixel();
    let plot_left = chart.plotting_area().get_pixel_range().0.start;
    let x = chart.x_range().start;
    let above = rows.band > 0.0;
    // Above the bars a name starts where its language starts a line: the plot's left edge, or
    // its right edge right to left.
    let rtl = theme.numbers.lang().is_rtl();
    let plot_right = chart.plotting_area().get_pixel_range().0.end;
    let style = if above {
        let h = if rtl { HPos::Right } else { HPos::Left };
        theme.text(NAME_PX, &INK).pos(Pos::new(h, VPos::Top))
    } else {
        theme
            .text(NAME_PX, &INK)
            .pos(Pos::new(HPos::Right, VPos::Center))
    };
    let room = name_width(names, width, theme);
    let line_height = name_line(theme);
    let mut centres = Vec::with_capacity(rows.count);
    for (i, name) in names.iter().take(rows.count).enumerate() {
        let y = chart.backend_coord(&(x, rows.y(i, 0.0))).1;
        centres.push(fraction(y, height));
        if !layers.frame() {
            continue;
        }
        let lines = wrap(name, NAME_PX, room, theme);
        // Above: just over its own bars (a shorter name leaves the gap above it, apart from
        // the row before). Beside: centred on the bars together, ending short of the axis.
        let (left, first) = if above {
            let bars = chart.backend_coord(&(x, rows.y(i, 0.5))).1;
            let start = if rtl {
                plot_right - theme.px(2.0) as i32
            } else {
                plot_left + theme.px(2.0) as i32
            };
            (
                start,
                bars - theme.px(2.0) as i32 - line_height * lines.len() as i32,
            )
        } else {
            (
                plot_left - 8,
                y - line_height * (lines.len() as i32 - 1) / 2,
            )
        };
        for (n, line) in lines.iter().enumerate() {
            let at = (left, first + line_height * n as i32);
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
