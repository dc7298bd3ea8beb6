//! Typed errors as translated sentences.

use super::{format, labels, text, Key, Lang};
use crate::files::FileError;
use crate::model::parse::{InputError, ParseError, ValueError};
use crate::model::persist::{Dropped, PersistError, Problem};
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
        PersistError::Invalid {
            account,
            problem: p,
        } => format(lang, Key::ErrInvalid, &[account, &problem(lang, p)]),
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

pub fn input_error(lang: Lang, error: &InputError) -> String {
    value_error(
        lang,
        &match error {
            InputError::Parse { source, .. } => ValueError::Parse(source.clone()),
            InputError::OutOfRange {
                value, min, max, ..
            } => ValueError::OutOfRange {
                value: *value,
                min: *min,
                max: *max,
            },
            InputError::NotWhole { value, .. } => ValueError::NotWhole { value: *value },
            InputError::UnexpectedPercent { .. } => ValueError::UnexpectedPercent,
        },
    )
}

pub fn value_error(lang: Lang, error: &ValueError) -> String {
    match error {
        ValueError::Parse(ParseError::Empty) => text(lang, Key::InputEmpty).to_owned(),
        ValueError::Parse(ParseError::NotANumber(t)) => format(lang, Key::InputNotANumber, &[t]),
        ValueError::Parse(ParseError::BadGrouping(t)) => format(lang, Key::InputBadGrouping, &[t]),
        ValueError::OutOfRange { value, min, max } => format(
            lang,
            Key::InputOutOfRange,
            &[&number(*value), &number(*min), &number(*max)],
        ),
        ValueError::NotWhole { .. } => text(lang, Key::InputNotWhole).to_owned(),
        ValueError::UnexpectedPercent => text(lang, Key::InputUnexpectedPercent).to_owned(),
    }
}

/// Why stored account data is unusable, in `lang`.
pub fn problem(lang: Lang, problem: &Problem) -> String {
    match problem {
        Problem::Input(e) => {
            let label = text(lang, labels::field(e.field()));
            match e {
                InputError::OutOfRange {
                    value, min, max, ..
                } => format(
                    lang,
                    Key::ProblemOutOfLimit,
                    &[label, &number(*value), &number(*min), &number(*max)],
                ),
                InputError::NotWhole { value, .. } => {
                    format(lang, Key::ProblemNotWhole, &[label, &number(*value)])
                }
                other => format(lang, Key::ProblemValue, &[label, &input_error(lang, other)]),
            }
        }
        Problem::OutOfLimit {
            quantity,
            value,
            limit,
        } => format(
            lang,
            Key::ProblemOutOfLimit,
            &[
                text(lang, labels::quantity(*quantity)),
                &number(*value),
                &number(limit.min),
                &number(limit.max),
            ],
        ),
        Problem::Form(detail) => format(lang, Key::ProblemForm, &[detail]),
    }
}

/// An account a repair dropped, in `lang`.
pub fn dropped(lang: Lang, dropped: &Dropped) -> String {
    let name = dropped
        .name
        .as_deref()
        .unwrap_or_else(|| text(lang, Key::UnnamedAccount));
    format(
        lang,
        Key::DroppedAccount,
        &[
            &dropped.position.to_string(),
            name,
            &problem(lang, &dropped.problem),
        ],
    )
}

/// A number in an error message: whole numbers without decimals.
fn number(v: f64) -> String {
    if v.is_finite() {
        crate::model::format::grouped(v, if v.fract() == 0.0 { 0 } else { 1 })
    } else {
        v.to_string()
    }
}
