use leptos::prelude::*;

use crate::browser::today;
use crate::classroom::ClassCharts;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::classroom::{rows, scenario_of, summary};
use crate::state::{memo, use_app_state};
use crate::steps::use_account;

/// The class's own answers at a glance: how many teams reached each verdict, the spread of
/// their expected values around the median, and the class's two charts for the debrief.
#[component]
pub fn ClassSlide() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let ctx = use_account();
    let class = memo(move || {
        let scenario = ctx.account.with(|a| a.as_ref().map(scenario_of));
        state.doc.with(|d| {
            d.classes
                .iter()
                .find(|c| Some(&c.scenario) == scenario.as_ref() && !c.answers.is_empty())
                .map(|c| rows(c, today()))
                .unwrap_or_default()
        })
    });
    let glance = memo(move || class.with(|r| (!r.is_empty()).then(|| summary(r))));
    // The trainer's own figure: the case as presented.
    let trainer =
        Signal::derive(move || ctx.analysis.with(|a| a.as_ref().map(|a| a.evaluation.ev)));
    move || match glance.get() {
        None => view! { <p>{i18n.t(Key::SlideClassNone)}</p> }.into_any(),
        Some(g) => {
            let n = i18n.numbers();
            let money = |v: f64| n.money(v, &g.currency);
            view! {
                <div class="slide-class">
                    <div class="slide-figures">
                        <ul class="slide-verdicts" data-testid="slide-verdicts">
                            {g.verdicts.iter().map(|(d, count)| view! {
                                <li class=format!("verdict-{}", d.slug())>
                                    {i18n.f(Key::SlideClassVerdicts, &[i18n.t(labels::decision(*d)), &n.whole(*count as i64)])}
                                </li>
                            }).collect_view()}
                        </ul>
                        <p>{g.median_ev.map(|m| i18n.f(Key::ClassMedian, &[&money(m)]))}</p>
                        <p class="slide-range">{g.range.map(|(lo, hi)| format!("{} … {}", money(lo), money(hi)))}</p>
                    </div>
                    <ClassCharts rows=class trainer=trainer on_slide=true />
                </div>
            }
            .into_any()
        }
    }
}
