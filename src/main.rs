//! Entry point Trunk builds: install the panic hook and mount the app behind the static first
//! screen `index.html` showed while the WebAssembly loaded. Nothing else lives here.

fn main() {
    console_error_panic_hook::set_once();
    // The static first screen is always what paints first (and largest); the app mounts
    // once the browser has shown it, renders behind it (into the hidden `#app`) and takes its
    // place when its page is in (`App`, `browser::show_app`).
    winback_planner::browser::after_first_paint(|| match winback_planner::browser::app_root() {
        Some(root) => leptos::mount::mount_to(root, winback_planner::App).forget(),
        None => leptos::mount::mount_to_body(winback_planner::App),
    });
}
