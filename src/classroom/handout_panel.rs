use leptos::prelude::*;

use super::handout_link::{use_handout_link, PacketLink};
use super::handout_sheet::HandoutSheet;
use crate::components::step_label;
use crate::files;
use crate::i18n::{errors, use_i18n, Key};
use crate::model::classroom::{file_name, HandoutChoice};
use crate::state::{use_app_state, Detail, Notice};
use crate::steps::use_account;

/// What students receive (which steps come filled in), as a file and as a link.
#[component]
pub fn HandoutPanel() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let ctx = use_account();
    let link = use_handout_link();
    let PacketLink { text, made } = link;
    let url = move || link.url();
    let save_file = move |_| {
        let name = ctx.read(String::new(), |a| a.name.clone());
        let result = match text.get_untracked() {
            Some(Ok(text)) => {
                files::download(&file_name("handout", &name), &text).map_err(Detail::File)
            }
            Some(Err(e)) => Err(Detail::Class(e)),
            None => return,
        };
        if let Err(detail) = result {
            state
                .notice
                .set(Some(Notice::alert(Key::SaveRefused, Some(detail))));
        }
    };
    let copy = move |_| {
        if let Some(url) = url() {
            state.copy_and_tell(url, Key::HandoutCopied);
        }
    };
    // Only the sheet is printed: the page marks itself while the browser prints.
    let print = move |_| {
        let root = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element());
        if let Some(root) = &root {
            let _ = root.class_list().add_1("print-handout");
        }
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
        if let Some(root) = &root {
            let _ = root.class_list().remove_1("print-handout");
        }
    };
    let status = move || match made.get() {
        None => i18n.t(Key::HandoutLinkMaking).to_owned(),
        Some(Ok(url)) => i18n.f(
            Key::HandoutLinkSize,
            &[&i18n.numbers().whole(url.chars().count() as i64)],
        ),
        Some(Err(_)) => i18n.t(Key::HandoutLinkFailed).to_owned(),
    };
    let problem = move || match text.get() {
        Some(Err(e)) => Some(errors::class_error(i18n.numbers(), &e)),
        _ => None,
    };
    view! {
        <div class="handout">
            <p>{i18n.s(Key::HandoutIntro)}</p>
            <fieldset class="choices">
                <legend>{i18n.s(Key::HandoutPrefill)}</legend>
                {HandoutChoice::STEPS.map(|step| view! {
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid=format!("handout-{}", step.slug())
                            prop:checked=move || ctx.read(false, |a| a.teaching.handout.includes(step))
                            disabled=move || !ctx.editable()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                ctx.update(|a| a.teaching.handout.set(step, on));
                            }
                        />
                        <span>{move || i18n.t(step_label(step))}</span>
                    </label>
                })}
            </fieldset>
            <p class="field-error" role="alert">{problem}</p>
            <div class="tool-row">
                <button type="button" data-testid="handout-file" on:click=save_file>{i18n.s(Key::HandoutFile)}</button>
            </div>
            <label class="field link-field">
                <span>{i18n.s(Key::HandoutLink)}</span>
                <input type="text" readonly dir="ltr" data-testid="handout-link" prop:value=move || url().unwrap_or_default() aria-describedby="handout-link-status" />
            </label>
            <p id="handout-link-status" class="hint" role="status">{status}</p>
            <div class="tool-row">
                <button type="button" data-testid="handout-copy" on:click=copy disabled=move || url().is_none()>{i18n.s(Key::HandoutCopy)}</button>
                <button type="button" data-testid="handout-print" on:click=print disabled=move || url().is_none()>{i18n.s(Key::HandoutPrint)}</button>
            </div>
            <HandoutSheet url=Signal::derive(url) />
        </div>
    }
}
