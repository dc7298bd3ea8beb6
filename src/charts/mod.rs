//! Charts drawn with plotters from the engine's results only: no business number is computed
//! here, only positions. Every drawing function is generic over plotters' `DrawingBackend`,
//! so native tests render them to SVG; the app renders the same functions to SVG markup,
//! which stays sharp at any pixel ratio, on a projector and in print.

mod cash_flow;
mod class;
mod criteria;
mod ev_curve;
mod figure;
mod frame;
mod legend;
mod marker;
mod rhythm;
#[cfg(test)]
mod svg;
mod tornado;

#[cfg(all(test, not(target_arch = "wasm32")))]
mod fit_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod layer_tests;
#[cfg(test)]
mod tests;

use plotters::prelude::*;

use crate::model::limits;
use crate::model::locale::Numbers;

pub use cash_flow::{cash_flow, CashFlowText};
pub use class::{choices, spread, ChoicesText, SpreadText, VerdictsText};
pub use criteria::{criteria, CriteriaText};
pub use ev_curve::{ev_curve, EvCurveText};
pub use figure::{Figure, FrameKey};
pub use marker::{Marker, MarkerKind};
pub use rhythm::{rhythm, RhythmText};
#[cfg(test)]
pub use svg::{render_svg, Svg};
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
    /// How tick labels and values are written (language and digits).
    pub numbers: Numbers,
    /// The drawing's logical width ([`drawing_width`]).
    pub width: u32,
}

/// The widest drawing: wider places show it larger, text and all.
pub const FULL_WIDTH: u32 = 720;

/// The narrowest drawing at normal type size, in logical pixels: narrower than a phone's
/// place for a chart, so there the text keeps its own size. The layout wraps names, legend
/// entries and marker labels and thins the x labels to fit (`fit_tests` checks every chart's
/// words at every width in each language).
pub const NARROWEST: u32 = 300;

/// The logical width to draw at for a place `css_width` CSS pixels wide, in `theme`'s type
/// size: as wide as the place, within the narrowest layout (scaled with the type) and the
/// widest. Unknown (not laid out yet): the full width.
pub fn drawing_width(css_width: f64, theme: Theme) -> u32 {
    let narrowest = (f64::from(NARROWEST) * theme.scale).min(f64::from(FULL_WIDTH));
    if css_width.is_finite() && css_width >= 1.0 {
        limits::clamp(css_width.round(), narrowest, f64::from(FULL_WIDTH)) as u32
    } else {
        FULL_WIDTH
    }
}

/// Canvas pixels per logical pixel for a drawing `width` logical pixels wide shown in a place
/// `css_width` CSS pixels wide at `ratio` device pixels per CSS pixel. A place wider than the
/// widest drawing shows it larger; drawn at the shown size, its words stay sharp on a
/// projector instead of being a small bitmap stretched.
pub fn pixel_scale(css_width: f64, width: u32, ratio: f64) -> f64 {
    let shown = if css_width.is_finite() {
        css_width
    } else {
        0.0
    };
    ratio * (shown / f64::from(width.max(1))).max(1.0)
}

impl Theme {
    pub const NORMAL: Theme = Theme {
        scale: 1.0,
        numbers: Numbers::ENGLISH,
        width: FULL_WIDTH,
    };
    pub const LARGE: Theme = Theme {
        scale: 1.45,
        numbers: Numbers::ENGLISH,
        width: FULL_WIDTH,
    };

    /// Text of `px` (before scaling) in `color`.
    fn text(&self, px: f64, color: &RGBColor) -> TextStyle<'static> {
        // The family as a value, not the text "sans-serif": plotters lower-cases a family
        // given as text, which would bring Unicode's case table (12 KB) into the wasm.
        (FontFamily::SansSerif, px * self.scale)
            .into_font()
            .color(color)
    }

    /// Pixels (before scaling) scaled like the text.
    fn px(&self, px: f64) -> u32 {
        (px * self.scale).round() as u32
    }
}

/// Which parts of a chart to draw. The frame (grid, ticks, axis words, legend, bar names)
/// depends only on the drawing's size, theme, words and axis ranges, so a page can keep it on
/// an offscreen canvas and repaint only the data on top while a slider moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layers {
    All,
    Frame,
    Data,
}

impl Layers {
    fn frame(self) -> bool {
        self != Layers::Data
    }

    fn data(self) -> bool {
        self != Layers::Frame
    }
}

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

/// Average advance of a sans-serif glyph, in ems.
const GLYPH_WIDTH_EM: f64 = 0.56;

/// The size of `text` at `size` pixels, estimated from its length. In the browser plotters
/// would measure each label by inserting a `<span>` and forcing a layout of the whole page —
/// far too slow to redraw while a slider moves; the estimate is plenty for placing labels and
/// gives the same layout in native tests and in the browser.
pub fn estimate_text(text: &str, size: f64) -> (u32, u32) {
    let width = text.chars().count() as f64 * size * GLYPH_WIDTH_EM;
    (width.ceil() as u32, size.ceil() as u32)
}
