use leptos::prelude::*;

use crate::files;
use crate::i18n::{errors, use_i18n, Key};
use crate::model::classroom::{answer_text, file_name};
use crate::state::{use_app_state, Detail, Notice};
use crate::steps::use_account;

/// A team names itself and saves its answer: this account and the name, nothing else.
#[component]
pub fn HandIn() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let ctx = use_account();
    let team = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let hand_in = move |_| {
        let name = team.get_untracked();
        let text = ctx
            .account
            .with_untracked(|a| a.as_ref().map(|a| answer_text(&name, a)));
        let Some(text) = text else { return };
        let file = file_name("answer", &name);
        match text {
            Ok(text) => match files::download(&file, &text) {
                Ok(()) => {
                    error.set(None);
                    state
                        .notice
                        .set(Some(Notice::status(Key::HandInSaved).with_args(vec![file])));
                }
                Err(e) => state
                    .notice
                    .set(Some(Notice::alert(Key::SaveRefused, Some(Detail::File(e))))),
            },
            Err(e) => error.set(Some(errors::class_error(i18n.numbers(), &e))),
        }
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
                        }
                    />
                </label>
                <button type="button" data-testid="hand-in" on:click=hand_in>{i18n.s(Key::HandIn)}</button>
            </div>
            <p id="team-name-error" class="field-error" role="alert">{move || error.get()}</p>
        </div>
    }
}
