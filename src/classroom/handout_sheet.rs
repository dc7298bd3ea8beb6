use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::model::classroom::{qr_path, SCANNABLE_LINK};
use crate::state::memo;
use crate::steps::use_account;

/// What students see on the screen or on paper: the case's name, how to open it, the QR
/// code of the link (sized to be scanned from the back of a room) and the link itself.
#[component]
pub fn HandoutSheet(
    /// The hand-out link, once made.
    #[prop(into)]
    url: Signal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let qr = memo(move || url.with(|u| u.as_deref().and_then(qr_path)));
    let name = move || ctx.read(String::new(), |a| a.name.clone());
    // A link too long for any QR code, or too dense to scan across a room, is said so.
    let advice = move || {
        let length = url.with(|u| u.as_ref().map(|u| u.chars().count()))?;
        if qr.with(Option::is_none) {
            Some(i18n.t(Key::HandoutQrTooLong))
        } else if length > SCANNABLE_LINK {
            Some(i18n.t(Key::HandoutQrDense))
        } else {
            None
        }
    };
    view! {
        <p class="hint qr-advice" role="status" data-testid="handout-qr-advice">{advice}</p>
        <Show when=move || qr.with(Option::is_some)>
            <div class="handout-sheet">
                <h3><bdi>{name}</bdi></h3>
                <p>{i18n.s(Key::HandoutSheetIntro)}</p>
                {move || qr.get().map(|(side, path)| view! {
                    <svg
                        class="qr"
                        data-testid="handout-qr"
                        role="img"
                        aria-label=i18n.t(Key::HandoutQrLabel)
                        viewBox=format!("0 0 {side} {side}")
                        shape-rendering="crispEdges"
                    >
                        <rect width="100%" height="100%" fill="#fff"></rect>
                        <path d=path fill="#000"></path>
                    </svg>
                })}
                <p class="sheet-link" dir="ltr">{move || url.get()}</p>
            </div>
        </Show>
    }
}
