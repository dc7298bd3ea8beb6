//! Charts drawn with plotters from the engine's results only: no business number is computed
//! here, only positions. Every drawing function is generic over plotters' `DrawingBackend`,
//! so native tests render them to SVG; the app renders the same functions to SVG markup,
//! which stays sharp at any pixel ratio, on a projector and in print.

mod cash_flow;
mod criteria;
mod ev_curve;
mod figure;
mod measured;
mod tornado;

#[cfg(test)]
mod tests;

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

pub use cash_flow::{cash_flow, CashFlowText};
pub use criteria::{criteria, CriteriaText};
pub use ev_curve::{ev_curve, EvCurveText, Marker, MarkerKind};
pub use figure::Figure;
pub use measured::{estimate_text, Measured};
pub use tornado::{tornado, TornadoText};

/// Okabe–Ito colours: told apart with every common colour-vision deficiency. Each series also
/// differs in line pattern or fill, so colour never carries meaning alone.
pub const OURS: RGBColor = RGBColor(0, 114, 178);
pub const OTHER: RGBColor = RGBColor(213, 94, 0);
pub const GOOD: RGBColor = RGBColor(0, 158, 115);
pub const ACCENT: RGBColor = RGBColor(204, 121, 167);
pub const INK: RGBColor = RGBColor(34, 34, 34);
pub const GRID: RGBColor = RGBColor(225, 225, 225);

/// Drawing options that are not data.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Text size factor: 1 normally, larger for projection.
    pub scale: f64,
}

impl Theme {
    pub const NORMAL: Theme = Theme { scale: 1.0 };
    pub const LARGE: Theme = Theme { scale: 1.45 };

    /// Text of `px` (before scaling) in `color`.
    fn text(&self, px: f64, color: &RGBColor) -> TextStyle<'static> {
        ("sans-serif", px * self.scale).into_font().color(color)
    }

    /// Pixels (before scaling) scaled like the text.
    fn px(&self, px: f64) -> u32 {
        (px * self.scale).round() as u32
    }
}

/// The drawing's size for `rows` bars (bar charts grow with their rows).
pub fn bar_chart_size(rows: usize, theme: Theme) -> (u32, u32) {
    let row = 34.0 * theme.scale;
    (
        720,
        (90.0 * theme.scale + row * rows.max(1) as f64).round() as u32,
    )
}

/// The size of the line charts.
pub const LINE_CHART_SIZE: (u32, u32) = (720, 400);

/// Which way the chart's items (points or bars) are laid out, for pointer hit-testing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    Horizontal,
    Vertical,
}

/// Where the items sit in the drawing: centres as fractions (0 … 1) of its width or height.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    pub axis: Option<Axis>,
    pub centres: Vec<f64>,
}

impl Layout {
    /// The item nearest to a pointer at `fraction` of the drawing's width or height.
    pub fn nearest(&self, fraction: f64) -> Option<usize> {
        self.centres
            .iter()
            .enumerate()
            .min_by(|a, b| (a.1 - fraction).abs().total_cmp(&(b.1 - fraction).abs()))
            .map(|(i, _)| i)
    }
}

/// A drawing failure (a plotters error carries no user-facing meaning beyond its text).
#[derive(Debug, thiserror::Error, PartialEq)]
#[error("{0}")]
pub struct ChartError(pub String);

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> ChartError {
        ChartError(e.to_string())
    }
}

/// A finished SVG drawing (native tests; the page paints the same figures on a canvas):
/// markup and where its items are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Svg {
    pub markup: String,
    pub layout: Layout,
}

/// Runs `draw` on an SVG drawing of `size` and returns the markup, hidden from assistive
/// technology (each chart's text alternative is the reading and the data table beside it).
pub fn render_svg<F>(size: (u32, u32), draw: F) -> Result<Svg, ChartError>
where
    F: FnOnce(&DrawingArea<Measured<SVGBackend<'_>>, Shift>) -> Result<Layout, ChartError>,
{
    let mut markup = String::new();
    let layout = {
        let area = Measured::new(SVGBackend::with_string(&mut markup, size)).into_drawing_area();
        area.fill(&WHITE)?;
        let layout = draw(&area)?;
        area.present()?;
        layout
    };
    let markup = markup.replacen(
        "<svg ",
        "<svg aria-hidden=\"true\" focusable=\"false\" class=\"chart-svg\" ",
        1,
    );
    Ok(Svg { markup, layout })
}

/// A value range covering `values` and zero with a margin, never empty.
fn span(values: impl IntoIterator<Item = f64>) -> Range<f64> {
    let (low, high) = values
        .into_iter()
        .filter(|v| v.is_finite())
        .fold((0.0_f64, 0.0_f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
    let pad = ((high - low) * 0.08).max(1.0);
    (low - pad)..(high + pad)
}

/// Where to anchor a label placed beside `x` so it stays inside `range`.
fn beside(x: f64, range: &Range<f64>) -> (Pos, i32) {
    let share = (x - range.start) / (range.end - range.start);
    if share > 0.6 {
        (Pos::new(HPos::Right, VPos::Top), -6)
    } else {
        (Pos::new(HPos::Left, VPos::Top), 6)
    }
}

/// Fraction of the drawing's `extent` at backend pixel `px`.
fn fraction(px: i32, extent: u32) -> f64 {
    f64::from(px) / f64::from(extent.max(1))
}

/// The y position of bar `index` of `count`, first at the top.
fn bar_y(index: usize, count: usize) -> f64 {
    (count - 1 - index) as f64
}

/// The y range holding `count` bars.
fn bar_range(count: usize) -> Range<f64> {
    -0.6..(count.max(1) as f64 - 0.4)
}

/// Writes each bar's name to the left of the plot, right-aligned, and returns the bars'
/// centres as fractions of the drawing's height.
fn bar_names<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    plot_left: i32,
    centres_px: &[i32],
    names: &[String],
    theme: Theme,
) -> Result<Vec<f64>, ChartError> {
    let (_, height) = area.dim_in_pixel();
    let style = theme
        .text(14.0, &INK)
        .pos(Pos::new(HPos::Right, VPos::Center));
    for (name, &y) in names.iter().zip(centres_px) {
        area.draw(&Text::new(name.as_str(), (plot_left - 8, y), style.clone()))?;
    }
    Ok(centres_px.iter().map(|&y| fraction(y, height)).collect())
}

/// How a legend entry shows its series.
#[derive(Clone, Copy)]
enum Swatch {
    Line(RGBColor),
    Dashed(RGBColor),
    Solid(RGBColor),
    Outline(RGBColor),
}

/// Room kept under the x axis for the legend line.
fn legend_room(theme: Theme) -> u32 {
    theme.px(48.0)
}

/// The legend as one line under the chart (never over the data), then an optional note.
fn legend<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    items: &[(&str, Swatch)],
    note: Option<&str>,
    theme: Theme,
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
        x = r + gap;
        area.draw(&Text::new(*label, (x, y), style.clone()))?;
        x += area.estimate_text_size(label, &style)?.0 as i32 + gap * 3;
    }
    if let Some(note) = note {
        area.draw(&Text::new(note, (x, y), style))?;
    }
    Ok(())
}
