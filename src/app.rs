//! The application: its state and the outside world it changes (the root element).

use leptos::prelude::*;

use crate::components::Later;
use crate::display::provide_display;
use crate::frame::Frame;
use crate::i18n::provide_i18n;
use crate::offline::provide_offline;
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

    // The frame renders in a task after this one (`Later`): the start is split into tasks
    // (this state, the frame, the page and its sections), none holding the main thread long.
    view! {
        <Later>
            <Frame i18n=i18n display=display />
        </Later>
    }
}
