use leptos::prelude::*;

use super::account_details::AccountDetails;
use super::contributors::Contributors;
use super::reason_list::ReasonList;
use super::timeline::Timeline;
use crate::components::Later;

/// Step 1, "Why did they leave?": the account, the causes, the chain of events and who
/// contributed — a description of what happened, on both sides.
#[component]
pub fn ReasonsStep() -> impl IntoView {
    view! {
        <AccountDetails />
        <ReasonList />
        <Later>
            <Timeline />
        </Later>
        <Later>
            <Contributors />
        </Later>
    }
}
