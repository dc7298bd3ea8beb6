//! The wizard's steps, in order. The router maps each step's slug to its page.

use std::fmt;
use std::str::FromStr;

use super::account::Status;

/// One page of the per-account wizard.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Reasons,
    CostBenefit,
    Dialogue,
    Requirements,
    Summary,
    /// Keep close: the eight-item bond checklist.
    Bond,
    /// Keep close: the contact log, complaints and cadence.
    Contacts,
    /// Keep close: the visit helper.
    Visit,
}

/// A URL segment that names no step.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown step “{0}”")]
pub struct UnknownStep(pub String);

impl Step {
    /// The win-back steps, in wizard order.
    pub const ALL: [Step; 5] = [
        Step::Reasons,
        Step::CostBenefit,
        Step::Dialogue,
        Step::Requirements,
        Step::Summary,
    ];

    /// The keep-close steps of a current customer, in order.
    pub const KEEP_CLOSE: [Step; 3] = [Step::Bond, Step::Contacts, Step::Visit];

    /// The steps of an account with `status`: a current customer is kept close, any other
    /// is won back.
    pub fn track(status: Status) -> &'static [Step] {
        if status.is_current() {
            &Step::KEEP_CLOSE
        } else {
            &Step::ALL
        }
    }

    /// The steps this one belongs with.
    fn own_track(self) -> &'static [Step] {
        if Step::KEEP_CLOSE.contains(&self) {
            &Step::KEEP_CLOSE
        } else {
            &Step::ALL
        }
    }

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
            Step::Bond => "bond",
            Step::Contacts => "contacts",
            Step::Visit => "visit",
        }
    }

    /// Position among the steps it belongs with, from 0.
    pub fn index(self) -> usize {
        self.own_track()
            .iter()
            .position(|s| *s == self)
            .unwrap_or(0)
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Step> {
        self.own_track().get(self.index() + 1).copied()
    }

    /// The step before this one, if any.
    pub fn prev(self) -> Option<Step> {
        self.index()
            .checked_sub(1)
            .and_then(|i| self.own_track().get(i).copied())
    }
}

impl FromStr for Step {
    type Err = UnknownStep;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Step::ALL
            .into_iter()
            .chain(Step::KEEP_CLOSE)
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

    #[test]
    fn current_customers_are_kept_close_and_the_rest_won_back() {
        assert_eq!(Step::track(Status::Active), Step::KEEP_CLOSE);
        assert_eq!(Step::track(Status::AtRisk), Step::KEEP_CLOSE);
        assert_eq!(Step::track(Status::Lost), Step::ALL);
        assert_eq!(Step::track(Status::WonBack), Step::ALL);
        let slugs: Vec<_> = Step::KEEP_CLOSE.iter().map(|s| s.slug()).collect();
        assert_eq!(slugs, ["bond", "contacts", "visit"]);
        assert_eq!("visit".parse::<Step>(), Ok(Step::Visit));
        assert_eq!(Step::Bond.next(), Some(Step::Contacts));
        assert_eq!(Step::Visit.next(), None);
        assert_eq!(Step::Visit.index(), 2);
        assert_eq!(Step::Bond.prev(), None);
    }
}
