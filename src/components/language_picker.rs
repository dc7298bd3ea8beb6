use leptos::prelude::*;

use crate::i18n::{use_i18n, Key, Lang};
use crate::model::locale::Digits;

/// The interface language (each named in itself) and, for Arabic, its digits. Both are saved
/// with the document's settings; switching re-renders texts only, so drafts in fields stay.
#[component]
pub fn LanguagePicker() -> impl IntoView {
    let i18n = use_i18n();
    let on_lang = move |ev| {
        if let Some(lang) = Lang::from_slug(&event_target_value(&ev)) {
            i18n.set_lang(lang);
        }
    };
    let on_digits = move |ev| {
        if let Some(digits) = Digits::from_slug(&event_target_value(&ev)) {
            i18n.set_digits(digits);
        }
    };
    let digit_choices = [
        (Digits::Arab, Key::DigitsArab),
        (Digits::Latn, Key::DigitsLatn),
    ];
    view! {
        <div class="locale-picker">
            <label class="header-choice">
                <span>{i18n.s(Key::LanguageLabel)}</span>
                <select data-testid="language" on:change=on_lang>
                    {Lang::ALL
                        .map(|lang| {
                            view! {
                                <option
                                    value=lang.code()
                                    lang=lang.code()
                                    prop:selected=move || i18n.choice() == lang
                                >
                                    {lang.native_name()}
                                </option>
                            }
                        })}
                </select>
            </label>
            // Said in the language chosen, while its texts download (`i18n::packs`).
            <span
                class="texts-loading"
                role="status"
                dir="auto"
                lang=move || i18n.loading().map(Lang::code)
            >
                {move || i18n.loading().map(Lang::texts_loading)}
            </span>
            <Show when=move || i18n.lang() == Lang::Ar>
                <label class="header-choice">
                    <span>{i18n.s(Key::DigitsLabel)}</span>
                    <select data-testid="digits" on:change=on_digits>
                        {digit_choices
                            .map(|(digits, key)| {
                                view! {
                                    <option
                                        value=digits.slug()
                                        selected=move || i18n.numbers().digits() == digits
                                    >
                                        {i18n.s(key)}
                                    </option>
                                }
                            })}
                    </select>
                </label>
            </Show>
        </div>
    }
}
