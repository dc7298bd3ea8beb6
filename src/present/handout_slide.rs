use leptos::prelude::*;

use crate::classroom::{use_handout_link, HandoutSheet};
use crate::model::classroom::HandoutChoice;

/// The hand-out on the projector: its QR code and link, as handed out by default (the
/// numbers filled in; the class works out the rest), so the class opens the case without the
/// trainer leaving the presentation.
#[component]
pub fn HandoutSlide() -> impl IntoView {
    let link = use_handout_link(Signal::derive(HandoutChoice::default));
    view! {
        <HandoutSheet url=Signal::derive(move || link.url()) />
    }
}
