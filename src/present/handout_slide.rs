use leptos::prelude::*;

use crate::classroom::{use_handout_link, HandoutSheet};

/// The hand-out on the projector: its QR code, filled in as the trainer chose in the hand-out
/// panel, so the class opens the case without the trainer leaving the presentation.
#[component]
pub fn HandoutSlide() -> impl IntoView {
    let link = use_handout_link();
    view! {
        <HandoutSheet url=Signal::derive(move || link.url()) />
    }
}
