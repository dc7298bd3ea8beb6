//! Where each number the class sees comes from — a research result, plain arithmetic, an
//! illustrative default, a setting or the user's own figure — so a student can tell a
//! research result from an illustrative number. The step-wide notes name the sources in
//! full; these short marks sit on each field and result.

use super::field::Field;
use super::keep_close::StakeField;

/// A published source the model draws on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Cespedes and Poblete, Harvard Business Review, 2019: the four steps, the three levels,
    /// status-quo bias, the Brex Tech case.
    CespedesPoblete,
    /// Stauss and Friege, 1999: the second lifetime value of a regained customer.
    StaussFriege,
    /// Uri Richter's article on the price of drifting away: at least 70% of efforts towards
    /// new customers fail.
    Richter,
}

/// What a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A fact of the user's own case; its default (zero) means "not entered".
    Own,
    /// A default chosen to illustrate, not a research result: to be replaced.
    Illustrative,
    /// A choice of how to work (a cadence, a scale), not a fact or a finding.
    Setting,
    /// Plain arithmetic on the inputs.
    Arithmetic,
    /// Arithmetic on the inputs, after a concept from the source.
    Concept(Source),
    /// A default that follows a research result.
    Researched(Source),
}

/// A result the class sees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    Ev,
    PStar,
    Sltv,
    NpvWon,
    LostValue,
    PaybackYear,
    BreakevenVolume,
    MaxConcession,
    KcAtStake,
    KcVisitBreakeven,
    KcClv,
    KcReplaceCost,
}

impl Measure {
    /// Where the result comes from.
    pub fn origin(self) -> Origin {
        match self {
            Measure::Sltv => Origin::Concept(Source::StaussFriege),
            // Replacing the customer costs one effort over the share that succeeds.
            Measure::KcReplaceCost => Origin::Concept(Source::Richter),
            _ => Origin::Arithmetic,
        }
    }
}

impl Field {
    /// Where the cost–benefit input's value comes from.
    pub fn origin(self) -> Origin {
        match self {
            Field::Revenue
            | Field::Concession
            | Field::ExtraCost
            | Field::Investment
            | Field::AttemptCost
            | Field::ReferralValue => Origin::Own,
            Field::Margin
            | Field::Volume
            | Field::Ramp
            | Field::Probability
            | Field::Retention
            | Field::Discount
            | Field::Horizon => Origin::Illustrative,
        }
    }
}

impl StakeField {
    /// Where the keep-close input's value comes from.
    pub fn origin(self) -> Origin {
        match self {
            StakeField::Revenue | StakeField::PursuitCost | StakeField::TripCost => Origin::Own,
            StakeField::Margin
            | StakeField::Retention
            | StakeField::Discount
            | StakeField::Horizon => Origin::Illustrative,
            // At least 70% fail, so 30% succeed.
            StakeField::NewSuccess => Origin::Researched(Source::Richter),
        }
    }
}

/// The offer step's settings: the status-quo margin after the source's status-quo bias; the
/// rest are scales the user sets.
pub fn offer_setting(status_quo_margin: bool) -> Origin {
    if status_quo_margin {
        Origin::Concept(Source::CespedesPoblete)
    } else {
        Origin::Setting
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::economics::CostBenefit;
    use crate::model::keep_close::StakeInputs;

    #[test]
    fn every_non_zero_default_is_marked_illustrative_or_researched() {
        // A zero default means "not entered": the user's own figure. Anything else the class
        // sees before typing must say it is illustrative or from research.
        let defaults = CostBenefit::default();
        for field in Field::ALL {
            let marked = matches!(field.origin(), Origin::Illustrative | Origin::Researched(_));
            assert_eq!(defaults.get(field) != 0.0, marked, "{field:?}");
        }
        let stake = StakeInputs::default();
        for field in StakeField::ALL {
            let marked = matches!(field.origin(), Origin::Illustrative | Origin::Researched(_));
            assert_eq!(stake.get(field) != 0.0, marked, "{field:?}");
        }
        // Richter's 70% is the one research default.
        assert_eq!(
            StakeField::NewSuccess.origin(),
            Origin::Researched(Source::Richter)
        );
        assert_eq!(stake.get(StakeField::NewSuccess), 30.0);
        assert_eq!(
            Measure::Sltv.origin(),
            Origin::Concept(Source::StaussFriege)
        );
        assert_eq!(Measure::Ev.origin(), Origin::Arithmetic);
    }
}
