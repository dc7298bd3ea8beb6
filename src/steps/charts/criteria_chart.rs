use leptos::prelude::*;

use super::criteria_table::CriteriaTable;
use super::{describer, figure, sentence};
use crate::charts::{CriteriaText, Figure};
use crate::components::ChartFigure;
use crate::i18n::{use_i18n, Key};
use crate::steps::use_account;

/// Our scores against the current supplier's on the customer's criteria, then weighted.
#[component]
pub fn CriteriaChart() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let figure = figure(ctx, move |a, _| {
        let offer = &a.offer;
        let mut names: Vec<String> = offer
            .rows
            .iter()
            .map(|r| {
                i18n.f(
                    Key::CriterionWithWeight,
                    &[&r.name, &i18n.numbers().percent(r.weight * 100.0)],
                )
            })
            .collect();
        names.push(i18n.t(Key::WeightedTotal).to_owned());
        let text = CriteriaText {
            x_desc: i18n.t(Key::AxisScore).to_owned(),
            ours: i18n.t(Key::SeriesUs).to_owned(),
            incumbent: i18n.t(Key::SeriesIncumbent).to_owned(),
            names,
        };
        Figure::Criteria {
            offer: offer.clone(),
            text,
        }
    });
    let describe = describer(ctx, move |a, _, i| {
        let offer = &a.offer;
        let (name, ours, theirs) = match offer.rows.get(i) {
            Some(r) => (r.name.as_str(), r.ours, r.incumbent),
            None if i == offer.rows.len() => {
                (i18n.t(Key::WeightedTotal), offer.ours?, offer.incumbent?)
            }
            None => return None,
        };
        Some(i18n.f(
            Key::PointCriteria,
            &[
                name,
                &i18n.numbers().number(ours, 1),
                &i18n.numbers().number(theirs, 1),
            ],
        ))
    });
    let reading = sentence(ctx, move |a, _| {
        let offer = &a.offer;
        match (offer.ours, offer.incumbent, offer.gap) {
            (Some(o), Some(t), Some(g)) => i18n.f(
                Key::ReadCriteria,
                &[
                    &i18n.numbers().number(o, 2),
                    &i18n.numbers().number(t, 2),
                    &i18n.numbers().number(g, 2),
                    &i18n.numbers().number(offer.threshold, 2),
                ],
            ),
            _ => i18n.t(Key::ReadCriteriaNone).to_owned(),
        }
    });
    view! {
        <ChartFigure testid="chart-criteria" title=Key::ChartCriteriaTitle figure=figure describe=describe reading=reading>
            <CriteriaTable />
        </ChartFigure>
    }
}
