//! Accessibility: axe-core (from the npm registry, installed by scripts/setup.sh --test) on
//! every page and step, and the whole wizard by keyboard alone.

use fantoccini::key::Key;
use serde_json::Value;

use crate::browser::{check, Browser, Error, Outcome};
use crate::runner::tests;

tests!(
    no_serious_accessibility_violations_anywhere,
    keyboard_alone_walks_the_wizard,
);

pub fn axe_source() -> Result<String, Error> {
    let path = std::env::var("AXE_CORE_JS").unwrap_or_else(|_| {
        concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/.tools/npm/node_modules/axe-core/axe.min.js"
        )
        .to_owned()
    });
    std::fs::read_to_string(&path).map_err(|e| {
        format!("axe-core not found at {path} ({e}): run scripts/setup.sh --test").into()
    })
}

/// Serious and critical axe violations on the current page, as "rule: target" lines.
pub async fn serious_violations(b: &Browser, axe: &str) -> Result<Vec<String>, Error> {
    b.client.execute(axe, vec![]).await?;
    let result = b
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations), e => done(String(e)));",
            vec![],
        )
        .await?;
    let violations = result
        .as_array()
        .ok_or_else(|| format!("axe failed: {result}"))?;
    Ok(violations
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .map(|v| {
            let targets: Vec<String> = v["nodes"]
                .as_array()
                .into_iter()
                .flatten()
                .take(3)
                .map(|n| n["target"].to_string())
                .collect();
            format!(
                "{}: {}",
                v["id"].as_str().unwrap_or("?"),
                targets.join(", ")
            )
        })
        .collect())
}

async fn no_serious_accessibility_violations_anywhere(b: Browser) -> Outcome {
    let axe = axe_source()?;
    let mut found = Vec::new();
    for path in [
        "/",
        "/accounts/sample-brex-rilf/reasons",
        "/accounts/sample-brex-rilf/cost-benefit",
        "/accounts/sample-brex-rilf/dialogue",
        "/accounts/sample-brex-rilf/requirements",
        "/accounts/sample-brex-rilf/summary",
        "/no/such/page",
    ] {
        b.visit(path).await?;
        for v in serious_violations(&b, &axe).await? {
            found.push(format!("{path} — {v}"));
        }
    }
    check(
        found.is_empty(),
        format!("serious or critical violations:\n{}", found.join("\n")),
    )
}

/// Presses Tab until the focused element matches `css` (at most `limit` presses).
async fn tab_to(b: &Browser, css: &str, limit: usize) -> Outcome {
    for _ in 0..limit {
        let hit = b
            .client
            .execute(
                "return document.activeElement.matches(arguments[0])",
                vec![Value::from(css)],
            )
            .await?;
        if hit == Value::Bool(true) {
            return Ok(());
        }
        b.client
            .active_element()
            .await?
            .send_keys(&String::from(char::from(Key::Tab)))
            .await?;
    }
    Err(format!("`{css}` not reached with {limit} Tab presses").into())
}

async fn keyboard_alone_walks_the_wizard(b: Browser) -> Outcome {
    b.visit("/").await?;
    tab_to(&b, "[data-testid=account-name]", 40).await?;
    b.client
        .active_element()
        .await?
        .send_keys("Keyboard Ltd")
        .await?;
    tab_to(&b, "[data-testid=new-account]", 10).await?;
    b.client
        .active_element()
        .await?
        .send_keys(&String::from(char::from(Key::Enter)))
        .await?;
    b.wait_for("[data-testid=step-reasons][aria-current=step]")
        .await?;
    for slug in ["cost-benefit", "dialogue", "requirements", "summary"] {
        tab_to(&b, &format!("[data-testid=step-{slug}]"), 60).await?;
        let ring = b
            .eval("return getComputedStyle(document.activeElement).outlineStyle")
            .await?;
        check(ring != "none", format!("step-{slug} shows focus"))?;
        b.client
            .active_element()
            .await?
            .send_keys(&String::from(char::from(Key::Enter)))
            .await?;
        b.wait_for(&format!("[data-testid=step-{slug}][aria-current=step]"))
            .await?;
        if slug == "cost-benefit" {
            tab_to(&b, "[data-testid=cb-revenue]", 60).await?;
            b.client
                .active_element()
                .await?
                .send_keys("1000000\u{e004}")
                .await?;
            let value = b
                .wait_for("[data-testid=out-lost-value]")
                .await?
                .attr("data-value")
                .await?
                .unwrap_or_default();
            check(
                value.parse::<f64>().is_ok_and(|v| v > 0.0),
                format!("results follow keyboard input: {value}"),
            )?;
        }
    }
    let verdict = b.wait_for("[data-testid=verdict]").await?.text().await?;
    check(!verdict.is_empty(), "the decision is shown")
}
