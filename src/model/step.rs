//! The wizard's steps, in order. The router maps each step's slug to its page.

use std::fmt;
use std::str::FromStr;

/// One page of the per-account wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Reasons,
    CostBenefit,
    Dialogue,
    Requirements,
    Summary,
}

/// A URL segment that names no step.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown step “{0}”")]
pub struct UnknownStep(pub String);

impl Step {
    /// Every step in wizard order.
    pub const ALL: [Step; 5] = [
        Step::Reasons,
        Step::CostBenefit,
        Step::Dialogue,
        Step::Requirements,
        Step::Summary,
    ];

    /// The four analysis steps that lead to the decision.
    pub const ANALYSIS: [Step; 4] = [
        Step::Reasons,
        Step::CostBenefit,
        Step::Dialogue,
        Step::Requirements,
    ];

    /// The URL segment (also the `data-testid` suffix: `step-<slug>`).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Reasons => "reasons",
            Step::CostBenefit => "cost-benefit",
            Step::Dialogue => "dialogue",
            Step::Requirements => "requirements",
            Step::Summary => "summary",
        }
    }

    /// Position in the wizard, from 0.
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Step::ALL.get(i).copied())
    }
}

impl FromStr for Step {
    type Err = UnknownStep;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Step::ALL
            .into_iter()
            .find(|step| step.slug() == s)
            .ok_or_else(|| UnknownStep(s.to_owned()))
    }
}

impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.slug())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_match_test_hooks() {
        let slugs: Vec<_> = Step::ALL.iter().map(|s| s.slug()).collect();
        assert_eq!(
            slugs,
            [
                "reasons",
                "cost-benefit",
                "dialogue",
                "requirements",
                "summary"
            ]
        );
        for step in Step::ALL {
            assert_eq!(step.slug().parse::<Step>(), Ok(step));
        }
        assert_eq!("costs".parse::<Step>(), Err(UnknownStep("costs".into())));
    }

    #[test]
    fn analysis_steps_are_all_but_the_decision() {
        let rest: Vec<_> = Step::ALL
            .into_iter()
            .filter(|s| *s != Step::Summary)
            .collect();
        assert_eq!(rest, Step::ANALYSIS);
    }

    #[test]
    fn next_and_prev_walk_the_wizard() {
        assert_eq!(Step::Reasons.prev(), None);
        assert_eq!(Step::Reasons.next(), Some(Step::CostBenefit));
        assert_eq!(Step::Summary.next(), None);
        assert_eq!(Step::Summary.prev(), Some(Step::Requirements));
    }
}
