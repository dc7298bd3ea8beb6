//! The decision page as translated sentences: shown on screen and copied as text.

use crate::i18n::{labels, I18n, Key};
use crate::model::account::Account;
use crate::model::analysis::Analysis;
use crate::model::plan::Action;
use crate::model::verdict::{Decision, Finding};

pub fn verdict_line(i18n: &I18n, decision: Decision) -> &'static str {
    i18n.t(match decision {
        Decision::Go => Key::VerdictGo,
        Decision::NeedsWork => Key::VerdictNeedsWork,
        Decision::NoGo => Key::VerdictNoGo,
    })
}

pub fn finding(i18n: &I18n, f: &Finding, currency: &str) -> String {
    let m = |v: f64| i18n.numbers().money(v, currency);
    let points = |v: f64| i18n.numbers().number(v, 2);
    match f {
        Finding::EvPositive { ev } => i18n.f(Key::FindingEvPositive, &[&m(*ev)]),
        Finding::EvNegative { ev } => i18n.f(Key::FindingEvNegative, &[&m(-ev)]),
        Finding::ProbabilityClearsBreakEven { p, p_star } => i18n.f(
            Key::FindingPClears,
            &[
                &i18n.numbers().percent(*p),
                &i18n.numbers().percent(*p_star),
            ],
        ),
        Finding::ProbabilityBelowBreakEven { p, p_star } => i18n.f(
            Key::FindingPBelow,
            &[
                &i18n.numbers().percent(*p),
                &i18n.numbers().percent(*p_star),
            ],
        ),
        Finding::NeverPays { sltv } => i18n.f(Key::FindingNeverPays, &[&m(*sltv)]),
        Finding::PaybackWithinHorizon { year, horizon } => i18n.f(
            Key::FindingPayback,
            &[
                &i18n.numbers().whole(i64::from(*year)),
                &i18n.numbers().whole(i64::from(*horizon)),
            ],
        ),
        Finding::NoPaybackWithinHorizon { horizon } => i18n.f(
            Key::FindingNoPayback,
            &[&i18n.count(Key::CountYears, u64::from(*horizon))],
        ),
        Finding::DialogueCovered => i18n.t(Key::FindingCovered).to_owned(),
        Finding::DialogueGaps { count } => i18n.f(
            Key::FindingGaps,
            &[&i18n.count(Key::CountGaps, *count as u64)],
        ),
        Finding::OfferClears { gap, threshold } => i18n.f(
            Key::FindingOfferClears,
            &[&points(*gap), &points(*threshold)],
        ),
        Finding::OfferFallsShort {
            gap,
            threshold,
            cheapest_cut: Some(cut),
        } => i18n.f(
            Key::FindingOfferShortCut,
            &[
                &points(*gap),
                &points(*threshold),
                &i18n.numbers().percent(*cut),
            ],
        ),
        Finding::OfferFallsShort {
            gap,
            threshold,
            cheapest_cut: None,
        } => i18n.f(
            Key::FindingOfferShort,
            &[&points(*gap), &points(*threshold)],
        ),
        Finding::NoCriteria => i18n.t(Key::FindingNoCriteria).to_owned(),
    }
}

pub fn action(i18n: &I18n, a: &Action, currency: &str) -> String {
    match a {
        Action::Meet { on } => i18n.f(Key::ActionMeet, &[&i18n.numbers().date(*on)]),
        Action::CloseGap { party, level, gap } => i18n.f(
            Key::ActionCloseGap,
            &[
                i18n.t(labels::party(*party)),
                i18n.t(labels::level(*level)),
                i18n.t(labels::gap(*gap)),
            ],
        ),
        Action::OfferPriceCut { cut } => {
            i18n.f(Key::ActionOfferCut, &[&i18n.numbers().percent(*cut)])
        }
        Action::Deliver {
            kind,
            description,
            cost,
        } => i18n.f(
            Key::ActionDeliver,
            &[
                i18n.t(labels::adaptation(*kind)),
                description,
                &i18n.numbers().money(*cost, currency),
            ],
        ),
    }
}

/// The key figures as (label, value) pairs.
pub fn key_figures(
    i18n: &I18n,
    analysis: &Analysis,
    currency: &str,
) -> Vec<(&'static str, String)> {
    let e = &analysis.evaluation;
    let m = |v: f64| i18n.numbers().money(v, currency);
    let opt = |v: Option<f64>, f: &dyn Fn(f64) -> String| v.map_or_else(|| "—".to_owned(), f);
    vec![
        (i18n.t(Key::OutEv), m(e.ev)),
        (
            i18n.t(Key::OutPStar),
            opt(e.p_star, &|v| i18n.numbers().percent(v)),
        ),
        (i18n.t(Key::OutSltv), m(e.sltv)),
        (i18n.t(Key::OutNpvWon), m(e.npv_won)),
        (i18n.t(Key::OutLostValue), m(e.lost_value)),
        (
            i18n.t(Key::OutPaybackYear),
            opt(e.payback_year.map(f64::from), &|y| {
                i18n.numbers().number(y, 0)
            }),
        ),
        (
            i18n.t(Key::OutMaxConcession),
            opt(e.max_concession, &|v| i18n.numbers().percent(v)),
        ),
    ]
}

/// The whole summary as plain text, for "copy as text".
pub fn plain_text(
    i18n: &I18n,
    account: &Account,
    analysis: &Analysis,
    actions: &[Action],
) -> String {
    let c = &account.currency;
    let mut out = format!(
        "{}\n{}\n\n{}:\n",
        account.name,
        verdict_line(i18n, analysis.verdict.decision),
        i18n.t(Key::WhyHeading)
    );
    for f in &analysis.verdict.findings {
        out.push_str(&format!("- {}\n", finding(i18n, f, c)));
    }
    out.push_str(&format!("\n{}:\n", i18n.t(Key::KeyFiguresHeading)));
    for (label, value) in key_figures(i18n, analysis, c) {
        out.push_str(&format!("- {label}: {value}\n"));
    }
    out.push_str(&format!("\n{}:\n", i18n.t(Key::PlanActionsHeading)));
    for a in actions {
        out.push_str(&format!("- {}\n", action(i18n, a, c)));
    }
    out
}
