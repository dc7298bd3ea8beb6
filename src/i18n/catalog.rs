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
    Dismiss => "Dismiss",
    Undo => "Undo",
    Cancel => "Cancel",
    // Storage states and notices.
    StorageRecoveryTitle => "Your saved data could not be read",
    StorageRecoveryBody => "Nothing has been overwritten: the saved text is kept as it was, and a copy is set aside. Choose what to do.",
    StorageRecoveryDownload => "Download the damaged data",
    StorageRecoveryRepair => "Try to repair",
    StorageRecoveryStartOver => "Start over",
    StorageReadOnly => "This data was saved by a newer version of the Win-Back Planner (data version {0}). It is shown read-only and nothing will be saved; update the app to edit it.",
    StorageMemoryOnly => "Your work cannot be saved in this browser right now, so it is kept only while this page is open. Export it to a file to keep it.",
    StorageConflict => "Another tab saved changes to these accounts while this tab had unsaved changes. Choose which version to keep.",
    StorageKeepMine => "Keep this tab's version",
    StorageKeepTheirs => "Use the other tab's version",
    StorageDownloadTheirs => "Download the other tab's version",
    SaveRefused => "A change could not be saved.",
    BackupFailed => "A backup could not be kept because the browser's storage is full.",
    BackupRestored => "The backup has been restored.",
    BackupUnreadable => "That backup could not be read.",
    RepairDone => "Your data has been repaired; every account was recovered.",
    RepairPartial => "Your data has been repaired, but these accounts could not be recovered:",
    RepairFailed => "The data could not be repaired.",
    AllDataDeleted => "All data of this app has been deleted from this device.",
    ErrEmpty => "The data is empty.",
    ErrTooLarge => "The data is too large ({0} bytes; at most {1} are accepted).",
    ErrSyntax => "The data is not a valid Win-Back Planner file ({0}).",
    ErrNoSchema => "The data has no version number, so it is not a Win-Back Planner file.",
    ErrNewer => "The data comes from a newer version of the app (data version {0}).",
    ErrShape => "The data does not have the expected form ({0}).",
    ErrInvalid => "Account “{0}”: {1}",
    ErrStorageUnavailable => "The browser does not let this page use its storage ({0}).",
    ErrStorageFull => "The browser's storage for this app is full.",
    ErrStorageRefused => "The browser refused to save ({0}).",
    ErrFileDownload => "The browser could not create the download.",
    ErrFileRead => "The file could not be read.",
    ErrFileTooLarge => "The file is too large ({0} bytes; at most 5 MB).",
    // Accounts page.
    NewAccountHeading => "Start a new account",
    AccountNameLabel => "Customer name",
    AccountKindLabel => "Situation",
    NewAccountButton => "New account",
    UnnamedAccount => "Unnamed account",
    StatusLost => "Lost",
    StatusAtRisk => "At risk",
    StatusWinningBack => "Winning back",
    StatusWonBack => "Won back",
    StatusNotPursued => "Not pursued",
    FilterLabel => "Show",
    FilterAll => "All accounts",
    SortLabel => "Sort by",
    SortLastChange => "Last change",
    SortName => "Name",
    SortValue => "Value at stake",
    SortEv => "Expected value",
    ColName => "Customer",
    ColStatus => "Status",
    ColValue => "Value at stake",
    ColEv => "Expected value",
    ColVerdict => "Verdict",
    ColChanged => "Last change",
    ColActions => "Actions",
    ChangedNever => "—",
    SampleBadge => "sample",
    DecisionGo => "Go",
    DecisionNeedsWork => "Needs work",
    DecisionNoGo => "No go",
    ActionOpen => "Open",
    ActionRename => "Rename",
    ActionDuplicate => "Duplicate",
    ActionDelete => "Delete",
    ActionExport => "Export",
    RenameLabel => "New name for {0}",
    RenameSave => "Save name",
    CopySuffix => "{0} (copy)",
    AccountDeleted => "“{0}” was deleted.",
    AccountDuplicated => "“{0}” was duplicated.",
    NoMatchingAccounts => "No accounts with this status.",
    // Data tools.
    DataHeading => "Your data",
    PrivacyNote => "Everything you enter is kept in this browser's storage on this device. Nothing is sent anywhere. Clearing the browser's site data erases it, and some browsers erase site data after 7 days without a visit — export your accounts regularly to keep a copy.",
    ExportAll => "Export all accounts",
    ImportLabel => "Import accounts from a file",
    ImportAdded => "{0} account(s) imported as copies.",
    ImportRefused => "The file was not imported; nothing has changed.",
    ImportReading => "Reading the file…",
    ReplaceAllLabel => "Replace all accounts with the file's",
    ReplaceAllConfirm => "This removes every account on this device and puts the file's accounts in their place. A backup is kept. Continue?",
    ReplaceAllDone => "All accounts were replaced by the {0} from the file.",
    ReplaceAllYes => "Replace all",
    RestoreSample => "Restore the Brex Tech / RILF sample",
    SampleRestored => "The sample case has been restored.",
    BackupsHeading => "Recent backups",
    BackupsEmpty => "No backups yet. One is kept automatically before anything is deleted or replaced.",
    BackupRestore => "Restore",
    BackupTaken => "{0} — before: {1}",
    DeleteAllButton => "Delete all data on this device",
    DeleteAllConfirm => "This deletes every account, backup and setting of this app from this browser. It cannot be undone. Export first if you may need the data.",
    DeleteAllYes => "Yes, delete everything",
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
