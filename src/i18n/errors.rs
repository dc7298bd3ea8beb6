//! Typed errors as translated sentences.

use super::{format, labels, text, Key};
use crate::files::FileError;
use crate::model::classroom::{ClassError, PacketKind};
use crate::model::locale::Numbers;
use crate::model::parse::{InputError, ParseError, ValueError};
use crate::model::persist::{Dropped, PersistError, Problem};
use crate::storage::StorageError;

pub fn persist_error(n: Numbers, error: &PersistError) -> String {
    let lang = n.lang();
    match error {
        PersistError::Empty => text(lang, Key::ErrEmpty).to_owned(),
        PersistError::TooLarge { bytes, limit } => format(
            lang,
            Key::ErrTooLarge,
            &[&n.whole(*bytes as i64), &n.whole(*limit as i64)],
        ),
        PersistError::Syntax(detail) => format(lang, Key::ErrSyntax, &[detail]),
        PersistError::NoSchema => text(lang, Key::ErrNoSchema).to_owned(),
        PersistError::Newer { found } => {
            format(lang, Key::ErrNewer, &[&n.whole(i64::from(*found))])
        }
        PersistError::Shape(detail) => format(lang, Key::ErrShape, &[detail]),
        PersistError::Invalid {
            account,
            problem: p,
        } => format(lang, Key::ErrInvalid, &[account, &problem(n, p)]),
    }
}

pub fn storage_error(n: Numbers, error: &StorageError) -> String {
    let lang = n.lang();
    match error {
        StorageError::Unavailable(detail) => format(lang, Key::ErrStorageUnavailable, &[detail]),
        StorageError::Full => text(lang, Key::ErrStorageFull).to_owned(),
        StorageError::Refused(detail) => format(lang, Key::ErrStorageRefused, &[detail]),
    }
}

pub fn file_error(n: Numbers, error: &FileError) -> String {
    let lang = n.lang();
    match error {
        FileError::Download => text(lang, Key::ErrFileDownload).to_owned(),
        FileError::Read => text(lang, Key::ErrFileRead).to_owned(),
        FileError::TooLarge(bytes) => {
            format(lang, Key::ErrFileTooLarge, &[&n.whole(*bytes as i64)])
        }
    }
}

pub fn input_error(n: Numbers, error: &InputError) -> String {
    value_error(
        n,
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

pub fn value_error(n: Numbers, error: &ValueError) -> String {
    let lang = n.lang();
    match error {
        ValueError::Parse(ParseError::Empty) => text(lang, Key::InputEmpty).to_owned(),
        ValueError::Parse(ParseError::NotANumber(t)) => format(lang, Key::InputNotANumber, &[t]),
        ValueError::Parse(ParseError::BadGrouping(t)) => format(lang, Key::InputBadGrouping, &[t]),
        ValueError::OutOfRange { value, min, max } => format(
            lang,
            Key::InputOutOfRange,
            &[&number(n, *value), &number(n, *min), &number(n, *max)],
        ),
        ValueError::NotWhole { .. } => text(lang, Key::InputNotWhole).to_owned(),
        ValueError::UnexpectedPercent => text(lang, Key::InputUnexpectedPercent).to_owned(),
    }
}

/// Why stored account data is unusable, in `lang`.
pub fn problem(n: Numbers, problem: &Problem) -> String {
    let lang = n.lang();
    match problem {
        Problem::Input(e) => {
            let label = text(lang, labels::field(e.field()));
            match e {
                InputError::OutOfRange {
                    value, min, max, ..
                } => format(
                    lang,
                    Key::ProblemOutOfLimit,
                    &[
                        label,
                        &number(n, *value),
                        &number(n, *min),
                        &number(n, *max),
                    ],
                ),
                InputError::NotWhole { value, .. } => {
                    format(lang, Key::ProblemNotWhole, &[label, &number(n, *value)])
                }
                other => format(lang, Key::ProblemValue, &[label, &input_error(n, other)]),
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
                &number(n, *value),
                &number(n, limit.min),
                &number(n, limit.max),
            ],
        ),
        Problem::Form(detail) => format(lang, Key::ProblemForm, &[detail]),
    }
}

/// An account a repair dropped, in `lang`.
pub fn dropped(n: Numbers, dropped: &Dropped) -> String {
    let lang = n.lang();
    let name = dropped
        .name
        .as_deref()
        .unwrap_or_else(|| text(lang, Key::UnnamedAccount));
    format(
        lang,
        Key::DroppedAccount,
        &[
            &n.whole(dropped.position as i64),
            name,
            &problem(n, &dropped.problem),
        ],
    )
}

/// A number in an error message: whole numbers without decimals.
fn number(n: Numbers, v: f64) -> String {
    if v.is_finite() {
        n.number(v, if v.fract() == 0.0 { 0 } else { 1 })
    } else {
        crate::model::locale::shortest(v)
    }
}

pub fn class_error(n: Numbers, error: &ClassError) -> String {
    let lang = n.lang();
    match error {
        ClassError::Damaged => text(lang, Key::ClassDamaged).to_owned(),
        ClassError::WrongKind {
            expected: PacketKind::Handout,
        } => text(lang, Key::ClassNotHandout).to_owned(),
        ClassError::WrongKind {
            expected: PacketKind::Answer,
        } => text(lang, Key::ClassNotAnswer).to_owned(),
        ClassError::Newer { found } => {
            format(lang, Key::ClassNewer, &[&n.whole(i64::from(*found))])
        }
        ClassError::Invalid(p) => format(lang, Key::ClassInvalid, &[&problem(n, p)]),
        ClassError::OtherScenario => text(lang, Key::ClassOtherScenario).to_owned(),
        ClassError::SameTeam(team) => format(lang, Key::ClassSameTeam, &[team]),
        ClassError::NoTeam => text(lang, Key::ClassNoTeam).to_owned(),
    }
}
