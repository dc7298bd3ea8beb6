//! Keep close end to end: a current customer is created, the spec's worked reference typed
//! into the `kc-*` fields gives every `out-kc-*`; contacts that show end-of-project neglect
//! and an unattended opponent raise both signals with their facts; the visit choice is kept
//! and survives a reload; axe finds nothing serious on the three steps.

use winback_planner::model::keep_close::{stake, StakeInputs};

use crate::a11y::{axe_source, serious_violations};
use crate::browser::{check, Browser, Error, Outcome};
use crate::runner::tests;
use crate::wizard::{out_value, type_into};

tests!(
    a_current_customer_gets_the_worked_reference_and_keeps_its_visit_choice,
    neglect_at_the_end_and_an_unattended_opponent_are_signalled,
    the_list_sorts_by_drift_and_exports_csv,
);

/// Creates a current ("active") customer through the form; returns its id.
pub async fn create_current(b: &Browser, name: &str) -> Result<String, Error> {
    b.visit("/").await?;
    type_into(b, "account-name", name).await?;
    b.select("select[data-testid=account-status]", "active")
        .await?;
    b.wait_for("[data-testid=new-account]")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=step-bond][aria-current=step]")
        .await?;
    let url = b.client.current_url().await?;
    Ok(url
        .path()
        .split('/')
        .nth(2)
        .ok_or("no account id in the URL")?
        .to_owned())
}

/// Sets a date input (found by CSS) as the browser's date picker would.
async fn set_date(b: &Browser, css: &str, iso: &str) -> Outcome {
    b.wait_for(css).await?;
    b.client
        .execute(
            "const el = document.querySelector(arguments[0]); el.value = arguments[1];
             el.dispatchEvent(new Event('input', { bubbles: true }));
             el.dispatchEvent(new Event('change', { bubbles: true }));",
            vec![css.into(), iso.into()],
        )
        .await?;
    Ok(())
}

/// Chooses `value` in the first `<select>` under `scope` that offers it.
async fn choose(b: &Browser, scope: &str, value: &str) -> Outcome {
    let done = b
        .client
        .execute(
            "const s = [...document.querySelectorAll(arguments[0] + ' select')]
               .find(s => [...s.options].some(o => o.value === arguments[1]));
             if (!s) return false;
             s.value = arguments[1]; s.dispatchEvent(new Event('change', { bubbles: true })); return true;",
            vec![scope.into(), value.into()],
        )
        .await?;
    check(
        done == true,
        format!("no select offering {value} under {scope}"),
    )
}

async fn a_current_customer_gets_the_worked_reference_and_keeps_its_visit_choice(
    b: Browser,
) -> Outcome {
    let id = create_current(&b, "Current Ltd").await?;
    let steps = b
        .eval("return [...document.querySelectorAll('.step-nav a')].map(a => a.dataset.testid);")
        .await?;
    check(
        steps == serde_json::json!(["step-bond", "step-contacts", "step-visit"]),
        format!("a current customer's steps: {steps}"),
    )?;
    b.visit(&format!("/accounts/{id}/visit")).await?;
    let reference = [
        ("revenue", "4,000,000"),
        ("margin", "25"),
        ("retention", "85%"),
        ("discount", "10"),
        ("horizon", "5"),
        ("new-success", "30"),
        ("pursuit-cost", "60000"),
        ("trip-cost", "18 000"),
    ];
    for (key, text) in reference {
        type_into(&b, &format!("kc-{key}"), text).await?;
    }
    let want = stake(&StakeInputs {
        revenue: 4e6,
        margin: 25.0,
        retention: 85.0,
        discount: 10.0,
        horizon: 5.0,
        new_success: 30.0,
        pursuit_cost: 60e3,
        trip_cost: 18e3,
    });
    check(
        (want.clv - 2_897_975.641_3).abs() < 1e-3,
        format!("engine reference {want:?}"),
    )?;
    for (testid, value) in [
        ("out-kc-clv", Some(want.clv)),
        ("out-kc-replace-cost", Some(want.replace_cost)),
        ("out-kc-at-stake", Some(want.at_stake)),
        ("out-kc-visit-breakeven", want.visit_breakeven),
    ] {
        let got = out_value(&b, testid).await?;
        let ok = match (got, value) {
            (Some(g), Some(w)) => (g - w).abs() <= 1e-9 * w.abs().max(1.0),
            _ => false,
        };
        check(ok, format!("{testid}: page {got:?}, model {value:?}"))?;
    }
    let shown = b.text("[data-testid=out-kc-visit-breakeven]").await?;
    check(
        shown.contains("0.6 points"),
        format!("shown with one decimal: {shown}"),
    )?;
    // The choice: skip, kept with what was shown, after a reload too.
    b.wait_for("[data-testid=visit-skip]")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=visit-decision]").await?;
    b.client.refresh().await?;
    let decision = b.text("[data-testid=visit-decision]").await?;
    check(
        decision.contains("skip") && decision.contains("EUR 3,097,976"),
        format!("the decision after a reload: {decision}"),
    )?;
    let axe = axe_source()?;
    let mut found = Vec::new();
    for step in ["bond", "contacts", "visit"] {
        b.visit(&format!("/accounts/{id}/{step}")).await?;
        for v in serious_violations(&b, &axe).await? {
            found.push(format!("{step}: {v}"));
        }
    }
    check(found.is_empty(), found.join("\n"))
}

async fn neglect_at_the_end_and_an_unattended_opponent_are_signalled(b: Browser) -> Outcome {
    let id = create_current(&b, "Drifting Ltd").await?;
    // Judged as of 30 June 2026.
    set_date(&b, "[data-testid=account-as-of]", "2026-06-30").await?;
    b.visit(&format!("/accounts/{id}/contacts")).await?;
    // Weekly on-site visits while the project ran (January–February), one call as it closes.
    let mut log: Vec<(String, &str, &str)> = [
        "01-05", "01-12", "01-19", "01-26", "02-02", "02-09", "02-16", "02-23",
    ]
    .iter()
    .map(|day| (format!("2026-{day}"), "running", "on-site"))
    .collect();
    log.push(("2026-05-04".to_owned(), "closing", "call"));
    for (date, phase, kind) in log {
        set_date(&b, "[data-testid=contact-date]", &date).await?;
        choose(&b, ".contact-form", phase).await?;
        choose(&b, ".contact-form", kind).await?;
        b.wait_for("[data-testid=add-contact]")
            .await?
            .click()
            .await?;
    }
    let rows = b
        .eval("return document.querySelectorAll('[data-testid=contact-row]').length;")
        .await?;
    check(rows == 9, format!("contacts logged: {rows}"))?;
    // A date cleared is said in the page's words, and no contact is logged with the last one.
    set_date(&b, "[data-testid=contact-date]", "").await?;
    b.wait_for("[data-testid=add-contact]")
        .await?
        .click()
        .await?;
    let said = b.text("[data-testid=contact-date-error]").await?;
    let rows = b
        .eval("return document.querySelectorAll('[data-testid=contact-row]').length;")
        .await?;
    check(
        said == "Enter a real date." && rows == 9,
        format!("a cleared date: {said:?}, contacts {rows}"),
    )?;
    set_date(&b, "[data-testid=contact-date]", "2026-05-04").await?;
    let said = b.text("[data-testid=contact-date-error]").await?;
    check(said.is_empty(), format!("a real date again: {said:?}"))?;
    // An opponent on their side, last seen in January.
    b.wait_for("[data-testid=cell-theirs-middle] button")
        .await?
        .click()
        .await?;
    let name = b
        .wait_for("[data-testid=cell-theirs-middle] [data-testid=stakeholder] input[type=text]")
        .await?;
    name.send_keys("Dana Levi\u{e004}").await?;
    choose(&b, "[data-testid=cell-theirs-middle]", "opponent").await?;
    set_date(
        &b,
        "[data-testid=cell-theirs-middle] input[type=date]",
        "2026-01-10",
    )
    .await?;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let signals = b
        .eval(
            "return [...document.querySelectorAll('[data-testid=drift-signal]')]
               .map(s => [s.dataset.signal, s.textContent]);",
        )
        .await?;
    let text = signals.to_string();
    check(
        text.contains("neglect-at-the-end") && text.contains("the last 90 days had 1 contact"),
        format!("end-of-project neglect with its fact: {text}"),
    )?;
    check(
        text.contains("opponent-unattended")
            && text.contains("Dana Levi")
            && text.contains("2026-01-10"),
        format!("the unattended opponent with the last contact: {text}"),
    )?;
    // Kept: after a reload the signals are still raised from the stored log.
    b.client.refresh().await?;
    b.wait_for("[data-testid=drift-signal][data-signal=neglect-at-the-end]")
        .await?;

    // Lost after all: the same record opens the win-back steps with its history.
    b.visit(&format!("/accounts/{id}/visit")).await?;
    type_into(&b, "kc-revenue", "2,000,000").await?;
    type_into(&b, "kc-margin", "20").await?;
    b.visit(&format!("/accounts/{id}/bond")).await?;
    choose(&b, "main", "lost").await?;
    b.wait_for("[data-testid=step-reasons]").await?;
    b.visit(&format!("/accounts/{id}/reasons")).await?;
    let events = b
        .eval("return [...document.querySelectorAll('[data-testid=timeline] > li')].length;")
        .await?;
    check(
        events == 9,
        format!("the contact log's last year in the timeline: {events}"),
    )?;
    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    let revenue = b.value_of("cb-revenue").await?;
    let margin = b.value_of("cb-margin").await?;
    check(
        revenue.as_deref() == Some("2000000") && margin.as_deref() == Some("20"),
        format!("R0 and g from the first lifetime: {revenue:?}, {margin:?}"),
    )?;
    b.visit(&format!("/accounts/{id}/dialogue")).await?;
    let grid = b.text("[data-testid=dialogue-grid]").await?;
    check(
        grid.contains("Dana Levi"),
        format!("the people carried over: {grid}"),
    )
}

async fn the_list_sorts_by_drift_and_exports_csv(b: Browser) -> Outcome {
    b.visit("/").await?;
    b.select("select[data-testid=sort]", "drift").await?;
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    let first = b.text("[data-testid=account-row]").await?;
    check(
        first.contains("Meridian Foods") && first.contains("6 drift signals"),
        format!("the drifting customer first, with its signals: {first}"),
    )?;
    // The CSV as the browser would save it: captured at the object URL.
    b.eval("window.__csv = null; URL.createObjectURL = blob => { window.__csv = blob; return 'blob:captured'; };")
        .await?;
    b.wait_for("[data-testid=export-csv]")
        .await?
        .click()
        .await?;
    let text = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1];
             if (!window.__csv) return done(null);
             Promise.all([window.__csv.arrayBuffer(), window.__csv.text()])
               .then(([bytes, text]) => done([Array.from(new Uint8Array(bytes).slice(0, 3)), text]));",
            vec![],
        )
        .await?;
    let bom = text[0].clone();
    let text = text[1].as_str().unwrap_or_default().to_owned();
    check(
        bom == serde_json::json!([0xEF, 0xBB, 0xBF]),
        format!("UTF-8 byte-order mark: {bom}"),
    )?;
    check(
        text.starts_with("Customer,Status,Currency (code),Value at stake"),
        format!("header: {:?}", text.lines().next()),
    )?;
    let meridian = text
        .lines()
        .find(|l| l.contains("Meridian"))
        .unwrap_or_default();
    check(
        meridian.contains("At risk") && meridian.contains("no one of ours is on site"),
        format!("a current customer's row with its signals: {meridian}"),
    )?;
    check(
        text.lines().count() == 3,
        format!("a header and two accounts: {text}"),
    )
}
