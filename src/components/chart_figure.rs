use leptos::html;
use leptos::prelude::*;

use crate::charts::{Axis, ChartError, Svg};
use crate::i18n::{use_i18n, Key};

/// A chart with everything that makes it usable by everyone: a title, the drawing (kept
/// left-to-right on right-to-left pages), exact values for the point under the pointer or
/// the keyboard cursor, a one-line reading, and a table of the same numbers on demand.
#[component]
pub fn ChartFigure(
    /// The figure's `data-testid`; parts get `<testid>-drawing`, `-reading`, `-readout`, `-table`.
    testid: &'static str,
    /// The chart's title.
    title: Key,
    /// The drawing, or why it failed.
    #[prop(into)]
    svg: Signal<Result<Svg, ChartError>>,
    /// Exact values of each point or bar, in the drawing's order.
    #[prop(into)]
    points: Signal<Vec<String>>,
    /// The chart in one plain sentence.
    #[prop(into)]
    reading: Signal<String>,
    /// The data table.
    children: ChildrenFn,
) -> impl IntoView {
    let i18n = use_i18n();
    let host = NodeRef::<html::Div>::new();
    let open = RwSignal::new(false);
    let active = RwSignal::new(None::<usize>);
    let draws = StoredValue::new(0_u32);
    // The outside world: the drawing's markup goes straight into the DOM, once per change.
    Effect::new(move || {
        let Some(el) = host.get() else { return };
        svg.with(|s| el.set_inner_html(s.as_ref().map_or("", |s| s.markup.as_str())));
        draws.update_value(|n| *n += 1);
        let _ = el.set_attribute("data-draws", &draws.get_value().to_string());
    });
    let count = move || points.with(Vec::len);
    let axis = move || svg.with(|s| s.as_ref().ok().and_then(|s| s.layout.axis));
    let centre = move || {
        let i = active.get()?;
        svg.with(|s| {
            s.as_ref()
                .ok()
                .and_then(|s| s.layout.centres.get(i).copied())
        })
    };
    let move_to = move |i: usize| active.set(Some(i.min(count().saturating_sub(1))));
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let last = count().saturating_sub(1);
        let now = active.get_untracked();
        let next = match ev.key().as_str() {
            "ArrowRight" | "ArrowDown" => now.map_or(0, |i| (i + 1).min(last)),
            "ArrowLeft" | "ArrowUp" => now.map_or(0, |i| i.saturating_sub(1)),
            "Home" => 0,
            "End" => last,
            "Escape" => return active.set(None),
            _ => return,
        };
        ev.prevent_default();
        move_to(next);
    };
    let on_pointer = move |ev: leptos::ev::PointerEvent| {
        let (Some(el), Some(axis)) = (host.get_untracked(), axis()) else {
            return;
        };
        let rect = el.get_bounding_client_rect();
        let fraction = match axis {
            Axis::Horizontal => (f64::from(ev.client_x()) - rect.left()) / rect.width().max(1.0),
            Axis::Vertical => (f64::from(ev.client_y()) - rect.top()) / rect.height().max(1.0),
        };
        let nearest =
            svg.with_untracked(|s| s.as_ref().ok().and_then(|s| s.layout.nearest(fraction)));
        active.set(nearest);
    };
    let readout = move || {
        let i = active.get()?;
        points.with(|p| p.get(i).cloned())
    };
    let failure = move || svg.with(|s| s.as_ref().err().map(|e| i18n.f(Key::ChartFailed, &[&e.0])));
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
                <div class="chart-host" node_ref=host data-testid=format!("{testid}-drawing")></div>
                <div
                    class="chart-cursor"
                    class:across=move || axis() == Some(Axis::Vertical)
                    class:hidden=move || centre().is_none()
                    style:left=move || centre().filter(|_| axis() == Some(Axis::Horizontal)).map(|c| format!("{:.2}%", c * 100.0))
                    style:top=move || centre().filter(|_| axis() == Some(Axis::Vertical)).map(|c| format!("{:.2}%", c * 100.0))
                ></div>
            </div>
            <p class="chart-readout" aria-live="polite" data-testid=format!("{testid}-readout")>{readout}</p>
            <p class="field-error" role="alert">{failure}</p>
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
            <Show when=move || open.get() || failure().is_some()>
                <div id=table_id.clone() class="table-scroll" data-testid=table_id.clone()>
                    {children()}
                </div>
            </Show>
        </figure>
    }
}
