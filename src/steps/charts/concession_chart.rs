use leptos::prelude::*;

use super::ev_table::EvTable;
use super::{describer, figure, sentence};
use crate::charts::{EvCurveText, Figure, Marker, MarkerKind};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::model::format::{money, percent};
use crate::steps::use_account;

/// Expected value against the price concession, with the current and the largest paying cut
/// marked and the break-even volume noted.
#[component]
pub fn ConcessionChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let figure = figure(ctx, move |a, c| {
        let e = &a.evaluation;
        let yours = a.inputs.concession * 100.0;
        let mut markers = vec![Marker {
            x: yours,
            label: i18n.f(Key::MarkerYourCut, &[&percent(yours)]),
            kind: MarkerKind::Current,
        }];
        markers.extend(e.max_concession.map(|m| Marker {
            x: m,
            label: i18n.f(Key::MarkerMaxCut, &[&percent(m)]),
            kind: MarkerKind::Threshold,
        }));
        let note = match e.breakeven_volume {
            Some(v) => i18n.f(Key::NoteBreakeven, &[&percent(v)]),
            None => i18n.t(Key::NoteBreakevenNone).to_owned(),
        };
        let text = EvCurveText {
            x_desc: i18n.t(Key::AxisConcession).to_owned(),
            y_desc: i18n.f(Key::AxisEv, &[c]),
            series: i18n.t(Key::SeriesEv).to_owned(),
            note: Some(note),
        };
        Figure::EvCurve {
            points: e.ev_by_concession.clone(),
            markers,
            text,
        }
    });
    let describe = describer(ctx, move |a, c, i| {
        let p = a.evaluation.ev_by_concession.get(i)?;
        Some(i18n.f(Key::PointConcession, &[&percent(p.x), &money(p.y, c)]))
    });
    let reading = sentence(ctx, move |a, c| {
        let (cut, ev) = (
            percent(a.inputs.concession * 100.0),
            money(a.evaluation.ev, c),
        );
        match a.evaluation.max_concession {
            Some(max) => i18n.f(Key::ReadConcession, &[&cut, &ev, &percent(max)]),
            None => i18n.f(Key::ReadConcessionNoMax, &[&cut, &ev]),
        }
    });
    view! {
        <ChartFigure testid="chart-concession" title=Key::ChartConcessionTitle figure=figure describe=describe reading=reading>
            <EvTable testid="concession-table" column=Key::ColConcession series=|e| &e.ev_by_concession />
        </ChartFigure>
    }
}
