use leptos::prelude::*;

use super::charts::{CashFlowChart, TornadoChart};

use super::summary_text::{action, finding, key_figures, plain_text, verdict_line};
use super::use_account;
use crate::browser::today;
use crate::components::Later;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::plan::action_plan;
use crate::state::{memo, use_app_state};

/// The decision page: verdict with its reasons, key figures, the action plan and both sides of
/// the story; printable on A4 and copyable as text.
#[component]
pub fn SummaryStep() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let state = use_app_state();
    let currency = move || ctx.read(String::new(), |a| a.currency.clone());
    let actions = memo(move || {
        ctx.account.with(|a| {
            ctx.analysis.with(|an| {
                a.as_ref()
                    .zip(an.as_ref())
                    .map(|(a, an)| action_plan(a, an, today()))
                    .unwrap_or_default()
            })
        })
    });
    let text = move || {
        ctx.account.with(|a| {
            ctx.analysis.with(|an| {
                a.as_ref()
                    .zip(an.as_ref())
                    .map(|(a, an)| plain_text(&i18n, a, an, &actions.get()))
            })
        })
    };
    let copy = move |_| {
        if let Some(text) = text() {
            state.copy_and_tell(text, Key::Copied);
        }
    };
    let print = move |_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    };
    let decision = move || {
        ctx.analysis
            .with(|a| a.as_ref().map(|a| a.verdict.decision))
    };

    view! {
        <section class="card summary" aria-labelledby="verdict-heading" data-testid="summary">
            <h2 id="verdict-heading">{i18n.s(Key::VerdictHeading)}</h2>
            <p class=move || format!("verdict-banner verdict-{}", decision().map_or("none", |d| d.slug()))
                data-testid="verdict" data-decision=move || decision().map(|d| d.slug().replace('-', ""))>
                {move || decision().map(|d| verdict_line(&i18n, d))}
            </p>
            <h3>{i18n.s(Key::WhyHeading)}</h3>
            <ul data-testid="findings">
                {move || ctx.analysis.with(|a| a.as_ref().map(|a| a.verdict.findings.iter().map(|f| {
                    let bearing = format!("finding finding-{}", f.bearing().slug());
                    view! { <li class=bearing>{finding(&i18n, f, &currency())}</li> }
                }).collect_view()))}
            </ul>
            <h3>{i18n.s(Key::KeyFiguresHeading)}</h3>
            <dl class="key-figures">
                {move || ctx.analysis.with(|a| a.as_ref().map(|a| key_figures(&i18n, a, &currency()).into_iter().map(|(label, value)| view! {
                    <div><dt>{label}</dt><dd>{value}</dd></div>
                }).collect_view()))}
            </dl>
            <h3>{i18n.s(Key::PlanActionsHeading)}</h3>
            <ol data-testid="action-plan">
                {move || actions.get().iter().map(|a| view! { <li>{action(&i18n, a, &currency())}</li> }).collect_view()}
            </ol>
            <h3>{i18n.s(Key::FiguresHeading)}</h3>
            <Later>
                <div class="summary-figures">
                    <CashFlowChart />
                    <TornadoChart />
                </div>
            </Later>
            <h3>{i18n.s(Key::StoryHeading)}</h3>
            <ul class="story">
                {move || ctx.read(Vec::new(), |a| a.reasons.events.clone()).into_iter().map(|e| view! {
                    <li><strong>{move || i18n.numbers().date(e.date)}</strong>" · "{move || i18n.t(labels::side(e.side))}" · "{e.text.clone()}</li>
                }).collect_view()}
            </ul>
            <div class="no-print tool-row">
                <button type="button" data-testid="copy-summary" on:click=copy>{i18n.s(Key::CopyAsText)}</button>
                <button type="button" on:click=print>{i18n.s(Key::Print)}</button>
            </div>
        </section>
    }
}
