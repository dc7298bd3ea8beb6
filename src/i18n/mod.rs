//! The current language in context (`App` mirrors it onto `<html lang dir>`).

/// One language's table (`catalog::Table`): every key once, in `Key` order — checked when
/// compiling, so a missing, doubled or misplaced key does not build.
macro_rules! translations {
    ($($key:ident => $text:literal,)*) => {
        const TEXTS: &str = concat!($($text, "\0",)*);
        const COUNT: usize = [$(Key::$key,)*].len();
        static ENDS: [u16; COUNT] = $crate::i18n::catalog::nul_positions::<COUNT>(TEXTS);
        const _: () = {
            let keys = [$(Key::$key,)*];
            assert!(keys.len() == Key::ALL.len(), "a key is missing or doubled");
            let mut i = 0;
            while i < keys.len() {
                assert!(keys[i] as usize == i, "keys out of the catalog's order");
                i += 1;
            }
        };
        /// This language's texts.
        pub static TABLE: $crate::i18n::catalog::Table = $crate::i18n::catalog::Table::new(TEXTS, &ENDS);
    };
}

mod ar;
pub(crate) mod catalog;
pub mod errors;
mod he;
pub mod labels;

pub use catalog::{count, format, text, Key, Lang};

use leptos::prelude::*;

use crate::browser::browser_lang;
use crate::model::locale::{Digits, Numbers};
use crate::state::AppState;

/// The interface language and number style, shared through context. Both follow the
/// document's settings; before the user chooses, the browser's preferred languages decide.
#[derive(Clone, Copy)]
pub struct I18n {
    numbers: Memo<Numbers>,
    state: Option<AppState>,
}

impl I18n {
    /// The current language (reactive).
    // Not inlined: called from dozens of views, one copy keeps the wasm smaller.
    #[inline(never)]
    pub fn lang(&self) -> Lang {
        self.numbers.get().lang()
    }

    /// How numbers are written now (reactive).
    // Not inlined: called from dozens of views, one copy keeps the wasm smaller.
    #[inline(never)]
    pub fn numbers(&self) -> Numbers {
        self.numbers.get()
    }

    /// Switches the interface language (saved with the document's settings).
    pub fn set_lang(&self, lang: Lang) {
        if let Some(state) = self.state {
            state.edit(|doc| doc.settings.language = Some(lang.code().to_owned()));
        }
    }

    /// Chooses the digits Arabic is written with (saved with the document's settings).
    pub fn set_digits(&self, digits: Digits) {
        if let Some(state) = self.state {
            state.edit(|doc| doc.settings.digits = Some(digits.slug().to_owned()));
        }
    }

    /// The text for `key` in the current language (reactive).
    // Not inlined: called from dozens of views, one copy keeps the wasm smaller.
    #[inline(never)]
    pub fn t(&self, key: Key) -> &'static str {
        text(self.lang(), key)
    }

    /// The text for `key` as a signal. Views render every such text with one type, which
    /// keeps the wasm far smaller than a distinct closure per text.
    pub fn s(&self, key: Key) -> Signal<&'static str> {
        let numbers = self.numbers;
        Signal::derive(move || text(numbers.get().lang(), key))
    }

    /// The text for `key` with its placeholders filled (reactive).
    // Not inlined: called from dozens of views, one copy keeps the wasm smaller.
    #[inline(never)]
    pub fn f(&self, key: Key, args: &[&str]) -> String {
        format(self.lang(), key, args)
    }

    /// The counted phrase `key` for `n` ("5 years", "٥ سنوات") (reactive).
    // Not inlined: called from dozens of views, one copy keeps the wasm smaller.
    #[inline(never)]
    pub fn count(&self, key: Key, n: u64) -> String {
        count(self.numbers(), key, n)
    }
}

/// Puts the language in context.
pub fn provide_i18n(state: AppState) -> I18n {
    let browser = browser_lang();
    let doc = state.doc;
    let i18n = I18n {
        numbers: Memo::new(move |_| {
            doc.with(|d| {
                Numbers::new(
                    d.settings.language().unwrap_or(browser),
                    d.settings.digits(),
                )
            })
        }),
        state: Some(state),
    };
    provide_context(i18n);
    i18n
}

/// The language context; provided by `App` for the whole tree (English outside it).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        numbers: Memo::new(|_| Numbers::ENGLISH),
        state: None,
    })
}
