//! Vertical markers across a chart (the user's value, the engine's thresholds) and their
//! labels beside them.

use std::ops::Range;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{clear_of_names, patch_under, text_width, wrap, Plot, Rows};
use super::legend::Swatch;
use super::{ChartError, Theme, ACCENT, GOOD, INK};

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
/// for a threshold), unlabelled, across the plot (in a bar chart with rows `bars`, not through
/// a name written above its bars); returns those markers.
pub(super) fn marker_lines<'m, DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    markers: &'m [Marker],
    bars: Option<&Rows>,
    theme: Theme,
) -> Result<Vec<&'m Marker>, ChartError> {
    let (x_range, y_range) = (chart.x_range(), chart.y_range());
    let inside: Vec<&Marker> = markers
        .iter()
        .filter(|m| m.x.is_finite() && x_range.contains(&m.x))
        .collect();
    for marker in &inside {
        let spans = match bars {
            Some(rows) => clear_of_names(chart, rows, marker.x, theme),
            None => vec![y_range.clone()],
        };
        for span in spans {
            let line = [(marker.x, span.start), (marker.x, span.end)];
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
        }
    }
    Ok(inside)
}

/// How a marker of `kind` is drawn, as a legend entry.
pub(super) fn marker_swatch(kind: MarkerKind) -> Swatch {
    match kind {
        MarkerKind::Current => Swatch::Line(ACCENT),
        MarkerKind::Threshold => Swatch::Dashed(GOOD),
    }
}

/// Draws each marker inside the x range as a vertical line (solid for the user's value, dashed
/// for a threshold) with its label beside it, one row lower per marker so labels never overlap,
/// starting `top` pixels below the plot's top (above are the chart's own labels).
pub(super) fn draw_markers<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    markers: &[Marker],
    top: i32,
    theme: Theme,
) -> Result<(), ChartError> {
    let labels = place_markers(chart, markers, top, theme)?;
    write_labels(chart, labels)
}

/// One line of a marker's label, placed: at the top of the marker at `x`, moved by `offset`.
pub(super) struct LabelLine {
    x: f64,
    text: String,
    offset: (i32, i32),
    style: TextStyle<'static>,
}

/// Draws the markers' lines and places their labels ([`draw_markers`]) without writing them,
/// so a chart can draw its data between the two. A label that has to cross another marker's
/// line (a narrow drawing, a long word) gets a patch of the background first: the line runs
/// behind the words, and the data, drawn after the patch, stays whole.
pub(super) fn place_markers<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    markers: &[Marker],
    top: i32,
    theme: Theme,
) -> Result<Vec<LabelLine>, ChartError> {
    let y_range = chart.y_range();
    let plot = chart.plotting_area().get_pixel_range().0;
    let row = theme.px(20.0) as i32;
    let mut next_row = 0;
    let inside = marker_lines(chart, markers, None, theme)?;
    let at = |m: &Marker| chart.backend_coord(&(m.x, y_range.end)).0;
    let lines: Vec<i32> = inside.iter().map(|m| at(m)).collect();
    let mut labels = Vec::new();
    for (marker, &x) in inside.iter().zip(&lines) {
        let (pos, dx, room, across) = beside(x, &marker.label, &lines, &plot, theme);
        for text in wrap(&marker.label, 15.0, room.max(1) as u32, theme) {
            let y = top + theme.px(4.0) as i32 + row * next_row;
            next_row += 1;
            let style = theme.text(15.0, &INK).pos(pos);
            if across {
                patch_under(
                    chart,
                    (marker.x, y_range.end),
                    &text,
                    (dx, y),
                    &style,
                    theme,
                )?;
            }
            labels.push(LabelLine {
                x: marker.x,
                text,
                offset: (dx, y),
                style,
            });
        }
    }
    Ok(labels)
}

/// Writes the labels [`place_markers`] placed.
pub(super) fn write_labels<DB: DrawingBackend>(
    chart: &mut Plot<'_, DB>,
    labels: Vec<LabelLine>,
) -> Result<(), ChartError> {
    let top = chart.y_range().end;
    chart.draw_series(
        labels
            .into_iter()
            .map(|l| EmptyElement::at((l.x, top)) + Text::new(l.text, l.offset, l.style)),
    )?;
    Ok(())
}

/// Which side of a marker at pixel `at` its `label` goes, within the plot's pixels `plot` and
/// the other markers' `lines`: where it fits whole between the lines (after the marker, else
/// before it), else where it fits wrapped between them, else across them on the roomier side
/// (wrapped to that). Returns the anchor, the offset, the room on that side and whether the
/// label crosses another marker's line there.
fn beside(
    at: i32,
    label: &str,
    lines: &[i32],
    plot: &Range<i32>,
    theme: Theme,
) -> (Pos, i32, i32, bool) {
    let gap = theme.px(6.0) as i32;
    let width = text_width(label, 15.0, theme) as i32;
    let word = label
        .split_whitespace()
        .map(|w| text_width(w, 15.0, theme))
        .max()
        .unwrap_or(0) as i32;
    let after = |end: i32| (Pos::new(HPos::Left, VPos::Top), gap, end - at - gap);
    let before = |start: i32| (Pos::new(HPos::Right, VPos::Top), -gap, at - start - gap);
    let next = lines.iter().copied().filter(|x| *x > at).min();
    let previous = lines.iter().copied().filter(|x| *x < at).max();
    let clear = [
        after(next.unwrap_or(plot.end)),
        before(previous.unwrap_or(plot.start)),
    ];
    let (after, before) = (after(plot.end), before(plot.start));
    let fits = clear
        .iter()
        .find(|side| width <= side.2)
        .or_else(|| clear.iter().find(|side| word <= side.2));
    match fits {
        Some(&(pos, dx, room)) => (pos, dx, room, false),
        None => {
            let (pos, dx, room) = if width <= after.2 || (width > before.2 && after.2 >= before.2) {
                after
            } else {
                before
            };
            (pos, dx, room, true)
        }
    }
}
