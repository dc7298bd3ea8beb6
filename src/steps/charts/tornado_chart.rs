use leptos::prelude::*;

use super::{drawing, listing, sentence};
use crate::charts::{bar_chart_size, render_svg, tornado, TornadoText};
use crate::components::ChartFigure;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::format::{grouped, money};
use crate::steps::cost_benefit_tables::TornadoTable;
use crate::steps::use_account;

/// The sensitivity ranking as a tornado around today's expected value.
#[component]
pub fn TornadoChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let delta = move || grouped(ctx.read(10.0, |a| a.cost_benefit.sensitivity_delta), 0);
    let svg = drawing(ctx, move |a, c| {
        let e = &a.evaluation;
        let d = delta();
        let text = TornadoText {
            x_desc: i18n.f(Key::AxisEv, &[c]),
            low: format!("−{d}%"),
            high: format!("+{d}%"),
            base: i18n.f(Key::LabelNow, &[&money(e.ev, c)]),
            names: e
                .sensitivity
                .iter()
                .map(|r| i18n.t(labels::field(r.field)).to_owned())
                .collect(),
        };
        let theme = ctx.theme();
        let size = bar_chart_size(e.sensitivity.len(), theme);
        render_svg(size, |area| tornado(area, e.ev, &e.sensitivity, &text, theme))
    });
    let points = listing(ctx, move |a, c| {
        let point = |r: &crate::model::economics::SensitivityRow| {
            let name = i18n.t(labels::field(r.field));
            i18n.f(Key::PointTornado, &[name, &money(r.ev_low, c), &money(r.ev_high, c)])
        };
        a.evaluation.sensitivity.iter().map(point).collect()
    });
    let reading = sentence(ctx, move |a, c| {
        match a.evaluation.sensitivity.first().filter(|r| r.swing() > 0.0) {
            Some(r) => {
                let (low, high) = (money(r.ev_low, c), money(r.ev_high, c));
                let name = i18n.t(labels::field(r.field));
                i18n.f(Key::ReadTornado, &[name, &low, &high, &format!("{}%", delta())])
            }
            None => i18n.t(Key::ReadTornadoNone).to_owned(),
        }
    });
    view! {
        <ChartFigure testid="chart-tornado" title=Key::TornadoHeading svg=svg points=points reading=reading>
            <TornadoTable />
        </ChartFigure>
    }
}
