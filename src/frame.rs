//! The router and the page frame (header, main, footer).

use std::time::Duration;

use leptos::prelude::*;
use leptos_router::components::{FlatRoutes, Route, Router};
use leptos_router::path;

use crate::classroom::{ClassPage, HandoutReceiver};
use crate::components::{settle, Footer, Header, Later, NoticeBar, StorageBanner, UpdateBanner};
use crate::display::Display;
use crate::i18n::{I18n, Key};
use crate::pages::{AccountPage, AccountsPage, NotFound};
use crate::present::PresentPage;

/// The header, the main area with its banners and the routed page, and the footer.
#[component]
pub fn Frame(
    /// The texts.
    i18n: I18n,
    /// The display settings (the charts measure their place again once shown).
    display: Display,
) -> impl IntoView {
    // The page renders in a task after the frame's.
    let (page_ready, set_page_ready) = signal(false);
    set_timeout(
        move || render_page(i18n, set_page_ready, display),
        Duration::ZERO,
    );

    view! {
        <Router>
            <a class="skip-link" href="#main">{i18n.s(Key::SkipToContent)}</a>
            <Later>
                <Header />
            </Later>
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
fn render_page(i18n: I18n, set_page_ready: WriteSignal<bool>, display: Display) {
    if i18n.is_loading() {
        set_timeout(
            move || render_page(i18n, set_page_ready, display),
            Duration::from_millis(20),
        );
        return;
    }
    set_page_ready.set(true);
    // The page renders in this task's microtasks; its later sections (`Later`) each in a task
    // of their own. The app is shown once all are in. The hidden app is laid out at the
    // page's width (style/layout.css), so the charts drew at their size; they measure again
    // in case a scrollbar came with the page, and redraw only their data if nothing moved.
    set_timeout(
        move || {
            settle(move || {
                crate::browser::show_app();
                display.remeasure();
            })
        },
        Duration::ZERO,
    );
}
