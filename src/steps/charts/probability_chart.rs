use leptos::prelude::*;

use super::ev_table::EvTable;
use super::{describer, figure, sentence};
use crate::charts::{EvCurveText, Figure, Marker, MarkerKind};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::model::format::{money, percent};
use crate::steps::use_account;

/// Expected value against the chance of winning, with p* and the user's p marked.
#[component]
pub fn ProbabilityChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let figure = figure(ctx, move |a, c| {
        let e = &a.evaluation;
        let yours = a.inputs.probability * 100.0;
        let mut markers = vec![Marker {
            x: yours,
            label: i18n.f(Key::MarkerYourP, &[&percent(yours)]),
            kind: MarkerKind::Current,
        }];
        markers.extend(e.p_star.map(|p| Marker {
            x: p,
            label: i18n.f(Key::MarkerPStar, &[&percent(p)]),
            kind: MarkerKind::Threshold,
        }));
        let text = EvCurveText {
            x_desc: i18n.t(Key::AxisProbability).to_owned(),
            y_desc: i18n.f(Key::AxisEv, &[c]),
            series: i18n.t(Key::SeriesEv).to_owned(),
            note: None,
        };
        Figure::EvCurve {
            points: e.ev_by_probability.clone(),
            markers,
            text,
        }
    });
    let describe = describer(ctx, move |a, c, i| {
        let p = a.evaluation.ev_by_probability.get(i)?;
        Some(i18n.f(Key::PointProbability, &[&percent(p.x), &money(p.y, c)]))
    });
    let reading = sentence(ctx, move |a, c| {
        let (p, ev) = (
            percent(a.inputs.probability * 100.0),
            money(a.evaluation.ev, c),
        );
        match a.evaluation.p_star {
            Some(star) => i18n.f(Key::ReadProbability, &[&p, &ev, &percent(star)]),
            None => i18n.f(Key::ReadProbabilityNoStar, &[&p, &ev]),
        }
    });
    view! {
        <ChartFigure testid="chart-probability" title=Key::ChartProbabilityTitle figure=figure describe=describe reading=reading>
            <EvTable testid="probability-table" column=Key::ColProbability series=|e| &e.ev_by_probability />
        </ChartFigure>
    }
}
