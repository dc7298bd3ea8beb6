use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::steps::use_account;

/// The trainer's own notes on the case, and whether the class sees them only when revealed.
#[component]
pub fn TeachingNotesEditor() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let text = move || ctx.read(String::new(), |a| a.teaching.text.clone());
    let later = move || ctx.read(false, |a| a.teaching.reveal_later);
    view! {
        <div class="teaching-notes">
            <label class="field">
                <span>{i18n.s(Key::TeachingNotesLabel)}</span>
                <textarea
                    dir="auto"
                    rows="4"
                    data-testid="teaching-notes"
                    prop:value=text
                    disabled=move || !ctx.editable()
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        ctx.update(|a| a.teaching.text = value);
                    }
                ></textarea>
            </label>
            <label class="check">
                <input
                    type="checkbox"
                    data-testid="teaching-reveal-later"
                    prop:checked=later
                    disabled=move || !ctx.editable()
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        ctx.update(|a| a.teaching.reveal_later = on);
                    }
                />
                <span>{i18n.s(Key::TeachingRevealLater)}</span>
            </label>
        </div>
    }
}
