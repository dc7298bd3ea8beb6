//! Catalog keys for the model's enums.

use super::Key;
use crate::model::account::Status;
use crate::model::portfolio::SortBy;
use crate::model::verdict::Decision;

pub fn status(status: Status) -> Key {
    match status {
        Status::Lost => Key::StatusLost,
        Status::AtRisk => Key::StatusAtRisk,
        Status::WinningBack => Key::StatusWinningBack,
        Status::WonBack => Key::StatusWonBack,
        Status::NotPursued => Key::StatusNotPursued,
    }
}

/// The `<select>` value of a status.
pub fn status_slug(status: Status) -> &'static str {
    match status {
        Status::Lost => "lost",
        Status::AtRisk => "at-risk",
        Status::WinningBack => "winning-back",
        Status::WonBack => "won-back",
        Status::NotPursued => "not-pursued",
    }
}

pub fn status_from_slug(slug: &str) -> Option<Status> {
    Status::ALL.into_iter().find(|s| status_slug(*s) == slug)
}

pub fn decision(decision: Decision) -> Key {
    match decision {
        Decision::Go => Key::DecisionGo,
        Decision::NeedsWork => Key::DecisionNeedsWork,
        Decision::NoGo => Key::DecisionNoGo,
    }
}

pub fn sort(sort: SortBy) -> Key {
    match sort {
        SortBy::LastChange => Key::SortLastChange,
        SortBy::Name => Key::SortName,
        SortBy::ValueAtStake => Key::SortValue,
        SortBy::ExpectedValue => Key::SortEv,
    }
}
