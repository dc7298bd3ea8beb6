use leptos::prelude::*;

use super::stake_panel::StakePanel;
use super::visit_helper::VisitHelper;
use super::visit_log::VisitLog;
use crate::components::SourceNote;
use crate::i18n::Key;

/// "Visit or not?": the price of drifting away, the two questions, the choice and the log.
#[component]
pub fn VisitStep() -> impl IntoView {
    view! {
        <StakePanel />
        <VisitHelper />
        <VisitLog />
        <SourceNote text=Key::SourceKeepClose />
    }
}
