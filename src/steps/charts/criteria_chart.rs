use leptos::prelude::*;

use super::criteria_table::CriteriaTable;
use super::{drawing, listing, sentence};
use crate::charts::{bar_chart_size, criteria, render_svg, CriteriaText};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::model::format::{grouped, percent};
use crate::steps::use_account;

/// Our scores against the current supplier's on the customer's criteria, then weighted.
#[component]
pub fn CriteriaChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let svg = drawing(ctx, move |a, _| {
        let offer = &a.offer;
        let mut names: Vec<String> = offer
            .rows
            .iter()
            .map(|r| i18n.f(Key::CriterionWithWeight, &[&r.name, &percent(r.weight * 100.0)]))
            .collect();
        names.push(i18n.t(Key::WeightedTotal).to_owned());
        let text = CriteriaText {
            x_desc: i18n.t(Key::AxisScore).to_owned(),
            ours: i18n.t(Key::SeriesUs).to_owned(),
            incumbent: i18n.t(Key::SeriesIncumbent).to_owned(),
            names,
        };
        let theme = ctx.theme();
        let size = bar_chart_size(offer.rows.len() + 1, theme);
        render_svg(size, |area| criteria(area, offer, &text, theme))
    });
    let points = listing(ctx, move |a, _| {
        let offer = &a.offer;
        let point = |name: &str, ours: f64, theirs: f64| {
            i18n.f(Key::PointCriteria, &[name, &grouped(ours, 1), &grouped(theirs, 1)])
        };
        let mut out: Vec<String> = offer.rows.iter().map(|r| point(&r.name, r.ours, r.incumbent)).collect();
        if let (Some(o), Some(t)) = (offer.ours, offer.incumbent) {
            out.push(point(i18n.t(Key::WeightedTotal), o, t));
        }
        out
    });
    let reading = sentence(ctx, move |a, _| {
        let offer = &a.offer;
        match (offer.ours, offer.incumbent, offer.gap) {
            (Some(o), Some(t), Some(g)) => i18n.f(
                Key::ReadCriteria,
                &[&grouped(o, 2), &grouped(t, 2), &grouped(g, 2), &grouped(offer.threshold, 2)],
            ),
            _ => i18n.t(Key::ReadCriteriaNone).to_owned(),
        }
    });
    view! {
        <ChartFigure testid="chart-criteria" title=Key::ChartCriteriaTitle svg=svg points=points reading=reading>
            <CriteriaTable />
        </ChartFigure>
    }
}
