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

// The wasm carries English only; Arabic and Hebrew arrive as packs (`packs`).
#[cfg(not(target_arch = "wasm32"))]
mod ar;
pub(crate) mod catalog;
pub mod errors;
#[cfg(not(target_arch = "wasm32"))]
mod he;
pub mod labels;
pub mod packs;

pub use catalog::{count, format, text, Key, Lang};

use leptos::prelude::*;

use crate::browser::browser_lang;
use crate::model::locale::{Digits, Numbers};
use crate::state::{memo, AppState, Detail, Notice};

/// The interface language and number style, shared through context. Both follow the
/// document's settings; before the user chooses, the browser's preferred languages decide.
#[derive(Clone, Copy)]
pub struct I18n {
    numbers: Memo<Numbers>,
    state: Option<AppState>,
    /// The language whose texts are downloading, if any (`packs`).
    loading: RwSignal<Option<Lang>>,
    /// Counts packs installed and choices made: a pack's arrival re-reads the language, and
    /// choosing a language whose download failed asks again.
    packs: RwSignal<u32>,
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

    /// The language whose texts are downloading, if any (reactive).
    pub fn loading(&self) -> Option<Lang> {
        self.loading.get()
    }

    /// The language the picker shows: the one downloading, else the one shown (after a
    /// failed download, choosing the language again asks again) (reactive).
    pub fn choice(&self) -> Lang {
        self.loading.get().unwrap_or_else(|| self.lang())
    }

    /// Whether the chosen language's texts are still on their way (not reactive).
    pub fn is_loading(&self) -> bool {
        self.loading.get_untracked().is_some()
    }

    /// Switches the interface language (saved with the document's settings); it shows once
    /// its texts are here.
    pub fn set_lang(&self, lang: Lang) {
        if !packs::has(lang) {
            self.packs.update(|n| *n += 1);
        }
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
    let wanted = memo(move || doc.with(|d| d.settings.language().unwrap_or(browser)));
    let packs = RwSignal::new(0);
    let loading = RwSignal::new(None);
    let i18n = I18n {
        // The chosen language once its texts are here; until then the one shown before
        // (English at the start), so a page is never half in one language.
        numbers: Memo::new(move |before: Option<&Numbers>| {
            packs.track();
            let lang = Some(wanted.get())
                .into_iter()
                .chain(before.map(|n| n.lang()))
                .find(|lang| packs::has(*lang))
                .unwrap_or_default();
            doc.with(|d| Numbers::new(lang, d.settings.digits()))
        }),
        state: Some(state),
        loading,
        packs,
    };
    // The outside world: download the chosen language's texts when they are not here.
    Effect::new(move || {
        packs.track();
        let lang = wanted.get();
        if packs::has(lang) {
            // Back to a language that is here: a download still on its way is no longer
            // what the picker shows.
            if loading.get_untracked().is_some() {
                loading.set(None);
            }
            return;
        }
        if loading.get_untracked() == Some(lang) {
            return;
        }
        loading.set(Some(lang));
        leptos::task::spawn_local(async move {
            let result = load_texts(lang).await;
            // Another language chosen meanwhile is still on its way.
            if loading.get_untracked() == Some(lang) {
                loading.set(None);
            }
            match result {
                Ok(()) => packs.update(|n| *n += 1),
                // Only when still wanted: a language left meanwhile needs no word.
                Err(_) if wanted.get_untracked() != lang => {}
                Err(_) => state.notice.set(Some(
                    Notice::alert(Key::TextsFailed, Some(Detail::Texts(lang)))
                        .with_args(vec![lang.native_name().to_owned()]),
                )),
            }
        });
    });
    provide_context(i18n);
    i18n
}

/// The language context; provided by `App` for the whole tree (English outside it).
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        numbers: Memo::new(|_| Numbers::ENGLISH),
        state: None,
        loading: RwSignal::new(None),
        packs: RwSignal::new(0),
    })
}

/// Downloads and installs `lang`'s pack, named by the page (`scripts/post-build.sh`).
async fn load_texts(lang: Lang) -> Result<(), packs::PackError> {
    let meta =
        crate::browser::meta_content("winback-texts").ok_or(packs::PackError::Unreachable)?;
    let address = packs::address(&meta, lang).ok_or(packs::PackError::Unreachable)?;
    let pack = match crate::browser::early_text(address).await {
        Some(pack) => pack,
        None => crate::browser::fetch_text(address)
            .await
            .map_err(|_| packs::PackError::Unreachable)?,
    };
    let pack = packs::install(lang, pack)?;
    crate::offline::keep_pack(address, pack);
    Ok(())
}
