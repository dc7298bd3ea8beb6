use leptos::prelude::*;

use crate::classroom::{use_handout_link, HandoutSheet};
use crate::model::classroom::HandoutChoice;
use crate::steps::use_account;

/// The hand-out on the projector: its QR code, filled in as the trainer chose in the hand-out
/// panel, so the class opens the case without the trainer leaving the presentation.
#[component]
pub fn HandoutSlide() -> impl IntoView {
    let ctx = use_account();
    let choice = Signal::derive(move || ctx.read(HandoutChoice::default(), |a| a.teaching.handout));
    let link = use_handout_link(choice);
    view! {
        <HandoutSheet url=Signal::derive(move || link.url()) />
    }
}
