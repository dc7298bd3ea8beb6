use leptos::prelude::*;

use crate::i18n::{errors, use_i18n, Key};
use crate::state::{use_app_state, Detail};

/// The latest notice (saved, deleted, refused …), announced politely or as an alert, with
/// "Undo" where the action can be undone.
#[component]
pub fn NoticeBar() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // Each line with its language (one may not be the page's: read in the right voice).
    let lines = move |detail: &Detail| -> Vec<(String, &'static str)> {
        let lang = i18n.numbers();
        let lines = match detail {
            Detail::Persist(e) => vec![errors::persist_error(lang, e)],
            Detail::Storage(e) => vec![errors::storage_error(lang, e)],
            Detail::File(e) => vec![errors::file_error(lang, e)],
            Detail::Class(e) => vec![errors::class_error(lang, e)],
            Detail::Dropped(dropped) => dropped.iter().map(|d| errors::dropped(lang, d)).collect(),
            Detail::NotRemoved(keys) => keys
                .iter()
                .map(|(key, e)| format!("{key}: {}", errors::storage_error(lang, e)))
                .collect(),
            // Said in the language asked for, whose texts are not here.
            Detail::Texts(wanted) => {
                return vec![(wanted.texts_failed().to_owned(), wanted.code())]
            }
        };
        lines
            .into_iter()
            .map(|line| (line, lang.lang().code()))
            .collect()
    };
    let undo = move |_| state.undo();
    view! {
        {move || {
            state
                .notice
                .get()
                .map(|notice| {
                    let args: Vec<&str> = notice.args.iter().map(String::as_str).collect();
                    let message = i18n.f(notice.key, &args);
                    let details = notice.detail.as_ref().map(lines).unwrap_or_default();
                    let can_undo = notice.undo.is_some();
                    view! {
                        <div
                            class="notice"
                            role=if notice.alert { "alert" } else { "status" }
                            data-testid="notice"
                        >
                            <p>{message}</p>
                            <ul class="notice-details">
                                {details
                                    .into_iter()
                                    .map(|(l, lang)| view! { <li lang=lang>{l}</li> })
                                    .collect_view()}
                            </ul>
                            <div class="notice-actions">
                                <Show when=move || can_undo>
                                    <button type="button" data-testid="notice-undo" on:click=undo>
                                        {i18n.s(Key::Undo)}
                                    </button>
                                </Show>
                                <button type="button" on:click=move |_| state.notice.set(None)>
                                    {i18n.s(Key::Dismiss)}
                                </button>
                            </div>
                        </div>
                    }
                })
        }}
    }
}
