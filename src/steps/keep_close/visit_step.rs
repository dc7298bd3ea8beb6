use leptos::prelude::*;

use super::stake_panel::StakePanel;
use super::visit_helper::VisitHelper;
use super::visit_log::VisitLog;
use crate::components::{Later, SourceNote};
use crate::i18n::Key;

/// "Visit or not?": the price of drifting away, the two questions, the choice and the log.
#[component]
pub fn VisitStep() -> impl IntoView {
    view! {
        <StakePanel />
        <VisitHelper />
        <Later>
            <VisitLog />
        </Later>
        <SourceNote text=Key::SourceKeepClose />
    }
}
