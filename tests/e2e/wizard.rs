//! The wizard end to end: the worked reference through the `cb-*` inputs, invalid input,
//! creating an account and finding it again after a reload, the sample's summary.

use fantoccini::Locator;
use winback_planner::model::analysis::analyse;
use winback_planner::model::economics::{evaluate, CostBenefit, ModelInputs};
use winback_planner::model::locale::Lang;
use winback_planner::model::sample::brex_rilf;

use crate::browser::{check, Browser, Error, Outcome};
use crate::runner::tests;

tests!(
    worked_reference_through_the_inputs,
    invalid_input_keeps_the_last_valid_result,
    new_account_survives_a_reload,
    every_step_is_filled_and_kept,
    sample_summary_matches_the_engine,
);

const TAB: char = '\u{e004}';

/// Replaces a field's text as a user would (select all, type, leave with Tab).
pub async fn type_into(b: &Browser, testid: &str, text: &str) -> Outcome {
    let input = b.wait_for(&format!("[data-testid={testid}]")).await?;
    input.clear().await?;
    input.send_keys(&format!("{text}{TAB}")).await?;
    Ok(())
}

/// The `data-value` of an output, parsed; `None` when empty (undefined).
pub async fn out_value(b: &Browser, testid: &str) -> Result<Option<f64>, Error> {
    let el = b.wait_for(&format!("[data-testid={testid}]")).await?;
    let raw = el.attr("data-value").await?.unwrap_or_default();
    if raw.is_empty() {
        return Ok(None);
    }
    Ok(Some(raw.parse::<f64>().map_err(|e| {
        format!("{testid} data-value {raw:?}: {e}")
    })?))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

pub async fn create_account(b: &Browser, name: &str) -> Result<String, Error> {
    b.visit("/").await?;
    type_into(b, "account-name", name).await?;
    b.wait_for("[data-testid=new-account]")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=step-reasons][aria-current=step]")
        .await?;
    let url = b.client.current_url().await?;
    let id = url
        .path()
        .split('/')
        .nth(2)
        .ok_or("no account id in the URL")?
        .to_owned();
    Ok(id)
}

async fn worked_reference_through_the_inputs(b: Browser) -> Outcome {
    let id = create_account(&b, "Reference case").await?;
    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    let inputs = [
        ("revenue", "12,000,000"),
        ("margin", "30"),
        ("concession", "8"),
        ("volume", "110"),
        ("ramp", "2"),
        ("extra-cost", "250000"),
        ("investment", "900 000"),
        ("attempt-cost", "180000"),
        ("probability", "60%"),
        ("retention", "90"),
        ("discount", "8"),
        ("horizon", "5"),
        ("referral-value", "400000"),
    ];
    for (key, text) in inputs {
        type_into(&b, &format!("cb-{key}"), text).await?;
    }
    let cb = CostBenefit {
        revenue: 12e6,
        margin: 30.0,
        concession: 8.0,
        volume: 110.0,
        ramp: 2.0,
        extra_cost: 250e3,
        investment: 900e3,
        attempt_cost: 180e3,
        probability: 60.0,
        retention: 90.0,
        discount: 8.0,
        horizon: 5.0,
        referral_value: 400e3,
        sensitivity_delta: 10.0,
    };
    let e = evaluate(&ModelInputs::new(&cb, 0.0, 0.0), 10.0);
    let expected = [
        ("out-sltv", Some(e.sltv)),
        ("out-npv-won", Some(e.npv_won)),
        ("out-ev", Some(e.ev)),
        ("out-p-star", e.p_star),
        ("out-lost-value", Some(e.lost_value)),
        ("out-payback-year", e.payback_year.map(f64::from)),
        ("out-breakeven-volume", e.breakeven_volume),
        ("out-max-concession", e.max_concession),
    ];
    check(
        close(e.sltv, 6_974_538.465_9) || (e.sltv - 6_974_538.465_9).abs() < 1e-3,
        "engine reference",
    )?;
    for (testid, want) in expected {
        let got = out_value(&b, testid).await?;
        let ok = match (got, want) {
            (Some(g), Some(w)) => close(g, w),
            (None, None) => true,
            _ => false,
        };
        check(ok, format!("{testid}: page {got:?}, engine {want:?}"))?;
    }
    let reading = b.text("#out-p-star-reading").await?;
    check(
        reading.contains("2.6%"),
        format!("p-star in plain words: {reading}"),
    )
}

async fn invalid_input_keeps_the_last_valid_result(b: Browser) -> Outcome {
    b.visit("/accounts/sample-brex-rilf/cost-benefit").await?;
    type_into(&b, "cb-margin", "13").await?;
    let at_13 = out_value(&b, "out-ev").await?;
    // Typing "135" passes through "1" and "13" (both valid); "135" is refused and 13 stays.
    type_into(&b, "cb-margin", "135").await?;
    let error = b.text("[data-testid=cb-margin-error]").await?;
    check(error.contains("0 to 100"), format!("range named: {error}"))?;
    let invalid = b
        .wait_for("[data-testid=cb-margin]")
        .await?
        .attr("aria-invalid")
        .await?;
    check(invalid.as_deref() == Some("true"), "aria-invalid set")?;
    check(
        out_value(&b, "out-ev").await? == at_13,
        "ev unchanged after out-of-range input",
    )?;
    type_into(&b, "cb-margin", "abc").await?;
    check(
        b.text("[data-testid=cb-margin-error]")
            .await?
            .contains("not a number"),
        "unparsable text explained",
    )?;
    check(
        out_value(&b, "out-ev").await? == at_13,
        "ev unchanged after unparsable input",
    )?;
    type_into(&b, "cb-margin", "29").await?;
    check(
        b.text("[data-testid=cb-margin-error]").await?.is_empty(),
        "error cleared",
    )?;
    check(
        out_value(&b, "out-ev").await? != at_13,
        "ev follows a valid value",
    )
}

async fn new_account_survives_a_reload(b: Browser) -> Outcome {
    let id = create_account(&b, "Acme Optics").await?;
    let name = b
        .wait_for("[data-testid=account-name]")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    check(
        name == "Acme Optics",
        format!("name carried to step 1: {name}"),
    )?;
    b.wait_for("[data-testid=add-reason]")
        .await?
        .click()
        .await?;
    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    type_into(&b, "cb-revenue", "2500000").await?;
    type_into(&b, "cb-probability", "40").await?;
    // Saving is debounced; leave it time, then reload the page.
    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    b.client.refresh().await?;
    b.wait_for("main#main h1").await?;
    let revenue = b
        .wait_for("[data-testid=cb-revenue]")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    check(
        revenue == "2500000",
        format!("revenue after reload: {revenue}"),
    )?;
    b.visit("/").await?;
    let rows = b
        .client
        .find_all(Locator::Css("[data-testid=account-row]"))
        .await?;
    let mut texts = Vec::new();
    for row in rows {
        texts.push(row.text().await?);
    }
    check(
        texts.iter().any(|t| t.contains("Acme Optics")),
        format!("listed after reload: {texts:?}"),
    )?;
    let stored = b
        .eval("return localStorage.getItem('winback-planner.document')")
        .await?;
    let stored = stored.as_str().unwrap_or_default();
    check(
        stored.contains("Acme Optics") && stored.contains("\"revenue\":2500000"),
        "what is stored",
    )
}

async fn sample_summary_matches_the_engine(b: Browser) -> Outcome {
    b.visit("/accounts/sample-brex-rilf/summary").await?;
    let today = browser_today(&b).await?;
    let analysis = analyse(&brex_rilf(Lang::En), today);
    let decision = b
        .wait_for("[data-testid=verdict]")
        .await?
        .attr("data-decision")
        .await?
        .unwrap_or_default();
    let want = format!("{:?}", analysis.verdict.decision).to_lowercase();
    check(
        decision == want,
        format!("verdict {decision}, engine {want}"),
    )?;
    let findings = b
        .client
        .find_all(Locator::Css("[data-testid=findings] li"))
        .await?;
    check(
        findings.len() == analysis.verdict.findings.len(),
        "one line per finding",
    )?;
    let summary = b.text("[data-testid=summary]").await?;
    // WebDriver reads a no-break space as a space.
    let ev = winback_planner::model::locale::Numbers::ENGLISH
        .money(analysis.evaluation.ev, "EUR")
        .replace('\u{a0}', " ");
    check(summary.contains(&ev), format!("summary shows ev {ev}"))?;
    let plan = b
        .client
        .find_all(Locator::Css("[data-testid=action-plan] li"))
        .await?;
    check(!plan.is_empty(), "an action plan")
}

/// Today's date as the page's clock sees it (the app's coverage and plan depend on it).
async fn browser_today(b: &Browser) -> Result<winback_planner::model::date::Date, Error> {
    let v = b
        .eval("const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]")
        .await?;
    let n = |i: usize| v[i].as_i64().unwrap_or(1);
    Ok(
        winback_planner::model::date::Date::new(n(0) as i32, n(1) as u8, n(2) as u8)
            .ok_or("today is not a date")?,
    )
}

/// Clicks the first element matching `css`.
async fn click(b: &Browser, css: &str) -> Outcome {
    b.wait_for(css).await?.click().await?;
    Ok(())
}

/// Types into the `nth` text input inside the elements matching `scope`.
async fn type_in(b: &Browser, scope: &str, nth: usize, text: &str) -> Outcome {
    let inputs = b
        .client
        .find_all(Locator::Css(&format!("{scope} input[type=text]")))
        .await?;
    let input = inputs
        .get(nth)
        .ok_or_else(|| format!("no text input {nth} in {scope}"))?;
    input.send_keys(&format!("{text}{TAB}")).await?;
    Ok(())
}

async fn every_step_is_filled_and_kept(b: Browser) -> Outcome {
    let id = create_account(&b, "Full Steps Ltd").await?;
    click(&b, "[data-testid=add-reason]").await?;
    click(&b, "[data-testid=add-event]").await?;
    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    type_into(&b, "cb-revenue", "2,000,000").await?;
    type_into(&b, "cb-probability", "60").await?;
    type_into(&b, "cb-attempt-cost", "10000").await?;
    b.visit(&format!("/accounts/{id}/dialogue")).await?;
    for (cell, name) in [
        ("ours-operational", "Plant lead"),
        ("theirs-operational", "Their engineer"),
    ] {
        click(&b, &format!("[data-testid=cell-{cell}] button")).await?;
        type_in(
            &b,
            &format!("[data-testid=cell-{cell}] [data-testid=stakeholder]"),
            0,
            name,
        )
        .await?;
    }
    type_into(&b, "plan-meetings", "4").await?;
    type_into(&b, "plan-cost", "2500").await?;
    b.visit(&format!("/accounts/{id}/requirements")).await?;
    click(&b, "[data-testid=add-criterion]").await?;
    type_into(&b, "criterion-1-ours", "8").await?;
    type_into(&b, "criterion-1-incumbent", "5").await?;
    click(&b, "[data-testid=add-adaptation]").await?;
    type_into(&b, "adaptation-1-cost", "50000").await?;

    b.visit(&format!("/accounts/{id}/cost-benefit")).await?;
    let attempt = b.text("[data-testid=breakdown-attempt]").await?;
    check(
        attempt.contains("EUR 10,000 meeting plan (step 3: 4 meetings)"),
        format!("meeting plan feeds C: {attempt}"),
    )?;
    let investment = b.text("[data-testid=breakdown-investment]").await?;
    check(
        investment.contains("EUR 50,000 adaptation items"),
        format!("adaptations feed I0: {investment}"),
    )?;

    tokio::time::sleep(std::time::Duration::from_millis(800)).await;
    b.client.refresh().await?;
    b.visit(&format!("/accounts/{id}/summary")).await?;
    let stored = b
        .eval("return localStorage.getItem('winback-planner.document')")
        .await?;
    let envelope = winback_planner::model::persist::decode(stored.as_str().unwrap_or_default())?;
    let account = envelope
        .document
        .account(&id)
        .ok_or("the account is stored")?
        .clone();
    check(
        account.reasons.reasons.len() == 1 && account.reasons.events.len() == 1,
        "step 1 kept",
    )?;
    check(
        account.cost_benefit.revenue == 2e6 && account.cost_benefit.probability == 60.0,
        "step 2 kept",
    )?;
    let names: Vec<_> = account
        .dialogue
        .stakeholders
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    check(
        names == ["Plant lead", "Their engineer"],
        format!("step 3 kept: {names:?}"),
    )?;
    check(
        account.dialogue.plan.meetings == 4 && account.dialogue.plan.cost_per_meeting == 2500.0,
        "meeting plan kept",
    )?;
    let c = &account.requirements.criteria;
    check(
        c.len() == 1 && c[0].ours == 8.0 && c[0].incumbent == 5.0,
        "step 4 kept",
    )?;
    check(
        account.requirements.adaptations.first().map(|a| a.cost) == Some(50_000.0),
        "adaptation kept",
    )?;

    let today = browser_today(&b).await?;
    let want = format!("{:?}", analyse(&account, today).verdict.decision).to_lowercase();
    let shown = b
        .wait_for("[data-testid=verdict]")
        .await?
        .attr("data-decision")
        .await?
        .unwrap_or_default();
    check(shown == want, format!("verdict {shown}, engine {want}"))?;
    let progress = b.text("[data-testid=step-summary]").await?;
    check(
        progress.contains("complete"),
        format!("every step complete: {progress}"),
    )
}
