use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser::copy_text;
use crate::files;
use crate::i18n::{errors, use_i18n, Key};
use crate::link;
use crate::model::classroom::{answer_text, file_name, PacketKind};
use crate::state::{use_app_state, Detail, Notice};
use crate::steps::use_account;

/// A team names itself and hands in its answer — this account and the name, nothing else —
/// as a file or as a return link to send the trainer.
#[component]
pub fn HandIn() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let ctx = use_account();
    let team = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The return link with the account's change time it was made from: an edit since
    // makes it stale, and it is hidden.
    let link = RwSignal::new(None::<(f64, String)>);
    let changed = Memo::new(move |_| ctx.read(0.0, |a| a.changed_at));
    let current = move || {
        link.get()
            .filter(|(at, _)| *at == changed.get())
            .map(|(_, url)| url)
    };
    // The answer's text, or the reason it cannot be handed in (shown by the name field).
    let answer = move || -> Option<String> {
        let name = team.get_untracked();
        let text = ctx
            .account
            .with_untracked(|a| a.as_ref().map(|a| answer_text(&name, a)))?;
        text.map_err(|e| error.set(Some(errors::class_error(i18n.numbers(), &e))))
            .ok()
    };
    let save_file = move |_| {
        let Some(text) = answer() else { return };
        let file = file_name("answer", &team.get_untracked());
        match files::download(&file, &text) {
            Ok(()) => state
                .notice
                .set(Some(Notice::status(Key::HandInSaved).with_args(vec![file]))),
            Err(e) => state
                .notice
                .set(Some(Notice::alert(Key::SaveRefused, Some(Detail::File(e))))),
        }
    };
    let copy_link = move |_| {
        let Some(text) = answer() else { return };
        spawn_local(async move {
            let notice = match link::make(PacketKind::Answer, &text).await {
                Ok(url) => {
                    link.set(Some((changed.get_untracked(), url.clone())));
                    if copy_text(&url).await {
                        Notice::status(Key::HandInLinkCopied)
                    } else {
                        Notice::alert(Key::CopyFailed, None)
                    }
                }
                Err(_) => Notice::alert(Key::HandoutLinkFailed, None),
            };
            state.notice.set(Some(notice));
        });
    };
    view! {
        <div class="hand-in">
            <h3>{i18n.s(Key::HandInHeading)}</h3>
            <p class="hint">{i18n.s(Key::HandInIntro)}</p>
            <div class="tool-row">
                <label class="field">
                    <span>{i18n.s(Key::TeamName)}</span>
                    <input
                        type="text"
                        dir="auto"
                        data-testid="team-name"
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        aria-describedby="team-name-error"
                        prop:value=move || team.get()
                        on:input=move |ev| {
                            team.set(event_target_value(&ev));
                            error.set(None);
                            link.set(None);
                        }
                    />
                </label>
                <button type="button" data-testid="hand-in" on:click=save_file>{i18n.s(Key::HandIn)}</button>
                <button type="button" data-testid="hand-in-link" on:click=copy_link>{i18n.s(Key::HandInLink)}</button>
            </div>
            <p id="team-name-error" class="field-error" role="alert">{move || error.get()}</p>
            <Show when=move || current().is_some()>
                <label class="field link-field">
                    <span>{i18n.s(Key::HandInLinkLabel)}</span>
                    <input type="text" readonly dir="ltr" data-testid="hand-in-return-link" prop:value=move || current().unwrap_or_default() />
                </label>
            </Show>
        </div>
    }
}
