//! Arabic and Hebrew end to end: no English catalog text on any route or step, `<html lang
//! dir>`, no sideways scrolling at 360 and 1280 px, no serious axe violation, every chart
//! painted; the worked reference typed with Arabic-Indic digits; switching language keeps
//! unsaved and saved edits, and a reload keeps the choice.

use std::sync::atomic::Ordering;

use serde_json::{json, Value};
use winback_planner::i18n::{text, Key};
use winback_planner::model::locale::Lang;
use winback_planner::model::sample::SAMPLE_ID;

use crate::a11y::{axe_source, serious_violations};
use crate::browser::{check, Browser, Error, Outcome};
use crate::core::{clipped_shared_fields, overflow};
use crate::keep_close::create_current;
use crate::runner::tests;
use crate::server::StaticServer;
use crate::wizard::{create_account, out_value, type_into};

tests!(
    arabic_shows_no_english_and_holds_up_right_to_left,
    hebrew_shows_no_english_and_holds_up_right_to_left,
    the_worked_reference_typed_in_arabic_digits_gives_the_same_results,
    switching_language_keeps_every_edit_and_a_reload_keeps_the_choice,
    a_language_shows_once_its_texts_are_here_and_a_failed_download_says_so,
);

const ROUTES: [&str; 11] = [
    "/",
    "/accounts/sample-current/bond",
    "/accounts/sample-current/contacts",
    "/accounts/sample-current/visit",
    "/accounts/sample-brex-rilf/reasons",
    "/accounts/sample-brex-rilf/cost-benefit",
    "/accounts/sample-brex-rilf/dialogue",
    "/accounts/sample-brex-rilf/requirements",
    "/accounts/sample-brex-rilf/summary",
    "/accounts/x9q/reasons",
    "/no/such/page",
];

/// Chooses `code` in the language picker and waits for `<html lang>` to follow.
pub async fn choose_language(b: &Browser, code: &str) -> Outcome {
    let picker = b.wait_for("select[data-testid=language]").await?;
    picker.select_by_value(code).await?;
    b.wait_for(&format!("html[lang={code}]")).await?;
    Ok(())
}

/// Chooses `code` in the language picker when its texts cannot come, and returns the alert
/// that says so.
pub async fn choose_unavailable_language(b: &Browser, code: &str) -> Result<String, Error> {
    b.select("select[data-testid=language]", code).await?;
    Ok(b.wait_for("[data-testid=notice][role=alert]")
        .await?
        .text()
        .await?)
}

/// The English catalog's words, cut at placeholders: the fragments a leak would show. Only
/// fragments with a word of three or more Latin letters count ("—", "%", "p*" are shared).
fn english_fragments() -> Vec<String> {
    let mut out: Vec<String> = Key::ALL
        .iter()
        .flat_map(|key| {
            let mut fragments = Vec::new();
            let mut rest = text(Lang::En, *key);
            // Counted phrases: each plural form separately.
            let forms: Vec<&str> = if Key::COUNTED.contains(key) {
                rest.split('|')
                    .filter_map(|f| f.split_once(':').map(|(_, t)| t))
                    .collect()
            } else {
                vec![std::mem::take(&mut rest)]
            };
            for form in forms {
                let mut piece = String::new();
                let mut chars = form.chars().peekable();
                while let Some(c) = chars.next() {
                    if c == '{' && chars.peek().is_some_and(char::is_ascii_digit) {
                        chars.next();
                        chars.next();
                        fragments.push(std::mem::take(&mut piece));
                    } else {
                        piece.push(c);
                    }
                }
                fragments.push(piece);
            }
            fragments
        })
        .map(|f| f.trim_matches(|c: char| !c.is_alphanumeric()).to_owned())
        .filter(|f| {
            f.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 3)
        })
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Whether `fragment` occurs in `visible` as whole words.
fn occurs(visible: &str, fragment: &str) -> bool {
    visible.match_indices(fragment).any(|(i, _)| {
        let before = visible[..i].chars().next_back();
        let after = visible[i + fragment.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// What a reader sees: the page's text, the title, and the accessible names of controls.
async fn visible_text(b: &Browser) -> Result<String, Error> {
    let v = b
        .eval(
            "const names = [...document.querySelectorAll('[aria-label],[title],[placeholder]')]
               .map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')].join('\\n'));
             return [document.title, document.body.innerText, ...names].join('\\n');",
        )
        .await?;
    Ok(v.as_str().unwrap_or_default().to_owned())
}

async fn right_to_left_everywhere(b: Browser, code: &str) -> Outcome {
    b.visit("/").await?;
    let fragments = english_fragments();
    // The detector works: in English it finds the catalog's words.
    let english = visible_text(&b).await?;
    let found = fragments.iter().filter(|f| occurs(&english, f)).count();
    check(
        found >= 20,
        format!("only {found} English fragments found on the English page"),
    )?;
    choose_language(&b, code).await?;
    // The sample in this language.
    b.wait_for("[data-testid=restore-sample]")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=account-row]").await?;
    // A current customer, for the keep-close steps.
    let current = create_current(&b, "Nordic Sensors").await?;
    let mut routes: Vec<String> = ROUTES.iter().map(|r| (*r).to_owned()).collect();
    routes.extend(["bond", "contacts", "visit"].map(|s| format!("/accounts/{current}/{s}")));
    let axe = axe_source()?;
    let mut problems = Vec::new();
    for width in [1280, 360] {
        b.client.set_window_size(width, 800).await?;
        for route in &routes {
            b.visit(route).await?;
            tokio::time::sleep(std::time::Duration::from_millis(250)).await;
            let html = b
                .eval("return [document.documentElement.lang, document.documentElement.dir];")
                .await?;
            if html != serde_json::json!([code, "rtl"]) {
                problems.push(format!("{route}: <html lang dir> is {html}"));
            }
            let o = overflow(&b).await?;
            if o["extra"].as_f64() != Some(0.0) {
                problems.push(format!("{route} at {width} px scrolls sideways: {o}"));
            }
            if width == 360 {
                for clipped in clipped_shared_fields(&b).await? {
                    problems.push(format!("{route} at 360 px: a shared row clips {clipped}"));
                }
                continue;
            }
            let visible = visible_text(&b).await?;
            for leak in fragments.iter().filter(|f| occurs(&visible, f)) {
                problems.push(format!("{route}: English text shown: {leak:?}"));
            }
            // The browser's own file control speaks the browser's language ("Choose File",
            // "No file chosen"): a picker shows only its label, in the page's.
            let shown: Value = b
                .eval(
                    "return [...document.querySelectorAll('input[type=file]')]
                       .filter(i => getComputedStyle(i).opacity !== '0' || !i.closest('label').textContent.trim())
                       .map(i => i.dataset.testid);",
                )
                .await?;
            if shown.as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!(
                    "{route}: the browser's file control shows: {shown}"
                ));
            }
            // Its focus, from the keyboard, shows on the label.
            let ring = b
                .eval(
                    "const i = document.querySelector('[data-testid=import-file]');
                     if (!i) return 'none here';
                     i.focus();
                     return getComputedStyle(i.closest('label')).outlineStyle;",
                )
                .await?;
            if ring == "none" {
                problems.push(format!("{route}: a focused file picker shows no focus"));
            }
            for v in serious_violations(&b, &axe).await? {
                problems.push(format!("{route}: axe: {v}"));
            }
            let charts: Value = b
                .eval(
                    "return [...document.querySelectorAll('figure.chart')].map(f => {
                       const c = f.querySelector('canvas');
                       return [f.dataset.testid, c ? Number(c.dataset.draws || 0) : 0, (c && c.dataset.textsOutside) || ''];
                     });",
                )
                .await?;
            for chart in charts.as_array().into_iter().flatten() {
                if chart[1].as_u64().unwrap_or(0) == 0 {
                    problems.push(format!("{route}: chart {} not painted", chart[0]));
                }
                if chart[2].as_str().is_some_and(|s| !s.is_empty()) {
                    problems.push(format!(
                        "{route}: chart {} text outside: {}",
                        chart[0], chart[2]
                    ));
                }
            }
        }
    }
    // The sample really is in this language (its name is not the English one).
    b.visit(&format!("/accounts/{SAMPLE_ID}/reasons")).await?;
    let h1 = b.text("main h1").await?;
    if h1.contains("sample: Brex Tech case") {
        problems.push(format!("the sample is still English: {h1}"));
    }
    check(problems.is_empty(), problems.join("\n"))
}

async fn arabic_shows_no_english_and_holds_up_right_to_left(b: Browser) -> Outcome {
    right_to_left_everywhere(b, "ar").await
}

async fn hebrew_shows_no_english_and_holds_up_right_to_left(b: Browser) -> Outcome {
    right_to_left_everywhere(b, "he").await
}

/// ASCII digits and '.' in Arabic-Indic digits and the Arabic decimal separator.
fn arabic_digits(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '0'..='9' => char::from_u32(0x0660 + (c as u32 - '0' as u32)).unwrap_or(c),
            '.' => '٫',
            ',' => '٬',
            '%' => '٪',
            other => other,
        })
        .collect()
}

async fn reference_results(
    b: &Browser,
    id: &str,
    digits: fn(&str) -> String,
) -> Result<Vec<Option<f64>>, Error> {
    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    let inputs = [
        ("revenue", "12,000,000"),
        ("margin", "30.0"),
        ("concession", "8"),
        ("volume", "110"),
        ("ramp", "2"),
        ("extra-cost", "250000"),
        ("investment", "900,000"),
        ("attempt-cost", "180000"),
        ("probability", "60%"),
        ("retention", "90"),
        ("discount", "8"),
        ("horizon", "5"),
        ("referral-value", "400000.0"),
    ];
    for (key, typed) in inputs {
        type_into(b, &format!("cb-{key}"), &digits(typed)).await?;
    }
    let mut out = Vec::new();
    for testid in [
        "out-sltv",
        "out-npv-won",
        "out-ev",
        "out-p-star",
        "out-lost-value",
        "out-payback-year",
        "out-breakeven-volume",
        "out-max-concession",
    ] {
        out.push(out_value(b, testid).await?);
    }
    Ok(out)
}

async fn the_worked_reference_typed_in_arabic_digits_gives_the_same_results(b: Browser) -> Outcome {
    let english_id = create_account(&b, "Reference").await?;
    let english = reference_results(&b, &english_id, str::to_owned).await?;
    let arabic_id = create_account(&b, "مرجع").await?;
    b.visit("/").await?;
    choose_language(&b, "ar").await?;
    let arabic = reference_results(&b, &arabic_id, arabic_digits).await?;
    check(
        english == arabic && english.iter().all(Option::is_some),
        format!("English {english:?}\nArabic digits {arabic:?}"),
    )?;
    let errors = b
        .eval("return [...document.querySelectorAll('.field-error')].map(e => e.textContent).join('|');")
        .await?;
    check(
        errors == "" || errors.as_str().is_some_and(|s| s.chars().all(|c| c == '|')),
        format!("errors: {errors}"),
    )?;
    // The results read in Arabic-Indic digits: p* is 2.6 %.
    let reading = b.text("#out-p-star-reading").await?;
    check(
        reading.contains("٢٫٦٪"),
        format!("p* in Arabic digits: {reading}"),
    )?;
    // A numbered list counts in the same digits.
    let markers = "const ol = document.body.appendChild(document.createElement('ol'));
         const type = getComputedStyle(ol).listStyleType;
         ol.remove();
         return type;";
    let arab = b.eval(markers).await?;
    // Latin digits on request.
    b.select("select[data-testid=digits]", "latn").await?;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let reading = b.text("#out-p-star-reading").await?;
    check(
        reading.contains("2.6%"),
        format!("p* in Latin digits: {reading}"),
    )?;
    let latn = b.eval(markers).await?;
    check(
        arab == "arabic-indic" && latn == "decimal",
        format!("numbered lists' markers: {arab} with Arabic digits, {latn} with Latin"),
    )
}

async fn switching_language_keeps_every_edit_and_a_reload_keeps_the_choice(b: Browser) -> Outcome {
    let id = create_account(&b, "Switch Ltd").await?;
    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    type_into(&b, "cb-margin", "35").await?;
    // A draft that does not parse: never saved, shown with its error.
    let revenue = b.wait_for("[data-testid=cb-revenue]").await?;
    revenue.clear().await?;
    revenue.send_keys("12x").await?;
    b.wait_for("[data-testid=cb-revenue-error]:not(:empty)")
        .await?;
    choose_language(&b, "he").await?;
    let draft = b.value_of("cb-revenue").await?;
    check(
        draft.as_deref() == Some("12x"),
        format!("draft after switching: {draft:?}"),
    )?;
    let error = b.text("[data-testid=cb-revenue-error]").await?;
    check(
        error.contains("12x") && !error.contains("is not a number"),
        format!("the draft's message follows the language: {error}"),
    )?;
    let margin = b.value_of("cb-margin").await?;
    check(
        margin.as_deref() == Some("35"),
        format!("saved edit: {margin:?}"),
    )?;
    choose_language(&b, "ar").await?;
    let draft = b.value_of("cb-revenue").await?;
    check(
        draft.as_deref() == Some("12x"),
        format!("draft after a second switch: {draft:?}"),
    )?;
    let margin = b.value_of("cb-margin").await?;
    check(
        margin.as_deref() == Some("٣٥"),
        format!("the saved value in Arabic digits: {margin:?}"),
    )?;
    b.client.refresh().await?;
    b.wait_for("html[lang=ar][dir=rtl]").await?;
    let margin = b.value_of("cb-margin").await?;
    check(
        margin.as_deref() == Some("٣٥"),
        format!("after a reload: {margin:?}"),
    )?;
    let title = b.client.title().await?;
    check(
        title.contains("مخطِّط") && !title.contains("Win-Back"),
        format!("the page title follows: {title}"),
    )
}

/// The address of `code`'s language pack, as the page names it.
async fn pack_address(b: &Browser, code: &str) -> Result<String, Error> {
    let meta = b
        .eval("return document.querySelector('meta[name=winback-texts]').content;")
        .await?;
    meta.as_str()
        .and_then(|m| {
            m.split(' ')
                .find_map(|p| p.strip_prefix(&format!("{code}=")))
        })
        .map(str::to_owned)
        .ok_or_else(|| format!("no {code} pack named in the page: {meta}").into())
}

async fn a_language_shows_once_its_texts_are_here_and_a_failed_download_says_so(
    b: Browser,
) -> Outcome {
    let server = StaticServer::start_dist()?;
    // No offline worker here (an empty one): every pack request reaches this server.
    if let Ok(mut o) = server.controls.overrides.lock() {
        o.insert("/sw.js".into(), Vec::new());
    }
    // Records the language `<html>` had when the app first took the first screen's place.
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        json!({ "source": "new MutationObserver(() => { const app = document.getElementById('app');
            if (app && !app.hidden && !window.shownIn) window.shownIn = document.documentElement.lang; })
            .observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });" }),
    )
    .await?;
    b.client.goto(&server.origin).await?;
    b.wait_for("main#main h1").await?;
    // Arabic chosen while its texts are slow: the picker says so in Arabic; English chosen
    // again before they come: the page, the picker and the line are English at once, and stay.
    server.controls.hold_texts_ms.store(1500, Ordering::SeqCst);
    b.select("select[data-testid=language]", "ar").await?;
    let state = "return { lang: document.documentElement.lang,
        picked: document.querySelector('select[data-testid=language]').value,
        loading: document.querySelector('.texts-loading').innerText };";
    let v = b.eval(state).await?;
    check(
        v["lang"] == "en" && v["picked"] == "ar" && v["loading"] == Lang::Ar.texts_loading(),
        format!("while Arabic downloads: {v}"),
    )?;
    b.select("select[data-testid=language]", "en").await?;
    for wait in [0, 2000] {
        tokio::time::sleep(std::time::Duration::from_millis(wait)).await;
        let v = b.eval(state).await?;
        check(
            v["lang"] == "en" && v["picked"] == "en" && v["loading"] == "",
            format!("English chosen again ({wait} ms later): {v}"),
        )?;
    }
    server.controls.hold_texts_ms.store(0, Ordering::SeqCst);
    choose_language(&b, "ar").await?;
    // A reload with Arabic chosen and its texts slow to come: the first screen stays until
    // they are here, and the app never shows in English.
    server.controls.hold_texts_ms.store(1500, Ordering::SeqCst);
    b.client.refresh().await?;
    b.wait_for("html[lang=ar] main#main h1").await?;
    server.controls.hold_texts_ms.store(0, Ordering::SeqCst);
    let shown = b.eval("return window.shownIn;").await?;
    check(
        shown == "ar",
        format!("the app first showed in {shown}, not Arabic"),
    )?;
    let heading = b.text("main#main h1").await?;
    check(
        heading == text(Lang::Ar, Key::AccountsTitle),
        format!("the Arabic heading: {heading}"),
    )?;

    // Hebrew's texts arrive damaged (a captive portal's page): the page stays in Arabic and
    // says so, in Arabic and, for the language asked for, in Hebrew.
    let he = pack_address(&b, "he").await?;
    if let Ok(mut o) = server.controls.overrides.lock() {
        o.insert(he.clone(), b"<html>Sign in to the Wi-Fi</html>".to_vec());
    }
    let notice = choose_unavailable_language(&b, "he").await?;
    let said = text(Lang::Ar, Key::TextsFailed);
    let said = said.split("{0}").next().unwrap_or(said);
    check(
        notice.contains(said.trim())
            && notice.contains("עברית")
            && notice.contains(Lang::He.texts_failed()),
        format!("the failed download is not said in Arabic and Hebrew: {notice}"),
    )?;
    let hebrew_line = b
        .eval("return document.querySelector('[data-testid=notice] li[lang=he]')?.innerText ?? '';")
        .await?;
    check(
        hebrew_line == Lang::He.texts_failed(),
        format!("the Hebrew line is not marked as Hebrew: {hebrew_line}"),
    )?;
    let v = b
        .eval("return { lang: document.documentElement.lang, picked: document.querySelector('select[data-testid=language]').value };")
        .await?;
    check(
        v["lang"] == "ar" && v["picked"] == "ar",
        format!("after the failure the page and the picker stay in Arabic: {v}"),
    )?;
    // The connection is back: choosing Hebrew again asks again, and it comes.
    if let Ok(mut o) = server.controls.overrides.lock() {
        o.remove(&he);
    }
    choose_language(&b, "he").await?;
    let heading = b.text("main#main h1").await?;
    check(
        heading == text(Lang::He, Key::AccountsTitle),
        format!("the Hebrew heading: {heading}"),
    )
}
