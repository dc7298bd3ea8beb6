use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::link::{self, LinkError};
use crate::model::classroom::{handout, handout_text, ClassError, HandoutChoice, PacketKind};
use crate::steps::use_account;

/// The open account handed out as `choice` says: the hand-out's text, and its link once the
/// browser has compressed it.
#[derive(Clone, Copy)]
pub struct HandoutLink {
    pub text: Memo<Option<Result<String, ClassError>>>,
    pub made: RwSignal<Option<Result<String, LinkError>>>,
}

impl HandoutLink {
    /// The link, once made.
    pub fn url(&self) -> Option<String> {
        self.made
            .with(|m| m.as_ref().and_then(|r| r.as_ref().ok()).cloned())
    }
}

/// Keeps the hand-out link made for the account as it stands; compressing is asynchronous, so
/// an older result that arrives late is dropped.
pub fn use_handout_link(choice: Signal<HandoutChoice>) -> HandoutLink {
    let ctx = use_account();
    let text =
        Memo::new(move |_| ctx.read(None, |a| Some(handout_text(&handout(a, choice.get())))));
    let made = RwSignal::new(None::<Result<String, LinkError>>);
    let generation = StoredValue::new(0_u32);
    Effect::new(move || {
        let Some(Ok(text)) = text.get() else { return };
        made.set(None);
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        spawn_local(async move {
            let result = link::make(PacketKind::Handout, &text).await;
            if generation.get_value() == mine {
                made.set(Some(result));
            }
        });
    });
    HandoutLink { text, made }
}
