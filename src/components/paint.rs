//! Painting a chart figure on a canvas: the only place the page meets plotters.
//!
//! A chart is painted in two layers. The frame (grid, ticks, axis words, legend, bar names) is
//! most of the text and so most of the time — `fillText` dominates a canvas paint — yet it
//! changes only with the size, the theme, the words and the (rounded) axis ranges. It is kept
//! on a canvas outside the page; a repaint while a slider moves copies it and draws the data.

use std::cell::RefCell;
use std::rc::Rc;

use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use super::canvas::Canvas;
use crate::charts::{ChartError, Figure, FrameKey, Layers, Layout, Theme};

/// What a paint left: where the items are, and any text that did not fit the drawing.
pub struct Painted {
    pub layout: Layout,
    pub outside: Vec<String>,
}

/// One chart's frame, drawn once for as long as its key holds.
#[derive(Default)]
pub struct FrameCache {
    /// The canvas outside the page holding the frame (made on the first paint).
    canvas: Option<HtmlCanvasElement>,
    /// What the frame on it was drawn from, with the pixel ratio (bits of the f64).
    drawn: Option<(FrameKey, u64)>,
    /// The frame's texts that did not fit.
    outside: Vec<String>,
    /// How many times the frame was drawn (for the page's self-check and the benchmark).
    pub frames: u32,
}

impl FrameCache {
    /// The frame for `figure`, drawn again only if its key changed.
    fn frame(
        &mut self,
        page: &HtmlCanvasElement,
        figure: &Figure,
        theme: Theme,
        scale: f64,
        hold: bool,
    ) -> Result<(&HtmlCanvasElement, FrameKey), ChartError> {
        let held = self.drawn.as_ref().filter(|_| hold).map(|(key, _)| key);
        let key = (figure.frame_key(theme, held), scale.to_bits());
        let canvas = match self.canvas.take() {
            Some(canvas) => canvas,
            None => web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.create_element("canvas").ok())
                .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok())
                .ok_or_else(|| ChartError("this browser cannot draw on a canvas".into()))?,
        };
        let canvas = self.canvas.insert(canvas);
        if self.drawn.as_ref() != Some(&key) {
            self.drawn = None;
            // The frame's words are laid out in the page canvas's direction.
            if let Some(dir) = page.get_attribute("dir") {
                let _ = canvas.set_attribute("dir", &dir);
            }
            fit(canvas, page.width(), page.height());
            let (_, outside) = draw(canvas, figure, &key.0, scale, Layers::Frame)?;
            self.outside = outside;
            self.frames += 1;
        }
        let frame = key.0.clone();
        self.drawn = Some(key);
        Ok((canvas, frame))
    }
}

/// Paints `figure` on `canvas` at `scale` device pixels per CSS pixel (the canvas keeps the
/// figure's logical size for layout, so text and lines stay sharp on any screen or in print):
/// the frame from `cache`, then the data. While `hold` (a slider moving), the axes stay as
/// they are for as long as they fit the data.
pub fn paint(
    canvas: &HtmlCanvasElement,
    figure: &Figure,
    theme: Theme,
    scale: f64,
    hold: bool,
    cache: &mut FrameCache,
) -> Result<Painted, ChartError> {
    let (width, height) = figure.size(theme);
    let pixels = |n: u32| (f64::from(n) * scale).round() as u32;
    fit(canvas, pixels(width), pixels(height));
    let (frame, key) = cache.frame(canvas, figure, theme, scale, hold)?;
    let context = context(canvas)?;
    // The frame is opaque and pixel for pixel the canvas's size: it replaces the last paint.
    context
        .set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
        .and_then(|()| context.draw_image_with_html_canvas_element(frame, 0.0, 0.0))
        .map_err(|_| ChartError("the canvas refused its frame".into()))?;
    let (layout, mut outside) = draw(canvas, figure, &key, scale, Layers::Data)?;
    outside.extend(cache.outside.iter().cloned());
    Ok(Painted { layout, outside })
}

/// Sets the canvas's pixel size (resizing clears it and its transform: only when it changed).
fn fit(canvas: &HtmlCanvasElement, width: u32, height: u32) {
    if canvas.width() != width || canvas.height() != height {
        canvas.set_width(width);
        canvas.set_height(height);
    }
}

fn context(canvas: &HtmlCanvasElement) -> Result<CanvasRenderingContext2d, ChartError> {
    canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
        .ok_or_else(|| ChartError("this browser cannot draw on a canvas".into()))
}

/// Draws `layers` of `figure` on `canvas` (the frame on a white ground, the data on top of
/// what is there) and returns the layout and the texts that did not fit.
fn draw(
    canvas: &HtmlCanvasElement,
    figure: &Figure,
    key: &FrameKey,
    scale: f64,
    layers: Layers,
) -> Result<(Layout, Vec<String>), ChartError> {
    let context = context(canvas)?;
    context
        .set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0)
        .map_err(|_| ChartError("the canvas refused its scale".into()))?;
    let outside = Rc::new(RefCell::new(Vec::new()));
    let size = figure.size(key.theme());
    let area = Canvas::new(context, size, Rc::clone(&outside)).into_drawing_area();
    if layers != Layers::Data {
        area.fill(&WHITE)?;
    }
    let layout = figure.draw(&area, key, layers)?;
    area.present()?;
    let outside = outside.take();
    Ok((layout, outside))
}
