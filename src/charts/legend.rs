//! The legend under a chart: entries (a swatch and words) and a note, wrapping onto more rows
//! in a narrow drawing.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use super::frame::{text_width, wrap};
use super::{ChartError, Layers, Theme, INK};

/// How a legend entry shows its series.
#[derive(Clone, Copy)]
pub(super) enum Swatch {
    Line(RGBColor),
    Dashed(RGBColor),
    Solid(RGBColor),
    Outline(RGBColor),
}

/// A chart's legend: its entries, then an optional note (a figure that moves with the data).
pub(super) struct Legend<'t> {
    pub items: Vec<(&'t str, Swatch)>,
    pub note: Option<&'t str>,
}

impl<'t> Legend<'t> {
    /// A legend of `items` and no note.
    pub fn of(items: Vec<(&'t str, Swatch)>) -> Legend<'t> {
        Legend { items, note: None }
    }
}

/// The legend's text size, and the distance between its rows.
const LEGEND_PX: f64 = 14.0;
const LEGEND_ROW: f64 = 22.0;

/// Where a legend entry (or the note) goes: its first row, its x, its lines and the rows kept
/// for them.
struct Place {
    row: usize,
    x: i32,
    lines: Vec<String>,
    rows: usize,
}

/// A note's stand-in for measuring: each run of digits as four zeros, so a figure changing
/// under a what-if drag (9.9% → 10.0%) never moves the note or changes the legend's rows.
fn stand_in(note: &str) -> String {
    let mut out = String::with_capacity(note.len() + 8);
    let mut digits = false;
    for c in note.chars() {
        if !c.is_numeric() {
            out.push(c);
        } else if !digits {
            out.push_str("0000");
        }
        digits = c.is_numeric();
    }
    out
}

/// Where each legend entry, then the note, goes in a drawing `width` wide. An entry that would
/// pass the right edge starts a new row, and wraps onto more if it is still too long. The note
/// is placed by its [`stand_in`].
fn legend_places(legend: &Legend<'_>, width: u32, theme: Theme) -> Vec<Place> {
    let (swatch, gap) = (theme.px(24.0) as i32, theme.px(8.0) as i32);
    let (start, end) = (theme.px(16.0) as i32, width as i32 - theme.px(16.0) as i32);
    let entries = legend
        .items
        .iter()
        .map(|(label, _)| (*label, swatch + gap, label.to_string()));
    let note = legend.note.map(|n| (n, 0, stand_in(n)));
    let (mut row, mut x) = (0, start);
    let mut places = Vec::new();
    for (text, lead, measured) in entries.chain(note) {
        if x > start && x + lead + text_width(&measured, LEGEND_PX, theme) as i32 > end {
            (row, x) = (row + 1, start);
        }
        let room = (end - x - lead).max(1) as u32;
        let kept = wrap(&measured, LEGEND_PX, room, theme);
        let widest = kept.iter().map(|l| text_width(l, LEGEND_PX, theme)).max();
        let next = x + lead + widest.unwrap_or(0) as i32 + gap * 3;
        let rows = kept.len().max(1);
        let lines = wrap(text, LEGEND_PX, room, theme);
        places.push(Place {
            row,
            x,
            lines,
            rows,
        });
        (row, x) = if rows > 1 {
            (row + rows, start)
        } else {
            (row, next)
        };
    }
    places
}

/// How many rows the legend takes in a drawing `width` wide.
pub(super) fn legend_rows(legend: &Legend<'_>, width: u32, theme: Theme) -> usize {
    rows_of(&legend_places(legend, width, theme))
}

/// How many rows `places` take.
fn rows_of(places: &[Place]) -> usize {
    places.last().map_or(1, |p| p.row + p.rows)
}

/// Room kept under the x axis for the legend's `rows`.
pub(super) fn legend_room(rows: usize, theme: Theme) -> u32 {
    theme.px(48.0) + theme.px(LEGEND_ROW) * (rows.max(1) as u32 - 1)
}

/// The legend under the chart (never over the data), its entries wrapping onto more rows in
/// a narrow drawing. The entries belong to the frame; the note to the data.
pub(super) fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    legend: &Legend<'_>,
    theme: Theme,
    layers: Layers,
) -> Result<(), ChartError> {
    let (width, height) = area.dim_in_pixel();
    let places = legend_places(legend, width, theme);
    let rows = rows_of(&places);
    let row_y = |row: usize| {
        let last = height as i32 - theme.px(20.0) as i32;
        last - theme.px(LEGEND_ROW) as i32 * (rows.saturating_sub(row + 1)) as i32
    };
    let style = theme
        .text(LEGEND_PX, &INK)
        .pos(Pos::new(HPos::Left, VPos::Center));
    let (swatch, gap) = (theme.px(24.0) as i32, theme.px(8.0) as i32);
    let write = |place: &Place, x: i32| -> Result<(), ChartError> {
        for (n, line) in place.lines.iter().enumerate() {
            area.draw(&Text::new(
                line.as_str(),
                (x, row_y(place.row + n)),
                style.clone(),
            ))?;
        }
        Ok(())
    };
    let entries = if layers.frame() {
        legend.items.len()
    } else {
        0
    };
    for ((_, kind), place) in legend.items.iter().zip(&places).take(entries) {
        let (l, y) = (place.x, row_y(place.row));
        let (r, h) = (l + swatch, theme.px(6.0) as i32);
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
        write(place, r + gap)?;
    }
    match places.get(legend.items.len()) {
        Some(place) if layers.data() => write(place, place.x),
        _ => Ok(()),
    }
}
