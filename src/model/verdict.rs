//! The decision summary: go / no-go / needs work, with the findings that drove it. Data only;
//! the UI renders each finding as a sentence.

use serde::Serialize;

use super::account::slugs;
use super::coverage::Coverage;
use super::economics::{Evaluation, ModelInputs};
use super::incumbent::IncumbentComparison;

/// The recommendation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Decision {
    /// The numbers pay and nothing essential is missing.
    Go,
    /// The numbers pay, but the dialogue or the offer has gaps to close first.
    NeedsWork,
    /// The attempt is expected to lose money.
    NoGo,
}

/// How a finding bears on the decision.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Bearing {
    Supports,
    Concern,
    Blocks,
}

/// One fact behind the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum Finding {
    /// ev ≥ 0.
    EvPositive {
        ev: f64,
    },
    /// ev < 0.
    EvNegative {
        ev: f64,
    },
    /// p (percent) at or above p-star (percent).
    ProbabilityClearsBreakEven {
        p: f64,
        p_star: f64,
    },
    /// p below p-star.
    ProbabilityBelowBreakEven {
        p: f64,
        p_star: f64,
    },
    /// sltv ≤ 0: no chance of success makes the attempt pay.
    NeverPays {
        sltv: f64,
    },
    PaybackWithinHorizon {
        year: u32,
        horizon: u32,
    },
    NoPaybackWithinHorizon {
        horizon: u32,
    },
    DialogueCovered,
    DialogueGaps {
        count: usize,
    },
    /// Our offer (with the planned concession) beats the incumbent by more than the threshold.
    OfferClears {
        gap: f64,
        threshold: f64,
    },
    /// It does not; `cheapest_cut` is the price cut that would, if any.
    OfferFallsShort {
        gap: f64,
        threshold: f64,
        cheapest_cut: Option<f64>,
    },
    /// No decision criteria recorded yet.
    NoCriteria,
}

impl Finding {
    /// How the finding bears on the decision.
    pub fn bearing(&self) -> Bearing {
        match self {
            Finding::EvPositive { .. }
            | Finding::ProbabilityClearsBreakEven { .. }
            | Finding::PaybackWithinHorizon { .. }
            | Finding::DialogueCovered
            | Finding::OfferClears { .. } => Bearing::Supports,
            Finding::EvNegative { .. } | Finding::NeverPays { .. } => Bearing::Blocks,
            Finding::ProbabilityBelowBreakEven { .. } => Bearing::Blocks,
            Finding::NoPaybackWithinHorizon { .. }
            | Finding::DialogueGaps { .. }
            | Finding::OfferFallsShort { .. }
            | Finding::NoCriteria => Bearing::Concern,
        }
    }
}

/// The decision and every finding, blocking ones first.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Verdict {
    pub decision: Decision,
    pub findings: Vec<Finding>,
}

/// Weighs the economics, the dialogue and the offer.
pub fn decide(
    inputs: &ModelInputs,
    evaluation: &Evaluation,
    coverage: &Coverage,
    offer: &IncumbentComparison,
) -> Verdict {
    let mut findings = Vec::new();
    findings.push(if evaluation.ev >= 0.0 {
        Finding::EvPositive { ev: evaluation.ev }
    } else {
        Finding::EvNegative { ev: evaluation.ev }
    });
    let p = inputs.probability * 100.0;
    findings.push(match evaluation.p_star {
        Some(p_star) if p >= p_star => Finding::ProbabilityClearsBreakEven { p, p_star },
        Some(p_star) => Finding::ProbabilityBelowBreakEven { p, p_star },
        None => Finding::NeverPays {
            sltv: evaluation.sltv,
        },
    });
    findings.push(match evaluation.payback_year {
        Some(year) => Finding::PaybackWithinHorizon {
            year,
            horizon: inputs.horizon,
        },
        None => Finding::NoPaybackWithinHorizon {
            horizon: inputs.horizon,
        },
    });
    findings.push(if coverage.has_gaps() {
        Finding::DialogueGaps {
            count: coverage.gap_count(),
        }
    } else {
        Finding::DialogueCovered
    });
    findings.push(match (offer.gap, offer.planned_gap) {
        (Some(_), Some(gap)) if gap > offer.threshold => Finding::OfferClears {
            gap,
            threshold: offer.threshold,
        },
        (Some(_), Some(gap)) => Finding::OfferFallsShort {
            gap,
            threshold: offer.threshold,
            cheapest_cut: offer.cheapest_cut,
        },
        _ => Finding::NoCriteria,
    });
    let worst = |b: Bearing| findings.iter().any(|f| f.bearing() == b);
    let decision = if worst(Bearing::Blocks) {
        Decision::NoGo
    } else if worst(Bearing::Concern) {
        Decision::NeedsWork
    } else {
        Decision::Go
    };
    let rank = |f: &Finding| match f.bearing() {
        Bearing::Blocks => 0,
        Bearing::Concern => 1,
        Bearing::Supports => 2,
    };
    super::order::sort_by(&mut findings, |a, b| rank(a).cmp(&rank(b)));
    Verdict { decision, findings }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::{Criterion, Dialogue, Requirements};
    use crate::model::coverage::Coverage;
    use crate::model::economics::{evaluate, CostBenefit};
    use crate::model::incumbent::{compare, compare_with_plan};

    fn covered() -> Coverage {
        Coverage { cells: vec![] }
    }

    fn clearing_offer() -> IncumbentComparison {
        compare(&Requirements {
            criteria: vec![Criterion {
                id: 0,
                name: "q".into(),
                weight: 1.0,
                ours: 9.0,
                incumbent: 5.0,
                is_price: false,
            }],
            ..Requirements::default()
        })
    }

    fn paying() -> ModelInputs {
        let cb = CostBenefit {
            revenue: 1e6,
            attempt_cost: 10e3,
            ..CostBenefit::default()
        };
        ModelInputs::new(&cb, 0.0, 0.0)
    }

    #[test]
    fn go_when_everything_supports() {
        let m = paying();
        let v = decide(&m, &evaluate(&m, 10.0), &covered(), &clearing_offer());
        assert_eq!(v.decision, Decision::Go);
        assert!(v.findings.iter().all(|f| f.bearing() == Bearing::Supports));
        assert!(matches!(v.findings[0], Finding::EvPositive { .. }));
    }

    #[test]
    fn no_go_when_ev_is_negative_and_blockers_come_first() {
        let m = ModelInputs {
            attempt_cost: 1e9,
            ..paying()
        };
        let v = decide(&m, &evaluate(&m, 10.0), &covered(), &clearing_offer());
        assert_eq!(v.decision, Decision::NoGo);
        assert!(matches!(v.findings[0], Finding::EvNegative { .. }));
        assert!(matches!(
            v.findings[1],
            Finding::ProbabilityBelowBreakEven { .. }
        ));
    }

    #[test]
    fn no_go_when_nothing_can_pay() {
        let m = ModelInputs {
            revenue: 0.0,
            attempt_cost: 0.0,
            ..paying()
        };
        let v = decide(&m, &evaluate(&m, 10.0), &covered(), &clearing_offer());
        assert_eq!(v.decision, Decision::NoGo);
        assert!(v.findings.contains(&Finding::NeverPays { sltv: 0.0 }));
    }

    #[test]
    fn needs_work_for_gaps_payback_or_a_short_offer() {
        let m = paying();
        let e = evaluate(&m, 10.0);
        let gaps =
            crate::model::coverage::assess(&Dialogue::default(), "2020-01-01".parse().unwrap());
        let v = decide(&m, &e, &gaps, &clearing_offer());
        assert_eq!(v.decision, Decision::NeedsWork);
        assert!(v.findings.contains(&Finding::DialogueGaps { count: 6 }));
        let none = decide(&m, &e, &covered(), &compare(&Requirements::default()));
        assert_eq!(none.decision, Decision::NeedsWork);
        assert!(none.findings.contains(&Finding::NoCriteria));
        let slow = ModelInputs {
            investment: 1e9,
            referral_value: 2e9,
            ..m
        };
        let v = decide(&slow, &evaluate(&slow, 10.0), &covered(), &clearing_offer());
        assert!(v
            .findings
            .contains(&Finding::NoPaybackWithinHorizon { horizon: 5 }));
        assert_eq!(v.decision, Decision::NeedsWork);
    }

    #[test]
    fn the_planned_concession_counts_towards_the_offer() {
        let req = Requirements {
            criteria: vec![
                Criterion {
                    id: 0,
                    name: "q".into(),
                    weight: 50.0,
                    ours: 8.0,
                    incumbent: 7.0,
                    is_price: false,
                },
                Criterion {
                    id: 0,
                    name: "price".into(),
                    weight: 50.0,
                    ours: 6.0,
                    incumbent: 8.0,
                    is_price: true,
                },
            ],
            price_points_per_percent: 0.5,
            ..Requirements::default()
        };
        let offer = compare_with_plan(&req, 6.1);
        assert_eq!(offer.cheapest_cut, Some(6.1));
        let mut m = paying();
        m.concession = 0.061;
        let v = decide(&m, &evaluate(&m, 10.0), &covered(), &offer);
        assert!(matches!(
            v.findings.last(),
            Some(Finding::OfferClears { .. })
        ));
        m.concession = 0.06;
        let v = decide(
            &m,
            &evaluate(&m, 10.0),
            &covered(),
            &compare_with_plan(&req, 6.0),
        );
        assert!(v.findings.iter().any(|f| matches!(
            f,
            Finding::OfferFallsShort {
                cheapest_cut: Some(_),
                ..
            }
        )));
    }
}

slugs!(Decision { Go => "go", NeedsWork => "needs-work", NoGo => "no-go" });
slugs!(Bearing { Supports => "supports", Concern => "concern", Blocks => "blocks" });
