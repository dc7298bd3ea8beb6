use leptos::prelude::*;

use super::use_account;
use crate::i18n::{use_i18n, Key};
use crate::state::{memo, use_app_state, Notice};

/// Our weighted score against the current supplier's, whether it clears switching cost +
/// status-quo margin, and the cheapest price cut that would (carried to step 2 on request).
#[component]
pub fn OfferComparison() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let state = use_app_state();
    let offer = memo(move || ctx.analysis.with(|a| a.as_ref().map(|a| a.offer.clone())));
    let has_price = move || {
        ctx.read(false, |a| {
            a.requirements
                .criteria
                .iter()
                .any(|c| c.is_price && c.weight > 0.0)
        })
    };
    let carry = move |cut: f64| {
        ctx.update(|a| a.cost_benefit.concession = cut);
        state.notice.set(Some(
            Notice::status(Key::CutCarried).with_args(vec![i18n.numbers().percent(cut)]),
        ));
    };
    view! {
        <section class="card" aria-labelledby="comparison-heading" aria-live="polite" data-testid="offer-comparison">
            <h2 id="comparison-heading">{i18n.s(Key::ComparisonHeading)}</h2>
            {move || match offer.get() {
                Some(o) if o.gap.is_some() => {
                    // With the price cut planned in step 2.
                    let clears = o.planned_gap.is_some_and(|g| g > o.threshold);
                    let score = |v: Option<f64>| v.map_or_else(|| "—".to_owned(), |v| i18n.numbers().number(v, 2));
                    let cut_line = match o.cheapest_cut {
                        Some(cut) if !clears => i18n.f(Key::CheapestCut, &[&i18n.numbers().percent(cut)]),
                        Some(_) => String::new(),
                        None if has_price() => i18n.t(Key::CheapestCutNone).to_owned(),
                        None => i18n.t(Key::CheapestCutNoPrice).to_owned(),
                    };
                    let carry_cut = o.cheapest_cut.filter(|c| *c > 0.0);
                    view! {
                        <p>{i18n.f(Key::ScoreOurs, &[&score(o.ours)])}</p>
                        <p>{i18n.f(Key::ScoreIncumbent, &[&score(o.incumbent)])}</p>
                        <p>{i18n.f(Key::ScoreGap, &[&score(o.planned_gap), &i18n.numbers().number(o.threshold, 2)])}</p>
                        <p class=if clears { "verdict verdict-go" } else { "verdict verdict-needs-work" }>
                            {i18n.t(if clears { Key::OfferClearsText } else { Key::OfferShortText })}
                        </p>
                        <p data-testid="cheapest-cut">{cut_line}</p>
                        {carry_cut.map(|cut| view! {
                            <button type="button" data-testid="carry-cut" disabled=move || !ctx.editable() on:click=move |_| carry(cut)>
                                {i18n.f(Key::CarryCut, &[&i18n.numbers().percent(cut)])}
                            </button>
                        })}
                    }
                    .into_any()
                }
                _ => view! { <p>{i18n.t(Key::ScoreUndefined)}</p> }.into_any(),
            }}
        </section>
    }
}
