use leptos::prelude::*;

use crate::charts::{ChoicesText, Figure, Marker, MarkerKind, SpreadText, VerdictsText};
use crate::components::ChartFigure;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::classroom::{summary, ClassRow};
use crate::state::memo;

/// The class in two charts: the teams' expected values around the median (and the trainer's
/// own figure), and the price cut each team offered against the chance it assumed.
#[component]
pub fn ClassCharts(
    /// One row per team.
    #[prop(into)]
    rows: Signal<Vec<ClassRow>>,
    /// The trainer's own expected value for the case, if the case is on this device.
    #[prop(into)]
    trainer: Signal<Option<f64>>,
    /// On a slide, which already lists the verdicts in words: only the two pictures.
    #[prop(optional)]
    on_slide: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let name = move |r: &ClassRow| {
        if r.anonymous {
            i18n.f(Key::TeamLetter, &[&r.team])
        } else {
            r.team.clone()
        }
    };
    // The class at a glance (verdict counts, median, range), computed once per change.
    let glance = memo(move || rows.with(|r| summary(r)));
    let currency = move || glance.with(|g| g.currency.clone());
    let spread = Signal::derive(move || {
        let evs: Vec<f64> = rows.with(|r| r.iter().map(|r| r.ev).collect());
        let marker = |x: Option<f64>, label: Key, kind: MarkerKind| {
            x.map(|x| Marker {
                x,
                label: i18n.t(label).to_owned(),
                kind,
            })
        };
        let markers = [
            marker(
                glance.with(|g| g.median_ev),
                Key::LabelMedian,
                MarkerKind::Threshold,
            ),
            marker(trainer.get(), Key::LabelTrainer, MarkerKind::Current),
        ];
        (!evs.is_empty()).then(|| Figure::ClassSpread {
            markers: markers.into_iter().flatten().collect(),
            text: SpreadText {
                x_desc: i18n.f(Key::AxisEv, &[&currency()]),
                names: rows.with(|r| r.iter().map(name).collect()),
                teams: i18n.t(Key::LegendTeams).to_owned(),
            },
            evs,
        })
    });
    let choices = Signal::derive(move || {
        let points: Vec<(f64, f64)> =
            rows.with(|r| r.iter().map(|r| (r.price_cut, r.probability)).collect());
        (!points.is_empty()).then(|| Figure::ClassChoices {
            points,
            text: ChoicesText {
                x_desc: i18n.t(Key::AxisPriceCut).to_owned(),
                y_desc: i18n.t(Key::AxisChance).to_owned(),
                teams: i18n.t(Key::LegendTeams).to_owned(),
            },
        })
    });
    let verdicts = memo(move || glance.with(|g| g.verdicts.clone()));
    let verdict_text = move |i: usize| {
        verdicts.with(|v| {
            v.get(i).map(|(d, n)| {
                let count = i18n.numbers().whole(*n as i64);
                i18n.f(
                    Key::SlideClassVerdicts,
                    &[i18n.t(labels::decision(*d)), &count],
                )
            })
        })
    };
    let verdict_figure = Signal::derive(move || {
        (!rows.with(Vec::is_empty)).then(|| Figure::ClassVerdicts {
            counts: verdicts.with(|v| v.iter().map(|(_, n)| *n).collect()),
            text: VerdictsText {
                x_desc: i18n.t(Key::AxisTeams).to_owned(),
                names: verdicts.with(|v| {
                    v.iter()
                        .map(|(d, _)| i18n.t(labels::decision(*d)).to_owned())
                        .collect()
                }),
            },
        })
    });
    let verdict_reading = Signal::derive(move || {
        let parts: Vec<String> = (0..verdicts.with(Vec::len))
            .filter_map(verdict_text)
            .collect();
        parts.join(" · ")
    });
    let describe_ev = Callback::new(move |i: usize| {
        rows.with(|r| {
            r.get(i)
                .map(|r| format!("{}: {}", name(r), i18n.numbers().money(r.ev, &r.currency)))
        })
    });
    let describe_choice = Callback::new(move |i: usize| {
        let n = i18n.numbers();
        rows.with(|r| {
            r.get(i).map(|r| {
                i18n.f(
                    Key::PointClassChoices,
                    &[&name(r), &n.percent(r.price_cut), &n.percent(r.probability)],
                )
            })
        })
    });
    let spread_reading = Signal::derive(move || {
        let n = i18n.numbers();
        glance.with(|g| match (g.range, g.median_ev) {
            (Some((low, high)), Some(m)) => {
                let money = |v: f64| n.money(v, &g.currency);
                i18n.f(
                    Key::ReadClassSpread,
                    &[&money(low), &money(high), &money(m)],
                )
            }
            _ => String::new(),
        })
    });
    let choices_reading = Signal::derive(move || {
        let n = i18n.numbers();
        rows.with(|r| {
            let range = |f: fn(&ClassRow) -> f64| {
                let lo = r.iter().map(f).fold(f64::INFINITY, f64::min);
                let hi = r.iter().map(f).fold(f64::NEG_INFINITY, f64::max);
                (n.percent(lo), n.percent(hi))
            };
            let (cut, chance) = (range(|r| r.price_cut), range(|r| r.probability));
            if r.is_empty() {
                String::new()
            } else {
                i18n.f(
                    Key::ReadClassChoices,
                    &[&cut.0, &cut.1, &chance.0, &chance.1],
                )
            }
        })
    });
    let table = move |with_choices: bool| {
        let n = i18n.numbers();
        view! {
            <table>
                <tbody>
                    {rows.get().iter().map(|r| view! {
                        <tr>
                            <th scope="row"><bdi>{name(r)}</bdi></th>
                            <td class="num">{if with_choices { n.percent(r.price_cut) } else { n.money(r.ev, &r.currency) }}</td>
                            <td class="num">{with_choices.then(|| n.percent(r.probability))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        }
    };
    view! {
        <div class="chart-list">
            {(!on_slide).then(|| view! {
                <ChartFigure testid="chart-class-verdicts" title=Key::ChartClassVerdicts figure=verdict_figure describe=Callback::new(verdict_text) reading=verdict_reading>
                    <ul>{move || (0..verdicts.with(Vec::len)).filter_map(verdict_text).map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                </ChartFigure>
            })}
            <ChartFigure testid="chart-class-spread" title=Key::ChartClassSpread figure=spread describe=describe_ev reading=spread_reading>
                {move || table(false)}
            </ChartFigure>
            <ChartFigure testid="chart-class-choices" title=Key::ChartClassChoices figure=choices describe=describe_choice reading=choices_reading>
                {move || table(true)}
            </ChartFigure>
        </div>
    }
}
