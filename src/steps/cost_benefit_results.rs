use leptos::prelude::*;

use super::use_account;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::economics::Evaluation;
use crate::model::locale::shortest;
use crate::model::origin::Measure;
use crate::state::memo;

/// One headline result: `data-value` carries the unrounded number (empty when undefined),
/// the text shows it rounded, and a line under it says what it means.
#[component]
pub(crate) fn Output(
    /// `out-<key>` hook.
    testid: &'static str,
    /// The result's name.
    label: Key,
    /// The unrounded value, if defined.
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// The value as people read it (or a dash).
    #[prop(into)]
    shown: Signal<String>,
    /// The plain-words reading.
    #[prop(into)]
    reading: Signal<String>,
    /// Which result it is, for where it comes from.
    measure: Measure,
) -> impl IntoView {
    let i18n = use_i18n();
    let reading_id = format!("{testid}-reading");
    view! {
        <div class="result">
            <dt>{move || i18n.t(label)}</dt>
            <dd>
                <output
                    data-testid=testid
                    data-value=move || value.get().map(shortest).unwrap_or_default()
                    aria-describedby=reading_id.clone()
                >
                    {shown}
                </output>
                <p id=reading_id class="reading">{reading}</p>
                <small class="origin">{move || labels::origin(i18n.lang(), measure.origin())}</small>
            </dd>
        </div>
    }
}

/// The eight results of the cost–benefit model, each explained.
#[component]
pub fn CostBenefitResults() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let currency = move || ctx.read(String::new(), |a| a.currency.clone());
    let inputs = move || ctx.analysis.with(|a| a.as_ref().map(|a| a.inputs));
    // One result of the evaluation, read without copying the rest.
    let pick = move |f: fn(&Evaluation) -> Option<f64>| {
        memo(move || {
            ctx.analysis
                .with(|a| a.as_ref().and_then(|a| f(&a.evaluation)))
        })
    };
    let years = move || {
        i18n.count(
            Key::CountYears,
            u64::from(inputs().map_or(0, |m| m.horizon)),
        )
    };
    let m = move |v: f64| i18n.numbers().money(v, &currency());
    let dash = || "—".to_owned();

    let sltv = pick(|e| Some(e.sltv));
    let npv = pick(|e| Some(e.npv_won));
    let ev = pick(|e| Some(e.ev));
    let p_star = pick(|e| e.p_star);
    let lost = pick(|e| Some(e.lost_value));
    let payback = pick(|e| e.payback_year.map(f64::from));
    let volume = pick(|e| e.breakeven_volume);
    let max_cut = pick(|e| e.max_concession);
    let p = move || inputs().map_or(0.0, |m| m.probability * 100.0);
    let c = move || inputs().map_or(0.0, |m| m.concession * 100.0);

    view! {
        <section class="card results" aria-labelledby="cb-results-heading" aria-live="polite">
            <h2 id="cb-results-heading">{i18n.s(Key::CbResultsHeading)}</h2>
            <dl>
                <Output testid="out-ev" measure=Measure::Ev label=Key::OutEv value=ev
                    shown=Signal::derive(move || ev.get().map_or_else(dash, m))
                    reading=Signal::derive(move || match ev.get() {
                        Some(v) if v >= 0.0 => i18n.f(Key::ExplainEvPositive, &[&i18n.numbers().percent(p()), &m(v)]),
                        Some(v) => i18n.f(Key::ExplainEvNegative, &[&i18n.numbers().percent(p()), &m(-v)]),
                        None => String::new(),
                    }) />
                <Output testid="out-p-star" measure=Measure::PStar label=Key::OutPStar value=p_star
                    shown=Signal::derive(move || p_star.get().map_or_else(dash, |v| i18n.numbers().percent(v)))
                    reading=Signal::derive(move || match p_star.get() {
                        Some(v) if v > 100.0 => i18n.f(Key::ExplainPStarAbove100, &[&i18n.numbers().percent(v)]),
                        Some(v) => i18n.f(Key::ExplainPStar, &[&i18n.numbers().percent(v)]),
                        None => i18n.t(Key::ExplainPStarUndefined).to_owned(),
                    }) />
                <Output testid="out-sltv" measure=Measure::Sltv label=Key::OutSltv value=sltv
                    shown=Signal::derive(move || sltv.get().map_or_else(dash, m))
                    reading=Signal::derive(move || i18n.f(Key::ExplainSltv, &[&sltv.get().map_or_else(dash, m), &years()])) />
                <Output testid="out-npv-won" measure=Measure::NpvWon label=Key::OutNpvWon value=npv
                    shown=Signal::derive(move || npv.get().map_or_else(dash, m))
                    reading=Signal::derive(move || i18n.f(Key::ExplainNpvWon, &[&npv.get().map_or_else(dash, m)])) />
                <Output testid="out-lost-value" measure=Measure::LostValue label=Key::OutLostValue value=lost
                    shown=Signal::derive(move || lost.get().map_or_else(dash, m))
                    reading=Signal::derive(move || i18n.f(Key::ExplainLostValue, &[&lost.get().map_or_else(dash, m), &years()])) />
                <Output testid="out-payback-year" measure=Measure::PaybackYear label=Key::OutPaybackYear value=payback
                    shown=Signal::derive(move || payback.get().map_or_else(dash, |y| i18n.f(Key::YearN, &[&i18n.numbers().number(y, 0)])))
                    reading=Signal::derive(move || match payback.get() {
                        Some(y) => i18n.f(Key::ExplainPayback, &[&i18n.numbers().number(y, 0)]),
                        None => i18n.f(Key::ExplainPaybackNone, &[&years()]),
                    }) />
                <Output testid="out-breakeven-volume" measure=Measure::BreakevenVolume label=Key::OutBreakevenVolume value=volume
                    shown=Signal::derive(move || volume.get().map_or_else(dash, |v| i18n.numbers().percent(v)))
                    reading=Signal::derive(move || match volume.get() {
                        Some(v) => i18n.f(Key::ExplainBreakevenVolume, &[&i18n.numbers().percent(c()), &i18n.numbers().percent(v)]),
                        None => i18n.t(Key::ExplainBreakevenVolumeUndefined).to_owned(),
                    }) />
                <Output testid="out-max-concession" measure=Measure::MaxConcession label=Key::OutMaxConcession value=max_cut
                    shown=Signal::derive(move || max_cut.get().map_or_else(dash, |v| i18n.numbers().percent(v)))
                    reading=Signal::derive(move || match max_cut.get() {
                        Some(v) => i18n.f(Key::ExplainMaxConcession, &[&i18n.numbers().percent(v)]),
                        None => i18n.t(Key::ExplainMaxConcessionUndefined).to_owned(),
                    }) />
            </dl>
        </section>
    }
}
