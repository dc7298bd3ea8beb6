//! The classroom kit end to end: a trainer hands the sample case out by link, a student's
//! device takes it and hands answers in, and the class board collects them — with the
//! damaged and doubled files a real class produces.

use std::time::Duration;

use serde_json::Value;
use winback_planner::model::classroom::{self, Class};
use winback_planner::model::date::Date;
use winback_planner::model::locale::{Lang, Numbers};
use winback_planner::model::sample::{brex_rilf, SAMPLE_ID};

use crate::a11y::{axe_source, serious_violations};
use crate::browser::{check, Browser, Error, Outcome};
use crate::core::overflow;
use crate::i18n::choose_language;
use crate::runner::tests;
use crate::wizard::type_into;

tests!(
    a_case_goes_out_by_link_and_the_class_comes_back,
    the_sample_link_fits_in_every_language,
    teams_hand_in_by_return_link,
    every_step_with_figures_says_where_they_come_from,
);

/// Keeps every Blob the page turns into a download, so a test can read the file.
const CATCH_DOWNLOADS: &str = "window.__blobs = [];
     const make = URL.createObjectURL.bind(URL);
     URL.createObjectURL = b => { window.__blobs.push(b); return make(b); };";

/// The text of the newest download.
async fn last_download(b: &Browser) -> Result<String, Error> {
    let text = b
        .eval(
            "const b = window.__blobs.at(-1);
             return b ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(await b.arrayBuffer()) : null;",
        )
        .await?;
    Ok(text.as_str().ok_or("nothing was downloaded")?.to_owned())
}

/// The path of the page, once it satisfies `ok` (up to 20 s).
async fn path_when(b: &Browser, ok: impl Fn(&str) -> bool) -> Result<String, Error> {
    for _ in 0..200 {
        let path = b.eval("return location.pathname + location.hash;").await?;
        let path = path.as_str().unwrap_or_default().to_owned();
        if ok(&path) {
            return Ok(path);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err("the page did not go where expected".into())
}

/// The stored document's accounts, once one of them is a copy of a hand-out (saving waits
/// a moment after an edit).
async fn stored_accounts(b: &Browser) -> Result<Vec<Value>, Error> {
    for _ in 0..50 {
        let doc = b
            .eval(
                "const t = localStorage.getItem('winback-planner.document');
                 return t && t.includes('\"scenario\"') ? JSON.parse(t).document.accounts : null;",
            )
            .await?;
        if let Some(accounts) = doc.as_array() {
            return Ok(accounts.clone());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err("the copy of the case was not saved".into())
}

/// A student's device: opens the link and hands in one answer per team, each with its own
/// chance of success and price cut. Returns the answer files.
async fn students(s: &Browser, link: &str) -> Result<Vec<(String, String)>, Error> {
    s.client.goto(link).await?;
    let first = path_when(s, |p| p.starts_with("/accounts/") && !p.contains(SAMPLE_ID)).await?;
    let id = first.split('/').nth(2).unwrap_or_default().to_owned();
    let accounts = stored_accounts(s).await?;
    let copies: Vec<&Value> = accounts
        .iter()
        .filter(|a| a["scenario"] == SAMPLE_ID)
        .collect();
    check(
        copies.len() == 1 && copies[0]["id"] == id.as_str(),
        format!("the link added {} copies", copies.len()),
    )?;
    check(
        accounts.iter().any(|a| a["id"] == SAMPLE_ID),
        "the student's own data (the sample) was replaced",
    )?;
    check(
        s.text("main#main h1").await?.contains("RILF"),
        "the case did not open",
    )?;
    // On the student's copy, handing in leads; the trainer's tools are folded away.
    let first_heading = s
        .eval("return document.querySelector('.classroom h2, .classroom h3').id;")
        .await?;
    check(
        first_heading == "hand-in-heading"
            && s.eval("return !!document.querySelector('details.trainer-tools:not([open]) [data-testid=hand-out]');")
                .await?
                == true,
        format!("the student's classroom section starts with {first_heading}"),
    )?;
    // Opened again, the link offers the copy already made.
    s.client.goto(link).await?;
    let again = path_when(s, |p| p.starts_with("/accounts/") && !p.contains('#')).await?;
    check(
        again.contains(&id) && stored_accounts(s).await?.len() == accounts.len(),
        format!("opening the link again went to {again}"),
    )?;
    let mut answers = Vec::new();
    for (team, probability, cut) in [
        ("Falcons", "55", "8"),
        ("Owls", "30", "12"),
        ("Herons", "70", "5"),
    ] {
        s.visit(&format!("/accounts/{id}/cost-benefit")).await?;
        type_into(s, "cb-probability", probability).await?;
        type_into(s, "cb-concession", cut).await?;
        s.eval(CATCH_DOWNLOADS).await?;
        type_into(s, "team-name", team).await?;
        s.wait_for("[data-testid=hand-in]").await?.click().await?;
        answers.push((
            format!("{}.json", team.to_lowercase()),
            last_download(s).await?,
        ));
    }
    // An answer dropped on Import says where it belongs instead of a shape error.
    s.visit("/").await?;
    drop_files(s, "import-file", &answers[..1]).await?;
    let notice = s.text("[data-testid=notice]").await?;
    check(
        notice.contains("team's answer") && notice.contains("class board"),
        format!("an answer on Import: {notice}"),
    )?;
    Ok(answers)
}

/// Puts `files` (name, text) on the file input `testid` at once, as a drop would.
/// Checks that the class board shows, row by row, the expected value the engine gives each
/// of `answers` (file name, text) read natively; returns those values as shown.
async fn board_shows_the_engines_values(
    b: &Browser,
    answers: Vec<(String, String)>,
) -> Result<Vec<String>, Error> {
    let mut class = Class::new("check".into(), &brex_rilf(Lang::En));
    check(
        class.collect(answers).is_empty(),
        "the answers do not read natively",
    )?;
    let expected: Vec<String> = classroom::rows(&class, Date::FALLBACK)
        .iter()
        .map(|r| Numbers::ENGLISH.money(r.ev, &r.currency))
        .collect();
    let shown = b
        .eval("return [...document.querySelectorAll('[data-testid=class-ev]')].map(e => e.textContent);")
        .await?;
    check(
        shown == serde_json::json!(expected),
        format!("expected values {shown} / engine {expected:?}"),
    )?;
    Ok(expected)
}

async fn drop_files(b: &Browser, testid: &str, files: &[(String, String)]) -> Outcome {
    let files = serde_json::to_string(files)?;
    b.eval(&format!(
        "const input = document.querySelector('[data-testid={testid}]');
         const dt = new DataTransfer();
         for (const [name, text] of {files}) dt.items.add(new File([text], name, {{ type: 'application/json' }}));
         input.files = dt.files;
         input.dispatchEvent(new Event('change', {{ bubbles: true }}));"
    ))
    .await?;
    Ok(())
}

/// The sample case's hand-out link, checked to fit a scannable QR code.
async fn sample_link(b: &Browser) -> Result<String, Error> {
    b.visit(&format!("/accounts/{SAMPLE_ID}/reasons")).await?;
    b.wait_for("[data-testid=hand-out]").await?.click().await?;
    let link = loop {
        let value = b.value_of("handout-link").await?.unwrap_or_default();
        if !value.is_empty() {
            break value;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    check(
        link.starts_with(&format!("{}/#handout=", b.origin)),
        format!("the link: {link}"),
    )?;
    check(
        link.chars().count() <= classroom::SCANNABLE_LINK,
        format!(
            "the sample's link has {} characters (at most 1,200 keep its QR code scannable)",
            link.chars().count()
        ),
    )?;
    Ok(link)
}

/// The sample in Arabic and Hebrew (longer in bytes than English) still fits, and a student
/// opening it gets the case in that language, as the class left it: lost, the outcome not told.
async fn the_sample_link_fits_in_every_language(b: Browser) -> Outcome {
    for code in ["ar", "he"] {
        b.visit("/").await?;
        choose_language(&b, code).await?;
        b.wait_for("[data-testid=restore-sample]")
            .await?
            .click()
            .await?;
        let link = sample_link(&b).await?;
        let s = b.another().await?;
        let opened = async {
            s.client.goto(&link).await?;
            path_when(&s, |p| {
                p.starts_with("/accounts/") && !p.contains(SAMPLE_ID)
            })
            .await?;
            let copies = stored_accounts(&s).await?;
            let copy = copies
                .iter()
                .find(|a| a["scenario"] == SAMPLE_ID)
                .ok_or("no copy of the case was stored")?;
            let events = copy["reasons"]["events"].as_array().map_or(0, Vec::len);
            let dated = |date: &str| {
                copy["reasons"]["events"]
                    .as_array()
                    .is_some_and(|e| e.iter().any(|e| e["date"] == date))
            };
            check(
                copy["status"] == "lost"
                    && events == 7
                    && dated("2012-03-01")
                    && !dated("2014-01-01")
                    && copy["name"].as_str().is_some_and(|n| !n.is_ascii()),
                format!("{code}: the student's copy: {copy}"),
            )
        }
        .await;
        s.close().await;
        opened?;
    }
    Ok(())
}

async fn a_case_goes_out_by_link_and_the_class_comes_back(b: Browser) -> Outcome {
    // The trainer hands the sample case out.
    let link = sample_link(&b).await?;
    // Its QR code, large on the screen: a version 20 or more code with its quiet zone.
    let qr = b.wait_for("[data-testid=handout-qr]").await?;
    let view_box = qr.attr("viewBox").await?.unwrap_or_default();
    let side: u32 = view_box.rsplit(' ').next().unwrap_or("0").parse()?;
    let width = b
        .eval("return document.querySelector('[data-testid=handout-qr]').getBoundingClientRect().width;")
        .await?;
    check(
        side >= 105 && width.as_f64().unwrap_or(0.0) >= 400.0,
        format!("QR code: {side} modules, {width} px wide"),
    )?;
    let advice = b.text("[data-testid=handout-qr-advice]").await?;
    check(
        advice.is_empty(),
        format!("advice on a short link: {advice}"),
    )?;
    // With every step filled in, the link is longer than scans well: the trainer is told.
    let toggle_steps = || async {
        for step in ["reasons", "dialogue", "requirements"] {
            b.wait_for(&format!("[data-testid=handout-{step}]"))
                .await?
                .click()
                .await?;
        }
        Ok::<_, Error>(())
    };
    toggle_steps().await?;
    let mut advice = String::new();
    for _ in 0..50 {
        advice = b.text("[data-testid=handout-qr-advice]").await?;
        if !advice.is_empty() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    check(
        advice.contains("dense QR code"),
        format!("advice on a long link: {advice:?}"),
    )?;
    toggle_steps().await?;
    b.wait_for("[data-testid=handout-print]").await?;
    let axe = axe_source()?;
    let found = serious_violations(&b, &axe).await?;
    check(found.is_empty(), format!("axe, hand-out open: {found:?}"))?;

    // The hand-out file, opened on another fresh device through "Import", adds the case too,
    // and opened again there offers the copy already made.
    b.eval(CATCH_DOWNLOADS).await?;
    b.wait_for("[data-testid=handout-file]")
        .await?
        .click()
        .await?;
    let handout = vec![("handout-rilf.json".to_owned(), last_download(&b).await?)];
    let d = b.another().await?;
    let by_file = async {
        d.visit("/").await?;
        drop_files(&d, "import-file", &handout).await?;
        let at = path_when(&d, |p| {
            p.starts_with("/accounts/") && !p.contains(SAMPLE_ID)
        })
        .await?;
        let before = stored_accounts(&d).await?.len();
        d.visit("/").await?;
        drop_files(&d, "import-file", &handout).await?;
        path_when(&d, |p| p == at).await?;
        let copies = stored_accounts(&d).await?;
        let copies = copies.iter().filter(|a| a["scenario"] == SAMPLE_ID).count();
        check(
            copies == 1 && stored_accounts(&d).await?.len() == before,
            format!("the file made {copies} copies"),
        )
    }
    .await;
    d.close().await;
    by_file?;

    // A student's device, with a fresh profile, takes the link and hands in three answers.
    let s = b.another().await?;
    let answers = students(&s, &link).await;
    s.close().await;
    let answers = answers?;

    // The trainer collects them, with a damaged file and a team handing in twice.
    b.wait_for("[data-testid=class-board]")
        .await?
        .click()
        .await?;
    let board = path_when(&b, |p| p.starts_with("/class/")).await?;
    let mut files = answers.clone();
    files.insert(
        1,
        (
            "broken.json".into(),
            "{\"kind\":\"winback-answer\",\"sch".into(),
        ),
    );
    // Falcons again, corrected: a higher chance of success.
    let mut corrected: Value = serde_json::from_str(&answers[0].1)?;
    corrected["account"]["cost-benefit"]["probability"] = serde_json::json!(90.0);
    let corrected = corrected.to_string();
    files.push(("falcons-again.json".into(), corrected.clone()));
    drop_files(&b, "class-files", &files).await?;
    b.wait_for("[data-testid=class-refusals] li:nth-child(2)")
        .await?;
    let rows = b
        .client
        .find_all(fantoccini::Locator::Css("[data-testid=class-row]"))
        .await?;
    check(
        rows.len() == 3,
        format!("{} rows for three teams", rows.len()),
    )?;
    let refusals = b.text("[data-testid=class-refusals]").await?;
    check(
        refusals.contains("broken.json")
            && refusals.contains("damaged")
            && refusals.contains("falcons-again.json")
            && refusals.contains("already handed in"),
        format!("the refusals: {refusals}"),
    )?;
    // Each row's expected value is the engine's for that team's own plan.
    let expected = board_shows_the_engines_values(&b, answers.clone()).await?;
    check(
        expected[0] != expected[1],
        "the teams' choices made no difference",
    )?;
    // The trainer takes the Falcons' corrected answer in place of their first: same row,
    // the corrected figures, the refusal gone, the others untouched.
    b.wait_for("[data-testid=class-replace]")
        .await?
        .click()
        .await?;
    let mut replaced = answers.clone();
    replaced[0].1 = corrected;
    board_shows_the_engines_values(&b, replaced).await?;
    let refusals = b.text("[data-testid=class-refusals]").await?;
    check(
        refusals.contains("broken.json") && !refusals.contains("falcons-again.json"),
        format!("the refusals after replacing: {refusals}"),
    )?;
    let notice = b.text("[data-testid=notice]").await?;
    check(
        notice.contains("The answer Falcons handed in first is replaced"),
        format!("the notice after replacing: {notice}"),
    )?;
    // The class in two charts, painted with every word inside, the trainer's figure marked.
    for chart in [
        "chart-class-verdicts",
        "chart-class-spread",
        "chart-class-choices",
    ] {
        let drawing = b
            .wait_for(&format!("[data-testid={chart}-drawing][data-draws]"))
            .await?;
        let outside = drawing
            .attr("data-texts-outside")
            .await?
            .unwrap_or_default();
        check(
            outside.is_empty(),
            format!("{chart}: text outside the canvas: {outside}"),
        )?;
    }
    let reading = b.text("[data-testid=chart-class-spread-reading]").await?;
    check(
        // WebDriver reads a no-break space as a space.
        reading.contains(&expected[1].replace('\u{a0}', " ")),
        format!("the spread's reading: {reading}"),
    )?;

    // The CSV has the three teams; anonymised, they are letters, kept over a reload.
    b.eval(CATCH_DOWNLOADS).await?;
    b.wait_for("[data-testid=class-csv]").await?.click().await?;
    let csv = last_download(&b).await?;
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    check(
        csv.starts_with('\u{FEFF}')
            && lines.len() == 4
            && ["Falcons", "Owls", "Herons"]
                .iter()
                .all(|t| csv.contains(t)),
        format!("the CSV: {csv}"),
    )?;
    b.wait_for("[data-testid=anonymise]").await?.click().await?;
    b.client.refresh().await?;
    let first = b.text("[data-testid=class-row] th").await?;
    check(
        first == "Team A",
        format!("anonymised, the first team reads {first:?}"),
    )?;
    let found = serious_violations(&b, &axe).await?;
    check(found.is_empty(), format!("axe, class board: {found:?}"))?;

    // The debrief: the class's slide in the presentation shows the verdicts in words and the
    // class's two charts (the verdict chart would only repeat the words).
    b.visit(&format!("/present/{SAMPLE_ID}")).await?;
    b.wait_for("[data-testid=slide]").await?;
    for _ in 0..30 {
        let here = b
            .eval("return !!document.querySelector('[data-testid=slide-verdicts]');")
            .await?;
        if here == true {
            break;
        }
        b.client
            .find(fantoccini::Locator::Css("body"))
            .await?
            .send_keys("\u{e014}")
            .await?;
    }
    for chart in ["chart-class-spread", "chart-class-choices"] {
        b.wait_for(&format!(
            "[data-testid=slide] [data-testid={chart}-drawing][data-draws]"
        ))
        .await?;
    }
    let verdicts = b
        .eval("return document.querySelectorAll('[data-testid=slide] [data-testid=chart-class-verdicts]').length;")
        .await?;
    check(
        verdicts == 0,
        "the class slide repeats the verdicts as a chart",
    )?;
    // On a 1280 × 720 projector the whole slide is in sight: the words beside the charts.
    let chrome = b
        .eval("return window.outerHeight - window.innerHeight;")
        .await?
        .as_i64()
        .unwrap_or(0);
    b.client
        .set_window_size(1280, 720 + u32::try_from(chrome).unwrap_or(0))
        .await?;
    let fits = b
        .eval(
            "const p = document.querySelector('[data-testid=present-page]');
             return [window.innerHeight, p.scrollHeight - p.clientHeight];",
        )
        .await?;
    check(
        fits[0] == 720 && fits[1].as_f64() == Some(0.0),
        format!("on a 1280 × 720 projector (inner height, hidden px): {fits}"),
    )?;
    // A chart on the slide keeps its own arrow keys: its cursor moves, the slide stays; Esc
    // puts the cursor away without leaving the presentation.
    let counter = b.text("[data-testid=present-counter]").await?;
    let drawing = b
        .wait_for("[data-testid=slide] [data-testid=chart-class-spread] .chart-drawing")
        .await?;
    drawing.send_keys("\u{e014}").await?;
    let readout = b
        .text("[data-testid=slide] [data-testid=chart-class-spread-readout]")
        .await?;
    drawing.send_keys("\u{e00c}").await?;
    let after = b.text("[data-testid=present-counter]").await?;
    check(
        after == counter
            && readout.contains(": ")
            && b.eval("return location.pathname;").await?
                == format!("/present/{SAMPLE_ID}").as_str(),
        format!("a chart's keys on the slide: {counter} → {after}, readout {readout:?}"),
    )?;
    // On a phone the slide is longer than the screen: Page Down scrolls it first, and the
    // next slide starts at its top.
    b.client.set_window_size(360, 800).await?;
    let scrolled = "return document.querySelector('[data-testid=present-page]').scrollTop;";
    b.eval("document.querySelector('[data-testid=present-page]').scrollTop = 0;")
        .await?;
    let body = b.client.find(fantoccini::Locator::Css("body")).await?;
    body.send_keys("\u{e00f}").await?;
    let top = b.eval(scrolled).await?.as_f64().unwrap_or(0.0);
    let still = b.text("[data-testid=present-counter]").await?;
    check(
        top > 0.0 && still == counter,
        format!("Page Down on a long slide: scrolled {top} px, {still}"),
    )?;
    for _ in 0..10 {
        if b.text("[data-testid=present-counter]").await? != counter {
            break;
        }
        body.send_keys("\u{e00f}").await?;
    }
    let next = b.text("[data-testid=present-counter]").await?;
    let top = b.eval(scrolled).await?.as_f64().unwrap_or(-1.0);
    check(
        next != counter && top == 0.0,
        format!("Page Down at the slide's end: {next}, scrolled {top} px"),
    )?;
    b.client.set_window_size(1280, 900).await?;
    b.visit(&board).await?;

    // Right to left on a phone.
    b.select("[data-testid=language]", "ar").await?;
    b.client.set_window_size(360, 800).await?;
    let o = overflow(&b).await?;
    check(
        o["extra"].as_f64().unwrap_or(0.0) <= 0.0,
        format!("the class board scrolls sideways at 360 px in Arabic: {o}"),
    )?;
    let dir = b.eval("return document.documentElement.dir;").await?;
    check(dir == "rtl", format!("dir {dir}"))?;
    let found = serious_violations(&b, &axe).await?;
    check(
        found.is_empty(),
        format!("axe, class board in Arabic: {found:?}"),
    )
}

/// Each step with formulas or defaults names their sources and says which numbers are only
/// illustrative.
async fn every_step_with_figures_says_where_they_come_from(b: Browser) -> Outcome {
    for (path, source) in [
        (
            format!("/accounts/{SAMPLE_ID}/cost-benefit"),
            "Stauss and Friege",
        ),
        (format!("/accounts/{SAMPLE_ID}/dialogue"), "Poblete"),
        (
            format!("/accounts/{SAMPLE_ID}/requirements"),
            "status-quo bias",
        ),
        ("/accounts/sample-current/visit".to_owned(), "Richter"),
    ] {
        b.visit(&path).await?;
        b.wait_for("[data-testid=source-note] summary")
            .await?
            .click()
            .await?;
        let text = b.text("[data-testid=source-note]").await?;
        check(
            text.contains(source)
                && (text.contains("illustrative")
                    || text.contains("your own")
                    || text.contains("you choose")),
            format!("{path}: {text}"),
        )?;
    }
    // And each figure says so on its own: an input's hint, a result's line.
    b.visit(&format!("/accounts/{SAMPLE_ID}/cost-benefit"))
        .await?;
    for (hint, says) in [
        ("cb-margin-hint", "illustrative default"),
        ("cb-revenue-hint", "your own figure"),
    ] {
        let text = b.text(&format!("#{hint}")).await?;
        check(text.contains(says), format!("{hint}: {text}"))?;
    }
    let origins = b
        .eval("return [...document.querySelectorAll('.result .origin')].map(e => e.textContent);")
        .await?;
    let origins: Vec<String> = serde_json::from_value(origins)?;
    check(
        origins.len() == 8
            && origins.iter().any(|o| o.contains("Stauss and Friege"))
            && origins.iter().all(|o| o.contains("arithmetic")),
        format!("results' origins: {origins:?}"),
    )?;
    b.visit("/accounts/sample-current/visit").await?;
    let text = b.text("#kc-new-success-hint").await?;
    check(
        text.contains("Richter") && text.contains("70%"),
        format!("new-customer success: {text}"),
    )?;
    Ok(())
}

/// The notice, once it names `name` (up to 10 s).
async fn notice_with(b: &Browser, name: &str) -> Result<String, Error> {
    let mut last = String::new();
    for _ in 0..100 {
        let text = b
            .eval("const n = document.querySelector('[data-testid=notice]'); return n ? n.textContent : '';")
            .await?;
        last = text.as_str().unwrap_or_default().to_owned();
        if last.contains(name) {
            return Ok(last);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("no notice naming {name}; the last: {last:?}").into())
}

/// A team's return link, once made for what the page now shows.
async fn return_link(s: &Browser, team: &str, before: &str) -> Result<String, Error> {
    type_into(s, "team-name", team).await?;
    s.wait_for("[data-testid=hand-in-link]")
        .await?
        .click()
        .await?;
    for _ in 0..100 {
        let link = s.value_of("hand-in-return-link").await?.unwrap_or_default();
        if !link.is_empty() && link != before {
            return Ok(link);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("no return link for {team}").into())
}

/// Teams send return links instead of files; the trainer pastes them all at once, or opens
/// one; what is refused is named and stays in the box.
async fn teams_hand_in_by_return_link(b: Browser) -> Outcome {
    let link = sample_link(&b).await?;
    let s = b.another().await?;
    let made = async {
        // Pasted into the address bar of a tab already on the app: only the `#` changes.
        s.visit("/").await?;
        s.eval(&format!(
            "location.href = {};",
            serde_json::to_string(&link)?
        ))
        .await?;
        let at = path_when(&s, |p| {
            p.starts_with("/accounts/") && !p.contains(SAMPLE_ID)
        })
        .await?;
        let id = at.split('/').nth(2).unwrap_or_default().to_owned();
        s.visit(&format!("/accounts/{id}/cost-benefit")).await?;
        let mut links: Vec<String> = Vec::new();
        for (team, probability) in [("Owls", "30"), ("Herons", "70"), ("Kites", "45")] {
            type_into(&s, "cb-probability", probability).await?;
            let before = links.last().cloned().unwrap_or_default();
            links.push(return_link(&s, team, &before).await?);
        }
        check(
            links
                .iter()
                .all(|l| l.starts_with(&format!("{}/#answer=", b.origin))),
            format!("return links: {links:?}"),
        )?;
        // Opened on the student's own device, the link says where it belongs; no class
        // board is started there.
        s.client.goto(&links[0]).await?;
        let notice = notice_with(&s, "Owls").await?;
        check(
            notice.contains("Owls") && notice.contains("send it to your trainer"),
            format!("own return link opened: {notice}"),
        )?;
        let classes = s
            .eval(
                "return localStorage.getItem('winback-planner.document').includes('\"classes\"');",
            )
            .await?;
        check(
            classes == false,
            "a class board was started on a student's device",
        )?;
        Ok::<_, Error>(links)
    }
    .await;
    s.close().await;
    let links = made?;

    // The trainer pastes two teams' links in a message, one twice, and a broken one.
    b.visit(&format!("/accounts/{SAMPLE_ID}/reasons")).await?;
    b.wait_for("[data-testid=class-board]")
        .await?
        .click()
        .await?;
    path_when(&b, |p| p.starts_with("/class/")).await?;
    let message = format!(
        "Owls: {}\nHerons here -> {} (sent twice: {})\nand <{}/#answer=AAAA>",
        links[0], links[1], links[0], b.origin
    );
    // Pasted, as a trainer would (typing thousands of characters key by key is slow).
    b.eval(&format!(
        "const box = document.querySelector('[data-testid=class-links]');
         box.value = {};
         box.dispatchEvent(new Event('input', {{ bubbles: true }}));",
        serde_json::to_string(&message)?
    ))
    .await?;
    b.wait_for("[data-testid=class-links-add]")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=class-refusals] li:nth-child(2)")
        .await?;
    let refusals = b.text("[data-testid=class-refusals]").await?;
    check(
        refusals.contains("return link 4")
            && refusals.contains("damaged")
            && refusals.contains("return link 3")
            && refusals.contains("already handed in"),
        format!("the refusals: {refusals}"),
    )?;
    let teams = b
        .eval("return [...document.querySelectorAll('[data-testid=class-row] th')].map(e => e.textContent);")
        .await?;
    check(
        teams == serde_json::json!(["Owls", "Herons"]),
        format!("rows: {teams}"),
    )?;
    let kept = b.value_of("class-links").await?.unwrap_or_default();
    check(
        kept.lines().count() == 2 && kept.contains(&links[0]) && kept.contains("#answer=AAAA"),
        format!("the box keeps what was not taken: {kept:?}"),
    )?;
    // Used after all (Owls' second answer in place of its first), a link leaves the box.
    b.wait_for("[data-testid=class-replace]")
        .await?
        .click()
        .await?;
    let mut kept = String::new();
    for _ in 0..20 {
        kept = b.value_of("class-links").await?.unwrap_or_default();
        if kept.lines().count() == 1 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    check(
        kept.trim() == format!("{}/#answer=AAAA", b.origin),
        format!("the box after the link was used: {kept:?}"),
    )?;

    // A link opened on the trainer's device goes to the class board.
    b.client.goto(&links[2]).await?;
    let board = path_when(&b, |p| p.starts_with("/class/")).await?;
    b.wait_for("[data-testid=class-row]:nth-child(3)").await?;
    let notice = notice_with(&b, "Kites").await?;
    check(
        notice.contains("class board") && !board.contains('#'),
        format!("opened on the trainer's device: {board}, {notice}"),
    )?;
    // Kept like any document (saving waits a moment after an edit).
    let mut stored = Value::Null;
    for _ in 0..50 {
        stored = b
            .eval("return JSON.parse(localStorage.getItem('winback-planner.document')).document.classes.map(c => c.answers.length);")
            .await?;
        if stored == serde_json::json!([3]) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err(format!("stored classes: {stored}").into())
}
