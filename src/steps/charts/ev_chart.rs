use leptos::prelude::*;

use super::ev_table::EvTable;
use super::{describer, figure, sentence};
use crate::charts::{EvCurveText, Figure, Marker, MarkerKind};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::model::analysis::Analysis;
use crate::model::economics::{Evaluation, Point};
use crate::steps::use_account;

/// Which expected-value curve a chart shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Curve {
    /// Against the win probability, with p* and the user's p marked.
    Probability,
    /// Against the price concession, with the user's cut, the largest paying cut and the
    /// break-even volume.
    Concession,
}

/// What differs between the two curves: hooks, words and where their numbers are.
#[derive(Clone, Copy)]
struct Spec {
    testid: &'static str,
    table: &'static str,
    title: Key,
    axis: Key,
    column: Key,
    yours: Key,
    threshold: Key,
    point: Key,
    reading: Key,
    reading_without: Key,
    series: fn(&Evaluation) -> &Vec<Point>,
    /// (the user's value, the engine's threshold), in percent.
    values: fn(&Analysis) -> (f64, Option<f64>),
}

impl Curve {
    fn spec(self) -> Spec {
        match self {
            Curve::Probability => Spec {
                testid: "chart-probability",
                table: "probability-table",
                title: Key::ChartProbabilityTitle,
                axis: Key::AxisProbability,
                column: Key::ColProbability,
                yours: Key::MarkerYourP,
                threshold: Key::MarkerPStar,
                point: Key::PointProbability,
                reading: Key::ReadProbability,
                reading_without: Key::ReadProbabilityNoStar,
                series: |e| &e.ev_by_probability,
                values: |a| (a.inputs.probability * 100.0, a.evaluation.p_star),
            },
            Curve::Concession => Spec {
                testid: "chart-concession",
                table: "concession-table",
                title: Key::ChartConcessionTitle,
                axis: Key::AxisConcession,
                column: Key::ColConcession,
                yours: Key::MarkerYourCut,
                threshold: Key::MarkerMaxCut,
                point: Key::PointConcession,
                reading: Key::ReadConcession,
                reading_without: Key::ReadConcessionNoMax,
                series: |e| &e.ev_by_concession,
                values: |a| (a.inputs.concession * 100.0, a.evaluation.max_concession),
            },
        }
    }
}

/// Expected value along the win probability or the price concession, the user's value and
/// the engine's threshold marked.
#[component]
pub fn EvChart(
    /// Which curve.
    curve: Curve,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let spec = curve.spec();
    let (series, values) = (spec.series, spec.values);
    let figure = figure(ctx, move |a, c| {
        let (yours, threshold) = values(a);
        let mut markers = vec![Marker {
            x: yours,
            label: i18n.f(spec.yours, &[&i18n.numbers().percent(yours)]),
            kind: MarkerKind::Current,
        }];
        markers.extend(threshold.map(|t| Marker {
            x: t,
            label: i18n.f(spec.threshold, &[&i18n.numbers().percent(t)]),
            kind: MarkerKind::Threshold,
        }));
        let note = (curve == Curve::Concession).then(|| match a.evaluation.breakeven_volume {
            Some(v) => i18n.f(Key::NoteBreakeven, &[&i18n.numbers().percent(v)]),
            None => i18n.t(Key::NoteBreakevenNone).to_owned(),
        });
        let text = EvCurveText {
            x_desc: i18n.t(spec.axis).to_owned(),
            y_desc: i18n.f(Key::AxisEv, &[c]),
            series: i18n.t(Key::SeriesEv).to_owned(),
            note,
        };
        let points = series(&a.evaluation).clone();
        Figure::EvCurve {
            points,
            markers,
            text,
        }
    });
    let describe = describer(ctx, move |a, c, i| {
        let p = series(&a.evaluation).get(i)?;
        Some(i18n.f(
            spec.point,
            &[&i18n.numbers().percent(p.x), &i18n.numbers().money(p.y, c)],
        ))
    });
    let reading = sentence(ctx, move |a, c| {
        let (yours, threshold) = values(a);
        let (yours, ev) = (
            i18n.numbers().percent(yours),
            i18n.numbers().money(a.evaluation.ev, c),
        );
        match threshold {
            Some(t) => i18n.f(spec.reading, &[&yours, &ev, &i18n.numbers().percent(t)]),
            None => i18n.f(spec.reading_without, &[&yours, &ev]),
        }
    });
    view! {
        <ChartFigure testid=spec.testid title=spec.title figure=figure hold=ctx.dragging() describe=describe reading=reading>
            <EvTable testid=spec.table column=spec.column series=series />
        </ChartFigure>
    }
}
