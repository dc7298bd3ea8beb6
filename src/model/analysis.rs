//! One call that runs every engine over an account: what the UI's memos read.

use serde::Serialize;

use super::account::Account;
use super::coverage::{assess, Coverage};
use super::date::Date;
use super::economics::{evaluate, Evaluation, ModelInputs};
use super::incumbent::{compare_with_plan, IncumbentComparison};
use super::verdict::{decide, Verdict};

/// Every derived figure for one account.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Analysis {
    /// Step 4's adaptation items, added to the investment I0.
    pub adaptation_cost: f64,
    /// Step 3's meeting plan, added to the attempt cost C.
    pub meeting_cost: f64,
    #[serde(skip)]
    pub inputs: ModelInputs,
    pub evaluation: Evaluation,
    pub coverage: Coverage,
    pub offer: IncumbentComparison,
    pub verdict: Verdict,
}

/// Runs the economics, coverage, offer and verdict as of the account's "as of" date
/// (`today` when it has none).
pub fn analyse(account: &Account, today: Date) -> Analysis {
    let today = account.as_of(today);
    let adaptation_cost = account.requirements.adaptation_cost();
    let meeting_cost = account.dialogue.plan.total_cost();
    let inputs = ModelInputs::new(&account.cost_benefit, adaptation_cost, meeting_cost);
    let evaluation = evaluate(&inputs, account.cost_benefit.sensitivity_delta);
    let coverage = assess(&account.dialogue, today);
    let offer = compare_with_plan(&account.requirements, account.cost_benefit.concession);
    let verdict = decide(&inputs, &evaluation, &coverage, &offer);
    Analysis {
        adaptation_cost,
        meeting_cost,
        inputs,
        evaluation,
        coverage,
        offer,
        verdict,
    }
}
