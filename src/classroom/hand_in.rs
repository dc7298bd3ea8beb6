use leptos::prelude::*;

use super::handout_link::use_packet_link;
use crate::files;
use crate::i18n::{errors, use_i18n, Key};
use crate::model::classroom::{answer_text, file_name, ClassError, PacketKind};
use crate::state::{memo, use_app_state, Detail, Notice};
use crate::steps::use_account;

/// A team names itself and hands in its answer — this account and the name, nothing else —
/// as a file or as a return link to send the trainer.
#[component]
pub fn HandIn(
    /// Whether it leads its card (a student's copy of a case) rather than following the
    /// trainer's tools.
    lead: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let ctx = use_account();
    let team = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // The answer, once the team has a name (nothing is read or written before).
    let answer = memo(move || {
        let name = team.get();
        if name.trim().is_empty() {
            return None;
        }
        ctx.read(None, |a| Some(answer_text(&name, a)))
    });
    // The return link is kept made for the answer as it stands, so "copy" copies at once,
    // within the click (browsers allow the clipboard only then).
    let link = use_packet_link(PacketKind::Answer, answer);
    let made = link.made;
    let url = move || link.url();
    // Why the answer cannot be handed in yet, next to the name field.
    let refuse = move || {
        let e = match answer.get_untracked() {
            Some(Ok(_)) => return,
            Some(Err(e)) => e,
            None => ClassError::NoTeam,
        };
        error.set(Some(errors::class_error(i18n.numbers(), &e)));
    };
    let save_file = move |_| {
        let Some(Ok(text)) = answer.get_untracked() else {
            return refuse();
        };
        let file = file_name("answer", &team.get_untracked());
        state.notice.set(Some(match files::download(&file, &text) {
            Ok(()) => Notice::status(Key::HandInSaved).with_args(vec![file]),
            Err(e) => Notice::alert(Key::SaveRefused, Some(Detail::File(e))),
        }));
    };
    let copy_link = move |_| {
        let Some(url) = url() else {
            if made.with_untracked(|m| matches!(m, Some(Err(_)))) {
                let notice = Notice::alert(Key::HandoutLinkFailed, None);
                state.notice.set(Some(notice));
            }
            return refuse();
        };
        state.copy_and_tell(url, Key::HandInLinkCopied);
    };
    let heading = move || i18n.t(Key::HandInHeading);
    view! {
        <div class="hand-in">
            {if lead {
                view! { <h2 id="hand-in-heading">{heading}</h2> }.into_any()
            } else {
                view! { <h3 id="hand-in-heading">{heading}</h3> }.into_any()
            }}
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
                        }
                    />
                </label>
                <button type="button" data-testid="hand-in" on:click=save_file>{i18n.s(Key::HandIn)}</button>
                <button type="button" data-testid="hand-in-link" on:click=copy_link>{i18n.s(Key::HandInLink)}</button>
            </div>
            <p id="team-name-error" class="field-error" role="alert">{move || error.get()}</p>
            <Show when=move || url().is_some()>
                <label class="field link-field">
                    <span>{i18n.s(Key::HandInLinkLabel)}</span>
                    <input type="text" readonly dir="ltr" data-testid="hand-in-return-link" prop:value=move || url().unwrap_or_default() />
                </label>
            </Show>
        </div>
    }
}
