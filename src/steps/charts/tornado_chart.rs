use leptos::prelude::*;

use super::{describer, figure, sentence};
use crate::charts::{Figure, TornadoText};
use crate::components::ChartFigure;
use crate::i18n::{labels, use_i18n, Key};
use crate::steps::cost_benefit_tables::TornadoTable;
use crate::steps::use_account;

/// The sensitivity ranking as a tornado around today's expected value.
#[component]
pub fn TornadoChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let delta = move || ctx.read(10.0, |a| a.cost_benefit.sensitivity_delta);
    let figure = figure(ctx, move |a, c| {
        let e = &a.evaluation;
        let d = delta();
        let text = TornadoText {
            x_desc: i18n.f(Key::AxisEv, &[c]),
            low: i18n.numbers().change_percent(-d, 0),
            high: i18n.numbers().change_percent(d, 0),
            base: i18n.f(Key::LabelNow, &[&i18n.numbers().money(e.ev, c)]),
            names: e
                .sensitivity
                .iter()
                .map(|r| i18n.t(labels::field(r.field)).to_owned())
                .collect(),
        };
        Figure::Tornado {
            base: e.ev,
            rows: e.sensitivity.clone(),
            text,
        }
    });
    let describe = describer(ctx, move |a, c, i| {
        let r = a.evaluation.sensitivity.get(i)?;
        let name = i18n.t(labels::field(r.field));
        Some(i18n.f(
            Key::PointTornado,
            &[
                name,
                &i18n.numbers().money(r.ev_low, c),
                &i18n.numbers().money(r.ev_high, c),
            ],
        ))
    });
    let reading = sentence(ctx, move |a, c| {
        match a.evaluation.sensitivity.first().filter(|r| r.swing() > 0.0) {
            Some(r) => {
                let (low, high) = (
                    i18n.numbers().money(r.ev_low, c),
                    i18n.numbers().money(r.ev_high, c),
                );
                let name = i18n.t(labels::field(r.field));
                let spread = i18n.numbers().spread_percent(delta(), 0);
                i18n.f(Key::ReadTornado, &[name, &low, &high, &spread])
            }
            None => i18n.t(Key::ReadTornadoNone).to_owned(),
        }
    });
    view! {
        <ChartFigure testid="chart-tornado" title=Key::TornadoHeading figure=figure hold=ctx.dragging() describe=describe reading=reading>
            <TornadoTable />
        </ChartFigure>
    }
}
