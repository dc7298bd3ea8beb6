//! Cost–benefit model v1 (`cost-benefit-model.md`): second lifetime value, expected value of
//! a win-back attempt, break-even points and sensitivity. Stauss & Friege 1999 (“regain
//! management”, second lifetime value); Thomas, Blattberg & Fox 2004 (win-back economics).

use serde::{Deserialize, Serialize};

use super::field::Field;
use super::limits::clamp;
use super::parse::{check_field, InputError};

/// The cost–benefit inputs as the user entered them, in the model's units (percent as 35).
/// `investment` and `attempt_cost` are the "other" amounts: step 4's adaptation items and
/// step 3's meeting plan are added on top (see [`ModelInputs::new`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct CostBenefit {
    pub revenue: f64,
    pub margin: f64,
    pub concession: f64,
    pub volume: f64,
    pub ramp: f64,
    pub extra_cost: f64,
    pub investment: f64,
    pub attempt_cost: f64,
    pub probability: f64,
    pub retention: f64,
    pub discount: f64,
    pub horizon: f64,
    pub referral_value: f64,
    /// δ of the sensitivity ranking, in percent (1 … 50).
    pub sensitivity_delta: f64,
}

/// Valid range of the sensitivity δ, in percent.
pub const SENSITIVITY_DELTA_RANGE: (f64, f64) = (
    super::limits::SENSITIVITY_DELTA.min,
    super::limits::SENSITIVITY_DELTA.max,
);

impl Default for CostBenefit {
    fn default() -> Self {
        let mut cb = CostBenefit {
            revenue: 0.0,
            margin: 0.0,
            concession: 0.0,
            volume: 0.0,
            ramp: 0.0,
            extra_cost: 0.0,
            investment: 0.0,
            attempt_cost: 0.0,
            probability: 0.0,
            retention: 0.0,
            discount: 0.0,
            horizon: 0.0,
            referral_value: 0.0,
            sensitivity_delta: 10.0,
        };
        for field in Field::ALL {
            cb.set(field, field.default_value());
        }
        cb
    }
}

impl CostBenefit {
    /// The value of one input.
    pub fn get(&self, field: Field) -> f64 {
        match field {
            Field::Revenue => self.revenue,
            Field::Margin => self.margin,
            Field::Concession => self.concession,
            Field::Volume => self.volume,
            Field::Ramp => self.ramp,
            Field::ExtraCost => self.extra_cost,
            Field::Investment => self.investment,
            Field::AttemptCost => self.attempt_cost,
            Field::Probability => self.probability,
            Field::Retention => self.retention,
            Field::Discount => self.discount,
            Field::Horizon => self.horizon,
            Field::ReferralValue => self.referral_value,
        }
    }

    /// Sets one input (unchecked: parse user text with `parse::parse_field` first).
    pub fn set(&mut self, field: Field, value: f64) {
        let slot = match field {
            Field::Revenue => &mut self.revenue,
            Field::Margin => &mut self.margin,
            Field::Concession => &mut self.concession,
            Field::Volume => &mut self.volume,
            Field::Ramp => &mut self.ramp,
            Field::ExtraCost => &mut self.extra_cost,
            Field::Investment => &mut self.investment,
            Field::AttemptCost => &mut self.attempt_cost,
            Field::Probability => &mut self.probability,
            Field::Retention => &mut self.retention,
            Field::Discount => &mut self.discount,
            Field::Horizon => &mut self.horizon,
            Field::ReferralValue => &mut self.referral_value,
        };
        *slot = value;
    }

    /// The first input outside its valid range, if any (for imported or stored data).
    pub fn validate(&self) -> Result<(), InputError> {
        for field in Field::ALL {
            check_field(field, self.get(field))?;
        }
        Ok(())
    }
}

/// The model's inputs as fractions, with the step-3 and step-4 links already added.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ModelInputs {
    /// R0, currency per year.
    pub revenue: f64,
    /// g, fraction.
    pub margin: f64,
    /// c, fraction.
    pub concession: f64,
    /// v, fraction.
    pub volume: f64,
    /// k, years.
    pub ramp: u32,
    /// S, currency per year.
    pub extra_cost: f64,
    /// I0 = other investment + adaptation items.
    pub investment: f64,
    /// C = other attempt cost + meeting plan.
    pub attempt_cost: f64,
    /// p, fraction.
    pub probability: f64,
    /// r, fraction.
    pub retention: f64,
    /// d, fraction.
    pub discount: f64,
    /// T, years.
    pub horizon: u32,
    /// B, currency.
    pub referral_value: f64,
}

impl ModelInputs {
    /// Percent inputs divided by 100; I0 and C with the adaptation items (step 4) and the
    /// meeting plan (step 3) added.
    pub fn new(cb: &CostBenefit, adaptation_cost: f64, meeting_cost: f64) -> ModelInputs {
        ModelInputs {
            revenue: cb.revenue,
            margin: cb.margin / 100.0,
            concession: cb.concession / 100.0,
            volume: cb.volume / 100.0,
            ramp: whole_years(cb.ramp),
            extra_cost: cb.extra_cost,
            investment: cb.investment + adaptation_cost,
            attempt_cost: cb.attempt_cost + meeting_cost,
            probability: cb.probability / 100.0,
            retention: cb.retention / 100.0,
            discount: cb.discount / 100.0,
            horizon: whole_years(cb.horizon),
            referral_value: cb.referral_value,
        }
    }

    /// The input in the user's unit (percent as 35), for the sensitivity ranking.
    fn get_display(&self, field: Field) -> f64 {
        match field {
            Field::Revenue => self.revenue,
            Field::Margin => self.margin * 100.0,
            Field::Concession => self.concession * 100.0,
            Field::Volume => self.volume * 100.0,
            Field::Ramp => f64::from(self.ramp),
            Field::ExtraCost => self.extra_cost,
            Field::Investment => self.investment,
            Field::AttemptCost => self.attempt_cost,
            Field::Probability => self.probability * 100.0,
            Field::Retention => self.retention * 100.0,
            Field::Discount => self.discount * 100.0,
            Field::Horizon => f64::from(self.horizon),
            Field::ReferralValue => self.referral_value,
        }
    }

    /// A copy with one input replaced, given in the user's unit.
    fn with_display(mut self, field: Field, value: f64) -> ModelInputs {
        match field {
            Field::Revenue => self.revenue = value,
            Field::Margin => self.margin = value / 100.0,
            Field::Concession => self.concession = value / 100.0,
            Field::Volume => self.volume = value / 100.0,
            Field::Ramp => self.ramp = whole_years(value),
            Field::ExtraCost => self.extra_cost = value,
            Field::Investment => self.investment = value,
            Field::AttemptCost => self.attempt_cost = value,
            Field::Probability => self.probability = value / 100.0,
            Field::Retention => self.retention = value / 100.0,
            Field::Discount => self.discount = value / 100.0,
            Field::Horizon => self.horizon = whole_years(value),
            Field::ReferralValue => self.referral_value = value,
        }
        self
    }
}

/// Years as a count ≥ 1 (stored values are validated; this only guards the arithmetic).
fn whole_years(value: f64) -> u32 {
    if value.is_finite() && value >= 1.0 {
        value.min(1000.0) as u32
    } else {
        1
    }
}

/// One year of the won-back relationship.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct YearRow {
    /// t = 1 … T.
    pub year: u32,
    /// CF_t, undiscounted.
    pub cash_flow: f64,
    /// CF_t · f_t.
    pub discounted: f64,
    /// −C − I0 + Σ_{j≤t} CF_j·f_j (referrals left out, as in the payback rule).
    pub cumulative_won: f64,
    /// Σ_{j≤t} R0·g·s_j·f_j: the customer's worth on the old terms.
    pub cumulative_old_terms: f64,
}

/// One bar of the sensitivity (tornado) ranking.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct SensitivityRow {
    pub field: Field,
    /// The input × (1 − δ), kept inside its valid range, in the user's unit.
    pub low_input: f64,
    /// The input × (1 + δ), kept inside its valid range, in the user's unit.
    pub high_input: f64,
    pub ev_low: f64,
    pub ev_high: f64,
}

impl SensitivityRow {
    /// |ev₊ − ev₋|, the ranking key.
    pub fn swing(&self) -> f64 {
        (self.ev_high - self.ev_low).abs()
    }
}

/// A point of a chart series: x in the user's unit, y in currency.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// Everything the cost–benefit step shows and the charts draw. `None` means undefined.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub sltv: f64,
    pub npv_won: f64,
    pub ev: f64,
    /// Percent.
    pub p_star: Option<f64>,
    pub lost_value: f64,
    pub payback_year: Option<u32>,
    /// Percent.
    pub breakeven_volume: Option<f64>,
    /// Percent.
    pub max_concession: Option<f64>,
    /// The up-front total C + I0 at year 0 (the start of the cumulative line).
    pub upfront: f64,
    pub years: Vec<YearRow>,
    /// ev at win probability 0 … 100 % (step 1 point).
    pub ev_by_probability: Vec<Point>,
    /// ev at price concession 0 … 99.9 %.
    pub ev_by_concession: Vec<Point>,
    /// Sorted by swing, largest first.
    pub sensitivity: Vec<SensitivityRow>,
}

/// Σ CF_t·f_t for t = 1 … T. CF_t = (R0·u_t·(g − c) − S)·s_t.
fn discounted_cash_flows(m: &ModelInputs) -> f64 {
    (1..=m.horizon)
        .map(|t| cash_flow(m, t) * discount_factor(m, t))
        .sum()
}

/// s_t = r^(t−1).
fn survival(m: &ModelInputs, t: u32) -> f64 {
    m.retention.powi(t as i32 - 1)
}

/// u_t = v · min(1, t/k).
fn volume_share(m: &ModelInputs, t: u32) -> f64 {
    m.volume * (f64::from(t) / f64::from(m.ramp)).min(1.0)
}

/// f_t = (1 + d)^(−t).
fn discount_factor(m: &ModelInputs, t: u32) -> f64 {
    (1.0 + m.discount).powi(-(t as i32))
}

/// CF_t = (R0 · u_t · (g − c) − S) · s_t.
fn cash_flow(m: &ModelInputs, t: u32) -> f64 {
    (m.revenue * volume_share(m, t) * (m.margin - m.concession) - m.extra_cost) * survival(m, t)
}

/// sltv = Σ CF_t·f_t − I0 + B.
pub fn sltv(m: &ModelInputs) -> f64 {
    discounted_cash_flows(m) - m.investment + m.referral_value
}

/// ev = p · sltv − C.
pub fn expected_value(m: &ModelInputs) -> f64 {
    m.probability * sltv(m) - m.attempt_cost
}

/// lost-value = Σ R0 · g · s_t · f_t.
pub fn lost_value(m: &ModelInputs) -> f64 {
    (1..=m.horizon)
        .map(|t| m.revenue * m.margin * survival(m, t) * discount_factor(m, t))
        .sum()
}

/// max-concession: with A = Σ (R0·u_t·g − S)·s_t·f_t − I0 + B and Q = Σ R0·u_t·s_t·f_t,
/// raw = 100·(A − C/p)/Q, defined when p > 0, Q > 0 and raw ≥ 0; capped at 100.
pub fn max_concession(m: &ModelInputs) -> Option<f64> {
    let (mut a, mut q) = (0.0, 0.0);
    for t in 1..=m.horizon {
        let weight = survival(m, t) * discount_factor(m, t);
        a += (m.revenue * volume_share(m, t) * m.margin - m.extra_cost) * weight;
        q += m.revenue * volume_share(m, t) * weight;
    }
    a += m.referral_value - m.investment;
    if m.probability <= 0.0 || q <= 0.0 {
        return None;
    }
    let raw = 100.0 * (a - m.attempt_cost / m.probability) / q;
    (raw.is_finite() && raw >= 0.0).then(|| raw.min(100.0))
}

/// Runs the whole model. `delta` is the sensitivity δ in percent (1 … 50; kept in range).
pub fn evaluate(m: &ModelInputs, delta: f64) -> Evaluation {
    let sltv = sltv(m);
    let ev = m.probability * sltv - m.attempt_cost;
    let upfront = m.attempt_cost + m.investment;

    let mut years = Vec::with_capacity(m.horizon as usize);
    let (mut cumulative_won, mut cumulative_old) = (-upfront, 0.0);
    for t in 1..=m.horizon {
        let cash_flow = cash_flow(m, t);
        let f = discount_factor(m, t);
        cumulative_won += cash_flow * f;
        cumulative_old += m.revenue * m.margin * survival(m, t) * f;
        years.push(YearRow {
            year: t,
            cash_flow,
            discounted: cash_flow * f,
            cumulative_won,
            cumulative_old_terms: cumulative_old,
        });
    }
    let payback_year = years
        .iter()
        .find(|y| y.cumulative_won >= 0.0)
        .map(|y| y.year);

    let breakeven_volume =
        (m.concession < m.margin).then(|| 100.0 * m.concession / (m.margin - m.concession));

    Evaluation {
        sltv,
        npv_won: sltv - m.attempt_cost,
        ev,
        p_star: (sltv > 0.0).then(|| 100.0 * m.attempt_cost / sltv),
        lost_value: cumulative_old,
        payback_year,
        breakeven_volume,
        max_concession: max_concession(m),
        upfront,
        years,
        ev_by_probability: (0..=100)
            .map(|p| Point {
                x: f64::from(p),
                y: f64::from(p) / 100.0 * sltv - m.attempt_cost,
            })
            .collect(),
        // 0, 0.9, … 99.9 %: 112 points, ending on the top of the valid range.
        ev_by_concession: (0..=111)
            .map(|i| i * 9)
            .map(|tenths| {
                let c = f64::from(tenths) / 10.0;
                Point {
                    x: c,
                    y: expected_value(&m.with_display(Field::Concession, c)),
                }
            })
            .collect(),
        sensitivity: sensitivity(m, delta),
    }
}

/// ev with each of the ten inputs × (1 ∓ δ), kept in range; sorted by swing, largest first.
pub fn sensitivity(m: &ModelInputs, delta_percent: f64) -> Vec<SensitivityRow> {
    let (lo, hi) = SENSITIVITY_DELTA_RANGE;
    let delta = if delta_percent.is_finite() {
        clamp(delta_percent, lo, hi)
    } else {
        10.0
    } / 100.0;
    let mut rows: Vec<SensitivityRow> = Field::SENSITIVITY
        .into_iter()
        .map(|field| {
            let base = m.get_display(field);
            let low_input = field.clamp(base * (1.0 - delta));
            let high_input = field.clamp(base * (1.0 + delta));
            SensitivityRow {
                field,
                low_input,
                high_input,
                ev_low: expected_value(&m.with_display(field, low_input)),
                ev_high: expected_value(&m.with_display(field, high_input)),
            }
        })
        .collect();
    // Stable: equal swings keep the specification's order.
    super::order::sort_by(&mut rows, |a, b| b.swing().total_cmp(&a.swing()));
    rows
}

// Native only: proptest is a native dev-dependency.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "economics_tests.rs"]
mod tests;
