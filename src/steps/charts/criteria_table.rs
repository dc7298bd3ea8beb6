use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::state::memo;
use crate::steps::use_account;

/// The criteria chart's numbers: each criterion's weight and both scores, then the totals.
#[component]
pub fn CriteriaTable() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let offer = memo(move || ctx.analysis.with(|a| a.as_ref().map(|a| a.offer.clone())));
    view! {
        <table data-testid="criteria-table">
            <thead>
                <tr>
                    <th scope="col">{i18n.s(Key::ColCriterion)}</th>
                    <th scope="col" class="num">{i18n.s(Key::ColWeight)}</th>
                    <th scope="col" class="num">{i18n.s(Key::ColOurs)}</th>
                    <th scope="col" class="num">{i18n.s(Key::ColTheirs)}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let Some(offer) = offer.get() else { return ().into_any() };
                    let totals = offer.ours.zip(offer.incumbent).map(|(o, t)| view! {
                        <tr>
                            <th scope="row">{i18n.s(Key::WeightedTotal)}</th>
                            <td class="num">{i18n.numbers().percent_with(100.0, 0)}</td>
                            <td class="num">{i18n.numbers().number(o, 2)}</td>
                            <td class="num">{i18n.numbers().number(t, 2)}</td>
                        </tr>
                    });
                    view! {
                        {offer.rows.into_iter().map(|r| view! {
                            <tr>
                                <th scope="row"><bdi>{r.name}</bdi></th>
                                <td class="num">{i18n.numbers().percent(r.weight * 100.0)}</td>
                                <td class="num">{i18n.numbers().number(r.ours, 1)}</td>
                                <td class="num">{i18n.numbers().number(r.incumbent, 1)}</td>
                            </tr>
                        }).collect_view()}
                        {totals}
                    }
                    .into_any()
                }}
            </tbody>
        </table>
    }
}
