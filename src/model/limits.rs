//! Every numeric bound in one table. The form fields and the storage validator both read
//! these, so a value the form accepts is always one that loads again.

/// A closed range of valid values, and whether only whole numbers are valid.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Limit {
    pub min: f64,
    pub max: f64,
    pub whole: bool,
}

impl Limit {
    const fn new(min: f64, max: f64, whole: bool) -> Limit {
        Limit { min, max, whole }
    }

    /// Whether `value` is valid here.
    pub fn accepts(self, value: f64) -> bool {
        value.is_finite()
            && value >= self.min
            && value <= self.max
            && (!self.whole || value.fract() == 0.0)
    }

    /// `value` moved into the range (rounded where only whole numbers are valid).
    pub fn clamp(self, value: f64) -> f64 {
        let v = clamp(value, self.min, self.max);
        if self.whole {
            v.round()
        } else {
            v
        }
    }

    /// The range as `(min, max)`.
    pub fn range(self) -> (f64, f64) {
        (self.min, self.max)
    }
}

/// An amount of money (per year where the field says so).
pub const MONEY: Limit = Limit::new(0.0, 1e12, false);
/// A percentage of 0 … 100.
pub const PERCENT: Limit = Limit::new(0.0, 100.0, false);
/// The price concession, percent (a 100 % cut is no price at all).
pub const CONCESSION: Limit = Limit::new(0.0, 99.9, false);
/// Volume of the old relationship, percent.
pub const VOLUME: Limit = Limit::new(0.0, 300.0, false);
/// Years until the renewed relationship is at full volume.
pub const RAMP_YEARS: Limit = Limit::new(1.0, 10.0, true);
/// Years the cost–benefit analysis looks ahead.
pub const HORIZON_YEARS: Limit = Limit::new(1.0, 30.0, true);
/// The sensitivity's δ, percent.
pub const SENSITIVITY_DELTA: Limit = Limit::new(1.0, 50.0, false);
/// A cause's weight and a person's relationship strength.
pub const SCALE: Limit = Limit::new(1.0, 5.0, true);
/// A criterion score, switching cost, status-quo margin, price points and price cap.
pub const SCORE: Limit = Limit::new(0.0, 10.0, false);
/// A criterion's relative weight.
pub const CRITERION_WEIGHT: Limit = Limit::new(0.0, 100.0, false);
/// Days between planned meetings.
pub const CADENCE_DAYS: Limit = Limit::new(1.0, 365.0, true);
/// How many meetings a plan holds.
pub const MEETINGS: Limit = Limit::new(0.0, 1000.0, true);
/// Hours one meeting lasts.
pub const MEETING_HOURS: Limit = Limit::new(0.0, 24.0, false);

/// A scale value (1 … 5) as stored.
pub fn scale_value(value: f64) -> u8 {
    SCALE.clamp(value) as u8
}

/// `value` within `min ..= max`, a NaN becoming `min`. Unlike `f64::clamp` it never panics,
/// and so brings no float `Debug` formatting (its panic message) into the wasm.
pub fn clamp(value: f64, min: f64, max: f64) -> f64 {
    value.max(min).min(max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_accept_their_ends_and_refuse_beyond() {
        for limit in [
            MONEY,
            PERCENT,
            CONCESSION,
            VOLUME,
            RAMP_YEARS,
            HORIZON_YEARS,
            SENSITIVITY_DELTA,
            SCALE,
            SCORE,
            CRITERION_WEIGHT,
            CADENCE_DAYS,
            MEETINGS,
            MEETING_HOURS,
        ] {
            assert!(
                limit.accepts(limit.min) && limit.accepts(limit.max),
                "{limit:?}"
            );
            assert!(!limit.accepts(limit.max + 1.0) && !limit.accepts(limit.min - 1.0));
            assert!(!limit.accepts(f64::NAN) && !limit.accepts(f64::INFINITY));
        }
        assert!(!SCALE.accepts(2.5));
        assert_eq!(SCALE.clamp(7.0), 5.0);
        assert_eq!(scale_value(2.6), 3);
    }
}
