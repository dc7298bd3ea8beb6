use leptos::prelude::*;

use crate::i18n::{use_i18n, I18n, Key};
use crate::model::keep_close::Signal as Drift;

/// A drift signal in plain words, with the fact behind it.
pub fn signal_text(i18n: &I18n, signal: &Drift) -> String {
    let n = i18n.numbers();
    let days = |d: i64| i18n.count(Key::CountDays, d.max(0) as u64);
    let every = |c: u32| i18n.count(Key::CountDays, u64::from(c));
    match signal {
        Drift::OnSiteOverdue {
            last: Some(last),
            days: Some(d),
            cadence,
        } => i18n.f(
            Key::SignalOnSiteOverdue,
            &[&days(*d), &n.date(*last), &every(*cadence)],
        ),
        Drift::OnSiteOverdue { cadence, .. } => i18n.f(Key::SignalOnSiteNever, &[&every(*cadence)]),
        Drift::TopLevelOverdue {
            last: Some(last),
            days: Some(d),
            cadence,
        } => i18n.f(
            Key::SignalTopOverdue,
            &[&days(*d), &n.date(*last), &every(*cadence)],
        ),
        Drift::TopLevelOverdue { cadence, .. } => i18n.f(Key::SignalTopNever, &[&every(*cadence)]),
        Drift::NeglectAtTheEnd {
            recent,
            running_monthly,
        } => i18n.f(
            Key::SignalNeglect,
            &[
                &i18n.count(Key::CountContacts, u64::from(*recent)),
                &n.number(*running_monthly, 1),
            ],
        ),
        Drift::OpponentUnattended {
            name,
            last: Some(last),
            ..
        } => i18n.f(Key::SignalOpponent, &[name, &n.date(*last)]),
        Drift::OpponentUnattended { name, .. } => i18n.f(Key::SignalOpponentNever, &[name]),
        Drift::OpenComplaint {
            opened, days: d, ..
        } => i18n.f(Key::SignalComplaint, &[&days(*d), &n.date(*opened)]),
        Drift::NoOneOnSite => i18n.t(Key::SignalNoOneOnSite).to_owned(),
    }
}

/// The drift signals raised now, each with its fact (`data-testid="drift-signal"`).
#[component]
pub fn SignalList(
    /// The signals to show.
    #[prop(into)]
    signals: Signal<Vec<Drift>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Show
            when=move || signals.with(|s| !s.is_empty())
            fallback=move || view! { <p class="covered">{i18n.s(Key::SignalsNone)}</p> }
        >
            <ul class="signals">
                {move || signals
                    .get()
                    .iter()
                    .map(|s| view! {
                        <li class="finding finding-blocks" data-testid="drift-signal" data-signal=s.slug()>
                            {signal_text(&i18n, s)}
                        </li>
                    })
                    .collect_view()}
            </ul>
        </Show>
    }
}
