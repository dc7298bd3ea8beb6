//! Storage that never loses work: damaged, newer, old and full data; two tabs; import and
//! export; undo and backups. Each test checks what the user sees and what is stored.

use std::time::Duration;

use fantoccini::Locator;
use serde_json::Value;
use winback_planner::model::locale::Lang;
use winback_planner::model::persist::{encode, export, Document};
use winback_planner::model::sample::brex_rilf;

use crate::browser::{check, Browser, Error, Outcome};
use crate::runner::tests;
use crate::wizard::type_into;

tests!(
    damaged_data_is_kept_and_offers_three_ways_out,
    repair_keeps_the_accounts_that_still_read,
    newer_data_is_read_only,
    every_old_schema_sample_loads,
    full_storage_keeps_the_saved_data_and_says_so,
    an_idle_tab_follows_another_tab,
    a_stale_tab_never_overwrites_newer_data,
    delete_can_be_undone_and_backups_restored,
    bad_import_files_change_nothing,
    a_stale_tab_can_take_the_other_version,
    an_older_export_imports,
    large_document_load_and_save_times,
    export_then_import_round_trips,
);

const DOC: &str = "winback-planner.document";
const QUARANTINE: &str = "winback-planner.quarantine";

async fn stored(b: &Browser, key: &str) -> Result<Option<String>, Error> {
    Ok(b.client
        .execute(
            "return localStorage.getItem(arguments[0])",
            vec![key.into()],
        )
        .await?
        .as_str()
        .map(str::to_owned))
}

/// Puts `text` under the document key, then reloads so the app starts from it.
async fn start_with(b: &Browser, text: &str) -> Outcome {
    b.visit("/").await?;
    b.client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1])",
            vec![DOC.into(), text.into()],
        )
        .await?;
    b.client.refresh().await?;
    b.wait_for("main#main h1").await?;
    Ok(())
}

fn sample_text(revision: u64) -> Result<String, Error> {
    Ok(encode(
        &Document {
            accounts: vec![brex_rilf(Lang::En)],
            ..Document::default()
        },
        revision,
    )?)
}

async fn row_names(b: &Browser) -> Result<Vec<String>, Error> {
    let mut names = Vec::new();
    for row in b
        .client
        .find_all(Locator::Css("[data-testid=account-row] th a"))
        .await?
    {
        names.push(row.text().await?);
    }
    Ok(names)
}

async fn damaged_data_is_kept_and_offers_three_ways_out(b: Browser) -> Outcome {
    let good = sample_text(3)?;
    let damaged = [
        good[..good.len() / 2].to_owned(),
        good.replacen("\"revenue\":9500000.0", "\"revenue\":\"lots\"", 1),
        good.replacen("\"revenue\":9500000.0", "\"revenue\":NaN", 1),
        String::new(),
    ];
    for text in damaged {
        start_with(&b, &text).await?;
        let alert = b.text("[data-testid=storage-recovery]").await?;
        for choice in ["Download the damaged data", "Try to repair", "Start over"] {
            check(
                alert.contains(choice),
                format!("choice {choice:?} offered: {alert}"),
            )?;
        }
        tokio::time::sleep(Duration::from_millis(600)).await;
        check(
            stored(&b, DOC).await?.as_deref() == Some(text.as_str()),
            "the original text is untouched",
        )?;
        check(
            stored(&b, QUARANTINE).await?.as_deref() == Some(text.as_str()),
            "a copy is in quarantine",
        )?;
    }
    b.client
        .find(Locator::XPath("//button[.='Start over']"))
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=account-row]").await?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let now = stored(&b, DOC).await?.unwrap_or_default();
    check(
        now.contains("\"schema\":1") && now.contains("RILF"),
        "start over writes a fresh document",
    )
}

async fn repair_keeps_the_accounts_that_still_read(b: Browser) -> Outcome {
    let mut second = brex_rilf(Lang::En);
    second.id = "second".into();
    second.name = "Second customer".into();
    let text = encode(
        &Document {
            accounts: vec![brex_rilf(Lang::En), second],
            ..Document::default()
        },
        2,
    )?;
    let at = text.rfind("\"margin\":28.0").ok_or("margin in text")?;
    let damaged = format!(
        "{}\"margin\":\"x\"{}",
        &text[..at],
        &text[at + "\"margin\":28.0".len()..]
    );
    start_with(&b, &damaged).await?;
    b.client
        .find(Locator::XPath("//button[.='Try to repair']"))
        .await?
        .click()
        .await?;
    let notice = b.text("[data-testid=notice]").await?;
    check(
        notice.contains("could not be recovered") && notice.contains("Second customer"),
        format!("report: {notice}"),
    )?;
    let names = row_names(&b).await?;
    check(
        names.len() == 1 && names[0].contains("RILF"),
        format!("kept: {names:?}"),
    )?;
    let now = stored(&b, DOC).await?.unwrap_or_default();
    check(
        !now.contains("Second customer") && now.contains("RILF"),
        "the repaired document is saved",
    )
}

async fn newer_data_is_read_only(b: Browser) -> Outcome {
    let newer = sample_text(4)?.replacen("\"schema\":1", "\"schema\":9", 1);
    start_with(&b, &newer).await?;
    let alert = b.text("[data-testid=storage-read-only]").await?;
    check(alert.contains("newer version"), format!("message: {alert}"))?;
    check(
        row_names(&b).await?.iter().any(|n| n.contains("RILF")),
        "its accounts are shown",
    )?;
    let disabled = b
        .wait_for("[data-testid=new-account]")
        .await?
        .attr("disabled")
        .await?;
    check(disabled.is_some(), "creating is disabled")?;
    b.visit("/accounts/sample-brex-rilf/cost-benefit").await?;
    let field = b.wait_for("[data-testid=cb-revenue]").await?;
    check(
        field.attr("disabled").await?.is_some(),
        "inputs are disabled",
    )?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    check(
        stored(&b, DOC).await?.as_deref() == Some(newer.as_str()),
        "nothing written",
    )
}

async fn every_old_schema_sample_loads(b: Browser) -> Outcome {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let text = std::fs::read_to_string(&path)?;
        start_with(&b, &text).await?;
        check(
            b.client
                .find_all(Locator::Css("[data-testid=storage-recovery]"))
                .await?
                .is_empty(),
            format!("{path:?} read"),
        )?;
        check(
            !row_names(&b).await?.is_empty(),
            format!("{path:?}: accounts shown"),
        )?;
    }
    Ok(())
}

async fn full_storage_keeps_the_saved_data_and_says_so(b: Browser) -> Outcome {
    let saved = sample_text(5)?;
    start_with(&b, &saved).await?;
    // Fill the quota with other keys until the browser refuses.
    // Fill every last byte of the quota with other keys, in ever smaller pieces.
    let filled = b
        .eval(
            "let i = 0, last = ''; for (const size of [524288, 65536, 8192, 1024, 64, 1]) { \
               const chunk = 'x'.repeat(size); \
               try { for (;;) localStorage.setItem('filler-' + i++, chunk); } catch (e) { last = e.name; } } \
             return last;",
        )
        .await?;
    check(
        filled == "QuotaExceededError",
        format!("quota reached: {filled}"),
    )?;
    b.visit("/accounts/sample-brex-rilf/reasons").await?;
    type_into(
        &b,
        "account-name",
        "RILF, renamed to something longer than before",
    )
    .await?;
    let banner = b.text("[data-testid=storage-memory-only]").await?;
    check(
        banner.contains("kept only while this page is open"),
        format!("banner: {banner}"),
    )?;
    check(
        stored(&b, DOC).await?.as_deref() == Some(saved.as_str()),
        "the previous saved value is intact",
    )?;
    // Once space is free again, the user can resume saving without losing the edit.
    b.eval("Object.keys(localStorage).filter(k => k.startsWith('filler-')).forEach(k => localStorage.removeItem(k)); return 0").await?;
    b.wait_for("[data-testid=storage-retry]")
        .await?
        .click()
        .await?;
    let notice = b.text("[data-testid=notice]").await?;
    check(
        notice.contains("Saving works again"),
        format!("notice: {notice}"),
    )?;
    let now = stored(&b, DOC).await?.unwrap_or_default();
    check(
        now.contains("renamed to something longer"),
        "the edit made while full is now stored",
    )
}

async fn an_idle_tab_follows_another_tab(b: Browser) -> Outcome {
    start_with(&b, &sample_text(1)?).await?;
    let first = b.client.window().await?;
    let second = b.client.new_window(true).await?;
    b.client.switch_to_window(second.handle).await?;
    b.visit("/accounts/sample-brex-rilf/reasons").await?;
    type_into(&b, "account-name", "Renamed in tab two").await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    b.client.switch_to_window(first).await?;
    let names = row_names(&b).await?;
    check(
        names.iter().any(|n| n == "Renamed in tab two"),
        format!("the idle tab shows the other tab's change: {names:?}"),
    )
}

/// Opens the sample at revision 1, lets "another tab" store revision 7 (written directly: a
/// same-tab write raises no event), then edits here. Returns the other tab's text.
async fn edit_on_a_stale_base(b: &Browser) -> Result<String, Error> {
    start_with(b, &sample_text(1)?).await?;
    let mut theirs = brex_rilf(Lang::En);
    theirs.name = "Their version".into();
    let newer = encode(
        &Document {
            accounts: vec![theirs],
            ..Document::default()
        },
        7,
    )?;
    // Open the page first: a page load would simply read the newer data.
    b.visit("/accounts/sample-brex-rilf/reasons").await?;
    b.client
        .execute(
            "localStorage.setItem(arguments[0], arguments[1])",
            vec![DOC.into(), newer.clone().into()],
        )
        .await?;
    type_into(b, "account-name", "My version").await?;
    Ok(newer)
}

async fn a_stale_tab_never_overwrites_newer_data(b: Browser) -> Outcome {
    let newer = edit_on_a_stale_base(&b).await?;
    let conflict = b.text("[data-testid=storage-conflict]").await?;
    check(
        conflict.contains("Another tab"),
        format!("conflict shown: {conflict}"),
    )?;
    check(
        stored(&b, DOC).await?.as_deref() == Some(newer.as_str()),
        "the newer data is not overwritten",
    )?;
    b.client
        .find(Locator::XPath("//button[.=\"Keep this tab's version\"]"))
        .await?
        .click()
        .await?;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let now = stored(&b, DOC).await?.unwrap_or_default();
    check(
        now.contains("My version") && now.contains("\"revision\":8"),
        "mine written over revision 7",
    )
}

async fn delete_can_be_undone_and_backups_restored(b: Browser) -> Outcome {
    start_with(&b, &sample_text(1)?).await?;
    b.wait_for("[data-testid=delete-account]")
        .await?
        .click()
        .await?;
    check(row_names(&b).await?.is_empty(), "deleted")?;
    b.wait_for("[data-testid=notice-undo]")
        .await?
        .click()
        .await?;
    check(row_names(&b).await?.len() == 1, "undo brings it back")?;
    b.wait_for("[data-testid=delete-account]")
        .await?
        .click()
        .await?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    check(
        !stored(&b, DOC).await?.unwrap_or_default().contains("RILF"),
        "deletion saved",
    )?;
    b.wait_for("[data-testid=backups] summary")
        .await?
        .click()
        .await?;
    b.wait_for("[data-testid=backup-restore]")
        .await?
        .click()
        .await?;
    check(
        row_names(&b).await?.iter().any(|n| n.contains("RILF")),
        "restored from the backup",
    )?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    check(
        stored(&b, DOC).await?.unwrap_or_default().contains("RILF"),
        "restore saved",
    )
}

/// Sets a file input to a temporary file holding `text`.
async fn upload(b: &Browser, testid: &str, name: &str, text: &str) -> Outcome {
    let path = std::env::temp_dir().join(format!("winback-e2e-{}-{name}", std::process::id()));
    std::fs::write(&path, text)?;
    b.wait_for(&format!("[data-testid={testid}]"))
        .await?
        .send_keys(&path.display().to_string())
        .await?;
    Ok(())
}

async fn bad_import_files_change_nothing(b: Browser) -> Outcome {
    start_with(&b, &sample_text(1)?).await?;
    let before = stored(&b, DOC).await?;
    let deep = format!("{}{}", "[".repeat(5000), "]".repeat(5000));
    let newer = export(&[brex_rilf(Lang::En)])?.replacen("\"schema\":1", "\"schema\":3", 1);
    let out_of_range = export(&[brex_rilf(Lang::En)])?.replacen(
        "\"probability\":55.0",
        "\"probability\":555.0",
        1,
    );
    let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(5 * 1024 * 1024 + 10));
    let cases = [
        ("broken.json", "{not json".to_owned(), "not a valid"),
        ("deep.json", deep, "not a valid"),
        ("newer.json", newer, "newer version"),
        (
            "range.json",
            out_of_range,
            "Chance the attempt succeeds is 555, outside the valid range 0 to 100",
        ),
        ("huge.json", huge, "too large"),
        ("empty.json", String::new(), "empty"),
    ];
    for (name, text, reason) in cases {
        upload(&b, "import-file", name, &text).await?;
        let alert = b.text("[data-testid=notice][role=alert]").await?;
        check(
            alert.contains("nothing has changed") && alert.contains(reason),
            format!("{name}: {alert}"),
        )?;
        check(
            stored(&b, DOC).await? == before,
            format!("{name}: storage unchanged"),
        )?;
        check(
            row_names(&b).await?.len() == 1,
            format!("{name}: list unchanged"),
        )?;
    }
    Ok(())
}

async fn export_then_import_round_trips(b: Browser) -> Outcome {
    start_with(&b, &sample_text(1)?).await?;
    upload(
        &b,
        "import-file",
        "export.json",
        &export(&[brex_rilf(Lang::En)])?,
    )
    .await?;
    let notice = b.text("[data-testid=notice]").await?;
    check(
        notice.contains("Imported as new copies: 1 account."),
        format!("notice: {notice}"),
    )?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let doc: Value = serde_json::from_str(&stored(&b, DOC).await?.unwrap_or_default())?;
    let accounts = doc["document"]["accounts"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    check(accounts.len() == 2, "added as a copy")?;
    check(accounts[0]["id"] != accounts[1]["id"], "with a fresh id")?;
    let strip = |mut v: Value| {
        v["id"] = Value::Null;
        v["changed-at"] = Value::Null;
        v
    };
    check(
        strip(accounts[0].clone()) == strip(accounts[1].clone()),
        "equal apart from id",
    )
}

/// How many copies of the sample the large-document test stores.
const LARGE_ACCOUNTS: usize = 200;

/// Reports (does not assert) load and save times of a large document; asserts it round-trips.
async fn large_document_load_and_save_times(b: Browser) -> Outcome {
    let accounts = (0..LARGE_ACCOUNTS)
        .map(|i| {
            let mut a = brex_rilf(Lang::En);
            a.id = format!("big-{i}");
            a.name = format!("Customer {i:03}");
            a
        })
        .collect();
    let text = encode(
        &Document {
            accounts,
            ..Document::default()
        },
        1,
    )?;
    start_with(&b, &text).await?;
    check(
        row_names(&b).await?.len() == LARGE_ACCOUNTS,
        "every account listed",
    )?;
    let load = b
        .eval("return performance.getEntriesByName('winback-load')[0].duration")
        .await?;
    b.visit("/accounts/big-0/reasons").await?;
    type_into(&b, "account-name", "Customer zero").await?;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let save = b.eval("const s = performance.getEntriesByName('winback-save'); return s[s.length - 1].duration").await?;
    let now = stored(&b, DOC).await?.unwrap_or_default();
    check(
        now.contains("Customer zero") && now.contains("Customer 199"),
        "saved whole",
    )?;
    println!(
        "    large document: {LARGE_ACCOUNTS} accounts, {} bytes; load {:.1} ms, save {:.1} ms (Chromium, debug-free release build)",
        text.len(),
        load.as_f64().unwrap_or(f64::NAN),
        save.as_f64().unwrap_or(f64::NAN)
    );
    Ok(())
}

async fn a_stale_tab_can_take_the_other_version(b: Browser) -> Outcome {
    let newer = edit_on_a_stale_base(&b).await?;
    b.wait_for("[data-testid=storage-conflict]").await?;
    b.client
        .find(Locator::XPath(
            "//button[.=\"Use the other tab's version\"]",
        ))
        .await?
        .click()
        .await?;
    let name = b
        .wait_for("[data-testid=account-name]")
        .await?
        .prop("value")
        .await?
        .unwrap_or_default();
    check(
        name == "Their version",
        format!("the other tab's version is shown: {name}"),
    )?;
    tokio::time::sleep(Duration::from_millis(600)).await;
    check(
        stored(&b, DOC).await?.as_deref() == Some(newer.as_str()),
        "and stays stored as it was",
    )
}

async fn an_older_export_imports(b: Browser) -> Outcome {
    start_with(&b, &sample_text(1)?).await?;
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut imported = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let text = std::fs::read_to_string(&path)?;
        upload(&b, "import-file", "older.json", &text).await?;
        let notice = b.text("[data-testid=notice]").await?;
        check(
            notice.contains("Imported as new copies"),
            format!("{path:?}: {notice}"),
        )?;
        imported += 1;
    }
    check(
        row_names(&b).await?.len() == 1 + imported,
        "each file added its account",
    )
}
