use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::model::economics::{Evaluation, Point};
use crate::model::locale::shortest;
use crate::state::memo;
use crate::steps::use_account;

/// An expected-value curve as a table: each x (percent) with its expected value. Each cell's
/// `data-value` holds the unrounded number.
#[component]
pub fn EvTable(
    /// The table's `data-testid`.
    testid: &'static str,
    /// The first column's heading.
    column: Key,
    /// Which curve of the evaluation.
    series: fn(&Evaluation) -> &Vec<Point>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let rows = memo(move || {
        ctx.analysis.with(|a| {
            a.as_ref()
                .map(|a| series(&a.evaluation).clone())
                .unwrap_or_default()
        })
    });
    let currency = move || ctx.read(String::new(), |a| a.currency.clone());
    view! {
        <table data-testid=testid>
            <thead>
                <tr>
                    <th scope="col">{move || i18n.t(column)}</th>
                    <th scope="col" class="num">{i18n.s(Key::ColEv)}</th>
                </tr>
            </thead>
            <tbody>
                {move || {
                    let c = currency();
                    rows.get()
                        .into_iter()
                        .map(|p| view! {
                            <tr>
                                <th scope="row" data-value=shortest(p.x)>{i18n.numbers().percent(p.x)}</th>
                                <td class="num" data-value=shortest(p.y)>{i18n.numbers().money(p.y, &c)}</td>
                            </tr>
                        })
                        .collect_view()
                }}
            </tbody>
        </table>
    }
}
