//! Rendering the first page in several tasks. Chromium compiles each WebAssembly function on
//! the main thread the first time it runs, so the first render of a section costs several
//! times what it costs afterwards; rendered in one go, the start held the main thread for
//! 100–300 ms on a throttled phone (a tap while loading waited that long). While the app starts
//! hidden behind the first screen, each `Later` section renders in a task of its own, and the
//! app is shown only once all of them are in (`settle`), so nothing pops in on screen. After
//! that, sections render at once.

use std::cell::Cell;
use std::time::Duration;

use leptos::prelude::*;

thread_local! {
    /// Sections still waiting for their task; `None` once the app is shown.
    static WAITING: Cell<Option<u32>> = const { Cell::new(Some(0)) };
}

/// Renders its children in a later task while the app starts, at once afterwards.
#[component]
pub fn Later(
    /// The section.
    children: ChildrenFn,
) -> impl IntoView {
    let starting = WAITING.get().is_some();
    let (ready, set_ready) = signal(!starting);
    if starting {
        WAITING.set(WAITING.get().map(|n| n + 1));
        set_timeout(
            move || {
                WAITING.set(WAITING.get().map(|n| n.saturating_sub(1)));
                set_ready.set(true);
            },
            Duration::ZERO,
        );
    }
    move || ready.get().then(|| children())
}

/// Runs `then` once no section is waiting (at once if none is, else in a later task); from
/// then on, sections render at once. Call it a task after the page's render began, so that
/// the page's own sections have started waiting.
pub fn settle(then: impl FnOnce() + 'static) {
    if WAITING.get().is_some_and(|n| n > 0) {
        set_timeout(move || settle(then), Duration::ZERO);
    } else {
        WAITING.set(None);
        then();
    }
}
