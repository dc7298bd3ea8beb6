use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};

/// Sets the document title to "<page> · <product>" while the page is shown.
#[component]
pub fn PageTitle(
    /// The page's own part of the title.
    #[prop(into)]
    text: Signal<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    Effect::new(move |_| {
        let page = text.get();
        let app = i18n.t(Key::AppName);
        document().set_title(&if page.is_empty() {
            app.to_owned()
        } else {
            format!("{page} · {app}")
        });
    });
}
