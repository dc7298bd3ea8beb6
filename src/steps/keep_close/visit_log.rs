use leptos::prelude::*;

use super::signal_list::signal_text;
use crate::i18n::{use_i18n, Key};
use crate::model::keep_close::{VisitChoice, VisitDecision};
use crate::state::memo;
use crate::steps::use_account;

/// The visit decisions, newest first, each with what was shown when it was made.
#[component]
pub fn VisitLog() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let decisions = memo(move || {
        ctx.read(Vec::new(), |a| {
            let mut v: Vec<(VisitDecision, String)> = a
                .keep_close
                .visits
                .iter()
                .map(|d| (d.clone(), a.currency.clone()))
                .collect();
            v.reverse();
            v
        })
    });
    let line = move |d: &VisitDecision, currency: &str| {
        let n = i18n.numbers();
        let on = n.date(d.decided_on);
        let choice = match d.choice {
            VisitChoice::Go => i18n.f(Key::DecisionGoText, &[&on]),
            VisitChoice::Later(when) => i18n.f(Key::DecisionLaterText, &[&on, &n.date(when)]),
            VisitChoice::Skip => i18n.f(Key::DecisionSkipText, &[&on]),
        };
        let shown = i18n.f(
            Key::DecisionShown,
            &[
                &i18n.count(Key::CountSignals, d.signals.len() as u64),
                &d.at_stake
                    .map_or_else(|| "—".to_owned(), |v| n.money(v, currency)),
            ],
        );
        let signals: Vec<String> = d.signals.iter().map(|s| signal_text(&i18n, s)).collect();
        (choice, shown, signals)
    };
    view! {
        <Show when=move || decisions.with(|d| !d.is_empty())>
            <section class="card" aria-labelledby="visit-log-heading">
                <h2 id="visit-log-heading">{i18n.s(Key::DecisionsHeading)}</h2>
                <ol class="decisions" data-testid="visit-log">
                    {move || decisions
                        .get()
                        .iter()
                        .map(|(d, c)| {
                            let (choice, shown, signals) = line(d, c);
                            view! {
                                <li data-testid="visit-decision">
                                    <strong>{choice}</strong>
                                    " "
                                    <span>{shown}</span>
                                    <ul>{signals.into_iter().map(|s| view! { <li>{s}</li> }).collect_view()}</ul>
                                </li>
                            }
                        })
                        .collect_view()}
                </ol>
            </section>
        </Show>
    }
}
