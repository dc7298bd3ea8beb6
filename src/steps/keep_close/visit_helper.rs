use leptos::prelude::*;

use super::signal_list::SignalList;
use super::stake_panel::breakeven_sentence;
use crate::browser::today;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::date::Date;
use crate::model::items;
use crate::model::keep_close::{bond_summary, decide_visit, drift_signals, VisitChoice};
use crate::state::{memo, use_app_state, Notice};
use crate::steps::use_account;

/// The two questions side by side — is the visit necessary now; will not going harm the
/// bond — with the app's evidence for the second, and the user's choice. It never decides.
#[component]
pub fn VisitHelper() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let state = use_app_state();
    let necessary = RwSignal::new(None::<bool>);
    let later = RwSignal::new(None::<Date>);
    let signals = memo(move || {
        ctx.read(Vec::new(), |a| {
            drift_signals(&a.keep_close, &a.dialogue.stakeholders, a.as_of(today()))
        })
    });
    let gaps = memo(move || ctx.read(Vec::new(), |a| bond_summary(&a.keep_close.bond).gaps));
    let phase = move || ctx.read(None, |a| a.keep_close.phase());
    let value = move || {
        ctx.read(String::new(), |a| {
            breakeven_sentence(&i18n, &a.keep_close.stake, &a.currency)
        })
    };
    let choose = move |choice: VisitChoice| {
        ctx.update(|a| {
            let decision = decide_visit(
                &a.keep_close,
                &a.dialogue.stakeholders,
                a.as_of(today()),
                necessary.get_untracked(),
                choice,
            );
            items::push(&mut a.keep_close.visits, decision);
        });
        state.notice.set(Some(Notice::status(Key::ChoiceKept)));
    };
    let off = move || !ctx.editable();
    view! {
        <section class="card" aria-labelledby="visit-questions-heading">
            <h2 id="visit-questions-heading">{i18n.s(Key::StepVisit)}</h2>
            <p class="lead">{i18n.s(Key::VisitIntro)}</p>
            <div class="questions">
                <div class="question">
                    <h3>{i18n.s(Key::QuestionNecessary)}</h3>
                    <p>{move || match phase() {
                        Some(p) => i18n.f(Key::PhaseNow, &[i18n.t(labels::phase(p))]),
                        None => i18n.t(Key::PhaseUnknown).to_owned(),
                    }}</p>
                    <label class="field">
                        <span>{i18n.s(Key::NecessaryLabel)}</span>
                        <select data-testid="visit-necessary" on:change=move |ev| necessary.set(match event_target_value(&ev).as_str() {
                            "yes" => Some(true),
                            "no" => Some(false),
                            _ => None,
                        })>
                            <option value="" selected=move || necessary.get().is_none()>{i18n.s(Key::NecessaryUnsure)}</option>
                            <option value="yes" selected=move || necessary.get() == Some(true)>{i18n.s(Key::NecessaryYes)}</option>
                            <option value="no" selected=move || necessary.get() == Some(false)>{i18n.s(Key::NecessaryNo)}</option>
                        </select>
                    </label>
                </div>
                <div class="question">
                    <h3>{i18n.s(Key::QuestionHarm)}</h3>
                    <h4>{i18n.s(Key::SignalsHeading)}</h4>
                    <SignalList signals=signals />
                    <h4>{i18n.s(Key::BondGapsHeading)}</h4>
                    <Show when=move || gaps.with(|g| !g.is_empty()) fallback=move || view! { <p>{i18n.s(Key::BondNoGaps)}</p> }>
                        <ul class="gaps" data-testid="bond-gaps">
                            {move || gaps.get().iter().map(|(item, answer)| view! {
                                <li>{i18n.f(Key::BondGap, &[i18n.t(labels::bond_item(*item).0), i18n.t(labels::answer(*answer))])}</li>
                            }).collect_view()}
                        </ul>
                    </Show>
                    <p class="reading">{value}</p>
                </div>
            </div>
            <h3>{i18n.s(Key::ChoiceHeading)}</h3>
            <div class="choice-row">
                <button type="button" class="primary" data-testid="visit-go" disabled=off on:click=move |_| choose(VisitChoice::Go)>{i18n.s(Key::ChoiceGo)}</button>
                <button type="button" data-testid="visit-skip" disabled=off on:click=move |_| choose(VisitChoice::Skip)>{i18n.s(Key::ChoiceSkip)}</button>
                <label class="field">
                    <span>{i18n.s(Key::ChoiceLaterDate)}</span>
                    <input type="date" data-testid="visit-later-date" disabled=off on:change=move |ev| later.set(event_target_value(&ev).parse().ok()) />
                </label>
                <button type="button" data-testid="visit-later" disabled=move || off() || later.get().is_none()
                    on:click=move |_| { if let Some(d) = later.get_untracked() { choose(VisitChoice::Later(d)) } }>
                    {i18n.s(Key::ChoiceLater)}
                </button>
            </div>
        </section>
    }
}
