//! Offline and first paint: after one visit the app opens with no network (reloads and deep
//! links included); a new build's worker waits until the user accepts; the static first
//! screen paints before the WebAssembly arrives and leaves without a layout shift.

use std::sync::atomic::Ordering;
use std::time::Duration;

use crate::browser::{check, Browser, Outcome};
use crate::runner::tests;
use crate::server::StaticServer;

tests!(
    the_app_opens_offline_after_one_visit,
    a_language_pack_is_kept_once_used_and_only_then,
    a_new_version_waits_until_the_user_accepts,
    the_first_screen_paints_before_the_wasm,
    a_failed_load_says_so_on_the_first_screen,
);

/// Opens `path` on `server` and waits until the app has rendered its main region.
async fn open(b: &Browser, server: &StaticServer, path: &str) -> Outcome {
    b.client.goto(&format!("{}{path}", server.origin)).await?;
    b.wait_for("main#main h1").await?;
    Ok(())
}

/// Waits (up to 20 s) until `script` (an async function body) returns true.
async fn until(b: &Browser, what: &str, script: &str) -> Outcome {
    for _ in 0..100 {
        if b.eval(script).await? == true {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    Err(format!("gave up waiting: {what}").into())
}

const CONTROLLED: &str = "return !!navigator.serviceWorker.controller;";

/// `cachedPacks()`: the language packs in the worker's caches, by address.
const CACHED_PACKS: &str = "async function cachedPacks() {
    const found = [];
    for (const name of await caches.keys())
        for (const r of await (await caches.open(name)).keys())
            if (/texts-/.test(r.url)) found.push(new URL(r.url).pathname);
    return found.sort().join(' ');
}";

/// A script that is true once the worker's cache holds `code`'s pack.
fn kept(code: &str) -> String {
    format!("{CACHED_PACKS} return (await cachedPacks()).includes('texts-{code}-');")
}

async fn a_language_pack_is_kept_once_used_and_only_then(b: Browser) -> Outcome {
    let server = StaticServer::start_dist()?;
    // A first visit from a browser that prefers Arabic: the pack arrives before the worker.
    let agent = b.eval("return navigator.userAgent;").await?;
    b.cdp(
        "Emulation.setUserAgentOverride",
        serde_json::json!({ "userAgent": agent, "acceptLanguage": "ar" }),
    )
    .await?;
    b.client.goto(&server.origin).await?;
    b.wait_for("html[lang=ar] main#main h1").await?;
    // The page's loader asked for the pack beside the wasm, not after it, and the app took
    // that download over instead of asking again.
    let asked = server.requests();
    let first = |what: &str| asked.iter().position(|r| r.contains(what));
    check(
        first("texts-ar-") < first(".wasm")
            && first("texts-ar-").is_some()
            && asked.iter().filter(|r| r.contains("texts-")).count() == 1,
        format!("the pack asked for once, before the wasm: {asked:?}"),
    )?;
    until(&b, "the worker controls the page", CONTROLLED).await?;
    until(&b, "the worker keeps the Arabic pack", &kept("ar")).await?;
    // Hebrew, never used, is neither precached nor downloaded.
    let packs = b
        .eval(&format!("{CACHED_PACKS} return cachedPacks();"))
        .await?;
    let asked: Vec<String> = server
        .requests()
        .into_iter()
        .filter(|r| r.contains("texts-"))
        .collect();
    check(
        packs.as_str().is_some_and(|p| !p.contains("texts-he-"))
            && asked.iter().all(|r| r.contains("texts-ar-")),
        format!("only the language used is downloaded and kept: cached {packs}, asked {asked:?}"),
    )?;
    // Offline: a reload is in Arabic, from the kept pack.
    server.controls.offline.store(true, Ordering::SeqCst);
    b.client.refresh().await?;
    b.wait_for("html[lang=ar][dir=rtl] main#main h1").await?;
    let notice = b
        .eval("return document.querySelector('[data-testid=notice]')?.innerText ?? '';")
        .await?;
    check(
        notice == "",
        format!("a notice on the offline reload: {notice}"),
    )?;
    // Hebrew chosen offline cannot come: said, and the page stays in Arabic.
    let notice = crate::i18n::choose_unavailable_language(&b, "he").await?;
    let lang = b.eval("return document.documentElement.lang;").await?;
    check(
        lang == "ar" && notice.contains(winback_planner::model::locale::Lang::He.texts_failed()),
        format!("Hebrew offline: page in {lang}, notice {notice}"),
    )
}

async fn the_app_opens_offline_after_one_visit(b: Browser) -> Outcome {
    let server = StaticServer::start_dist()?;
    open(&b, &server, "/").await?;
    until(&b, "the worker controls the page", CONTROLLED).await?;
    // Some saved work: rename the sample and remember its id.
    b.client
        .goto(&format!(
            "{}/accounts/sample-brex-rilf/reasons",
            server.origin
        ))
        .await?;
    let name = b.wait_for("[data-testid=account-name]").await?;
    name.clear().await?;
    name.send_keys("RILF offline\u{e004}").await?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    server.controls.offline.store(true, Ordering::SeqCst);
    let network = b
        .eval("try { await fetch('/robots.txt', { cache: 'no-store' }); return 'online'; } catch (e) { return 'offline'; }")
        .await?;
    check(
        network == "offline",
        format!("the server still answers: {network}"),
    )?;
    for path in ["/", "/accounts/sample-brex-rilf/dialogue"] {
        b.client.goto(&format!("{}{path}", server.origin)).await?;
        let heading = b.text("main#main h1").await?;
        check(!heading.is_empty(), format!("{path}: no app offline"))?;
        if path == "/" {
            let row = b.text("[data-testid=account-row]").await?;
            check(
                row.contains("RILF offline"),
                format!("saved data offline: {row}"),
            )?;
        } else {
            b.wait_for("[data-testid=dialogue-grid]").await?;
            check(
                heading.contains("RILF offline"),
                format!("deep link offline: {heading}"),
            )?;
        }
    }
    Ok(())
}

async fn a_new_version_waits_until_the_user_accepts(b: Browser) -> Outcome {
    let server = StaticServer::start_dist()?;
    open(&b, &server, "/").await?;
    until(&b, "the worker controls the page", CONTROLLED).await?;
    // A language used before the update: the new worker brings its new pack along.
    crate::i18n::choose_language(&b, "ar").await?;
    until(&b, "the worker keeps the Arabic pack", &kept("ar")).await?;
    crate::i18n::choose_language(&b, "en").await?;
    let sw = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/sw.js"))?;
    // The release build's worker is minified: `VERSION="…"`.
    let next = sw.replacen("VERSION=\"", "VERSION=\"next-", 1);
    check(next != sw, "sw.js has no VERSION to change")?;
    server
        .controls
        .overrides
        .lock()
        .map_err(|_| "overrides poisoned")?
        .insert("/sw.js".into(), next.into_bytes());
    b.eval("await (await navigator.serviceWorker.getRegistration()).update();")
        .await?;
    b.wait_for("[data-testid=update-ready]").await?;
    let caches = "return (await caches.keys()).sort().join(' ');";
    let before = b.eval(caches).await?;
    let waiting = b
        .eval("return !!(await navigator.serviceWorker.getRegistration()).waiting;")
        .await?;
    check(waiting == true, "the new worker should wait for the user")?;
    check(
        before
            .as_str()
            .is_some_and(|k| k.contains("next-") && k.split(' ').count() == 2),
        format!("both versions cached while waiting: {before}"),
    )?;
    // While work lives only in this tab (storage refusing writes), the update waits and says why.
    b.eval(
        "window.__setItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    )
    .await?;
    b.wait_for("a[href='/accounts/sample-brex-rilf/reasons']")
        .await?
        .click()
        .await?;
    let name = b.wait_for("[data-testid=account-name]").await?;
    name.send_keys(" held\u{e004}").await?;
    b.wait_for("[data-testid=storage-memory-only]").await?;
    b.wait_for("[data-testid=update-reload]")
        .await?
        .click()
        .await?;
    let held = b.text("[data-testid=update-ready] [role=alert]").await?;
    check(
        held.contains("only in this tab"),
        format!("the update should wait: {held}"),
    )?;
    let still = b
        .eval("return !!(await navigator.serviceWorker.getRegistration()).waiting;")
        .await?;
    check(
        still == true,
        "the new worker took over although work was unsaved",
    )?;
    // Storage works again: the work is saved, then the update goes ahead.
    b.eval("Storage.prototype.setItem = window.__setItem;")
        .await?;
    b.wait_for("[data-testid=storage-retry]")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=update-reload]")
        .await?
        .click()
        .await?;
    until(&b, "the new version took over", "const r = await navigator.serviceWorker.getRegistration(); return !r.waiting && !!navigator.serviceWorker.controller && !document.querySelector('[data-testid=update-ready]') && (await caches.keys()).length === 1;").await?;
    let after = b.eval(caches).await?;
    check(
        after.as_str().is_some_and(|k| k.contains("next-")),
        format!("the new version's cache only: {after}"),
    )?;
    let packs = b
        .eval(&format!("{CACHED_PACKS} return cachedPacks();"))
        .await?;
    check(
        packs
            .as_str()
            .is_some_and(|p| p.contains("texts-ar-") && !p.contains("texts-he-")),
        format!("the new version keeps the Arabic pack used before, and only it: {packs}"),
    )?;
    let kept = b
        .eval("return localStorage.getItem('winback-planner.document').includes(' held');")
        .await?;
    check(kept == true, "the edit made before the update was lost")
}

async fn the_first_screen_paints_before_the_wasm(b: Browser) -> Outcome {
    let server = StaticServer::start_dist()?;
    server.controls.hold_wasm_ms.store(1500, Ordering::SeqCst);
    open(&b, &server, "/").await?;
    let v = b
        .eval(
            "const paint = performance.getEntriesByName('first-contentful-paint')[0];
             const wasm = performance.getEntriesByType('resource').find(e => e.name.endsWith('.wasm'));
             const lcps = await new Promise(r => new PerformanceObserver(l => r(l.getEntries()))
                 .observe({ type: 'largest-contentful-paint', buffered: true }));
             const lcp = lcps[lcps.length - 1];
             const lcpDesc = lcps.map(e => e.startTime.toFixed(0) + ' ' + e.size + ' ' + (e.element ? e.element.tagName + '.' + e.element.className : e.id));
             const shifts = await new Promise(r => {
                 new PerformanceObserver(l => r(l.getEntries().filter(e => !e.hadRecentInput).reduce((s, e) => s + e.value, 0)))
                     .observe({ type: 'layout-shift', buffered: true });
                 setTimeout(() => r(0), 500);
             });
             return { paint: paint && paint.startTime, lcp: lcp && lcp.startTime, lcps: lcpDesc,
                      wasm: wasm && wasm.responseEnd, wasmAsked: wasm && wasm.startTime, shifts,
                      read: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
                      preload: !!document.querySelector('link[rel=preload], link[rel=modulepreload]'),
                      boot: !!document.getElementById('boot') };",
        )
        .await?;
    let (paint, wasm) = (v["paint"].as_f64(), v["wasm"].as_f64());
    check(
        paint.zip(wasm).is_some_and(|(p, w)| p + 1000.0 < w),
        format!("first paint not before the wasm: {v}"),
    )?;
    check(
        v["lcp"].as_f64().zip(wasm).is_some_and(|(l, w)| l < w),
        format!("largest paint not before the wasm: {v}"),
    )?;
    // The loader asks for the wasm once the page is read and its first frame is due, not
    // from a preload in the head: nothing big is downloaded before the first screen shows.
    check(
        v["preload"] == false
            && v["wasmAsked"]
                .as_f64()
                .zip(v["read"].as_f64())
                .is_some_and(|(asked, read)| asked >= read),
        format!("the wasm was asked for before the page was read: {v}"),
    )?;
    check(
        v["boot"] == false,
        format!("the first screen is still there: {v}"),
    )?;
    check(
        v["shifts"].as_f64() == Some(0.0),
        format!("layout shifted: {v}"),
    )?;
    // On a fast load too (the wasm cached, ready before the first frame), the first screen is
    // shown before the app replaces it: the largest paint is the first one.
    server.controls.hold_wasm_ms.store(0, Ordering::SeqCst);
    for n in 0..3 {
        open(&b, &server, &format!("/?fast={n}")).await?;
        let v = b
            .eval(
                "const paint = performance.getEntriesByName('first-contentful-paint')[0];
                 const lcps = await new Promise(r => new PerformanceObserver(l => r(l.getEntries()))
                     .observe({ type: 'largest-contentful-paint', buffered: true }));
                 const last = lcps[lcps.length - 1];
                 return { paint: paint && paint.startTime, lcp: lcps.length && last.startTime,
                          lcps: lcps.map(e => e.startTime.toFixed(0) + ' ' + e.size + ' ' + (e.element ? e.element.tagName + '.' + e.element.className + ' ' + (e.element.textContent || '').slice(0, 30) : e.id)) };",
            )
            .await?;
        check(
            v["paint"]
                .as_f64()
                .zip(v["lcp"].as_f64())
                .is_some_and(|(p, l)| l <= p + 1.0),
            format!("fast load {n}: the largest paint came after the first screen: {v}"),
        )?;
    }
    Ok(())
}

async fn a_failed_load_says_so_on_the_first_screen(b: Browser) -> Outcome {
    let server = StaticServer::start_dist()?;
    // A broken download (a captive portal's page, a cut connection): not WebAssembly.
    let dist = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
    let wasm = std::fs::read_dir(&dist)?
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .find(|n| n.ends_with(".wasm"))
        .ok_or("no .wasm in dist/")?;
    if let Ok(mut o) = server.controls.overrides.lock() {
        o.insert(
            format!("/{wasm}"),
            b"<html>Sign in to the Wi-Fi</html>".to_vec(),
        );
    }
    b.client.goto(&server.origin).await?;
    until(
        &b,
        "the first screen says the load failed",
        "const f = document.querySelector('.boot-failed'); return !!f && !f.hidden;",
    )
    .await?;
    let v = b
        .eval(
            "const f = document.querySelector('.boot-failed');
             return { role: f.getAttribute('role'), text: f.innerText, shown: f.getClientRects().length > 0,
                      loading: document.querySelector('.boot-status').getClientRects().length > 0 };",
        )
        .await?;
    check(
        v["role"] == "alert"
            && v["shown"] == true
            && v["loading"] == false
            && v["text"].as_str().is_some_and(|t| {
                t.contains("could not be loaded") && t.contains("تعذّر") && t.contains("לא ניתן")
            }),
        format!("the failure is not said in three languages instead of 'Loading': {v}"),
    )
}
