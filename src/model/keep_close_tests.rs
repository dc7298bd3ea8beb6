use proptest::prelude::*;

use super::*;
use crate::model::account::Stakeholder;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * b.abs().max(1.0)
}

fn date(y: i32, m: u8, d: u8) -> Date {
    Date::new(y, m, d).unwrap()
}

fn reference() -> StakeInputs {
    StakeInputs {
        revenue: 4_000_000.0,
        margin: 25.0,
        retention: 85.0,
        discount: 10.0,
        horizon: 5.0,
        new_success: 30.0,
        pursuit_cost: 60_000.0,
        trip_cost: 18_000.0,
    }
}

#[test]
fn the_worked_reference() {
    let s = stake(&reference());
    assert!(
        close(s.clv, 2_897_975.641_3) || (s.clv - 2_897_975.641_3).abs() < 1e-4,
        "{s:?}"
    );
    assert!(close(s.replace_cost, 200_000.0));
    assert!((s.at_stake - 3_097_975.641_3).abs() < 1e-4);
    let b = s.visit_breakeven.unwrap();
    assert!((b - 0.581_0).abs() < 1e-4, "{b}");
    assert_eq!(breakeven_decimals(b), 1, "shown as 0.6 points");
    assert_eq!(breakeven_decimals(12.0), 0);
}

#[test]
fn the_value_follows_the_formula_term_by_term() {
    // clv = Σ R·g·r^(t−1)·(1+d)^(−t), written out for T = 3.
    let inputs = StakeInputs {
        horizon: 3.0,
        ..reference()
    };
    let (r, g, k, d) = (4e6, 0.25, 0.85, 0.1);
    let want = r * g / 1.1 + r * g * k / 1.1f64.powi(2) + r * g * k * k / 1.1f64.powi(3);
    let _ = d;
    assert!(close(stake(&inputs).clv, want));
}

#[test]
fn nothing_at_stake_leaves_the_breakeven_undefined() {
    let s = stake(&StakeInputs::default());
    assert_eq!(s.at_stake, 0.0);
    assert_eq!(s.visit_breakeven, None);
}

#[test]
fn the_defaults_are_the_specs() {
    let d = StakeInputs::default();
    let got: Vec<f64> = StakeField::ALL.iter().map(|f| d.get(*f)).collect();
    assert_eq!(got, [0.0, 30.0, 85.0, 10.0, 5.0, 30.0, 0.0, 0.0]);
    assert_eq!(d.invalid(), None);
    assert_eq!(StakeField::NewSuccess.limit().range(), (1.0, 100.0));
    assert_eq!(StakeField::Horizon.limit().range(), (1.0, 30.0));
    assert!(StakeField::Horizon.limit().whole);
}

fn inputs() -> impl Strategy<Value = StakeInputs> {
    (
        0.0..1e12f64,
        0.0..=100.0f64,
        0.0..=100.0f64,
        0.0..=100.0f64,
        1u32..=30,
        1.0..=100.0f64,
        0.0..1e12f64,
        0.0..1e12f64,
    )
        .prop_map(
            |(
                revenue,
                margin,
                retention,
                discount,
                horizon,
                new_success,
                pursuit_cost,
                trip_cost,
            )| {
                StakeInputs {
                    revenue,
                    margin,
                    retention,
                    discount,
                    horizon: f64::from(horizon),
                    new_success,
                    pursuit_cost,
                    trip_cost,
                }
            },
        )
}

proptest! {
    #[test]
    fn every_valid_input_gives_finite_results(i in inputs()) {
        let s = stake(&i);
        prop_assert!(s.clv.is_finite() && s.replace_cost.is_finite() && s.at_stake.is_finite());
        prop_assert!(s.clv >= 0.0 && s.at_stake >= s.clv);
        prop_assert!(s.visit_breakeven.is_none_or(f64::is_finite));
    }

    #[test]
    fn the_breakeven_falls_as_more_is_at_stake(i in inputs(), extra in 1.0..1e9f64) {
        let more = StakeInputs { pursuit_cost: i.pursuit_cost + extra, ..i.clone() };
        let (a, b) = (stake(&i), stake(&more));
        prop_assert!(b.at_stake > a.at_stake);
        if let (Some(x), Some(y)) = (a.visit_breakeven, b.visit_breakeven) {
            prop_assert!(y <= x, "{x} → {y}");
            if i.trip_cost > 0.0 { prop_assert!(y < x); }
        }
    }

    #[test]
    fn out_of_range_values_never_reach_the_formulas(v in any::<f64>(), which in 0usize..8) {
        let field = StakeField::ALL[which];
        let mut i = reference();
        i.set(field, v);
        prop_assert!(field.limit().accepts(i.get(field)));
        let s = stake(&i);
        prop_assert!(s.at_stake.is_finite());
    }
}

#[test]
fn the_bond_counts_answers_and_lists_the_gaps_in_order() {
    let answer = |item, answer| BondAnswer {
        item,
        answer,
        evidence: String::new(),
        seen_on: None,
    };
    let stored = vec![
        answer(BondItem::PainsKnown, Answer::Yes),
        answer(BondItem::ShorterSalesCycle, Answer::Partly),
        answer(BondItem::OpponentsKeptClose, Answer::No),
    ];
    let s = bond_summary(&stored);
    assert_eq!((s.yes, s.partly, s.no, s.not_known), (1, 1, 1, 5));
    assert_eq!(s.gaps.len(), 7);
    assert_eq!(s.gaps[0], (BondItem::ShorterSalesCycle, Answer::Partly));
    assert_eq!(s.gaps[6], (BondItem::OpponentsKeptClose, Answer::No));
    assert_eq!(
        bond_answers(&[]).len(),
        8,
        "every item, even when nothing is stored"
    );
}

fn contact(y: i32, m: u8, d: u8, kind: ContactKind, level: Level, phase: Phase) -> Contact {
    Contact {
        id: 0,
        date: date(y, m, d),
        kind,
        level,
        people: Vec::new(),
        phase,
        purpose: String::new(),
        note: String::new(),
    }
}

fn opponent(id: u32, last: Option<Date>) -> Stakeholder {
    Stakeholder {
        id,
        party: Party::Theirs,
        level: Level::Middle,
        name: "Head of purchasing".into(),
        role: String::new(),
        stance: Stance::Opponent,
        strength: 1,
        last_contact: last,
        counterpart: None,
        involved_in_breakup: false,
    }
}

/// A project visited weekly while running and barely while closing.
fn neglected() -> KeepClose {
    let mut kc = KeepClose::default();
    for week in 0..12u8 {
        let (m, d) = (1 + week / 4, 1 + (week % 4) * 7);
        kc.add_contact(contact(
            2026,
            m,
            d,
            ContactKind::OnSite,
            Level::Operational,
            Phase::Running,
        ));
    }
    kc.add_contact(contact(
        2026,
        8,
        20,
        ContactKind::Call,
        Level::Operational,
        Phase::Closing,
    ));
    kc
}

#[test]
fn the_log_stays_in_date_order() {
    let kc = neglected();
    assert!(kc.contacts.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(kc.phase(), Some(Phase::Closing));
    let ids: Vec<u32> = kc.contacts.iter().map(|c| c.id).collect();
    let mut unique = ids.clone();
    unique.dedup();
    assert_eq!(ids.len(), unique.len());
}

#[test]
fn end_of_project_neglect_is_raised_with_its_fact() {
    let kc = neglected();
    let today = date(2026, 9, 1);
    let signals = drift_signals(&kc, &[], today);
    let neglect = signals
        .iter()
        .find_map(|s| match s {
            Signal::NeglectAtTheEnd {
                recent,
                running_monthly,
            } => Some((*recent, *running_monthly)),
            _ => None,
        })
        .expect("neglect raised");
    assert_eq!(neglect.0, 1, "one contact in the last 90 days");
    assert!(
        neglect.1 > 3.0,
        "about four a month while running: {}",
        neglect.1
    );
    // Still visited often enough at the end: not raised.
    let mut attended = neglected();
    for d in [1, 8, 15, 22, 29] {
        attended.add_contact(contact(
            2026,
            8,
            d,
            ContactKind::OnSite,
            Level::Operational,
            Phase::Closing,
        ));
    }
    assert!(!drift_signals(&attended, &[], today)
        .iter()
        .any(|s| matches!(s, Signal::NeglectAtTheEnd { .. })));
}

#[test]
fn overdue_visits_and_top_level_contacts_name_the_last_date_and_the_cadence() {
    let kc = neglected();
    let today = date(2026, 9, 1);
    let signals = drift_signals(&kc, &[], today);
    assert!(signals.contains(&Signal::OnSiteOverdue {
        last: Some(date(2026, 3, 22)),
        days: Some(today.days_since(date(2026, 3, 22))),
        cadence: 90,
    }));
    assert!(signals.contains(&Signal::TopLevelOverdue {
        last: None,
        days: None,
        cadence: 180,
    }));
    // A top-level call within the cadence clears that one.
    let mut kc = kc;
    kc.add_contact(contact(
        2026,
        6,
        1,
        ContactKind::Call,
        Level::Top,
        Phase::Closing,
    ));
    assert!(!drift_signals(&kc, &[], today)
        .iter()
        .any(|s| matches!(s, Signal::TopLevelOverdue { .. })));
}

#[test]
fn an_unattended_opponent_and_an_old_complaint_are_raised() {
    let mut kc = neglected();
    let today = date(2026, 9, 1);
    kc.complaints.push(Complaint {
        id: 1,
        opened: date(2026, 7, 1),
        closed: None,
        root_fixed: false,
        text: "Late deliveries".into(),
    });
    kc.complaints.push(Complaint {
        id: 2,
        opened: date(2026, 8, 25),
        closed: None,
        root_fixed: false,
        text: "Too new to count".into(),
    });
    let people = [
        opponent(7, Some(date(2026, 2, 1))),
        opponent(8, Some(date(2026, 8, 1))),
    ];
    let signals = drift_signals(&kc, &people, today);
    let unattended: Vec<u32> = signals
        .iter()
        .filter_map(|s| match s {
            Signal::OpponentUnattended { person, .. } => Some(*person),
            _ => None,
        })
        .collect();
    assert_eq!(unattended, [7], "person 8 was seen in the last 90 days");
    assert!(signals.contains(&Signal::OpenComplaint {
        complaint: 1,
        opened: date(2026, 7, 1),
        days: 62,
    }));
    assert!(!signals
        .iter()
        .any(|s| matches!(s, Signal::OpenComplaint { complaint: 2, .. })));
    // A logged meeting with person 7 attends to them.
    let mut met = contact(
        2026,
        8,
        30,
        ContactKind::MeetingElsewhere,
        Level::Middle,
        Phase::Closing,
    );
    met.people = vec![7];
    kc.add_contact(met);
    assert!(!drift_signals(&kc, &people, today)
        .iter()
        .any(|s| matches!(s, Signal::OpponentUnattended { .. })));
}

#[test]
fn a_live_system_with_no_one_on_site_is_raised() {
    let mut kc = KeepClose {
        system_live: true,
        ..KeepClose::default()
    };
    let today = date(2026, 9, 1);
    assert!(drift_signals(&kc, &[], today).contains(&Signal::NoOneOnSite));
    kc.someone_on_site = true;
    assert!(!drift_signals(&kc, &[], today).contains(&Signal::NoOneOnSite));
}

#[test]
fn a_visit_decision_keeps_what_was_shown_and_survives_a_round_trip() {
    let mut kc = neglected();
    kc.stake = reference();
    let today = date(2026, 9, 1);
    let decision = decide_visit(
        &kc,
        &[],
        today,
        Some(false),
        VisitChoice::Later(date(2026, 9, 15)),
    );
    assert!(decision
        .signals
        .iter()
        .any(|s| matches!(s, Signal::NeglectAtTheEnd { .. })));
    assert_eq!(decision.gaps.len(), 8, "nothing answered yet");
    assert!((decision.visit_breakeven.unwrap() - 0.581).abs() < 1e-3);
    items::push(&mut kc.visits, decision.clone());
    let text = serde_json::to_string(&kc).unwrap();
    let back: KeepClose = serde_json::from_str(&text).unwrap();
    assert_eq!(back, kc);
    assert!(
        text.contains(r#""choice":{"later":"2026-09-15"}"#),
        "{text}"
    );
    // Older files have no keep-close part at all.
    let empty: KeepClose = serde_json::from_str("{}").unwrap();
    assert_eq!(empty, KeepClose::default());
}

#[test]
fn a_lost_current_customer_keeps_its_record_and_starts_its_second_lifetime() {
    use crate::model::account::{Account, Status};
    let mut a = Account::new("c", "Current", Status::Active);
    a.keep_close = neglected();
    a.keep_close.stake = reference();
    a.as_of = Some(date(2026, 9, 1));
    a.dialogue.stakeholders.push(opponent(1, None));
    let describe = |c: &Contact| format!("{:?} {}", c.kind, c.date);
    // Another current status changes nothing else.
    a.set_status(Status::AtRisk, date(2026, 9, 1), describe);
    assert!(a.reasons.events.is_empty());
    a.set_status(Status::Lost, date(2026, 9, 1), describe);
    assert_eq!(a.status, Status::Lost);
    assert_eq!(a.lost_on, Some(date(2026, 9, 1)));
    assert_eq!(a.reasons.events.len(), 13, "every contact of the last year");
    assert!(a.reasons.events.windows(2).all(|w| w[0].date <= w[1].date));
    assert_eq!(a.reasons.events[0].text, "OnSite 2026-01-01");
    assert_eq!((a.cost_benefit.revenue, a.cost_benefit.margin), (4e6, 25.0));
    assert_eq!(a.dialogue.stakeholders.len(), 1, "the same people");
    assert_eq!(a.keep_close.contacts.len(), 13, "the log is kept");
    // Back and lost again: nothing is copied twice, step 2's own figures are kept.
    a.cost_benefit.revenue = 1e6;
    a.set_status(Status::Active, date(2026, 9, 1), describe);
    a.set_status(Status::Lost, date(2026, 9, 1), describe);
    assert_eq!(a.reasons.events.len(), 13);
    assert_eq!(a.cost_benefit.revenue, 1e6);
}

#[test]
fn the_rhythm_counts_contacts_per_month_and_level_with_the_phase() {
    let mut kc = neglected();
    kc.add_contact(contact(
        2026,
        2,
        10,
        ContactKind::Call,
        Level::Top,
        Phase::Running,
    ));
    let months = rhythm(&kc, date(2026, 9, 1));
    assert_eq!(months.len(), 9, "January to September");
    assert_eq!((months[0].year, months[0].month), (2026, 1));
    assert_eq!(months[0].by_level, [4, 0, 0]);
    assert_eq!(months[1].by_level, [4, 0, 1]);
    assert_eq!(months[3].by_level, [0, 0, 0], "April: nothing");
    assert_eq!(months[3].phase, Some(Phase::Running), "carried over");
    assert_eq!(months[7].by_level, [1, 0, 0], "the one call in August");
    assert_eq!(months[7].phase, Some(Phase::Closing));
    assert!(rhythm(&KeepClose::default(), date(2026, 9, 1)).is_empty());
    // Long logs keep the latest months.
    let mut long = KeepClose::default();
    long.add_contact(contact(
        2020,
        1,
        1,
        ContactKind::Call,
        Level::Top,
        Phase::Start,
    ));
    let months = rhythm(&long, date(2026, 9, 1));
    assert_eq!(months.len(), RHYTHM_MONTHS);
    assert_eq!((months[35].year, months[35].month), (2026, 9));
}
