//! The runner: one chromedriver, one static server, a fresh browser profile per test.

use std::future::Future;
use std::path::PathBuf;
use std::pin::Pin;
use std::sync::OnceLock;

use crate::browser::{Browser, Driver, Outcome};
use crate::server::StaticServer;
use libtest_mimic::{Arguments, Failed, Trial};

const TEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(120);

/// `TESTS`: each named async test function, registered under its own name.
macro_rules! tests {
    ($($name:ident),* $(,)?) => {
        pub const TESTS: &[(&str, $crate::runner::TestFn)] = &[$((stringify!($name), |b| Box::pin($name(b)))),*];
    };
}
pub(crate) use tests;

pub type TestFn = fn(Browser) -> Pin<Box<dyn Future<Output = Outcome>>>;

struct Env {
    server: StaticServer,
    driver_port: u16,
}

static ENV: OnceLock<Result<Env, String>> = OnceLock::new();

fn env(driver: &Driver) -> Result<&'static Env, Failed> {
    ENV.get_or_init(|| {
        let dist = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist");
        if !dist.join("index.html").exists() {
            return Err("dist/index.html is missing: run `trunk build --release` first".into());
        }
        let server = StaticServer::start(dist).map_err(|e| format!("cannot serve dist/: {e}"))?;
        Ok(Env {
            server,
            driver_port: driver.port,
        })
    })
    .as_ref()
    .map_err(|e| Failed::from(e.as_str()))
}

fn trial(name: &'static str, test: TestFn, driver: &'static Driver) -> Trial {
    Trial::test(name, move || {
        let env = env(driver)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| e.to_string())?;
        runtime.block_on(async {
            let browser = Browser::open(env.driver_port, &env.server.origin)
                .await
                .map_err(|e| e.to_string())?;
            let (client, profile) = (browser.client.clone(), browser.profile.clone());
            // A stuck test fails on its own instead of holding up the whole run.
            let result = match tokio::time::timeout(TEST_TIMEOUT, test(browser)).await {
                Ok(result) => result,
                Err(_) => Err(format!("timed out after {} s", TEST_TIMEOUT.as_secs()).into()),
            };
            let _ = client.close().await;
            let _ = std::fs::remove_dir_all(profile);
            result.map_err(|e| Failed::from(e.to_string()))
        })
    })
}

/// The shared environment, for tests that inspect the server's request log.
pub fn server() -> Option<&'static StaticServer> {
    ENV.get().and_then(|e| e.as_ref().ok()).map(|e| &e.server)
}

pub fn main() {
    let args = Arguments::from_args();
    static DRIVER: OnceLock<Driver> = OnceLock::new();
    let driver = match Driver::start() {
        Ok(d) => DRIVER.get_or_init(|| d),
        Err(e) => {
            eprintln!("end-to-end tests cannot run: {e}");
            std::process::exit(1);
        }
    };
    let suites = [
        crate::shell::TESTS,
        crate::wizard::TESTS,
        crate::storage::TESTS,
        crate::charts::TESTS,
        crate::core::TESTS,
        crate::offline::TESTS,
        crate::a11y::TESTS,
        crate::i18n::TESTS,
        crate::keep_close::TESTS,
        crate::classroom::TESTS,
        crate::present::TESTS,
    ];
    // Benchmarks report figures and run only on request (`-- --ignored`, see scripts/bench.sh).
    let benches = crate::bench::BENCHES
        .iter()
        .map(|(name, f)| trial(name, *f, driver).with_ignored_flag(true));
    let tests: Vec<Trial> = suites
        .concat()
        .iter()
        .map(|(name, f)| trial(name, *f, driver))
        .chain(benches)
        .collect();
    let conclusion = libtest_mimic::run(&args, tests);
    driver.stop();
    conclusion.exit();
}
