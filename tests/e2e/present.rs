//! Presentation mode end to end: every slide by keyboard, the reveal, the countdown, and a
//! presenter's window that follows the projector's (and the other way round).

use std::time::Duration;

use fantoccini::Locator;
use winback_planner::model::sample::SAMPLE_ID;
use winback_planner::model::step::Step;
use winback_planner::model::teaching::{deck, Slide};

use crate::a11y::{axe_source, serious_violations};
use crate::browser::{check, Browser, Error, Outcome};
use crate::core::overflow;
use crate::runner::tests;
use crate::wizard::type_into;

tests!(presenting_walks_every_slide_and_the_presenter_follows);

const OWN_NOTES: &str = "Ask who owned the decision to keep the 30% rise.";
const RIGHT: &str = "\u{e014}";
const LEFT: &str = "\u{e012}";
const PAGE_DOWN: &str = "\u{e00f}";
const PAGE_UP: &str = "\u{e00e}";
const ESCAPE: &str = "\u{e00c}";

/// Presses `key` as a clicker or keyboard would (sent to the page, not to a control).
async fn press(b: &Browser, key: &str) -> Outcome {
    b.client
        .find(Locator::Css("body"))
        .await?
        .send_keys(key)
        .await?;
    Ok(())
}

/// Waits (up to 5 s) until the counter reads slide `n` (from 1).
async fn on_slide(b: &Browser, n: usize) -> Outcome {
    let want = format!("Slide {n} of {}", deck().len());
    let mut seen = String::new();
    for _ in 0..50 {
        seen = b.text("[data-testid=present-counter]").await?;
        if seen == want {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // A slide longer than the screen takes a forward key to scroll first: say so.
    let room = b
        .eval("const p = document.querySelector('[data-testid=present-page]'); return [p.clientHeight, p.scrollHeight];")
        .await?;
    Err(format!(
        "expected “{want}”, the counter reads “{seen}” (page height, content height: {room})"
    )
    .into())
}

/// The hand-out panel's link, once made and different from `before`.
async fn panel_link(b: &Browser, before: &str) -> Result<String, Error> {
    for _ in 0..100 {
        let link = b.value_of("handout-link").await?.unwrap_or_default();
        if !link.is_empty() && link != before {
            return Ok(link);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Err("the hand-out panel made no new link".into())
}

/// Seconds on the countdown ("9:58" → 598).
async fn countdown(b: &Browser) -> Result<u64, Error> {
    let text = b.text("[data-testid=timer]").await?;
    let (m, s) = text.split_once(':').ok_or(format!("timer reads {text}"))?;
    Ok(m.trim().parse::<u64>()? * 60 + s.trim().parse::<u64>()?)
}

async fn presenting_walks_every_slide_and_the_presenter_follows(b: Browser) -> Outcome {
    // The trainer's own notes, kept from the class until revealed.
    b.visit(&format!("/accounts/{SAMPLE_ID}/reasons")).await?;
    type_into(&b, "teaching-notes", OWN_NOTES).await?;
    b.wait_for("[data-testid=teaching-reveal-later]")
        .await?
        .click()
        .await?;
    // The hand-out as chosen in the panel (the dialogue filled in too) is what the QR slide
    // hands out.
    b.wait_for("[data-testid=hand-out]").await?.click().await?;
    let short = panel_link(&b, "").await?;
    b.wait_for("[data-testid=handout-dialogue]")
        .await?
        .click()
        .await?;
    let chosen = panel_link(&b, &short).await?;
    let path = format!("/present/{SAMPLE_ID}");
    b.visit(&path).await?;
    let projector = b.client.window().await?;
    // The presenter's view in a second window of the same browser.
    let presenter = b.client.new_window(false).await?.handle;
    b.client.switch_to_window(presenter.clone()).await?;
    b.visit(&format!("{path}?view=presenter")).await?;
    b.wait_for("[data-testid=presenter-notes]").await?;
    b.client.switch_to_window(projector.clone()).await?;
    on_slide(&b, 1).await?;

    // Every slide by keyboard, as a clicker sends them.
    let count = deck().len();
    let mut titles = vec![b.text("[data-testid=slide] h2").await?];
    for n in 2..=count {
        press(&b, if n % 2 == 0 { RIGHT } else { PAGE_DOWN }).await?;
        on_slide(&b, n).await?;
        titles.push(b.text("[data-testid=slide] h2").await?);
        if n == 2 {
            // The hand-out's code on the projector, so the class opens the case from here.
            let qr = b
                .wait_for("[data-testid=slide] [data-testid=handout-qr]")
                .await?;
            let height = b
                .eval("return document.querySelector('[data-testid=slide] [data-testid=handout-qr]').getBoundingClientRect().height;")
                .await?;
            check(
                qr.attr("viewBox").await?.is_some() && height.as_f64().unwrap_or(0.0) >= 250.0,
                format!("the hand-out slide's QR code is {height} px high"),
            )?;
            let on_slide = b
                .eval(
                    "return document.querySelector('[data-testid=slide] .sheet-link').textContent;",
                )
                .await?;
            check(
                on_slide == chosen.as_str(),
                "the QR slide hands out other steps than the panel chose",
            )?;
        }
        if n == 3 {
            // The facts stop where the class must decide: the outcome is not told yet.
            let facts = b.text("[data-testid=slide]").await?;
            check(
                facts.contains("Re-contact begins") && !facts.contains("won back"),
                format!("the facts slide: {facts}"),
            )?;
        }
    }
    press(&b, RIGHT).await?;
    on_slide(&b, count).await?;
    check(
        titles.iter().any(|t| t.contains("question 3 of 3"))
            && titles.iter().any(|t| t.contains("What really happened")),
        format!("the slides: {titles:?}"),
    )?;
    // The last slide, the trainer's notes, waits for the reveal too.
    check(
        b.client
            .find_all(Locator::Css("[data-testid=revealed]"))
            .await?
            .is_empty(),
        "the notes show before the reveal",
    )?;
    b.wait_for("[data-testid=reveal]").await?.click().await?;
    let told = b.text("[data-testid=revealed]").await?;
    check(told == OWN_NOTES, format!("the revealed notes: {told}"))?;
    let dialogue = 1 + deck()
        .iter()
        .position(|s| {
            *s == Slide::Reveal {
                step: Step::Dialogue,
            }
        })
        .ok_or("no dialogue reveal")?;
    for n in (dialogue..count).rev() {
        press(&b, PAGE_UP).await?;
        on_slide(&b, n).await?;
    }

    // A reveal stays hidden until the trainer reveals it.
    let hidden = b
        .client
        .find_all(Locator::Css("[data-testid=revealed]"))
        .await?;
    check(hidden.is_empty(), "the outcome shows before the reveal")?;
    b.wait_for("[data-testid=reveal]").await?.click().await?;
    let told = b.text("[data-testid=revealed]").await?;
    check(
        told.contains("weekly"),
        format!("the revealed outcome: {told}"),
    )?;

    // The countdown runs, pauses and gains a minute.
    b.wait_for("[data-testid=timer-toggle]")
        .await?
        .click()
        .await?;
    tokio::time::sleep(Duration::from_millis(2300)).await;
    let running = countdown(&b).await?;
    check(
        (595..=598).contains(&running),
        format!("after about 2 s: {running} s"),
    )?;
    b.wait_for("[data-testid=timer-add]").await?.click().await?;
    let more = countdown(&b).await?;
    check(more >= running + 58, format!("+1 min: {running} → {more}"))?;

    // The presenter's window followed: same slide, its notes, the countdown running.
    b.client.switch_to_window(presenter.clone()).await?;
    on_slide(&b, dialogue).await?;
    let own = b.text("[data-testid=presenter-own-notes]").await?;
    check(
        own == OWN_NOTES,
        format!("the presenter's own notes: {own}"),
    )?;
    let notes = b.text("[data-testid=presenter-notes]").await?;
    check(
        notes.contains("weekly"),
        format!("the presenter's notes: {notes}"),
    )?;
    let next = b.text("[data-testid=presenter-next]").await?;
    check(
        next.contains("What really happened"),
        format!("next: {next}"),
    )?;
    let there = countdown(&b).await?;
    check(
        there.abs_diff(more) <= 2,
        format!("countdown {there} there, {more} here"),
    )?;
    // And the other way round.
    b.wait_for("[data-testid=present-next]")
        .await?
        .click()
        .await?;
    b.client.switch_to_window(projector.clone()).await?;
    on_slide(&b, dialogue + 1).await?;
    press(&b, LEFT).await?;
    on_slide(&b, dialogue).await?;

    let axe = axe_source()?;
    let found = serious_violations(&b, &axe).await?;
    check(found.is_empty(), format!("axe, presentation: {found:?}"))?;

    // Esc leaves for the account.
    press(&b, ESCAPE).await?;
    let mut left = false;
    for _ in 0..50 {
        let at = b.eval("return location.pathname;").await?;
        if at == format!("/accounts/{SAMPLE_ID}/reasons").as_str() {
            left = true;
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    check(left, "Esc did not leave the presentation")?;

    // Right to left, on a phone.
    b.select("[data-testid=language]", "he").await?;
    b.client.set_window_size(360, 800).await?;
    b.visit(&path).await?;
    let dir = b.eval("return document.documentElement.dir;").await?;
    let o = overflow(&b).await?;
    check(
        dir == "rtl" && o["extra"].as_f64().unwrap_or(0.0) <= 0.0,
        format!("Hebrew at 360 px: dir {dir}, {o}"),
    )?;
    let found = serious_violations(&b, &axe).await?;
    check(
        found.is_empty(),
        format!("axe, presentation in Hebrew: {found:?}"),
    )
}
