//! The translation catalog: every user-facing string, keyed by `Key`. Pure data, tested natively.
//!
//! English is complete by construction (the macro demands a text for every key). Other
//! languages add tables that fall back to English key by key until translated.

use std::fmt;

/// A language the interface can be shown in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    En,
}

impl Lang {
    /// Every supported language.
    pub const ALL: [Lang; 1] = [Lang::En];

    /// BCP 47 code for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
        }
    }

    /// Writing direction for `<html dir>`.
    pub fn dir(self) -> &'static str {
        match self {
            Lang::En => "ltr",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

macro_rules! catalog {
    ($($key:ident => $en:literal,)*) => {
        /// A user-facing text. Texts with `{0}`, `{1}` … take arguments via [`format`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key,)* }

        impl Key {
            /// Every key, for completeness checks.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }

        fn english(key: Key) -> &'static str {
            match key { $(Key::$key => $en,)* }
        }
    };
}

catalog! {
    AppName => "Win-Back Planner",
    AppTagline => "Win back lost customers. Keep current ones close.",
    SkipToContent => "Skip to content",
    NavMain => "Main",
    NavAccounts => "Accounts",
    FooterPrivacy => "Your data stays on this device: it is kept in this browser and never sent anywhere.",
    AccountsTitle => "Accounts",
    AccountsIntro => "Every customer you are trying to win back or keep close, with what is at stake.",
    AccountsEmpty => "No accounts yet.",
    AccountTitle => "Account",
    StepsLabel => "Steps",
    StepReasons => "Why they left",
    StepCostBenefit => "Is it worth it?",
    StepDialogue => "The dialogue",
    StepRequirements => "What we must offer",
    StepSummary => "Decision",
    StepUnknown => "There is no step “{0}”. Pick one of the steps above.",
    NotFoundTitle => "Page not found",
    NotFoundBody => "There is nothing at this address. It may have been mistyped, or the link is out of date.",
    BackToAccounts => "Back to the accounts",
}

/// The text for `key` in `lang` (English where a translation is missing).
pub fn text(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => english(key),
    }
}

/// The text for `key` with `{0}`, `{1}` … replaced by `args`, in order.
pub fn format(lang: Lang, key: Key, args: &[&str]) -> String {
    let mut out = text(lang, key).to_owned();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_text_in_every_language() {
        for lang in Lang::ALL {
            for key in Key::ALL {
                assert!(
                    !text(lang, *key).trim().is_empty(),
                    "{key:?} is empty in {lang}"
                );
            }
        }
    }

    #[test]
    fn format_fills_placeholders() {
        assert_eq!(
            format(Lang::En, Key::StepUnknown, &["costs"]),
            "There is no step “costs”. Pick one of the steps above."
        );
    }

    #[test]
    fn languages_know_their_direction() {
        assert_eq!(Lang::En.code(), "en");
        assert_eq!(Lang::En.dir(), "ltr");
    }
}
