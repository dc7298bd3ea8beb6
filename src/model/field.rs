//! The cost–benefit inputs as the specification tables them: key, unit, default, valid range.

use std::fmt;

use super::limits::{self, Limit};

/// What an input's number means, for labels and parsing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// An amount of the account's currency (per year where the field says so).
    Currency,
    /// A percentage, entered as 35 for 35%.
    Percent,
    /// A whole number of years.
    Years,
}

/// One input of cost–benefit model v1 (see `cost-benefit-model.md`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Field {
    Revenue,
    Margin,
    Concession,
    Volume,
    Ramp,
    ExtraCost,
    Investment,
    AttemptCost,
    Probability,
    Retention,
    Discount,
    Horizon,
    ReferralValue,
}

impl Field {
    /// Every input, in the order the form shows them.
    pub const ALL: [Field; 13] = [
        Field::Revenue,
        Field::Margin,
        Field::Concession,
        Field::Volume,
        Field::Ramp,
        Field::ExtraCost,
        Field::Investment,
        Field::AttemptCost,
        Field::Probability,
        Field::Retention,
        Field::Discount,
        Field::Horizon,
        Field::ReferralValue,
    ];

    /// The inputs the sensitivity (tornado) varies, in the specification's order.
    pub const SENSITIVITY: [Field; 10] = [
        Field::Revenue,
        Field::Margin,
        Field::Concession,
        Field::Volume,
        Field::ExtraCost,
        Field::Investment,
        Field::AttemptCost,
        Field::Probability,
        Field::Retention,
        Field::Discount,
    ];

    /// The specification's key (also `cb-<key>` and the sensitivity row name).
    pub fn key(self) -> &'static str {
        match self {
            Field::Revenue => "revenue",
            Field::Margin => "margin",
            Field::Concession => "concession",
            Field::Volume => "volume",
            Field::Ramp => "ramp",
            Field::ExtraCost => "extra-cost",
            Field::Investment => "investment",
            Field::AttemptCost => "attempt-cost",
            Field::Probability => "probability",
            Field::Retention => "retention",
            Field::Discount => "discount",
            Field::Horizon => "horizon",
            Field::ReferralValue => "referral-value",
        }
    }

    pub fn unit(self) -> Unit {
        match self {
            Field::Revenue
            | Field::ExtraCost
            | Field::Investment
            | Field::AttemptCost
            | Field::ReferralValue => Unit::Currency,
            Field::Ramp | Field::Horizon => Unit::Years,
            _ => Unit::Percent,
        }
    }

    /// The valid values, in the field's unit (from the one table of limits).
    pub fn limit(self) -> Limit {
        match self {
            Field::Revenue
            | Field::ExtraCost
            | Field::Investment
            | Field::AttemptCost
            | Field::ReferralValue => limits::MONEY,
            Field::Ramp => limits::RAMP_YEARS,
            Field::Horizon => limits::HORIZON_YEARS,
            Field::Concession => limits::CONCESSION,
            Field::Volume => limits::VOLUME,
            Field::Margin | Field::Probability | Field::Retention | Field::Discount => {
                limits::PERCENT
            }
        }
    }

    /// The valid closed range, in the field's unit.
    pub fn range(self) -> (f64, f64) {
        self.limit().range()
    }

    /// The value a new account starts with.
    pub fn default_value(self) -> f64 {
        match self {
            Field::Margin => 30.0,
            Field::Volume => 100.0,
            Field::Ramp => 1.0,
            Field::Probability => 50.0,
            Field::Retention => 90.0,
            Field::Discount => 10.0,
            Field::Horizon => 5.0,
            _ => 0.0,
        }
    }

    /// Whether only whole numbers are valid.
    pub fn whole(self) -> bool {
        self.limit().whole
    }

    /// Whether `value` is a valid value of this field.
    pub fn accepts(self, value: f64) -> bool {
        self.limit().accepts(value)
    }

    /// `value` moved into the valid range (used only where the specification asks for it:
    /// the sensitivity's perturbed inputs).
    pub fn clamp(self, value: f64) -> f64 {
        self.limit().clamp(value)
    }
}

impl fmt::Display for Field {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_keys_unique() {
        let mut keys: Vec<_> = Field::ALL.iter().map(|f| f.key()).collect();
        for f in Field::ALL {
            assert!(f.accepts(f.default_value()), "{f} default");
        }
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), Field::ALL.len());
    }

    #[test]
    fn ranges_follow_the_specification() {
        assert_eq!(Field::Concession.range(), (0.0, 99.9));
        assert_eq!(Field::Volume.range(), (0.0, 300.0));
        assert_eq!(Field::Ramp.range(), (1.0, 10.0));
        assert_eq!(Field::Horizon.range(), (1.0, 30.0));
        assert!(!Field::Horizon.accepts(2.5));
        assert!(!Field::Revenue.accepts(f64::NAN));
        assert!(!Field::Margin.accepts(100.5));
        assert_eq!(Field::Retention.clamp(104.5), 100.0);
    }
}
