//! Painting a chart figure on a canvas: the only place the page meets plotters.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::canvas::Canvas;
use crate::charts::{ChartError, Figure, Layout, Theme};

/// What a paint left: where the items are, and any text that did not fit the drawing.
pub struct Painted {
    pub layout: Layout,
    pub outside: Vec<String>,
}

/// Paints `figure` on `canvas` at `scale` device pixels per CSS pixel (the canvas keeps the
/// figure's logical size for layout, so text and lines stay sharp on any screen or in print).
pub fn paint(
    canvas: &HtmlCanvasElement,
    figure: &Figure,
    theme: Theme,
    scale: f64,
) -> Result<Painted, ChartError> {
    let (width, height) = figure.size(theme);
    let pixels = |n: u32| (f64::from(n) * scale).round() as u32;
    // Resizing clears the canvas and its transform; skip it when nothing changed.
    if canvas.width() != pixels(width) || canvas.height() != pixels(height) {
        canvas.set_width(pixels(width));
        canvas.set_height(pixels(height));
    }
    let context = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| ChartError("this browser cannot draw on a canvas".into()))?;
    context
        .set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0)
        .map_err(|_| ChartError("the canvas refused its scale".into()))?;
    let outside = Rc::new(RefCell::new(Vec::new()));
    let area = Canvas::new(context, (width, height), Rc::clone(&outside)).into_drawing_area();
    area.fill(&WHITE)?;
    let layout = figure.draw(&area, theme)?;
    area.present()?;
    let outside = outside.take();
    Ok(Painted { layout, outside })
}
