//! How the app is shown: large type (saved with the document's settings) and the pixel
//! ratio charts paint at (raised while printing so charts stay sharp on paper).

use leptos::prelude::*;

use crate::browser::device_pixel_ratio;
use crate::charts::Theme;
use crate::state::{memo, AppState};

/// Display settings in context. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Display {
    state: AppState,
    /// `doc.settings.large_type`, apart so that edits elsewhere do not redraw the charts.
    large_type: Memo<bool>,
    /// Device pixels per CSS pixel for painting charts.
    pixel_ratio: RwSignal<f64>,
    /// Counts the window's resizes: charts measure their place again on each.
    resizes: RwSignal<u32>,
}

/// Device pixels per CSS pixel while printing, at the least.
const PRINT_PIXEL_RATIO: f64 = 3.0;

/// Puts the display settings in context and follows zoom, screens and printing.
pub fn provide_display(state: AppState) -> Display {
    let doc = state.doc;
    let display = Display {
        state,
        large_type: memo(move || doc.with(|d| d.settings.large_type)),
        pixel_ratio: RwSignal::new(device_pixel_ratio()),
        resizes: RwSignal::new(0),
    };
    provide_context(display);
    // Zooming or moving to another screen changes the pixel ratio (and fires resize).
    let ratio = display.pixel_ratio;
    let on_resize = window_event_listener(leptos::ev::resize, move |_| {
        ratio.set(device_pixel_ratio());
        display.remeasure();
    });
    let on_print = window_event_listener(leptos::ev::beforeprint, move |_| {
        ratio.set(device_pixel_ratio().max(PRINT_PIXEL_RATIO))
    });
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| {
        ratio.set(device_pixel_ratio())
    });
    on_cleanup(move || {
        on_resize.remove();
        on_print.remove();
        after_print.remove();
    });
    display
}

/// The display settings; provided by `App`.
pub fn use_display() -> Display {
    expect_context::<Display>()
}

impl Display {
    /// Whether large type is on (reactive).
    pub fn large_type(&self) -> bool {
        self.large_type.get()
    }

    /// Turns large type on or off (saved with the document).
    pub fn set_large_type(&self, on: bool) {
        self.state.edit(|doc| doc.settings.large_type = on);
    }

    /// Device pixels per CSS pixel to paint charts at (reactive).
    pub fn pixel_ratio(&self) -> f64 {
        self.pixel_ratio.get()
    }

    /// Has views that measure their place (the charts) measure it again: the window was
    /// resized, or the app was shown after rendering hidden.
    pub fn remeasure(&self) {
        self.resizes.update(|n| *n = n.wrapping_add(1));
    }

    /// How many times the window was resized, for views that measure their place (reactive).
    pub fn resizes(&self) -> u32 {
        self.resizes.get()
    }

    /// The chart theme for the display settings (reactive).
    pub fn theme(&self) -> Theme {
        if self.large_type() {
            Theme::LARGE
        } else {
            Theme::NORMAL
        }
    }
}
