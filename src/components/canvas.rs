//! A plotters backend for a 2D canvas that sets a style only when it changes. Plotters sets
//! colour, width and font before every segment and label; on a canvas each of those is a
//! string built in Rust and decoded in JavaScript, which made redrawing while dragging a
//! slider twice as slow as the drawing itself.

use std::fmt;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind, FontTransform,
};
use web_sys::CanvasRenderingContext2d;

use crate::charts::estimate_text;

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
    font: String,
    anchor: (u8, u8),
}

impl Canvas {
    pub fn new(context: CanvasRenderingContext2d, size: (u32, u32)) -> Canvas {
        Canvas {
            context,
            size,
            stroke: None,
            fill: None,
            font: String::new(),
            anchor: (u8::MAX, u8::MAX),
        }
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
    format!("rgba({r},{g},{b},{})", color.alpha)
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
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        if font != self.font {
            self.context.set_font(&font);
            self.font = font;
        }
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
        Ok(estimate_text(text, style.size()))
    }
}
