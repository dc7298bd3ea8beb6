use super::*;
use proptest::prelude::*;

/// Relative error check at the specification's 1e-9 tolerance.
fn close(actual: f64, expected: f64) -> bool {
    let scale = expected.abs().max(1.0);
    (actual - expected).abs() <= 1e-9 * scale
}

macro_rules! assert_close {
    ($actual:expr, $expected:expr) => {{
        let (a, e) = ($actual, $expected);
        assert!(close(a, e), "{} = {a}, expected {e}", stringify!($actual));
    }};
}

/// Model inputs from the table's units (percent as 35), with no step-3/4 links.
#[allow(clippy::too_many_arguments)]
fn inputs(
    revenue: f64,
    margin: f64,
    concession: f64,
    volume: f64,
    ramp: f64,
    extra_cost: f64,
    investment: f64,
    attempt_cost: f64,
    probability: f64,
    retention: f64,
    discount: f64,
    horizon: f64,
    referral_value: f64,
) -> ModelInputs {
    let cb = CostBenefit {
        revenue,
        margin,
        concession,
        volume,
        ramp,
        extra_cost,
        investment,
        attempt_cost,
        probability,
        retention,
        discount,
        horizon,
        referral_value,
        sensitivity_delta: 10.0,
    };
    assert_eq!(cb.validate(), Ok(()));
    ModelInputs::new(&cb, 0.0, 0.0)
}

fn reference() -> ModelInputs {
    inputs(
        12e6, 30.0, 8.0, 110.0, 2.0, 250e3, 900e3, 180e3, 60.0, 90.0, 8.0, 5.0, 400e3,
    )
}

#[test]
fn worked_reference_matches_to_1e9() {
    let e = evaluate(&reference(), 10.0);
    assert_close!(e.sltv, 6_974_538.465_9);
    assert_close!(e.npv_won, 6_794_538.465_9);
    assert_close!(e.ev, 4_004_723.079_6);
    assert!((e.p_star.unwrap() - 2.5808).abs() < 5e-5);
    assert_close!(e.lost_value, 11_962_448.559_7);
    assert_eq!(e.payback_year, Some(1));
    assert!((e.breakeven_volume.unwrap() - 36.3636).abs() < 5e-5);
    assert!((e.max_concession.unwrap() - 25.6803).abs() < 5e-5);
}

#[test]
fn worked_reference_exact_identities() {
    // The reference is printed to 4 decimals; these identities hold exactly.
    let m = reference();
    let e = evaluate(&m, 10.0);
    assert_close!(e.p_star.unwrap(), 100.0 * 180e3 / e.sltv);
    assert_close!(e.breakeven_volume.unwrap(), 100.0 * 0.08 / 0.22);
    let at_max = ModelInputs {
        concession: e.max_concession.unwrap() / 100.0,
        ..m
    };
    assert!(
        expected_value(&at_max).abs() < 1e-6 * e.sltv,
        "ev at max-concession is zero"
    );
}

#[test]
fn links_add_items_and_meetings() {
    let cb = CostBenefit {
        investment: 100.0,
        attempt_cost: 10.0,
        ..CostBenefit::default()
    };
    let m = ModelInputs::new(&cb, 900.0, 90.0);
    assert_eq!(m.investment, 1000.0);
    assert_eq!(m.attempt_cost, 100.0);
    let plain = ModelInputs::new(&cb, 0.0, 0.0);
    assert_eq!((plain.investment, plain.attempt_cost), (100.0, 10.0));
}

#[test]
fn one_year_no_discount() {
    // CF1 = 1000·1·(0.3 − 0.1) − 50 = 150; sltv = 150 − 100 = 50.
    let e = evaluate(
        &inputs(
            1000.0, 30.0, 10.0, 100.0, 1.0, 50.0, 100.0, 10.0, 50.0, 90.0, 0.0, 1.0, 0.0,
        ),
        10.0,
    );
    assert_close!(e.sltv, 50.0);
    assert_close!(e.npv_won, 40.0);
    assert_close!(e.ev, 15.0);
    assert_close!(e.p_star.unwrap(), 20.0);
    assert_close!(e.lost_value, 300.0);
    assert_eq!(e.payback_year, Some(1));
    assert_close!(e.breakeven_volume.unwrap(), 50.0);
    // A = 300 − 50 − 100 = 150, Q = 1000: raw = 100·(150 − 10/0.5)/1000 = 13.
    assert_close!(e.max_concession.unwrap(), 13.0);
}

#[test]
fn sltv_not_positive_leaves_p_star_undefined() {
    // CF1 = 10 − 20 = −10.
    let e = evaluate(
        &inputs(
            100.0, 10.0, 0.0, 100.0, 1.0, 20.0, 0.0, 5.0, 50.0, 100.0, 0.0, 1.0, 0.0,
        ),
        10.0,
    );
    assert_close!(e.sltv, -10.0);
    assert_eq!(e.p_star, None);
    assert_close!(e.ev, -10.0);
    assert_eq!(e.payback_year, None);
    // raw = 100·(−10 − 10)/100 = −20 < 0.
    assert_eq!(e.max_concession, None);
    let zero = evaluate(
        &inputs(
            0.0, 30.0, 0.0, 100.0, 1.0, 0.0, 0.0, 0.0, 50.0, 90.0, 10.0, 5.0, 0.0,
        ),
        10.0,
    );
    assert_eq!(zero.sltv, 0.0);
    assert_eq!(zero.p_star, None, "sltv = 0 is not > 0");
    assert_eq!(zero.max_concession, None, "Q = 0");
}

#[test]
fn concession_at_or_above_margin_has_no_breakeven_volume() {
    let mut m = reference();
    m.concession = m.margin;
    assert_eq!(evaluate(&m, 10.0).breakeven_volume, None);
    m.concession = 0.35;
    assert_eq!(evaluate(&m, 10.0).breakeven_volume, None);
    m.concession = 0.0;
    assert_eq!(evaluate(&m, 10.0).breakeven_volume, Some(0.0));
}

#[test]
fn zero_probability() {
    let m = ModelInputs {
        probability: 0.0,
        ..reference()
    };
    let e = evaluate(&m, 10.0);
    assert_close!(e.ev, -180e3);
    assert_eq!(e.max_concession, None);
    assert!((e.p_star.unwrap() - 2.5808).abs() < 5e-5);
}

#[test]
fn no_payback_inside_horizon_even_when_referrals_make_it_pay() {
    // CF = 300 a year for 2 years against I0 = 1000: cumulative −700, −400.
    let e = evaluate(
        &inputs(
            1000.0, 30.0, 0.0, 100.0, 1.0, 0.0, 1000.0, 0.0, 100.0, 100.0, 0.0, 2.0, 500.0,
        ),
        10.0,
    );
    assert_eq!(e.payback_year, None);
    assert_close!(e.sltv, 100.0);
    assert_close!(e.ev, 100.0);
    assert_eq!(e.p_star, Some(0.0));
    assert_close!(e.years[1].cumulative_won, -400.0);
}

#[test]
fn max_concession_is_capped_at_100() {
    // A = 50 + 1000 = 1050, Q = 100: raw = 1050 %.
    let e = evaluate(
        &inputs(
            100.0, 50.0, 0.0, 100.0, 1.0, 0.0, 0.0, 0.0, 100.0, 100.0, 0.0, 1.0, 1000.0,
        ),
        10.0,
    );
    assert_eq!(e.max_concession, Some(100.0));
}

#[test]
fn max_concession_exactly_zero_is_defined() {
    // CF = 40, 20, 10 (r = 0.5, d = 0); sltv = 70 − 20 + 5 = 55; C/p = 55: raw = 0.
    let e = evaluate(
        &inputs(
            100.0, 50.0, 0.0, 100.0, 1.0, 10.0, 20.0, 11.0, 20.0, 50.0, 0.0, 3.0, 5.0,
        ),
        10.0,
    );
    assert_close!(e.sltv, 55.0);
    assert_close!(e.ev, 0.0);
    assert_close!(e.npv_won, 44.0);
    assert_close!(e.p_star.unwrap(), 20.0);
    assert_close!(e.lost_value, 87.5);
    assert_eq!(e.payback_year, Some(1));
    assert_close!(e.max_concession.unwrap(), 0.0);
}

#[test]
fn zero_retention_counts_only_the_first_year() {
    // s_1 = 1, s_t = 0 after: CF1 = 300, discounted 240.
    let e = evaluate(
        &inputs(
            1000.0, 40.0, 10.0, 100.0, 1.0, 0.0, 0.0, 60.0, 50.0, 0.0, 25.0, 5.0, 0.0,
        ),
        10.0,
    );
    assert_close!(e.sltv, 240.0);
    assert_close!(e.ev, 60.0);
    assert_close!(e.npv_won, 180.0);
    assert_close!(e.p_star.unwrap(), 25.0);
    assert_close!(e.lost_value, 320.0);
    assert_close!(e.breakeven_volume.unwrap(), 100.0 / 3.0);
    // A = 400/1.25 = 320, Q = 800: raw = 100·(320 − 120)/800 = 25.
    assert_close!(e.max_concession.unwrap(), 25.0);
    assert!(e.years[1..].iter().all(|y| y.cash_flow == 0.0));
}

#[test]
fn ramp_longer_than_horizon() {
    // k = 4, T = 2: u = 0.25, 0.5; CF = 125, 250 (d = 0, r = 1).
    let e = evaluate(
        &inputs(
            1000.0, 50.0, 0.0, 100.0, 4.0, 0.0, 0.0, 0.0, 100.0, 100.0, 0.0, 2.0, 0.0,
        ),
        10.0,
    );
    assert_close!(e.years[0].cash_flow, 125.0);
    assert_close!(e.years[1].cash_flow, 250.0);
    assert_close!(e.sltv, 375.0);
    assert_close!(e.lost_value, 1000.0);
    assert_eq!(e.p_star, Some(0.0));
    // A = 375, Q = 250 + 500: raw = 50.
    assert_close!(e.max_concession.unwrap(), 50.0);
}

#[test]
fn full_retention_no_discount_multiplies_by_horizon() {
    let e = evaluate(
        &inputs(
            1000.0, 30.0, 10.0, 100.0, 1.0, 0.0, 0.0, 0.0, 50.0, 100.0, 0.0, 3.0, 0.0,
        ),
        10.0,
    );
    assert_close!(e.sltv, 600.0);
    assert_close!(e.lost_value, 900.0);
    assert_eq!(e.years.len(), 3);
    assert_close!(e.years[2].cumulative_old_terms, 900.0);
}

#[test]
fn chart_series_agree_with_the_headline_figures() {
    let m = reference();
    let e = evaluate(&m, 10.0);
    assert_eq!(e.ev_by_probability.len(), 101);
    assert_close!(e.ev_by_probability[60].y, e.ev);
    assert_close!(e.ev_by_probability[0].y, -180e3);
    let first = e.ev_by_concession.first().unwrap();
    let last = e.ev_by_concession.last().unwrap();
    assert_eq!((first.x, last.x), (0.0, 99.9));
    assert!(e
        .ev_by_concession
        .windows(2)
        .all(|w| w[0].x < w[1].x && w[1].y <= w[0].y));
    assert_close!(e.upfront, 1_080_000.0);
    // cumulative_won at T = −C − I0 + Σ CF·f = sltv − B − C.
    assert_close!(
        e.years.last().unwrap().cumulative_won,
        e.sltv - m.referral_value - m.attempt_cost
    );
}

#[test]
fn sensitivity_perturbs_each_input_and_ranks_by_swing() {
    let m = reference();
    let rows = sensitivity(&m, 10.0);
    assert_eq!(rows.len(), 10);
    let probability = rows.iter().find(|r| r.field == Field::Probability).unwrap();
    assert_close!(probability.low_input, 54.0);
    assert_close!(probability.high_input, 66.0);
    let s = sltv(&m);
    assert_close!(probability.ev_low, 0.54 * s - 180e3);
    assert_close!(probability.ev_high, 0.66 * s - 180e3);
    let retention = rows.iter().find(|r| r.field == Field::Retention).unwrap();
    assert_close!(retention.high_input, 99.0);
    let wide = sensitivity(
        &ModelInputs {
            retention: 0.95,
            ..m
        },
        50.0,
    );
    let retention = wide.iter().find(|r| r.field == Field::Retention).unwrap();
    assert_eq!(retention.high_input, 100.0, "kept inside the valid range");
    assert!(rows.windows(2).all(|w| w[0].swing() >= w[1].swing()));
}

fn valid_inputs() -> impl Strategy<Value = ModelInputs> {
    let money = || 0.0..=1e12f64;
    (
        (
            money(),
            0.0..=100.0f64,
            0.0..=99.9f64,
            0.0..=300.0f64,
            1u32..=10,
        ),
        (money(), money(), money(), 0.0..=100.0f64, 0.0..=100.0f64),
        (0.0..=100.0f64, 1u32..=30, money()),
    )
        .prop_map(|((r, g, c, v, k), (s, i0, att, p, ret), (d, t, b))| {
            let cb = CostBenefit {
                revenue: r,
                margin: g,
                concession: c,
                volume: v,
                ramp: f64::from(k),
                extra_cost: s,
                investment: i0,
                attempt_cost: att,
                probability: p,
                retention: ret,
                discount: d,
                horizon: f64::from(t),
                referral_value: b,
                sensitivity_delta: 10.0,
            };
            ModelInputs::new(&cb, 0.0, 0.0)
        })
}

fn tolerance(a: f64, b: f64) -> f64 {
    1e-9 * a.abs().max(b.abs()).max(1.0)
}

proptest! {
    #[test]
    fn every_output_is_finite_or_undefined(m in valid_inputs(), delta in 1.0..=50.0f64) {
        let e = evaluate(&m, delta);
        let defined = [e.sltv, e.npv_won, e.ev, e.lost_value, e.upfront];
        prop_assert!(defined.iter().all(|v| v.is_finite()));
        let optional = [e.p_star, e.breakeven_volume, e.max_concession];
        prop_assert!(optional.iter().flatten().all(|v| v.is_finite()));
        prop_assert!(e.max_concession.is_none_or(|c| (0.0..=100.0).contains(&c)));
        prop_assert!(e.years.iter().all(|y| [y.cash_flow, y.discounted, y.cumulative_won, y.cumulative_old_terms].iter().all(|v| v.is_finite())));
        prop_assert!(e.ev_by_probability.iter().chain(&e.ev_by_concession).all(|p| p.x.is_finite() && p.y.is_finite()));
        prop_assert!(e.sensitivity.iter().all(|r| r.ev_low.is_finite() && r.ev_high.is_finite()));
        prop_assert!(e.payback_year.is_none_or(|y| y >= 1 && y <= m.horizon));
    }

    #[test]
    fn npv_won_is_sltv_minus_attempt_cost(m in valid_inputs()) {
        let e = evaluate(&m, 10.0);
        prop_assert_eq!(e.npv_won, e.sltv - m.attempt_cost);
    }

    #[test]
    fn ev_rises_with_probability_when_sltv_is_positive(m in valid_inputs(), p1 in 0.0..=1.0f64, p2 in 0.0..=1.0f64) {
        let (lo, hi) = if p1 <= p2 { (p1, p2) } else { (p2, p1) };
        let ev_lo = expected_value(&ModelInputs { probability: lo, ..m });
        let ev_hi = expected_value(&ModelInputs { probability: hi, ..m });
        if sltv(&m) > 0.0 {
            prop_assert!(ev_hi >= ev_lo - tolerance(ev_lo, ev_hi));
            if hi > lo { prop_assert!(ev_hi > ev_lo || (ev_hi - ev_lo).abs() <= tolerance(ev_lo, ev_hi)); }
        }
    }

    #[test]
    fn ev_falls_as_attempt_cost_or_concession_rises(m in valid_inputs(), extra in 1.0..=1e9f64, dc in 0.0..=0.5f64) {
        let base = expected_value(&m);
        let dearer = expected_value(&ModelInputs { attempt_cost: m.attempt_cost + extra, ..m });
        prop_assert!(dearer < base, "ev {base} → {dearer} when C rises by {extra}");
        let cut = ModelInputs { concession: (m.concession + dc).min(0.999), ..m };
        let after_cut = expected_value(&cut);
        prop_assert!(after_cut <= base + tolerance(base, after_cut));
    }

    #[test]
    fn tornado_is_sorted_and_complete(m in valid_inputs(), delta in 1.0..=50.0f64) {
        let rows = sensitivity(&m, delta);
        prop_assert_eq!(rows.len(), 10);
        prop_assert!(rows.windows(2).all(|w| w[0].swing() >= w[1].swing()));
        for row in &rows {
            prop_assert!(row.field.accepts(row.low_input) && row.field.accepts(row.high_input));
            prop_assert!(row.low_input <= row.high_input);
        }
    }
}
