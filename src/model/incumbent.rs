//! Beat-the-incumbent scoring: V = Σ w_k·s_k / Σ w_k over the customer's own criteria; the
//! offer must clear V_ours − V_incumbent > switching cost + status-quo margin (status-quo
//! bias: the current supplier wins ties and near-ties).

use serde::Serialize;

use super::account::{Criterion, Requirements};
use super::limits::clamp;

/// Scores are on a 0 … 10 scale.
pub const SCORE_RANGE: (f64, f64) = (0.0, 10.0);

/// How our offer compares with the current supplier's.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IncumbentComparison {
    /// Weighted score, 0 … 10 (`None` without criteria or weights).
    pub ours: Option<f64>,
    pub incumbent: Option<f64>,
    /// ours − incumbent.
    pub gap: Option<f64>,
    /// ours − incumbent with the planned price cut (step 2's concession) applied.
    pub planned_gap: Option<f64>,
    /// switching cost + status-quo margin.
    pub threshold: f64,
    /// gap > threshold.
    pub clears: bool,
    /// The smallest price cut, in percent to 0.1, that makes the gap clear the threshold
    /// (`Some(0.0)` when it already clears; `None` when no cut up to 99.9 % does, or there is
    /// no price criterion).
    pub cheapest_cut: Option<f64>,
    /// The criteria with each side's weighted contribution, for the chart.
    pub rows: Vec<CriterionRow>,
}

/// One criterion's part of each side's score.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CriterionRow {
    pub name: String,
    /// Normalised weight, 0 … 1.
    pub weight: f64,
    pub ours: f64,
    pub incumbent: f64,
}

fn weighted(criteria: &[Criterion], score: impl Fn(&Criterion) -> f64) -> Option<f64> {
    let total: f64 = criteria.iter().map(|c| c.weight.max(0.0)).sum();
    (total > 0.0).then(|| {
        criteria
            .iter()
            .map(|c| c.weight.max(0.0) * score(c))
            .sum::<f64>()
            / total
    })
}

/// Our price criterion's score after a price cut of `cut` percent: linear, capped.
fn price_score(req: &Requirements, criterion: &Criterion, cut: f64) -> f64 {
    let cap = clamp(req.price_score_cap, SCORE_RANGE.0, SCORE_RANGE.1).max(criterion.ours);
    (criterion.ours + req.price_points_per_percent.max(0.0) * cut).min(cap)
}

/// Our weighted score with a price cut of `cut` percent applied to the price criterion.
pub fn our_score_with_cut(req: &Requirements, cut: f64) -> Option<f64> {
    weighted(&req.criteria, |c| {
        if c.is_price {
            price_score(req, c, cut)
        } else {
            c.ours
        }
    })
}

/// Compares both sides and finds the cheapest clearing price cut.
pub fn compare(req: &Requirements) -> IncumbentComparison {
    compare_with_plan(req, 0.0)
}

/// As [`compare`], also scoring our offer with the planned price cut of `planned_cut` percent.
pub fn compare_with_plan(req: &Requirements, planned_cut: f64) -> IncumbentComparison {
    let ours = weighted(&req.criteria, |c| c.ours);
    let incumbent = weighted(&req.criteria, |c| c.incumbent);
    let gap = ours.zip(incumbent).map(|(o, i)| o - i);
    let threshold = req.switching_cost.max(0.0) + req.status_quo_margin.max(0.0);
    let clears_at = |cut: f64| {
        our_score_with_cut(req, cut)
            .zip(incumbent)
            .is_some_and(|(o, i)| o - i > threshold)
    };
    let has_price = req.criteria.iter().any(|c| c.is_price && c.weight > 0.0);
    let cheapest_cut = if gap.is_some_and(|g| g > threshold) {
        Some(0.0)
    } else if has_price {
        // The score rises monotonically with the cut, so the first tenth that clears is cheapest.
        (0..=999)
            .map(|tenths| f64::from(tenths) / 10.0)
            .find(|cut| clears_at(*cut))
    } else {
        None
    };
    let total: f64 = req.criteria.iter().map(|c| c.weight.max(0.0)).sum();
    let rows = req
        .criteria
        .iter()
        .map(|c| CriterionRow {
            name: c.name.clone(),
            weight: if total > 0.0 {
                c.weight.max(0.0) / total
            } else {
                0.0
            },
            ours: c.ours,
            incumbent: c.incumbent,
        })
        .collect();
    let planned_gap = our_score_with_cut(req, planned_cut)
        .zip(incumbent)
        .map(|(o, i)| o - i);
    IncumbentComparison {
        ours,
        incumbent,
        gap,
        planned_gap,
        threshold,
        clears: gap.is_some_and(|g| g > threshold),
        cheapest_cut,
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn criterion(name: &str, weight: f64, ours: f64, incumbent: f64, is_price: bool) -> Criterion {
        Criterion {
            id: 0,
            name: name.into(),
            weight,
            ours,
            incumbent,
            is_price,
        }
    }

    fn brex_like() -> Requirements {
        Requirements {
            criteria: vec![
                criterion("delivery", 35.0, 9.0, 7.0, false),
                criterion("quality", 35.0, 9.0, 8.0, false),
                criterion("price", 30.0, 5.0, 8.0, true),
            ],
            switching_cost: 0.5,
            status_quo_margin: 0.5,
            price_points_per_percent: 0.4,
            price_score_cap: 9.0,
            adaptations: vec![],
        }
    }

    #[test]
    fn weighted_scores_gap_and_threshold() {
        let c = compare(&brex_like());
        assert!((c.ours.unwrap() - 7.8).abs() < 1e-12);
        assert!((c.incumbent.unwrap() - 7.65).abs() < 1e-12);
        assert!((c.gap.unwrap() - 0.15).abs() < 1e-12);
        assert_eq!(c.threshold, 1.0);
        assert!(!c.clears);
        assert!((c.rows[0].weight - 0.35).abs() < 1e-12);
    }

    #[test]
    fn cheapest_cut_is_the_first_tenth_that_clears() {
        // Needs +0.85 overall = +2.8333 on price = 7.083 % → 7.1 %.
        let req = brex_like();
        let c = compare(&req);
        assert_eq!(c.cheapest_cut, Some(7.1));
        let planned = compare_with_plan(&req, 8.0).planned_gap.unwrap();
        assert!(
            (planned - (0.15 + 0.3 * 0.4 * 8.0)).abs() < 1e-12,
            "8 % cut adds 3.2 price points × 0.3"
        );
        let at = |cut| our_score_with_cut(&req, cut).unwrap() - c.incumbent.unwrap();
        assert!(at(7.1) > 1.0 && at(7.0) <= 1.0);
    }

    #[test]
    fn the_cap_can_make_clearing_impossible() {
        let mut req = brex_like();
        req.price_score_cap = 7.0;
        assert_eq!(compare(&req).cheapest_cut, None);
        req.criteria[2].is_price = false;
        req.price_score_cap = 10.0;
        assert_eq!(compare(&req).cheapest_cut, None, "no price criterion");
    }

    #[test]
    fn an_offer_that_already_clears_needs_no_cut() {
        let mut req = brex_like();
        req.criteria[2].ours = 9.0;
        let c = compare(&req);
        assert!(c.clears);
        assert_eq!(c.cheapest_cut, Some(0.0));
    }

    #[test]
    fn no_criteria_or_zero_weights_leave_scores_undefined() {
        let mut req = Requirements::default();
        assert_eq!(compare(&req).gap, None);
        req.criteria.push(criterion("x", 0.0, 5.0, 5.0, true));
        let c = compare(&req);
        assert_eq!(
            (c.ours, c.gap, c.clears, c.cheapest_cut),
            (None, None, false, None)
        );
    }
}
