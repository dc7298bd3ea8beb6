//! The drawings rendered to SVG: what must be there, not how it looks pixel by pixel.

use super::*;
use crate::model::analysis::{analyse, Analysis};
use crate::model::date::Date;
use crate::model::economics::Point;
use crate::model::locale::Lang;
use crate::model::sample::brex_rilf;

fn sample() -> Analysis {
    analyse(&brex_rilf(Lang::En), Date::FALLBACK)
}

fn cash_flow_text() -> CashFlowText {
    CashFlowText {
        x_desc: "Year".into(),
        y_desc: "Cumulative discounted cash flow (EUR)".into(),
        win_back: "Win back".into(),
        walk_away: "Walk away".into(),
        upfront: "Up-front costs".into(),
        payback: "Pays back in year N".into(),
    }
}

/// `figure` drawn whole, as a fresh page paints it.
fn draw(figure: Figure, theme: Theme) -> Svg {
    let key = figure.frame_key(theme, None);
    render_svg(figure.size(theme), |area| {
        figure.draw(area, &key, Layers::All)
    })
    .unwrap()
}

fn count(svg: &str, needle: &str) -> usize {
    svg.matches(needle).count()
}

#[test]
fn cash_flow_has_axes_both_series_and_the_payback_year() {
    let a = sample();
    let svg = draw(
        Figure::CashFlow {
            eval: a.evaluation.clone(),
            text: cash_flow_text(),
        },
        Theme::NORMAL,
    );
    let markup = &svg.markup;
    assert!(markup.starts_with("<svg aria-hidden=\"true\""));
    assert!(
        markup.contains(">\nYear\n<") || markup.contains(">Year<"),
        "{markup}"
    );
    assert!(markup.contains("Cumulative discounted cash flow (EUR)"));
    assert!(markup.contains("Win back") && markup.contains("Walk away"));
    assert!(a.evaluation.payback_year.is_some());
    assert_eq!(count(markup, "Pays back in year N"), 1);
    assert_eq!(count(markup, "Up-front costs"), 1);
    // One point per year plus year 0, each findable by the pointer.
    let years = a.evaluation.years.len();
    assert_eq!(svg.layout.centres.len(), years + 1);
    assert!(svg.layout.centres.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(count(markup, "<circle"), years + 1);
}

#[test]
fn cash_flow_without_payback_has_no_payback_marker() {
    let mut a = sample();
    a.evaluation.payback_year = None;
    let svg = draw(
        Figure::CashFlow {
            eval: a.evaluation.clone(),
            text: cash_flow_text(),
        },
        Theme::NORMAL,
    );
    assert_eq!(count(&svg.markup, "Pays back in year N"), 0);
    assert_eq!(count(&svg.markup, "Win back"), 1);
}

fn curve(points: &[Point], markers: &[Marker], note: Option<&str>) -> Svg {
    let text = EvCurveText {
        x_desc: "Win probability (%)".into(),
        y_desc: "Expected value (EUR)".into(),
        series: "Expected value".into(),
        note: note.map(str::to_owned),
    };
    draw(
        Figure::EvCurve {
            points: points.to_vec(),
            markers: markers.to_vec(),
            text,
        },
        Theme::NORMAL,
    )
}

#[test]
fn a_marker_label_keeps_clear_of_the_next_markers_line() {
    let a = sample();
    let marker = |x: f64, label: &str, kind| Marker {
        x,
        label: label.into(),
        kind,
    };
    // Your cut at 8 %, the largest cut that pays at 23.3 %: too close for "Your cut 8.0%" in
    // one line between them, so it wraps there rather than running across the other line.
    let markers = [
        marker(8.0, "Your cut 8.0%", MarkerKind::Current),
        marker(23.3, "Max cut 23.3%", MarkerKind::Threshold),
    ];
    let svg = curve(&a.evaluation.ev_by_concession, &markers, None);
    let boxes = |words: &[&str]| -> Vec<_> {
        svg.texts
            .iter()
            .filter(|t| words.contains(&t.text.as_str()))
            .cloned()
            .collect()
    };
    let yours = boxes(&["Your cut", "8.0%"]);
    let max = boxes(&["Max cut 23.3%"]);
    assert_eq!((yours.len(), max.len()), (2, 1), "{:?}", svg.texts);
    // The threshold's label starts 6 px after its line.
    let line = max[0].left - 6;
    assert!(
        yours.iter().all(|t| t.right < line),
        "{yours:?} crosses {line}"
    );
}

#[test]
fn probability_curve_marks_p_star_and_the_users_p() {
    let a = sample();
    let markers = [
        Marker {
            x: a.evaluation.p_star.unwrap(),
            label: "p* threshold".into(),
            kind: MarkerKind::Threshold,
        },
        Marker {
            x: a.inputs.probability * 100.0,
            label: "Your p".into(),
            kind: MarkerKind::Current,
        },
        Marker {
            x: 250.0,
            label: "Off the chart".into(),
            kind: MarkerKind::Threshold,
        },
    ];
    let svg = curve(&a.evaluation.ev_by_probability, &markers, None);
    assert!(svg.markup.contains("Win probability (%)"));
    assert!(svg.markup.contains("Expected value (EUR)"));
    assert_eq!(count(&svg.markup, "p* threshold"), 1);
    assert_eq!(count(&svg.markup, "Your p"), 1);
    assert_eq!(count(&svg.markup, "Off the chart"), 0);
    assert!(svg.markup.contains(">\n100%\n<") || svg.markup.contains(">100%<"));
    assert_eq!(svg.layout.centres.len(), 101);
}

#[test]
fn concession_curve_writes_its_note() {
    let a = sample();
    let svg = curve(
        &a.evaluation.ev_by_concession,
        &[],
        Some("Break-even volume: 12%"),
    );
    assert_eq!(count(&svg.markup, "Break-even volume: 12%"), 1);
    assert_eq!(
        svg.layout.centres.len(),
        a.evaluation.ev_by_concession.len()
    );
}

#[test]
fn empty_or_broken_series_still_draw_axes() {
    let svg = curve(&[], &[], None);
    assert!(svg.markup.contains("Win probability (%)"));
    let nan = [
        Point {
            x: 0.0,
            y: f64::NAN,
        },
        Point {
            x: 100.0,
            y: f64::INFINITY,
        },
    ];
    assert!(curve(&nan, &[], None).markup.contains("Expected value"));
}

#[test]
fn tornado_names_every_input_largest_swing_on_top() {
    let a = sample();
    let rows = &a.evaluation.sensitivity;
    let names: Vec<String> = rows
        .iter()
        .map(|r| format!("input {}", r.field.key()))
        .collect();
    let text = TornadoText {
        x_desc: "Expected value (EUR)".into(),
        low: "−10%".into(),
        high: "+10%".into(),
        base: "Today".into(),
        names: names.clone(),
    };
    let svg = draw(
        Figure::Tornado {
            base: a.evaluation.ev,
            rows: rows.clone(),
            text,
        },
        Theme::NORMAL,
    );
    for name in &names {
        assert_eq!(count(&svg.markup, name), 1, "{name}");
    }
    // One legend entry each; solid bars for −δ, outlined for +δ (colour is not the only cue).
    assert_eq!(count(&svg.markup, "−10%"), 1);
    assert_eq!(count(&svg.markup, "+10%"), 1);
    assert!(count(&svg.markup, "fill=\"none\"") >= rows.len());
    assert_eq!(svg.layout.axis, Some(Axis::Vertical));
    assert_eq!(svg.layout.centres.len(), rows.len());
    assert!(svg.layout.centres.windows(2).all(|w| w[0] < w[1]));
    let first = svg.markup.find(&names[0]).unwrap();
    assert!(first > 0);
}

#[test]
fn criteria_show_each_criterion_and_the_weighted_total() {
    let a = sample();
    let mut names: Vec<String> = a.offer.rows.iter().map(|r| r.name.clone()).collect();
    names.push("Weighted total".into());
    let text = CriteriaText {
        x_desc: "Score (0–10)".into(),
        ours: "Brex Tech".into(),
        incumbent: "Incumbent".into(),
        names: names.clone(),
    };
    let svg = draw(
        Figure::Criteria {
            offer: a.offer.clone(),
            text: text.clone(),
        },
        Theme::LARGE,
    );
    assert!(!a.offer.rows.is_empty());
    for name in &names {
        assert!(svg.markup.contains(name.as_str()), "{name}");
    }
    assert!(svg.markup.contains("Score (0–10)"));
    assert_eq!(svg.layout.centres.len(), names.len());
    let ours = a.offer.ours.unwrap();
    assert!(svg.markup.contains(&format!("{ours:.1}")));
}

#[test]
fn large_type_draws_bigger_text() {
    let a = sample();
    let size = |theme| {
        let svg = draw(
            Figure::CashFlow {
                eval: a.evaluation.clone(),
                text: cash_flow_text(),
            },
            theme,
        );
        let at = svg.markup.find("font-size=\"").unwrap() + 11;
        let end = svg.markup[at..].find('"').unwrap();
        svg.markup[at..at + end].parse::<f64>().unwrap()
    };
    assert!(size(Theme::LARGE) > size(Theme::NORMAL) * 1.3);
}

#[test]
fn the_class_charts_mark_each_team_the_median_and_the_trainer() {
    let markers = vec![
        Marker {
            x: 2.0e6,
            label: "Class median".into(),
            kind: MarkerKind::Threshold,
        },
        Marker {
            x: 2.5e6,
            label: "Your own figure".into(),
            kind: MarkerKind::Current,
        },
    ];
    let names: Vec<String> = ["Falcons", "Owls", "Herons"].map(String::from).into();
    let svg = draw(
        Figure::ClassSpread {
            evs: vec![3.0e6, 1.3e6, 4.5e6],
            markers,
            text: SpreadText {
                x_desc: "Expected value (EUR)".into(),
                names: names.clone(),
                teams: "Teams".into(),
            },
        },
        Theme::NORMAL,
    );
    assert_eq!(count(&svg.markup, "<circle"), 3);
    for word in [
        "Falcons",
        "Owls",
        "Herons",
        "Class median",
        "Your own figure",
    ] {
        assert_eq!(count(&svg.markup, word), 1, "{word}");
    }
    assert_eq!(svg.layout.centres.len(), 3);
    let svg = draw(
        Figure::ClassChoices {
            points: vec![(8.0, 55.0), (12.0, 30.0)],
            text: ChoicesText {
                x_desc: "Price cut (%)".into(),
                y_desc: "Chance of success (%)".into(),
                teams: "Teams".into(),
            },
        },
        Theme::NORMAL,
    );
    assert_eq!(count(&svg.markup, "<circle"), 2);
    assert!(svg.markup.contains("Chance of success (%)"));
}

#[test]
fn nearest_item_follows_the_pointer() {
    let layout = Layout {
        axis: Some(Axis::Horizontal),
        centres: vec![0.1, 0.5, 0.9],
    };
    assert_eq!(layout.nearest(0.0), Some(0));
    assert_eq!(layout.nearest(0.35), Some(1));
    assert_eq!(layout.nearest(2.0), Some(2));
    assert_eq!(Layout::default().nearest(0.5), None);
}

#[test]
fn the_rhythm_shows_each_level_the_phases_and_the_drift_now() {
    use crate::model::keep_close::rhythm as months_of;
    use crate::model::sample::current_customer;
    let a = current_customer(Lang::En);
    let months = months_of(&a.keep_close, a.as_of(Date::FALLBACK));
    assert_eq!(months.len(), 10, "September 2025 to June 2026");
    let text = RhythmText {
        x_desc: "Month".into(),
        y_desc: "Contacts".into(),
        levels: [
            "Operational".into(),
            "Middle management".into(),
            "Top management".into(),
        ],
        months: months
            .iter()
            .map(|m| format!("{}-{:02}", m.year, m.month))
            .collect(),
        phases: [
            "Start".into(),
            "Running".into(),
            "Closing".into(),
            "After".into(),
        ],
        now: "Now: 6 drift signals".into(),
    };
    let svg = draw(
        Figure::Rhythm {
            months: months.clone(),
            text,
        },
        Theme::NORMAL,
    );
    let markup = &svg.markup;
    for word in [
        "Month",
        "Contacts",
        "Operational",
        "Middle management",
        "Top management",
        "Now: 6 drift signals",
    ] {
        assert!(markup.contains(word), "{word} missing");
    }
    // The phases in order, each band named once: start, running, closing.
    let at = |w: &str| {
        markup
            .find(&format!(">{w}<"))
            .or_else(|| markup.find(&format!(">\n{w}\n<")))
    };
    assert!(
        at("Start").is_some() && at("Running").is_some() && at("Closing").is_some(),
        "{markup}"
    );
    assert_eq!(
        count(markup, ">Closing<") + count(markup, ">\nClosing\n<"),
        1
    );
    assert!(markup.contains("2025-10") && markup.contains("2026-06"));
    // One point per month, in order, for the pointer and the keyboard.
    assert_eq!(svg.layout.centres.len(), 10);
    assert!(svg.layout.centres.windows(2).all(|w| w[0] < w[1]));
    assert_eq!(count(markup, "<circle"), 10, "the operational points");
}

#[test]
fn charts_are_drawn_as_wide_as_their_place_within_limits() {
    // A phone's place (about 316 CSS pixels) is drawn as wide as it is: text at its own size.
    assert_eq!(drawing_width(316.0, Theme::NORMAL), 316);
    assert_eq!(drawing_width(200.0, Theme::NORMAL), NARROWEST);
    assert_eq!(drawing_width(640.4, Theme::NORMAL), 640);
    assert_eq!(drawing_width(1200.0, Theme::NORMAL), FULL_WIDTH);
    // Large type's narrowest layout has the same proportions, its text 1.45 times larger.
    assert_eq!(drawing_width(316.0, Theme::LARGE), 435);
    assert_eq!(drawing_width(600.0, Theme::LARGE), 600);
    for unknown in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        assert_eq!(drawing_width(unknown, Theme::NORMAL), FULL_WIDTH);
    }
    // Shown larger than drawn, the canvas has the shown size's pixels; never fewer than the
    // drawing's own (a phone, a place not laid out yet).
    assert_eq!(pixel_scale(1080.0, FULL_WIDTH, 1.0), 1.5);
    assert_eq!(pixel_scale(1080.0, FULL_WIDTH, 2.0), 3.0);
    assert_eq!(pixel_scale(316.0, 316, 1.75), 1.75);
    assert_eq!(pixel_scale(200.0, NARROWEST, 2.0), 2.0);
    for unknown in [0.0, -5.0, f64::NAN, f64::INFINITY] {
        assert_eq!(pixel_scale(unknown, FULL_WIDTH, 1.0), 1.0);
    }
    let narrow = Theme {
        width: 540,
        ..Theme::NORMAL
    };
    let a = sample();
    let line = Figure::CashFlow {
        eval: a.evaluation.clone(),
        text: cash_flow_text(),
    };
    assert_eq!(line.size(narrow), (540, 400));
    let svg = draw(line, narrow);
    assert!(
        svg.markup.contains("width=\"540\""),
        "the drawing is 540 wide"
    );
}
