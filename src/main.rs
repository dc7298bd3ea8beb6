//! Entry point Trunk builds: install the panic hook, mount the app, take away the static
//! first screen `index.html` showed while the WebAssembly loaded. Nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    // The static first screen is always what paints first (and largest); the app mounts
    // once the browser has shown it, and its first render happens behind it.
    winback_planner::browser::after_first_paint(|| {
        leptos::mount::mount_to_body(winback_planner::App);
        winback_planner::browser::remove_boot_screen();
    });
}
