//! The charts end to end: each paints something real, follows the what-if sliders, has a data
//! table with the engine's numbers, reads out exact values, paints the same picture on
//! right-to-left pages and grows with large type. (What is drawn — axis labels, markers, the
//! payback year — is checked natively on the same drawing functions rendered to SVG.)

use serde_json::Value;
use winback_planner::model::analysis::analyse;
use winback_planner::model::date::Date;
use winback_planner::model::field::Field;
use winback_planner::model::locale::Lang;
use winback_planner::model::locale::Numbers;
use winback_planner::model::sample::{brex_rilf, SAMPLE_ID};

use crate::browser::{check, Browser, Error, Outcome};
use crate::runner::tests;
use crate::wizard::out_value;

tests!(
    every_chart_draws_and_follows_a_slider,
    a_drag_repaints_the_data_on_the_kept_frame,
    data_tables_match_the_engine,
    dragging_previews_release_saves_reset_restores,
    exact_values_by_keyboard_and_pointer,
    right_to_left_page_keeps_charts_left_to_right,
    large_type_enlarges_charts_and_is_kept,
    step_four_and_summary_have_their_charts,
    charts_draw_once_on_arrival_at_their_shown_size,
);

const STEP2_CHARTS: [&str; 4] = [
    "chart-cash-flow",
    "chart-probability",
    "chart-concession",
    "chart-tornado",
];

/// What one chart's canvas holds: how much of it is inked, a hash of its pixels, its redraw
/// count, its size on the page and in pixels, and its text direction.
async fn drawing(b: &Browser, chart: &str) -> Result<Value, Error> {
    b.wait_for(&format!("[data-testid={chart}-drawing][data-draws]"))
        .await?;
    b.eval(&format!(
        "const c = document.querySelector('[data-testid={chart}-drawing]');
         const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
         let ink = 0, hash = 0;
         for (let i = 0; i < d.length; i += 4) {{
           if (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235) ink++;
           hash = (hash * 31 + d[i] + 3 * d[i + 1] + 7 * d[i + 2]) | 0;
         }}
         const r = c.getBoundingClientRect();
         return {{
           ink: ink / (d.length / 4), hash,
           draws: Number(c.dataset.draws || 0),
           frames: Number(c.dataset.frames || 0),
           width: r.width, height: r.height, pixels: c.height, pixelWidth: c.width,
           dir: getComputedStyle(c).direction,
         }};"
    ))
    .await
}

/// Checks that a chart is drawn: a real size, some ink, not a filled box.
fn drawn(chart: &str, d: &Value) -> Outcome {
    let ink = d["ink"].as_f64().unwrap_or(0.0);
    check(
        (0.01..0.6).contains(&ink),
        format!("{chart}: {:.1}% of the canvas is inked: {d}", ink * 100.0),
    )?;
    check(
        d["width"].as_f64().unwrap_or(0.0) > 200.0 && d["height"].as_f64().unwrap_or(0.0) > 100.0,
        format!("{chart}: drawn too small: {d}"),
    )
}

/// Moves a what-if slider as a drag would: input events, then (if `release`) change.
async fn drag(b: &Browser, field: &str, values: &[f64], release: bool) -> Outcome {
    let values = serde_json::to_string(values)?;
    b.eval(&format!(
        "const s = document.querySelector('[data-testid=wi-{field}-slider]');
         for (const v of {values}) {{
           s.value = String(v);
           s.dispatchEvent(new Event('input', {{ bubbles: true }}));
           await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0)));
         }}
         if ({release}) s.dispatchEvent(new Event('change', {{ bubbles: true }}));
         await new Promise(r => setTimeout(r, 50));
         return true;"
    ))
    .await?;
    Ok(())
}

/// The `value` property of an input.
async fn prop_value(b: &Browser, testid: &str) -> Result<Option<String>, Error> {
    Ok(b.wait_for(&format!("[data-testid={testid}]"))
        .await?
        .prop("value")
        .await?)
}

fn sample_path(step: &str) -> String {
    format!("/accounts/{SAMPLE_ID}/{step}")
}

async fn every_chart_draws_and_follows_a_slider(b: Browser) -> Outcome {
    b.visit(&sample_path("cost-benefit")).await?;
    let mut before = Vec::new();
    for chart in STEP2_CHARTS {
        let d = drawing(&b, chart).await?;
        drawn(chart, &d)?;
        check(
            !b.text(&format!("[data-testid={chart}-reading]"))
                .await?
                .is_empty(),
            format!("{chart}: no one-line reading"),
        )?;
        before.push(d);
    }
    let ev_before = out_value(&b, "out-ev").await?;
    // Volume moves every chart on this step (probability would leave the cash flow alone).
    drag(&b, "volume", &[90.0, 100.0, 120.0], true).await?;
    for (chart, was) in STEP2_CHARTS.iter().zip(&before) {
        let now = drawing(&b, chart).await?;
        check(
            now["draws"].as_u64() > was["draws"].as_u64(),
            format!("{chart} did not redraw"),
        )?;
        check(
            now["hash"] != was["hash"],
            format!("{chart} drew the same picture"),
        )?;
    }
    let ev_after = out_value(&b, "out-ev").await?;
    check(
        ev_after != ev_before,
        "the expected value did not follow the slider",
    )?;
    let mut account = brex_rilf(Lang::En);
    account.cost_benefit.set(Field::Volume, 120.0);
    let expected = analyse(&account, Date::FALLBACK).evaluation.ev;
    check(
        ev_after.is_some_and(|v| (v - expected).abs() <= 1e-6 * expected.abs().max(1.0)),
        format!("out-ev {ev_after:?} after the drag, engine says {expected}"),
    )
}

/// While a slider moves, each chart copies its kept frame (the axes held still) and repaints
/// only the data; once let go, the picture is exactly what a fresh paint of the plan gives.
async fn a_drag_repaints_the_data_on_the_kept_frame(b: Browser) -> Outcome {
    b.visit(&sample_path("cost-benefit")).await?;
    let volume = brex_rilf(Lang::En).cost_benefit.get(Field::Volume);
    let mut before = Vec::new();
    for chart in STEP2_CHARTS {
        before.push(drawing(&b, chart).await?);
    }
    let steps: Vec<f64> = (1..=4).map(|i| volume + f64::from(i)).collect();
    drag(&b, "volume", &steps, false).await?;
    for (&chart, was) in STEP2_CHARTS.iter().zip(&before) {
        let now = drawing(&b, chart).await?;
        let count = |d: &Value, k: &str| d[k].as_u64().unwrap_or(0);
        let (draws, frames) = (
            count(&now, "draws") - count(was, "draws"),
            count(&now, "frames") - count(was, "frames"),
        );
        // A frame is drawn again only when the held axis no longer fits the data or, on the
        // tornado, when two inputs swap ranks (its bar names are part of the frame).
        let most = if chart == "chart-tornado" { 2 } else { 1 };
        check(
            draws >= 4 && frames <= most && count(was, "frames") >= 1,
            format!("{chart}: {draws} repaints drew the frame {frames} times: {was} → {now}"),
        )?;
        check(
            now["hash"] != was["hash"],
            format!("{chart}: the data did not move"),
        )?;
    }
    // Letting go settles the axes as a fresh paint would round them.
    drag(&b, "volume", &steps[3..], true).await?;
    let mut dragged = Vec::new();
    for chart in STEP2_CHARTS {
        dragged.push(drawing(&b, chart).await?);
    }
    // A reload paints the saved plan from scratch: the same pixels.
    b.visit(&sample_path("cost-benefit")).await?;
    for (chart, was) in STEP2_CHARTS.iter().zip(&dragged) {
        let fresh = drawing(&b, chart).await?;
        check(
            fresh["hash"] == was["hash"],
            format!("{chart}: a drag left another picture than a fresh paint: {was} / {fresh}"),
        )?;
    }
    Ok(())
}

async fn data_tables_match_the_engine(b: Browser) -> Outcome {
    let analysis = analyse(&brex_rilf(Lang::En), Date::FALLBACK);
    let e = &analysis.evaluation;
    b.visit(&sample_path("cost-benefit")).await?;
    for chart in STEP2_CHARTS {
        b.wait_for(&format!("[data-testid={chart}-toggle]"))
            .await?
            .click()
            .await?;
    }
    let column = |table: &str| {
        format!(
            "return [...document.querySelectorAll('[data-testid={table}] td[data-value]')].map(td => Number(td.dataset.value));"
        )
    };
    for (table, series) in [
        ("probability-table", &e.ev_by_probability),
        ("concession-table", &e.ev_by_concession),
    ] {
        b.wait_for(&format!("[data-testid={table}]")).await?;
        let shown: Vec<f64> = serde_json::from_value(b.eval(&column(table)).await?)?;
        check(
            shown.len() == series.len(),
            format!("{table}: {} rows, engine has {}", shown.len(), series.len()),
        )?;
        for (s, p) in shown.iter().zip(series.iter()) {
            check(
                (s - p.y).abs() <= 1e-9 * p.y.abs().max(1.0),
                format!("{table}: {s} ≠ {}", p.y),
            )?;
        }
    }
    let currency = brex_rilf(Lang::En).currency;
    let cells: Vec<String> = serde_json::from_value(b.eval(
        "return [...document.querySelectorAll('[data-testid=cash-flow-table] tbody tr')].map(r => r.cells[3].textContent.trim());",
    ).await?)?;
    let expected: Vec<String> = e
        .years
        .iter()
        .map(|y| Numbers::ENGLISH.money(y.cumulative_won, &currency))
        .collect();
    check(
        cells == expected,
        format!("cash-flow table {cells:?}, engine {expected:?}"),
    )?;
    let lows: Vec<String> = serde_json::from_value(b.eval(
        "return [...document.querySelectorAll('[data-testid=tornado-table] tbody tr')].map(r => r.cells[1].textContent.trim());",
    ).await?)?;
    let expected: Vec<String> = e
        .sensitivity
        .iter()
        .map(|r| Numbers::ENGLISH.money(r.ev_low, &currency))
        .collect();
    check(
        lows == expected,
        format!("tornado table {lows:?}, engine {expected:?}"),
    )
}

async fn dragging_previews_release_saves_reset_restores(b: Browser) -> Outcome {
    b.visit(&sample_path("cost-benefit")).await?;
    let saved = brex_rilf(Lang::En).cost_benefit.get(Field::Probability);
    drag(&b, "probability", &[70.0, 80.0], false).await?;
    check(
        prop_value(&b, "cb-probability").await?.as_deref() == Some("80"),
        "cb-probability does not show the dragged value",
    )?;
    let stored = b
        .eval("return localStorage.getItem('winback-planner.document') || '';")
        .await?;
    check(
        !stored.as_str().unwrap_or("").contains("\"probability\":80"),
        "a drag in progress was saved",
    )?;
    drag(&b, "probability", &[85.0], true).await?;
    b.visit(&sample_path("cost-benefit")).await?;
    check(
        prop_value(&b, "cb-probability").await?.as_deref() == Some("85"),
        "the released value was not kept after a reload",
    )?;
    // The plan "as saved when the step was opened" is now 85; move again and reset to it.
    drag(&b, "probability", &[10.0], true).await?;
    check(
        b.text("[data-testid=what-if-status]")
            .await?
            .contains("10.0%"),
        "status misses the change",
    )?;
    b.wait_for("[data-testid=what-if-reset]")
        .await?
        .click()
        .await?;
    check(
        prop_value(&b, "cb-probability").await?.as_deref() == Some("85"),
        "reset did not restore the saved plan",
    )?;
    check(saved != 85.0, "sample already at 85")
}

async fn exact_values_by_keyboard_and_pointer(b: Browser) -> Outcome {
    b.visit(&sample_path("cost-benefit")).await?;
    let drawing_el = b
        .wait_for("[data-testid=chart-cash-flow] .chart-drawing")
        .await?;
    drawing_el.send_keys("\u{e014}").await?; // ArrowRight: the first point
    let first = b.text("[data-testid=chart-cash-flow-readout]").await?;
    check(
        first.starts_with("Year 0"),
        format!("readout after → is {first:?}"),
    )?;
    drawing_el.send_keys("\u{e010}").await?; // End
    let e = analyse(&brex_rilf(Lang::En), Date::FALLBACK).evaluation;
    let last = b.text("[data-testid=chart-cash-flow-readout]").await?;
    let end = Numbers::ENGLISH.money(
        e.years.last().map_or(0.0, |y| y.cumulative_won),
        &brex_rilf(Lang::En).currency,
    );
    // WebDriver reads a no-break space as a space.
    let end = end.replace('\u{a0}', " ");
    check(
        last.contains(&end),
        format!("readout at End is {last:?}, expected {end}"),
    )?;
    let hovered = b.eval(
        "const host = document.querySelector('[data-testid=chart-probability-drawing]');
         const r = host.getBoundingClientRect();
         host.parentElement.dispatchEvent(new PointerEvent('pointermove', { bubbles: true, clientX: r.left + r.width * 0.5, clientY: r.top + r.height / 2 }));
         await new Promise(r => setTimeout(r, 20));
         return document.querySelector('[data-testid=chart-probability-readout]').textContent;",
    ).await?;
    let hovered = hovered.as_str().unwrap_or_default();
    check(
        hovered.starts_with("Win probability"),
        format!("pointer readout is {hovered:?}"),
    )
}

async fn right_to_left_page_keeps_charts_left_to_right(b: Browser) -> Outcome {
    b.visit(&sample_path("cost-benefit")).await?;
    for chart in STEP2_CHARTS {
        let ltr = drawing(&b, chart).await?;
        // Turn the page right-to-left and make every chart paint again.
        b.eval(
            "document.documentElement.dir = 'rtl'; window.dispatchEvent(new Event('resize'));
             await new Promise(r => setTimeout(r, 50)); return 0;",
        )
        .await?;
        let rtl = drawing(&b, chart).await?;
        check(
            rtl["draws"].as_u64() > ltr["draws"].as_u64(),
            format!("{chart} did not repaint"),
        )?;
        check(
            rtl["dir"] == "ltr",
            format!("{chart}: the drawing is not ltr: {rtl}"),
        )?;
        check(
            rtl["hash"] == ltr["hash"],
            format!("{chart}: the picture changed with the page's direction"),
        )?;
        b.eval("document.documentElement.dir = 'ltr'; return 0;")
            .await?;
    }
    let page = b.eval("document.documentElement.dir = 'rtl'; return getComputedStyle(document.body).direction;").await?;
    check(page == "rtl", "the page did not turn right-to-left")
}

async fn large_type_enlarges_charts_and_is_kept(b: Browser) -> Outcome {
    b.visit(&sample_path("cost-benefit")).await?;
    let normal = drawing(&b, "chart-tornado").await?["pixels"]
        .as_f64()
        .unwrap_or(0.0);
    b.wait_for("[data-testid=large-type]")
        .await?
        .click()
        .await?;
    b.wait_for("html[data-large-type]").await?;
    let large = drawing(&b, "chart-tornado").await?["pixels"]
        .as_f64()
        .unwrap_or(0.0);
    check(
        large > normal * 1.3,
        format!("large type {large} px high vs normal {normal}"),
    )?;
    b.visit(&sample_path("cost-benefit")).await?;
    b.wait_for("html[data-large-type] [data-testid=large-type][aria-pressed=true]")
        .await?;
    Ok(())
}

async fn step_four_and_summary_have_their_charts(b: Browser) -> Outcome {
    b.visit(&sample_path("requirements")).await?;
    drawn("chart-criteria", &drawing(&b, "chart-criteria").await?)?;
    b.wait_for("[data-testid=chart-criteria-toggle]")
        .await?
        .click()
        .await?;
    let table = b.text("[data-testid=criteria-table]").await?;
    for c in &brex_rilf(Lang::En).requirements.criteria {
        check(
            table.contains(c.name.as_str()),
            format!("criteria table misses {}: {table}", c.name),
        )?;
    }
    b.visit(&sample_path("summary")).await?;
    for chart in ["chart-cash-flow", "chart-tornado"] {
        drawn(chart, &drawing(&b, chart).await?)?;
    }
    Ok(())
}

/// Each chart's canvas has as many pixels as it is shown with (ratio 1.75 on the phone below):
/// no bitmap stretched or squeezed.
async fn sharp(b: &Browser, chart: &str, ratio: f64) -> Outcome {
    let d = drawing(b, chart).await?;
    drawn(chart, &d)?;
    let pixels = &d["pixelWidth"];
    let expected = (d["width"].as_f64().unwrap_or(0.0) * ratio).round();
    check(
        pixels.as_f64().is_some_and(|p| (p - expected).abs() <= 1.0),
        format!("{chart}: {pixels} pixels wide, shown at {expected}"),
    )
}

/// The app starts hidden behind the first screen; it is laid out there at the page's width, so
/// a phone draws each chart's frame (the costly part: its words) once, at its real size, and
/// the task that shows the app only repaints the data. On a wide screen, where a chart is
/// shown larger than its widest drawing, it is drawn at the size shown (sharp on a projector).
async fn charts_draw_once_on_arrival_at_their_shown_size(b: Browser) -> Outcome {
    let phone = serde_json::json!({ "width": 412, "height": 823, "deviceScaleFactor": 1.75, "mobile": true });
    b.cdp("Emulation.setDeviceMetricsOverride", phone).await?;
    b.visit(&sample_path("cost-benefit")).await?;
    b.wait_for("#app:not([hidden])").await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    for chart in STEP2_CHARTS {
        let d = drawing(&b, chart).await?;
        check(
            d["frames"].as_u64() == Some(1),
            format!(
                "{chart}: its frame was drawn {} times on arrival: {d}",
                d["frames"]
            ),
        )?;
        sharp(&b, chart, 1.75).await?;
    }
    b.cdp(
        "Emulation.clearDeviceMetricsOverride",
        serde_json::json!({}),
    )
    .await?;
    b.client.set_window_size(1600, 1000).await?;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    for chart in STEP2_CHARTS {
        let d = drawing(&b, chart).await?;
        check(
            d["width"].as_f64().unwrap_or(0.0) > f64::from(winback_planner::charts::FULL_WIDTH),
            format!("{chart}: shown no wider than its widest drawing: {d}"),
        )?;
        sharp(&b, chart, 1.0).await?;
    }
    Ok(())
}
