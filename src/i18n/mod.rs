//! The current language in context, and the one effect that mirrors it onto `<html lang dir>`.

mod catalog;
pub mod errors;
pub mod labels;

pub use catalog::{format, text, Key, Lang};

use leptos::prelude::*;

/// The interface language, shared through context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
}

impl I18n {
    /// The current language (reactive).
    pub fn lang(&self) -> Lang {
        self.lang.get()
    }

    /// Switches the interface language.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
    }

    /// The text for `key` in the current language (reactive).
    pub fn t(&self, key: Key) -> &'static str {
        text(self.lang.get(), key)
    }

    /// The text for `key` as a signal. Views render every such text with one type, which
    /// keeps the wasm far smaller than a distinct closure per text.
    pub fn s(&self, key: Key) -> Signal<&'static str> {
        let lang = self.lang;
        Signal::derive(move || text(lang.get(), key))
    }

    /// The text for `key` with its placeholders filled (reactive).
    pub fn f(&self, key: Key, args: &[&str]) -> String {
        format(self.lang.get(), key, args)
    }
}

/// Puts the language in context and keeps `<html lang dir>` in step with it.
pub fn provide_i18n() -> I18n {
    let i18n = I18n {
        lang: RwSignal::new(Lang::default()),
    };
    provide_context(i18n);
    Effect::new(move |_| {
        let lang = i18n.lang.get();
        if let Some(root) = document().document_element() {
            // Failing to set an attribute only loses the hint; the page still works.
            let _ = root.set_attribute("lang", lang.code());
            let _ = root.set_attribute("dir", lang.dir());
        }
    });
    i18n
}

/// The language context; provided by `App` for the whole tree.
pub fn use_i18n() -> I18n {
    use_context::<I18n>().unwrap_or_else(|| I18n {
        lang: RwSignal::new(Lang::default()),
    })
}
