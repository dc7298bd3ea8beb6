use leptos::prelude::*;

use super::stake_panel::StakePanel;
use super::visit_helper::VisitHelper;
use super::visit_log::VisitLog;

/// "Visit or not?": the price of drifting away, the two questions, the choice and the log.
#[component]
pub fn VisitStep() -> impl IntoView {
    view! {
        <StakePanel />
        <VisitHelper />
        <VisitLog />
    }
}
