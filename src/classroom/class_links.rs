use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{use_i18n, Key};
use crate::link;
use crate::model::classroom::{answer_links, ClassError, PacketKind, Refusal};
use crate::state::{use_app_state, Notice};

/// Answers read from links (named "return link 1", …) and those that could not be read.
pub type Collected = (Vec<(String, String)>, Vec<Refusal>);

/// Return links pasted in any text (a chat, an e-mail): each is read and checked on its own;
/// the links not taken stay in the box, so nothing pasted is lost.
#[component]
pub fn ClassLinks(
    /// Adds the answers read and returns every refusal, by name.
    collect: Callback<Collected, Vec<Refusal>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let pasted = RwSignal::new(String::new());
    let reading = RwSignal::new(false);
    let add = move |_| {
        let coded: Vec<String> =
            pasted.with_untracked(|p| answer_links(p).into_iter().map(str::to_owned).collect());
        if coded.is_empty() {
            state
                .notice
                .set(Some(Notice::alert(Key::ClassLinksNone, None)));
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let mut read = Vec::new();
            let mut unreadable = Vec::new();
            let mut named = Vec::new();
            for (i, c) in coded.into_iter().enumerate() {
                let name = i18n.f(Key::LinkNumber, &[&i18n.numbers().whole(i as i64 + 1)]);
                match link::read(&c).await {
                    Ok(text) => read.push((name.clone(), text)),
                    Err(_) => unreadable.push(Refusal::new(name.clone(), ClassError::Damaged)),
                }
                named.push((name, c));
            }
            reading.set(false);
            let refused = collect.run((read, unreadable));
            let kept: Vec<String> = named
                .iter()
                .filter(|(name, _)| refused.iter().any(|r| &r.file == name))
                .map(|(_, c)| link::address(PacketKind::Answer, c))
                .collect();
            pasted.set(kept.join("\n"));
        });
    };
    view! {
        <div class="class-links">
            <label class="field">
                <span>{i18n.s(Key::ClassLinks)}</span>
                <textarea
                    rows="3"
                    dir="ltr"
                    data-testid="class-links"
                    prop:value=move || pasted.get()
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </label>
            <button
                type="button"
                data-testid="class-links-add"
                on:click=add
                disabled=move || reading.get() || pasted.with(|p| p.trim().is_empty())
            >
                {i18n.s(Key::ClassLinksAdd)}
            </button>
        </div>
    }
}
