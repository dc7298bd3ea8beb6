//! Typed errors as translated sentences.

use super::{format, text, Key, Lang};
use crate::files::FileError;
use crate::model::persist::PersistError;
use crate::storage::StorageError;

pub fn persist_error(lang: Lang, error: &PersistError) -> String {
    match error {
        PersistError::Empty => text(lang, Key::ErrEmpty).to_owned(),
        PersistError::TooLarge { bytes, limit } => format(
            lang,
            Key::ErrTooLarge,
            &[&bytes.to_string(), &limit.to_string()],
        ),
        PersistError::Syntax(detail) => format(lang, Key::ErrSyntax, &[detail]),
        PersistError::NoSchema => text(lang, Key::ErrNoSchema).to_owned(),
        PersistError::Newer { found } => format(lang, Key::ErrNewer, &[&found.to_string()]),
        PersistError::Shape(detail) => format(lang, Key::ErrShape, &[detail]),
        PersistError::Invalid { account, problem } => {
            format(lang, Key::ErrInvalid, &[account, problem])
        }
    }
}

pub fn storage_error(lang: Lang, error: &StorageError) -> String {
    match error {
        StorageError::Unavailable(detail) => format(lang, Key::ErrStorageUnavailable, &[detail]),
        StorageError::Full => text(lang, Key::ErrStorageFull).to_owned(),
        StorageError::Refused(detail) => format(lang, Key::ErrStorageRefused, &[detail]),
    }
}

pub fn file_error(lang: Lang, error: &FileError) -> String {
    match error {
        FileError::Download => text(lang, Key::ErrFileDownload).to_owned(),
        FileError::Read => text(lang, Key::ErrFileRead).to_owned(),
        FileError::TooLarge(bytes) => format(lang, Key::ErrFileTooLarge, &[&bytes.to_string()]),
    }
}
