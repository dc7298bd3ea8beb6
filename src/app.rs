//! The router and the page frame (header, main, footer).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::classroom::{ClassPage, HandoutReceiver};
use crate::components::{Footer, Header, NoticeBar, StorageBanner, UpdateBanner};
use crate::display::provide_display;
use crate::i18n::{provide_i18n, Key};
use crate::offline::provide_offline;
use crate::pages::{AccountPage, AccountsPage, NotFound};
use crate::present::PresentPage;
use crate::state::provide_app_state;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let state = provide_app_state();
    let i18n = provide_i18n(state);
    let display = provide_display(state);
    provide_offline(state);
    // The outside world: `<html lang dir data-digits>` follows the language, and `data-large-type` (which
    // scales the whole page's type) the large-type switch. One effect: each costs ~2 KB.
    Effect::new(move || {
        let (numbers, large) = (i18n.numbers(), display.large_type());
        let lang = numbers.lang();
        let Some(root) = document().document_element() else {
            return;
        };
        // Failing to set an attribute only loses the hint or the larger type; the page works.
        let _ = root.set_attribute("lang", lang.code());
        let _ = root.set_attribute("dir", lang.dir());
        // Numbered lists' markers in the digits the numbers are written with.
        let _ = root.set_attribute("data-digits", numbers.digits().slug());
        let _ = if large {
            root.set_attribute("data-large-type", "")
        } else {
            root.remove_attribute("data-large-type")
        };
    });

    // The first render in two tasks, the frame and then the page, so that the main thread is
    // never held for the whole of it: the start's longest task is about half as long (a tap
    // while loading is answered sooner). The first screen gives way once both are in.
    let (page_ready, set_page_ready) = signal(false);
    set_timeout(
        move || render_page(i18n, set_page_ready, display),
        Duration::ZERO,
    );

    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n.s(Key::SkipToContent)}</a>
            <Header />
            <main id="main" tabindex="-1">
                <UpdateBanner />
                <StorageBanner />
                <NoticeBar />
                <HandoutReceiver />
                {move || {
                    page_ready
                        .get()
                        .then(|| {
                            view! {
                                <FlatRoutes fallback=NotFound>
                                    <Route path=path!("/") view=AccountsPage />
                                    <Route path=path!("/accounts/:id/:step") view=AccountPage />
                                    <Route path=path!("/class/:id") view=ClassPage />
                                    <Route path=path!("/present/:id") view=PresentPage />
                                </FlatRoutes>
                            }
                        })
                }}
            </main>
            <Footer />
        </Router>
    }
}

/// Renders the page, and shows the app in place of the first screen, once the chosen
/// language's texts are here (an Arabic or Hebrew first visit downloads them while the wasm
/// starts): no page rendered in English first and again in its language. A failed download
/// shows the page in English, saying why.
fn render_page(
    i18n: crate::i18n::I18n,
    set_page_ready: WriteSignal<bool>,
    display: crate::display::Display,
) {
    if i18n.is_loading() {
        set_timeout(
            move || render_page(i18n, set_page_ready, display),
            Duration::from_millis(20),
        );
        return;
    }
    set_page_ready.set(true);
    // The page renders in this task's microtasks; it is shown in the next task, and what
    // measured its place while hidden (the charts) measures it again.
    set_timeout(
        move || {
            crate::browser::show_app();
            display.remeasure();
        },
        Duration::ZERO,
    );
}
