//! Tier 3: end-to-end tests. Serves the release build in `dist/` on 127.0.0.1 and drives the
//! real app in headless Chromium through ChromeDriver. Run after `trunk build --release`.

#[cfg(not(target_arch = "wasm32"))]
mod a11y;
#[cfg(not(target_arch = "wasm32"))]
mod bench;
#[cfg(not(target_arch = "wasm32"))]
mod browser;
#[cfg(not(target_arch = "wasm32"))]
mod charts;
#[cfg(not(target_arch = "wasm32"))]
mod classroom;
#[cfg(not(target_arch = "wasm32"))]
mod core;
#[cfg(not(target_arch = "wasm32"))]
mod http;
#[cfg(not(target_arch = "wasm32"))]
mod i18n;
#[cfg(not(target_arch = "wasm32"))]
mod keep_close;
#[cfg(not(target_arch = "wasm32"))]
mod offline;
#[cfg(not(target_arch = "wasm32"))]
mod present;
#[cfg(not(target_arch = "wasm32"))]
mod runner;
#[cfg(not(target_arch = "wasm32"))]
mod server;
#[cfg(not(target_arch = "wasm32"))]
mod shell;
#[cfg(not(target_arch = "wasm32"))]
mod storage;
#[cfg(not(target_arch = "wasm32"))]
mod wizard;

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    runner::main();
}

/// WebDriver tests drive a browser from outside it: nothing to run on wasm32.
#[cfg(target_arch = "wasm32")]
fn main() {}
