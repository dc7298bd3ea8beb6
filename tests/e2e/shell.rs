//! The app shell: routes, titles, language attributes, keyboard entry, and the strict CSP.

use fantoccini::key::Key;
use fantoccini::Locator;

use crate::browser::{check, Browser, Outcome};
use crate::runner::tests;

tests!(
    home_renders_the_shell,
    deep_link_to_a_step_selects_its_tab,
    unknown_address_shows_not_found,
    unknown_step_is_explained,
    keyboard_users_can_skip_to_content,
    csp_is_strict_and_nothing_leaves_the_origin,
);

async fn home_renders_the_shell(b: Browser) -> Outcome {
    b.visit("/").await?;
    check(b.text("main h1").await? == "Accounts", "home heading")?;
    check(
        b.text("header .brand-name").await? == "Win-Back Planner",
        "product name in header",
    )?;
    let footer = b.text("[data-testid=privacy-footer]").await?;
    check(
        footer.contains("stays on this device"),
        format!("privacy footer: {footer}"),
    )?;
    let title = b.client.title().await?;
    check(
        title == "Accounts · Win-Back Planner",
        format!("title: {title}"),
    )?;
    let lang = b
        .eval("return [document.documentElement.lang, document.documentElement.dir]")
        .await?;
    check(
        lang == serde_json::json!(["en", "ltr"]),
        format!("<html lang dir>: {lang}"),
    )?;
    let nav = b.wait_for("header nav a").await?;
    check(
        nav.attr("aria-current").await?.as_deref() == Some("page"),
        "the accounts link marked as the current page",
    )
}

async fn deep_link_to_a_step_selects_its_tab(b: Browser) -> Outcome {
    b.visit("/accounts/sample-brex-rilf/cost-benefit").await?;
    for slug in [
        "reasons",
        "cost-benefit",
        "dialogue",
        "requirements",
        "summary",
    ] {
        let tab = b.wait_for(&format!("[data-testid=step-{slug}]")).await?;
        let href = tab.attr("href").await?.unwrap_or_default();
        check(
            href == format!("/accounts/sample-brex-rilf/{slug}"),
            format!("step-{slug} href: {href}"),
        )?;
    }
    let nav = b.wait_for("header nav a").await?;
    check(
        nav.attr("aria-current").await?.is_none(),
        "the accounts link is not current on an account",
    )?;
    // Moving between steps updates the page, it does not build it anew.
    b.eval("document.querySelector('main h1').dataset.kept = 'yes'; return 1")
        .await?;
    let current = b.wait_for("[data-testid=step-cost-benefit]").await?;
    check(
        current.attr("aria-current").await?.as_deref() == Some("step"),
        "current step marked",
    )?;
    b.wait_for("[data-testid=step-dialogue]")
        .await?
        .click()
        .await?;
    b.client
        .wait()
        .for_url(&url_of(&b, "/accounts/sample-brex-rilf/dialogue")?)
        .await
        .map_err(|e| format!("navigating to the dialogue step: {e}"))?;
    let dialogue = b
        .wait_for("[data-testid=step-dialogue][aria-current=step]")
        .await?;
    check(
        dialogue.text().await?.contains("The dialogue"),
        "dialogue tab label",
    )?;
    let kept = b
        .eval("return document.querySelector('main h1').dataset.kept || ''")
        .await?;
    check(kept == "yes", "the account page was kept across steps")?;
    let title = b.client.title().await?;
    check(
        title.ends_with("· Win-Back Planner"),
        format!("title: {title}"),
    )
}

fn url_of(b: &Browser, path: &str) -> Result<url::Url, crate::browser::Error> {
    Ok(url::Url::parse(&format!("{}{}", b.origin, path))?)
}

async fn unknown_address_shows_not_found(b: Browser) -> Outcome {
    b.visit("/no/such/page").await?;
    check(
        b.text("main h1").await? == "Page not found",
        "not-found heading",
    )?;
    let title = b.client.title().await?;
    check(
        title == "Page not found · Win-Back Planner",
        format!("title: {title}"),
    )?;
    b.client
        .find(Locator::LinkText("Back to the accounts"))
        .await?
        .click()
        .await?;
    b.client.wait().for_url(&url_of(&b, "/")?).await?;
    check(
        b.text("main h1").await? == "Accounts",
        "back on the accounts page",
    )
}

async fn unknown_step_is_explained(b: Browser) -> Outcome {
    b.visit("/accounts/sample-brex-rilf/costs").await?;
    let alert = b.text("main [role=alert]").await?;
    check(
        alert.contains("There is no step “costs”"),
        format!("alert: {alert}"),
    )
}

async fn keyboard_users_can_skip_to_content(b: Browser) -> Outcome {
    b.visit("/").await?;
    b.client
        .find(Locator::Css("body"))
        .await?
        .send_keys(&String::from(char::from(Key::Tab)))
        .await?;
    let focused = b.eval("return document.activeElement.textContent").await?;
    check(
        focused == "Skip to content",
        format!("first Tab stop: {focused}"),
    )?;
    let outline = b
        .eval("return getComputedStyle(document.activeElement).outlineStyle")
        .await?;
    check(outline != "none", "the focused link shows a focus ring")
}

async fn csp_is_strict_and_nothing_leaves_the_origin(b: Browser) -> Outcome {
    let html = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/dist/index.html"))?;
    // The whole <meta> tag: the release build's minifier may put `content` before `http-equiv`.
    let marker = html
        .find("Content-Security-Policy")
        .ok_or("no CSP meta tag in dist/index.html")?;
    let start = html[..marker]
        .rfind("<meta")
        .ok_or("the CSP is not in a <meta> tag")?;
    let end = html[marker..].find('>').map_or(html.len(), |e| marker + e);
    let csp = &html[start..end];
    for must in [
        "script-src 'self' 'wasm-unsafe-eval' 'sha256-",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
    ] {
        check(csp.contains(must), format!("CSP lacks {must}: {csp}"))?;
    }
    for banned in ["'unsafe-inline'", "'unsafe-eval'", "CSP_SCRIPT_HASHES"] {
        check(
            !csp.contains(banned),
            format!("CSP contains {banned}: {csp}"),
        )?;
    }

    b.visit("/").await?;
    b.visit("/accounts/sample-brex-rilf/reasons").await?;
    let problems: Vec<_> = b
        .console()
        .await?
        .into_iter()
        .filter(|(level, msg)| level == "SEVERE" || msg.contains("Content Security Policy"))
        .collect();
    check(
        problems.is_empty(),
        format!("console errors or CSP violations: {problems:?}"),
    )?;

    let origins = b
        .eval("return performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).map(e => new URL(e.name).origin)")
        .await?;
    let foreign: Vec<_> = origins
        .as_array()
        .into_iter()
        .flatten()
        .filter(|o| o.as_str() != Some(b.origin.as_str()))
        .collect();
    check(
        foreign.is_empty(),
        format!("requests outside the origin: {foreign:?}"),
    )?;
    let served = crate::runner::server()
        .map(|s| s.requests())
        .unwrap_or_default();
    check(
        served.iter().any(|p| p.ends_with(".wasm")),
        format!("the server saw the wasm request: {served:?}"),
    )?;

    // The detector itself must see a violation, or the zero above proves nothing: an inline
    // script added by the page is refused by the CSP.
    b.eval("const s = document.createElement('script'); s.textContent = 'window.__inline = 1'; document.body.appendChild(s); return true").await?;
    let ran = b.eval("return window.__inline === 1").await?;
    check(
        ran == serde_json::Value::Bool(false),
        "an inline script ran despite the CSP",
    )?;
    let seen = b
        .console()
        .await?
        .iter()
        .any(|(_, msg)| msg.contains("Content Security Policy"));
    check(
        seen,
        "a deliberate eval() was not reported as a CSP violation",
    )
}
