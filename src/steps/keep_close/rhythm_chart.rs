use leptos::prelude::*;

use crate::browser::today;
use crate::charts::{Figure, RhythmText};
use crate::components::ChartFigure;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::Level;
use crate::model::keep_close::{rhythm, MonthContacts, Phase, Signal as Drift};
use crate::state::memo;
use crate::steps::use_account;

/// Contacts per month by level over the project's phases, with the drift signals now.
#[component]
pub fn RhythmChart(
    /// The drift signals raised now (computed once, by the step).
    #[prop(into)]
    signals: Signal<Vec<Drift>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let months = memo(move || ctx.read(Vec::new(), |a| rhythm(&a.keep_close, a.as_of(today()))));
    let signals = memo(move || signals.with(Vec::len));
    let label = move |m: &MonthContacts| i18n.numbers().month(m.year, m.month);
    let phase = move |m: &MonthContacts| m.phase.map(|p| i18n.t(labels::phase(p))).unwrap_or("—");
    let figure = memo(move || {
        let months = months.get();
        (!months.is_empty()).then(|| Figure::Rhythm {
            text: RhythmText {
                x_desc: i18n.t(Key::AxisMonth).to_owned(),
                y_desc: i18n.t(Key::AxisContacts).to_owned(),
                levels: Level::ALL.map(|l| i18n.t(labels::level(l)).to_owned()),
                months: months.iter().map(label).collect(),
                phases: Phase::ALL.map(|p| i18n.t(labels::phase(p)).to_owned()),
                now: i18n.f(
                    Key::MarkerNow,
                    &[&i18n.count(Key::CountSignals, signals.get() as u64)],
                ),
            },
            months,
        })
    });
    let n = move |v: u32| i18n.numbers().whole(i64::from(v));
    let describe = Callback::new(move |i: usize| {
        months.with(|ms| {
            ms.get(i).map(|m| {
                let [o, mid, top] = m.by_level;
                i18n.f(
                    Key::PointRhythm,
                    &[&label(m), &n(o), &n(mid), &n(top), phase(m)],
                )
            })
        })
    });
    let total = |m: &MonthContacts| m.by_level.iter().sum::<u32>();
    let reading = Signal::derive(move || {
        months.with(|ms| match (ms.iter().max_by_key(|m| total(m)), ms.last()) {
            (Some(busiest), Some(last)) => i18n.f(
                Key::ReadRhythm,
                &[
                    &label(busiest),
                    &i18n.count(Key::CountContacts, u64::from(total(busiest))),
                    &label(last),
                    &i18n.count(Key::CountContacts, u64::from(total(last))),
                ],
            ),
            _ => i18n.t(Key::ReadRhythmNone).to_owned(),
        })
    });
    // Without contacts there is nothing to draw: no empty frame.
    view! {
        <Show when=move || months.with(|m| !m.is_empty())>
        <ChartFigure testid="chart-rhythm" title=Key::ChartRhythmTitle figure=figure describe=describe reading=reading>
            <table data-testid="rhythm-table">
                <thead>
                    <tr>
                        <th scope="col">{i18n.s(Key::ColMonth)}</th>
                        {Level::ALL.map(|l| view! { <th scope="col" class="num">{i18n.s(labels::level(l))}</th> })}
                        <th scope="col">{i18n.s(Key::ColPhase)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || months.get().iter().map(|m| view! {
                        <tr>
                            <th scope="row">{label(m)}</th>
                            {m.by_level.map(|c| view! { <td class="num">{n(c)}</td> })}
                            <td>{phase(m)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </ChartFigure>
        </Show>
    }
}
