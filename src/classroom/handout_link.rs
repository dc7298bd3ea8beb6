use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::link::{self, LinkError};
use crate::model::classroom::{handout, handout_text, ClassError, PacketKind};
use crate::state::memo;
use crate::steps::use_account;

/// A packet's text (none yet, or why it cannot be made) and its link once made.
#[derive(Clone, Copy)]
pub struct PacketLink {
    pub text: Memo<Option<Result<String, ClassError>>>,
    pub made: RwSignal<Option<Result<String, LinkError>>>,
}

impl PacketLink {
    /// The link, once made.
    pub fn url(&self) -> Option<String> {
        self.made
            .with(|m| m.as_ref().and_then(|r| r.as_ref().ok()).cloned())
    }
}

/// Keeps the link of `kind` made for `text` as it stands: compressing is asynchronous, so an
/// older result that arrives late is dropped, and no text means no link.
pub fn use_packet_link(
    kind: PacketKind,
    text: Memo<Option<Result<String, ClassError>>>,
) -> PacketLink {
    let made = RwSignal::new(None::<Result<String, LinkError>>);
    let generation = StoredValue::new(0_u32);
    Effect::new(move || {
        let plain = text.with(|t| t.as_ref().and_then(|t| t.as_ref().ok()).cloned());
        let mine = generation.get_value() + 1;
        generation.set_value(mine);
        made.set(None);
        let Some(plain) = plain else { return };
        spawn_local(async move {
            let result = link::make(kind, &plain).await;
            if generation.get_value() == mine {
                made.set(Some(result));
            }
        });
    });
    PacketLink { text, made }
}

/// The open account handed out as its kept choice says (`TeachingNotes::handout`, set in the
/// hand-out panel), so the panel and the presentation hand out the same: the hand-out's text
/// and its link.
pub fn use_handout_link() -> PacketLink {
    let ctx = use_account();
    let text = memo(move || {
        ctx.read(None, |a| {
            Some(handout_text(&handout(a, a.teaching.handout)))
        })
    });
    use_packet_link(PacketKind::Handout, text)
}
