//! Which wizard steps hold enough to count as done, for the step progress.

use super::account::{Account, Party};
use super::keep_close::bond_summary;
use super::step::Step;

/// Whether `step` has what it needs: step 1 a cause and a dated event; step 2 the past
/// revenue; step 3 someone on each side; step 4 a scored criterion; the decision all four.
pub fn is_complete(account: &Account, step: Step) -> bool {
    match step {
        Step::Reasons => !account.reasons.reasons.is_empty() && !account.reasons.events.is_empty(),
        Step::CostBenefit => account.cost_benefit.revenue > 0.0,
        Step::Dialogue => Party::ALL
            .iter()
            .all(|p| account.dialogue.stakeholders.iter().any(|s| s.party == *p)),
        Step::Requirements => account.requirements.criteria.iter().any(|c| c.weight > 0.0),
        Step::Summary => Step::ANALYSIS.iter().all(|s| is_complete(account, *s)),
        Step::Bond => bond_summary(&account.keep_close.bond).not_known == 0,
        Step::Contacts => !account.keep_close.contacts.is_empty(),
        Step::Visit => account.keep_close.stake.revenue > 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::account::Status;
    use crate::model::locale::Lang;
    use crate::model::sample::brex_rilf;

    #[test]
    fn a_new_account_has_nothing_done_and_the_sample_everything() {
        let fresh = Account::new("a", "A", Status::Lost);
        assert!(Step::ALL.iter().all(|s| !is_complete(&fresh, *s)));
        let sample = brex_rilf(Lang::En);
        assert!(Step::ALL.iter().all(|s| is_complete(&sample, *s)));
        let mut partial = sample.clone();
        partial
            .dialogue
            .stakeholders
            .retain(|s| s.party == Party::Ours);
        assert!(!is_complete(&partial, Step::Dialogue));
        assert!(!is_complete(&partial, Step::Summary));
        assert!(is_complete(&partial, Step::Requirements));
    }
}
