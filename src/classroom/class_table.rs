use leptos::prelude::*;

use crate::i18n::{labels, use_i18n, Key};
use crate::model::classroom::{summary, ClassRow};

/// The teams' figures side by side, then the class's median expected value.
#[component]
pub fn ClassTable(
    /// One row per team, as the engine computes them.
    #[prop(into)]
    rows: Signal<Vec<ClassRow>>,
    /// Removes team `i`'s answer.
    on_remove: Callback<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = move |(i, r): (usize, ClassRow)| {
        let n = i18n.numbers();
        let team = if r.anonymous {
            i18n.f(Key::TeamLetter, &[&r.team])
        } else {
            r.team.clone()
        };
        let remove_label = i18n.f(Key::RemoveAnswer, &[&team]);
        // Each cell names its column, which phones show when the rows become cards.
        let col = move |k: Key| i18n.t(k);
        view! {
            <tr data-testid="class-row">
                <th scope="row"><bdi>{team}</bdi></th>
                <td data-label=col(Key::ColVerdict) class=format!("verdict-{}", r.decision.slug())>{i18n.t(labels::decision(r.decision))}</td>
                <td data-label=col(Key::ColEv) class="num" data-testid="class-ev">{n.money(r.ev, &r.currency)}</td>
                <td data-label=col(Key::ColPStar) class="num">{r.p_star.map(|p| n.percent(p)).unwrap_or_default()}</td>
                <td data-label=col(Key::ColPriceCut) class="num">{n.percent(r.price_cut)}</td>
                <td data-label=col(Key::ColPayback) class="num">{r.payback_year.map(|y| n.whole(i64::from(y))).unwrap_or_default()}</td>
                <td data-label=col(Key::ColGaps) class="num">{n.whole(r.gaps as i64)}</td>
                <td data-label=col(Key::ColCause)>{r.cause.map(|k| i18n.t(labels::reason(k)).to_owned()).unwrap_or_default()}</td>
                <td class="row-remove"><button type="button" class="link-button" aria-label=remove_label on:click=move |_| on_remove.run(i)>"×"</button></td>
            </tr>
        }
    };
    let class_median = move || {
        let glance = rows.with(|r| summary(r));
        glance.median_ev.map(|m| {
            i18n.f(
                Key::ClassMedian,
                &[&i18n.numbers().money(m, &glance.currency)],
            )
        })
    };
    view! {
        <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p>{i18n.s(Key::ClassEmpty)}</p> }>
            <div class="table-scroll">
                <table class="class-table">
                    <thead>
                        <tr>
                            {[(Key::ColTeam, false), (Key::ColVerdict, false), (Key::ColEv, true), (Key::ColPStar, true), (Key::ColPriceCut, true), (Key::ColPayback, true), (Key::ColGaps, true), (Key::ColCause, false)]
                                .map(|(k, num)| view! { <th scope="col" class:num=num>{move || i18n.t(k)}</th> })}
                            <td></td>
                        </tr>
                    </thead>
                    <tbody>{move || rows.get().into_iter().enumerate().map(row).collect_view()}</tbody>
                </table>
            </div>
            <p data-testid="class-median">{class_median}</p>
        </Show>
    }
}
