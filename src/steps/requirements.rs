use leptos::prelude::*;

use super::adaptations::Adaptations;
use super::charts::CriteriaChart;
use super::criteria::CriteriaList;
use super::offer_comparison::OfferComparison;
use super::use_account;
use crate::components::{BoundedField, Later, SourceNote};
use crate::i18n::{use_i18n, Key};
use crate::model::account::Requirements;
use crate::model::limits;
use crate::model::origin::offer_setting;

/// Step 4, "What must we offer?": the customer's criteria, our offer against the current
/// supplier's, the cheapest price cut that is enough, and the adaptations (feeding step 2).
#[component]
pub fn RequirementsStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let disabled = Signal::derive(move || !ctx.editable());
    let value = move |read: fn(&Requirements) -> f64| {
        Signal::derive(move || ctx.read(0.0, |a| read(&a.requirements)))
    };
    let set = move |write: fn(&mut Requirements, f64)| {
        Callback::new(move |v: f64| ctx.update(|a| write(&mut a.requirements, v)))
    };
    view! {
        <CriteriaList />
        <section class="card" aria-labelledby="offer-settings-heading">
            <h2 id="offer-settings-heading">{i18n.s(Key::OfferSettingsHeading)}</h2>
            <div class="fields">
                <BoundedField label=Key::SwitchingCost id="req-switching-cost".into() origin=offer_setting(false) limit=limits::SCORE disabled=disabled
                    value=value(|r| r.switching_cost) on_change=set(|r, v| r.switching_cost = v) />
                <BoundedField label=Key::StatusQuoMargin id="req-status-quo".into() origin=offer_setting(true) limit=limits::SCORE disabled=disabled
                    value=value(|r| r.status_quo_margin) on_change=set(|r, v| r.status_quo_margin = v) />
                <BoundedField label=Key::PricePoints id="req-price-points".into() origin=offer_setting(false) limit=limits::SCORE disabled=disabled
                    value=value(|r| r.price_points_per_percent) on_change=set(|r, v| r.price_points_per_percent = v) />
                <BoundedField label=Key::PriceCap id="req-price-cap".into() origin=offer_setting(false) limit=limits::SCORE disabled=disabled
                    value=value(|r| r.price_score_cap) on_change=set(|r, v| r.price_score_cap = v) />
            </div>
        </section>
        <Later>
            <OfferComparison />
            <section class="card" aria-labelledby="criteria-chart-heading">
                <h2 id="criteria-chart-heading" class="visually-hidden">{i18n.s(Key::ChartsSection)}</h2>
                <CriteriaChart />
            </section>
            <Adaptations />
        </Later>
        <SourceNote text=Key::SourceRequirements />
    }
}
