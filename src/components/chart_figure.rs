use leptos::html;
use leptos::prelude::*;

use super::paint::{paint, FrameCache};
use crate::charts::{drawing_width, pixel_scale, Axis, Figure, Layout, Theme};
use crate::display::use_display;
use crate::i18n::{use_i18n, Key};
use crate::model::locale::Numbers;

/// A chart with everything that makes it usable by everyone: a title, the drawing (kept
/// left-to-right on right-to-left pages), exact values for the point under the pointer or
/// the keyboard cursor, a one-line reading, and a table of the same numbers on demand.
#[component]
pub fn ChartFigure(
    /// The figure's `data-testid`; parts get `<testid>-drawing`, `-reading`, `-readout`, `-table`.
    testid: &'static str,
    /// The chart's title.
    title: Key,
    /// What to draw (nothing while there is no analysis).
    #[prop(into)]
    figure: Signal<Option<Figure>>,
    /// Exact values of point or bar `i`, in the drawing's order.
    describe: Callback<usize, Option<String>>,
    /// While true (a slider moving), the axes stay as they are as long as they fit the data.
    #[prop(optional, into)]
    hold: Signal<bool>,
    /// The chart in one plain sentence.
    #[prop(into)]
    reading: Signal<String>,
    /// The data table.
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let display = use_display();
    let canvas = NodeRef::<html::Canvas>::new();
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let layout = RwSignal::new(Layout::default());
    let failure = RwSignal::new(None::<String>);
    let draws = StoredValue::new(0_u32);
    // The outside world: paint whenever the figure, the theme, the pixel ratio or the
    // drawing's place changes.
    let mut frame = FrameCache::default();
    // The place's width, measured again only after a resize: measuring while a slider moves
    // would force the browser to lay the page out on every event.
    let mut measured = None::<(u32, f64)>;
    Effect::new(move || {
        let resizes = display.resizes();
        let scale = display.pixel_ratio();
        let hold = hold.get();
        let Some(el) = canvas.get() else { return };
        let place = match measured {
            Some((at, width)) if at == resizes => width,
            _ => {
                let width = el
                    .parent_element()
                    .map_or(0.0, |p| f64::from(p.client_width()));
                measured = Some((resizes, width));
                width
            }
        };
        let theme = display.theme();
        let theme = Theme {
            numbers: i18n.numbers(),
            width: drawing_width(place, theme),
            ..theme
        };
        let scale = pixel_scale(place, theme.width, scale);
        let Some(result) = figure.with(|f| {
            f.as_ref()
                .map(|f| paint(&el, f, theme, scale, hold, &mut frame))
        }) else {
            return;
        };
        match result {
            Ok(drawn) => {
                // Texts that did not fit, for the end-to-end self-check (none is the rule).
                let _ = el.set_attribute("data-texts-outside", &drawn.outside.join("\n"));
                layout.set(drawn.layout);
                failure.set(None);
            }
            Err(e) => failure.set(Some(i18n.f(Key::ChartFailed, &[&e.0]))),
        }
        draws.update_value(|n| *n += 1);
        let _ = el.set_attribute("data-draws", &draws.get_value().to_string());
        let _ = el.set_attribute("data-frames", &frame.frames.to_string());
    });
    let count = move || layout.with(|l| l.centres.len());
    let axis = move || layout.with(|l| l.axis);
    let centre = move || layout.with(|l| active.get().and_then(|i| l.centres.get(i).copied()));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let last = count().saturating_sub(1);
        let now = active.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => now.map_or(0, |i| (i + 1).min(last)),
            "ArrowLeft" | "ArrowUp" => now.map_or(0, |i| i.saturating_sub(1)),
            "Home" => 0,
            "End" => last,
            // Taken (default prevented) only when there was a cursor to put away, so that in a
            // presentation Esc on a chart without one still leaves.
            "Escape" if now.is_some() => {
                ev.prevent_default();
                return active.set(None);
            }
            _ => return,
        };
        ev.prevent_default();
        active.set(Some(next));
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let (Some(el), Some(axis)) = (canvas.get_untracked(), axis()) else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        let fraction = match axis {
            Axis::Horizontal => (f64::from(ev.client_x()) - rect.left()) / rect.width().max(1.0),
            Axis::Vertical => (f64::from(ev.client_y()) - rect.top()) / rect.height().max(1.0),
        };
        active.set(layout.with_untracked(|l| l.nearest(fraction)));
    };
    let readout = move || active.get().and_then(|i| describe.run(i));
    let at = move |along: Axis| {
        centre()
            .filter(|_| axis() == Some(along))
            // A CSS length: ASCII digits whatever the language.
            .map(|c| format!("{}%", Numbers::ENGLISH.number(c * 100.0, 2)))
    };
    let reading_id = format!("{testid}-reading");
    let hint_id = format!("{testid}-hint");
    let table_id = format!("{testid}-table");
    view! {
        <figure class="chart" data-testid=testid>
            <figcaption><h3>{move || i18n.t(title)}</h3></figcaption>
            <div
                class="chart-drawing"
                dir="ltr"
                tabindex="0"
                role="group"
                aria-label=move || i18n.t(title)
                aria-describedby=format!("{reading_id} {hint_id}")
                on:keydown=on_key
                on:pointermove=on_pointer
                on:pointerleave=move |_| active.set(None)
                on:blur=move |_| active.set(None)
            >
                // The plot stays left to right; its words are laid out in the language's direction.
                <canvas class="chart-canvas" node_ref=canvas aria-hidden="true" dir=move || i18n.lang().dir() data-testid=format!("{testid}-drawing")></canvas>
                <div
                    class="chart-cursor"
                    class:across=move || axis() == Some(Axis::Vertical)
                    class:hidden=move || centre().is_none()
                    style:left=move || at(Axis::Horizontal)
                    style:top=move || at(Axis::Vertical)
                ></div>
            </div>
            <p class="chart-readout" aria-live="polite" data-testid=format!("{testid}-readout")>{readout}</p>
            <p class="field-error" role="alert">{move || failure.get()}</p>
            <p id=reading_id.clone() class="reading" data-testid=reading_id.clone()>{reading}</p>
            <small id=hint_id class="hint">{i18n.s(Key::ChartKeysHint)}</small>
            <button
                type="button"
                class="link-button"
                aria-expanded=move || open.get().to_string()
                aria-controls=table_id.clone()
                data-testid=format!("{testid}-toggle")
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {move || i18n.t(if open.get() { Key::ChartHideTable } else { Key::ChartShowTable })}
            </button>
            // The container stays (aria-controls names it); the table is built only when open.
            <div id=table_id.clone() class="table-scroll" data-testid=table_id.clone()>
                <Show when=move || open.get() || failure.with(Option::is_some)>
                    {children()}
                </Show>
            </div>
        </figure>
    }
}
