//! The native tests' renderer: the chart functions drawn into SVG markup, with text measured
//! by [`estimate_text`] as on the page's canvas.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

use super::{estimate_text, ChartError, Layout};

/// Any backend, with text measured by estimate, noting where each text and each mark of the
/// data (a bar, a dot, a thick vertical line) went.
pub struct Measured<B> {
    inner: B,
    texts: Rc<RefCell<Vec<TextBox>>>,
    marks: Rc<RefCell<Vec<TextBox>>>,
}

impl<B: DrawingBackend> Measured<B> {
    pub fn new(inner: B) -> Measured<B> {
        Measured {
            inner,
            texts: Rc::default(),
            marks: Rc::default(),
        }
    }

    fn mark(&self, what: &str, (left, top): BackendCoord, (right, bottom): BackendCoord) {
        self.marks.borrow_mut().push(TextBox {
            text: what.to_owned(),
            left: left.min(right),
            top: top.min(bottom),
            right: left.max(right),
            bottom: top.max(bottom),
        });
    }

    /// A line at least 2 px thick and upright (a marker or today's value across the bars).
    fn upright(&self, points: &[BackendCoord], width: u32) {
        let (Some(first), Some(last)) = (points.first(), points.last()) else {
            return;
        };
        if width >= 2 && points.iter().all(|p| p.0 == first.0) && first.1 != last.1 {
            let half = width as i32 / 2;
            self.mark("line", (first.0 - half, first.1), (first.0 + half, last.1));
        }
    }
}

/// A text drawn, and the box it takes (estimated, as the layout estimates it).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub left: i32,
    pub top: i32,
    pub right: i32,
    pub bottom: i32,
}

impl TextBox {
    fn new(
        text: &str,
        size: f64,
        anchor: plotters::style::text_anchor::Pos,
        at: BackendCoord,
    ) -> TextBox {
        let (w, h) = estimate_text(text, size);
        let (w, h) = (w as i32, h as i32);
        let left = match anchor.h_pos {
            HPos::Left => at.0,
            HPos::Center => at.0 - w / 2,
            HPos::Right => at.0 - w,
        };
        let top = match anchor.v_pos {
            VPos::Top => at.1,
            VPos::Center => at.1 - h / 2,
            VPos::Bottom => at.1 - h,
        };
        TextBox {
            text: text.to_owned(),
            left,
            top,
            right: left + w,
            bottom: top + h,
        }
    }

    /// Whether the two boxes share more than `slack` pixels each way.
    pub fn overlaps(&self, other: &TextBox, slack: i32) -> bool {
        self.left.max(other.left) + slack < self.right.min(other.right)
            && self.top.max(other.top) + slack < self.bottom.min(other.bottom)
    }
}

impl<B: DrawingBackend> DrawingBackend for Measured<B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.inner.present()
    }

    fn draw_pixel(
        &mut self,
        point: BackendCoord,
        color: BackendColor,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.upright(&[from, to], style.stroke_width());
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        // Not the background, which covers the whole drawing.
        let (w, h) = self.inner.get_size();
        if upper_left != (0, 0) || bottom_right.0 < w as i32 - 1 || bottom_right.1 < h as i32 - 1 {
            self.mark("bar", upper_left, bottom_right);
        }
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        let path: Vec<BackendCoord> = path.into_iter().collect();
        self.upright(&path, style.stroke_width());
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        let r = radius as i32;
        self.mark(
            "dot",
            (center.0 - r, center.1 - r),
            (center.0 + r, center.1 + r),
        );
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        if !text.is_empty() {
            let drawn = TextBox::new(text, style.size(), style.anchor(), pos);
            self.texts.borrow_mut().push(drawn);
        }
        self.inner.draw_text(text, style, pos)
    }

    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<B::ErrorType>> {
        Ok(estimate_text(text, style.size()))
    }
}

/// A finished SVG drawing (native tests; the page paints the same figures on a canvas):
/// markup and where its items are.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Svg {
    pub markup: String,
    pub layout: Layout,
    /// Every text drawn, where it went.
    pub texts: Vec<TextBox>,
    /// Every bar, dot and thick upright line of the data, where it went.
    pub marks: Vec<TextBox>,
}

/// Runs `draw` on an SVG drawing of `size` and returns the markup, hidden from assistive
/// technology (each chart's text alternative is the reading and the data table beside it).
pub fn render_svg<F>(size: (u32, u32), draw: F) -> Result<Svg, ChartError>
where
    F: FnOnce(&DrawingArea<Measured<SVGBackend<'_>>, Shift>) -> Result<Layout, ChartError>,
{
    let mut markup = String::new();
    let measured = Measured::new(SVGBackend::with_string(&mut markup, size));
    let texts = Rc::clone(&measured.texts);
    let marks = Rc::clone(&measured.marks);
    let layout = {
        let area = measured.into_drawing_area();
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
    let texts = texts.take();
    let marks = marks.take();
    Ok(Svg {
        markup,
        layout,
        texts,
        marks,
    })
}
