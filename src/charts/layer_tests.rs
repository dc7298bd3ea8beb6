//! The frame and data layers: drawn apart they make the same drawing as drawn together, and a
//! small what-if move keeps the frame (so the page repaints only the data).

use proptest::prelude::*;

use super::frame::{nice, settle};
use super::*;
use crate::model::analysis::{analyse, Analysis};
use crate::model::date::Date;
use crate::model::field::Field;
use crate::model::locale::Lang;
use crate::model::sample::{brex_rilf, current_customer};

fn analysis(change: Option<(Field, f64)>) -> Analysis {
    let mut account = brex_rilf(Lang::En);
    if let Some((field, value)) = change {
        account.cost_benefit.set(field, value);
    }
    analyse(&account, Date::FALLBACK)
}

/// One figure of each kind, from the sample's analysis.
fn figures(a: &Analysis) -> Vec<Figure> {
    let words = |n: usize| (0..n).map(|i| format!("name {i}")).collect::<Vec<_>>();
    let kc = current_customer(Lang::En);
    let months = crate::model::keep_close::rhythm(&kc.keep_close, kc.as_of(Date::FALLBACK));
    vec![
        Figure::CashFlow {
            eval: a.evaluation.clone(),
            text: CashFlowText {
                x_desc: "Year".into(),
                y_desc: "Cash".into(),
                win_back: "Win back".into(),
                walk_away: "Walk away".into(),
                upfront: "Up-front".into(),
                payback: "Payback".into(),
            },
        },
        Figure::EvCurve {
            points: a.evaluation.ev_by_concession.clone(),
            markers: vec![Marker {
                x: a.inputs.concession * 100.0,
                label: "Yours".into(),
                kind: MarkerKind::Current,
            }],
            text: EvCurveText {
                x_desc: "Concession".into(),
                y_desc: "EV".into(),
                series: "Expected value".into(),
                note: Some(format!("Break-even {:.1}", a.inputs.concession)),
            },
        },
        Figure::Tornado {
            base: a.evaluation.ev,
            rows: a.evaluation.sensitivity.clone(),
            text: TornadoText {
                x_desc: "EV".into(),
                low: "low".into(),
                high: "high".into(),
                base: "Today".into(),
                names: words(a.evaluation.sensitivity.len()),
            },
        },
        Figure::Criteria {
            offer: a.offer.clone(),
            text: CriteriaText {
                x_desc: "Score".into(),
                ours: "Ours".into(),
                incumbent: "Theirs".into(),
                names: words(a.offer.rows.len() + 1),
            },
        },
        Figure::Rhythm {
            text: RhythmText {
                x_desc: "Month".into(),
                y_desc: "Contacts".into(),
                levels: ["a".into(), "b".into(), "c".into()],
                months: words(months.len()),
                phases: ["s".into(), "r".into(), "c".into(), "x".into()],
                now: "Now".into(),
            },
            months,
        },
        Figure::ClassSpread {
            evs: vec![1.0e6, -2.0e5, 3.5e6],
            markers: vec![
                Marker {
                    x: 1.0e6,
                    label: "Median".into(),
                    kind: MarkerKind::Threshold,
                },
                Marker {
                    x: a.evaluation.ev,
                    label: "Yours".into(),
                    kind: MarkerKind::Current,
                },
            ],
            text: SpreadText {
                x_desc: "EV".into(),
                names: words(3),
                teams: "Teams".into(),
            },
        },
        Figure::ClassVerdicts {
            counts: vec![1, 2, 0],
            text: VerdictsText {
                x_desc: "Teams".into(),
                names: words(3),
            },
        },
        Figure::ClassChoices {
            points: vec![(8.0, 55.0), (12.0, 30.0), (5.0, 70.0)],
            text: ChoicesText {
                x_desc: "Cut".into(),
                y_desc: "Chance".into(),
                teams: "Teams".into(),
            },
        },
    ]
}

/// The drawing's elements, sorted (the layers draw them in another order).
fn elements(figure: &Figure, layers: Option<Layers>) -> (Vec<String>, Layout) {
    let key = figure.frame_key(Theme::NORMAL, None);
    let svg = render_svg(figure.size(Theme::NORMAL), |area| match layers {
        Some(layers) => figure.draw(area, &key, layers),
        None => Ok(Layout::default()),
    })
    .unwrap();
    let mut parts: Vec<String> = svg
        .markup
        .split('<')
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    parts.sort();
    (parts, svg.layout)
}

#[test]
fn frame_and_data_drawn_apart_make_the_whole_drawing() {
    for figure in figures(&analysis(None)) {
        let (all, whole) = elements(&figure, Some(Layers::All));
        let (frame, _) = elements(&figure, Some(Layers::Frame));
        let (data, layout) = elements(&figure, Some(Layers::Data));
        // Each layer is a drawing of its own: one more background and one more <svg>.
        let (blank, _) = elements(&figure, None);
        let mut apart = [frame.clone(), data.clone()].concat();
        apart.sort();
        let mut together = [all, blank].concat();
        together.sort();
        assert_eq!(apart, together, "{figure:?}");
        assert_eq!(layout, whole, "the data layer says where the items are");
        assert!(frame.len() > 10 && data.len() > 3, "{figure:?}");
    }
}

#[test]
fn a_small_move_keeps_the_frame_a_large_one_redraws_it() {
    let key = |a: &Analysis| -> Vec<FrameKey> {
        figures(a)
            .iter()
            .map(|f| f.frame_key(Theme::NORMAL, None))
            .collect()
    };
    let today = key(&analysis(None));
    let volume = analysis(None).inputs.volume;
    let nudged = key(&analysis(Some((Field::Volume, volume * 100.0 + 1.0))));
    let moved = key(&analysis(Some((Field::Volume, volume * 300.0))));
    for (i, kind) in ["cash flow", "curve", "tornado", "criteria", "rhythm"]
        .iter()
        .enumerate()
    {
        assert_eq!(today[i], nudged[i], "{kind}: one point of volume");
    }
    assert_ne!(
        today[0], moved[0],
        "three times the volume needs a taller axis"
    );
    // Large type, another language or other words make another frame.
    let figure = &figures(&analysis(None))[0];
    let arabic = Theme {
        numbers: crate::model::locale::Numbers::new(Lang::Ar, Default::default()),
        ..Theme::NORMAL
    };
    assert_ne!(figure.frame_key(Theme::LARGE, None), today[0]);
    assert_ne!(figure.frame_key(arabic, None), today[0]);
}

#[test]
fn a_held_axis_stays_while_the_data_fits_it() {
    let volume = |v: f64| figures(&analysis(Some((Field::Volume, v))));
    // The tornado's fresh axis moves every few points of volume; held, it moves only when the
    // data leaves it.
    let start = volume(110.0)[2].frame_key(Theme::NORMAL, None);
    let (mut fresh, mut held) = (start.clone(), start.clone());
    let (mut fresh_moves, mut held_moves) = (0, 0);
    for v in 111..=118 {
        let figure = &volume(f64::from(v))[2];
        let now = figure.frame_key(Theme::NORMAL, None);
        fresh_moves += usize::from(now != fresh);
        fresh = now;
        let now = figure.frame_key(Theme::NORMAL, Some(&held));
        held_moves += usize::from(now != held);
        held = now;
    }
    assert!(
        fresh_moves >= 2 && held_moves <= 1,
        "{fresh_moves} / {held_moves}"
    );
    // Far enough that the data no longer fits (or fills less than half): a new axis.
    let far = volume(300.0)[2].frame_key(Theme::NORMAL, Some(&start));
    assert_ne!(far, start);
    assert_eq!(far, volume(300.0)[2].frame_key(Theme::NORMAL, None));
    assert_eq!(
        settle(1.0..2.0, Some(&(0.0..10.0)), 6),
        1.0..2.0,
        "too small in it"
    );
    assert_eq!(settle(4.0..9.0, Some(&(0.0..10.0)), 6), 0.0..10.0);
}

#[test]
fn round_ranges() {
    assert_eq!(nice(-8.0..123.0, 6), -25.0..125.0);
    assert_eq!(nice(0.0..1.0, 5), 0.0..1.0);
    assert_eq!(nice(-1.2e6..3.7e6, 6), -2e6..4e6);
    assert_eq!(nice(5.0..5.0, 6), 5.0..5.0, "an empty range stays");
}

proptest! {
    #[test]
    fn round_ranges_cover_and_are_whole_steps(
        low in -1e9_f64..1e9,
        width in 1e-3_f64..1e9,
        steps in 2_usize..12,
    ) {
        let range = nice(low..low + width, steps);
        prop_assert!(range.start <= low && range.end >= low + width);
        // Never more than about twice the steps asked for, nor much wider than needed.
        prop_assert!(range.end - range.start <= width * 2.6 + width / steps as f64 * 2.0);
    }
}
