//! Entry point Trunk builds: install the panic hook, mount the app, take away the static
//! first screen `index.html` showed while the WebAssembly loaded. Nothing else lives here.

use leptos::prelude::{request_animation_frame, set_timeout};

fn main() {
    console_error_panic_hook::set_once();
    // On a fast load the wasm can be ready before the browser's first paint; mounting after
    // the next frame has painted makes the static first screen always what paints first, and
    // the app's own first render then happens behind it.
    request_animation_frame(|| {
        set_timeout(
            || {
                leptos::mount::mount_to_body(winback_planner::App);
                winback_planner::browser::remove_boot_screen();
            },
            std::time::Duration::ZERO,
        )
    });
}
