use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::i18n::{use_i18n, Key};
use crate::link;
use crate::model::classroom::{answer_links, without_links, ClassError, PacketKind, Refusal};
use crate::state::{use_app_state, Notice};

/// Answers read from links (named "return link 1", …) and those that could not be read.
pub type Collected = (Vec<(String, String)>, Vec<Refusal>);

/// Return links pasted in any text (a chat, an e-mail): each is read and checked on its own;
/// the links not taken stay in the box, so nothing pasted is lost, until their refusal goes
/// (a team's later answer used in place of its first).
#[component]
pub fn ClassLinks(
    /// Adds the answers read and returns every refusal, by name.
    collect: Callback<Collected, Vec<Refusal>>,
    /// The refusals listed now.
    refused: RwSignal<Vec<Refusal>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let pasted = RwSignal::new(String::new());
    // The links kept in the box by the last reading: (name, address).
    let kept = RwSignal::new(Vec::<(String, String)>::new());
    // The box: what was pasted, less the kept links whose refusal has gone since.
    let shown = move || {
        let taken: Vec<String> = kept.with(|k| {
            refused.with(|r| {
                k.iter()
                    .filter(|(name, _)| !r.iter().any(|r| &r.file == name))
                    .map(|(_, address)| address.clone())
                    .collect()
            })
        });
        pasted.with(|p| without_links(p, &taken))
    };
    let reading = RwSignal::new(false);
    let add = move |_| {
        let coded: Vec<String> = answer_links(&untrack(shown))
            .into_iter()
            .map(str::to_owned)
            .collect();
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
            let still: Vec<(String, String)> = named
                .into_iter()
                .filter(|(name, _)| refused.iter().any(|r| &r.file == name))
                .map(|(name, c)| (name, link::address(PacketKind::Answer, &c)))
                .collect();
            pasted.set(
                still
                    .iter()
                    .map(|(_, a)| a.as_str())
                    .collect::<Vec<_>>()
                    .join("\n"),
            );
            kept.set(still);
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
                    prop:value=shown
                    on:input=move |ev| pasted.set(event_target_value(&ev))
                ></textarea>
            </label>
            <button
                type="button"
                data-testid="class-links-add"
                on:click=add
                disabled=move || reading.get() || shown().trim().is_empty()
            >
                {i18n.s(Key::ClassLinksAdd)}
            </button>
        </div>
    }
}
