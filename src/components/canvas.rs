//! A plotters backend for a 2D canvas that sets a style only when it changes. Plotters sets
//! colour, width and font before every segment and label; on a canvas each of those is a
//! string built in Rust and decoded in JavaScript, which made redrawing while dragging a
//! slider twice as slow as the drawing itself.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;
use std::rc::Rc;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use web_sys::CanvasRenderingContext2d;

use crate::model::locale::shortest;

thread_local! {
    /// Measured text widths by font and text: a drag redraws the same labels every frame,
    /// and `measureText` is cheap only when it is not asked twice.
    static WIDTHS: RefCell<BTreeMap<(String, String), f64>> = const { RefCell::new(BTreeMap::new()) };
}

/// The cache stops growing here (a label per value while dragging could fill it forever).
const MAX_CACHED: usize = 4096;

/// A canvas call failed (the browser refused an argument).
#[derive(Debug)]
pub struct CanvasError;

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("the canvas refused a drawing call")
    }
}

impl std::error::Error for CanvasError {}

/// Draws on `context` as if it were `size` pixels (its transform does any scaling).
pub struct Canvas {
    context: CanvasRenderingContext2d,
    size: (u32, u32),
    stroke: Option<(ColorKey, u32)>,
    fill: Option<ColorKey>,
    font: RefCell<String>,
    anchor: (u8, u8),
    /// Texts drawn (partly) outside the drawing, for the page's self-check.
    outside: Rc<RefCell<Vec<String>>>,
}

impl Canvas {
    /// A backend on `context`; texts that do not fit are added to `outside`.
    pub fn new(
        context: CanvasRenderingContext2d,
        size: (u32, u32),
        outside: Rc<RefCell<Vec<String>>>,
    ) -> Canvas {
        Canvas {
            context,
            size,
            stroke: None,
            fill: None,
            font: RefCell::new(String::new()),
            anchor: (u8::MAX, u8::MAX),
            outside,
        }
    }

    fn use_font(&self, font: &str) {
        if *self.font.borrow() != font {
            self.context.set_font(font);
            *self.font.borrow_mut() = font.to_owned();
        }
    }

    /// The width of `text` in `font`, measured by the canvas once and then cached.
    fn width(&self, text: &str, font: &str) -> f64 {
        let key = (font.to_owned(), text.to_owned());
        if let Some(w) = WIDTHS.with(|c| c.borrow().get(&key).copied()) {
            return w;
        }
        self.use_font(font);
        let width = self.context.measure_text(text).map_or(0.0, |m| m.width());
        WIDTHS.with(|c| {
            let mut cache = c.borrow_mut();
            if cache.len() < MAX_CACHED {
                cache.insert(key, width);
            }
        });
        width
    }

    fn set_stroke(&mut self, color: BackendColor, width: u32) {
        if self.stroke != Some((key(color), width)) {
            self.context.set_stroke_style_str(&css(color));
            self.context.set_line_width(f64::from(width));
            self.stroke = Some((key(color), width));
        }
    }

    fn set_fill(&mut self, color: BackendColor) {
        if self.fill != Some(key(color)) {
            self.context.set_fill_style_str(&css(color));
            self.fill = Some(key(color));
        }
    }

    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        for (i, (x, y)) in points.into_iter().enumerate() {
            let (x, y) = (f64::from(x), f64::from(y));
            if i == 0 {
                self.context.move_to(x, y);
            } else {
                self.context.line_to(x, y);
            }
        }
    }
}

/// A colour as a comparable value.
type ColorKey = (u8, u8, u8, u64);

fn key(color: BackendColor) -> ColorKey {
    let (r, g, b) = color.rgb;
    (r, g, b, color.alpha.to_bits())
}

fn css(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", shortest(color.alpha))
}

type Result<T = ()> = std::result::Result<T, DrawingErrorKind<CanvasError>>;

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result {
        Ok(())
    }

    fn present(&mut self) -> Result {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result {
        self.draw_rect(point, (point.0 + 1, point.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_stroke(style.color(), style.stroke_width());
        // Horizontal and vertical lines sit on half pixels so that they stay crisp.
        let shift = |a: i32, b: i32| if a == b { -0.5 } else { 0.0 };
        let (dx, dy) = (shift(from.0, to.0), shift(from.1, to.1));
        self.context.begin_path();
        self.context
            .move_to(f64::from(from.0) + dx, f64::from(from.1) + dy);
        self.context
            .line_to(f64::from(to.0) + dx, f64::from(to.1) + dy);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(a.0), f64::from(a.1));
        let (w, h) = (f64::from(b.0 - a.0), f64::from(b.1 - a.1));
        if fill {
            self.set_fill(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.set_stroke(style.color(), style.stroke_width());
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_stroke(style.color(), style.stroke_width());
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        centre: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.context.begin_path();
        let (x, y, r) = (f64::from(centre.0), f64::from(centre.1), f64::from(radius));
        self.context
            .arc(x, y, r, 0.0, std::f64::consts::TAU)
            .map_err(|_| DrawingErrorKind::DrawingError(CanvasError))?;
        if fill {
            self.set_fill(style.color());
            self.context.fill();
        } else {
            self.set_stroke(style.color(), style.stroke_width());
            self.context.stroke();
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.set_fill(style.color());
        self.trace(vert);
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let font = font_of(style);
        let width = self.width(text, &font);
        self.use_font(&font);
        let anchor = style.anchor();
        let key = (anchor.h_pos as u8, anchor.v_pos as u8);
        if key != self.anchor {
            // "left"/"right", not "start"/"end": the drawing must not flip on rtl pages.
            self.context.set_text_align(match anchor.h_pos {
                HPos::Left => "left",
                HPos::Right => "right",
                HPos::Center => "center",
            });
            self.context.set_text_baseline(match anchor.v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            });
            self.anchor = key;
        }
        self.set_fill(style.color());
        let (x, y) = (f64::from(pos.0), f64::from(pos.1));
        let turn = match style.transform() {
            FontTransform::Rotate90 => 0.25,
            FontTransform::Rotate180 => 0.5,
            FontTransform::Rotate270 => 0.75,
            _ => 0.0,
        };
        if !fits(
            (x, y),
            (width, style.size()),
            anchor.h_pos,
            anchor.v_pos,
            turn,
            self.size,
        ) {
            self.outside.borrow_mut().push(text.to_owned());
        }
        let failed = |_| DrawingErrorKind::DrawingError(CanvasError);
        if turn == 0.0 {
            return self.context.fill_text(text, x, y).map_err(failed);
        }
        self.context.save();
        self.context.translate(x, y).map_err(failed)?;
        self.context
            .rotate(turn * std::f64::consts::TAU)
            .map_err(failed)?;
        let drawn = self.context.fill_text(text, 0.0, 0.0).map_err(failed);
        self.context.restore();
        drawn
    }

    fn estimate_text_size<S: BackendTextStyle>(&self, text: &str, style: &S) -> Result<(u32, u32)> {
        let width = self.width(text, &font_of(style));
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }
}

/// The CSS font of a plotters text style.
fn font_of<S: BackendTextStyle>(style: &S) -> String {
    format!(
        "{} {}px {}",
        style.style().as_str(),
        shortest(style.size()),
        style.family().as_str()
    )
}

/// Whether a text of `(width, height)` anchored at `at` (turned by `turn` of a circle) lies
/// inside a drawing of `size`, give or take a pixel.
fn fits(
    at: (f64, f64),
    (width, height): (f64, f64),
    h: HPos,
    v: VPos,
    turn: f64,
    size: (u32, u32),
) -> bool {
    let start = |pos: f64, extent: f64, offset: f64| pos - extent * offset;
    let h_offset = match h {
        HPos::Left => 0.0,
        HPos::Center => 0.5,
        HPos::Right => 1.0,
    };
    let v_offset = match v {
        VPos::Top => 0.0,
        VPos::Center => 0.5,
        VPos::Bottom => 1.0,
    };
    // A quarter turn swaps the box's sides around the anchor.
    let (x0, y0, w, hgt) = if (turn - 0.25).abs() < 1e-9 || (turn - 0.75).abs() < 1e-9 {
        (
            start(at.0, height, v_offset),
            start(at.1, width, h_offset),
            height,
            width,
        )
    } else {
        (
            start(at.0, width, h_offset),
            start(at.1, height, v_offset),
            width,
            height,
        )
    };
    let (sw, sh) = (f64::from(size.0), f64::from(size.1));
    x0 >= -1.0 && y0 >= -1.0 && x0 + w <= sw + 1.0 && y0 + hgt <= sh + 1.0
}
