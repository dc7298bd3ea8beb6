use leptos::prelude::*;

use super::ev_table::EvTable;
use super::{drawing, listing, sentence};
use crate::charts::{ev_curve, render_svg, EvCurveText, Marker, MarkerKind, LINE_CHART_SIZE};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::model::format::{money, percent};
use crate::steps::use_account;

/// Expected value against the chance of winning, with p* and the user's p marked.
#[component]
pub fn ProbabilityChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let svg = drawing(ctx, move |a, c| {
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
        let theme = ctx.theme();
        render_svg(LINE_CHART_SIZE, |area| {
            ev_curve(area, &e.ev_by_probability, &markers, &text, theme)
        })
    });
    let points = listing(ctx, move |a, c| {
        let point = |p: &crate::model::economics::Point| {
            i18n.f(Key::PointProbability, &[&percent(p.x), &money(p.y, c)])
        };
        a.evaluation.ev_by_probability.iter().map(point).collect()
    });
    let reading = sentence(ctx, move |a, c| {
        let (p, ev) = (percent(a.inputs.probability * 100.0), money(a.evaluation.ev, c));
        match a.evaluation.p_star {
            Some(star) => i18n.f(Key::ReadProbability, &[&p, &ev, &percent(star)]),
            None => i18n.f(Key::ReadProbabilityNoStar, &[&p, &ev]),
        }
    });
    view! {
        <ChartFigure testid="chart-probability" title=Key::ChartProbabilityTitle svg=svg points=points reading=reading>
            <EvTable testid="probability-table" column=Key::ColProbability series=|e| &e.ev_by_probability />
        </ChartFigure>
    }
}
