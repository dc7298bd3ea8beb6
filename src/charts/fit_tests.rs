//! Every chart's words, in each language and type size, at every width a page may draw it:
//! inside the drawing and clear of each other (the estimate the layout uses measures them).

use super::*;
use crate::i18n::{count, format, labels, text, Key};
use crate::model::account::Level;
use crate::model::analysis::{analyse, Analysis};
use crate::model::date::Date;
use crate::model::keep_close::Phase;
use crate::model::locale::Lang;
use crate::model::sample::{brex_rilf, current_customer};
use crate::model::verdict::Decision;

/// Each chart as its page builds it, with the catalog's words in `lang`.
fn figures(lang: Lang, numbers: Numbers) -> Vec<Figure> {
    let mut account = brex_rilf(lang);
    // A user's criterion may be one long word (or a code): it is cut, not drawn off the edge.
    if let Some(c) = account.requirements.criteria.first_mut() {
        c.name = "Lieferzuverlässigkeitsgarantie".into();
    }
    let a: Analysis = analyse(&account, Date::FALLBACK);
    let (e, c) = (&a.evaluation, account.currency.as_str());
    let f = |key: Key, args: &[&str]| format(lang, key, args);
    let t = |key: Key| text(lang, key).to_owned();
    // A curve with the user's value and the engine's threshold marked: (label, x) each.
    let curve = |points: &Vec<_>, axis: Key, marks: [(Key, f64); 2], note: Option<String>| {
        let kinds = [MarkerKind::Current, MarkerKind::Threshold];
        Figure::EvCurve {
            points: points.clone(),
            markers: marks
                .into_iter()
                .zip(kinds)
                .map(|((key, x), kind)| Marker {
                    x,
                    label: f(key, &[&numbers.percent(x)]),
                    kind,
                })
                .collect(),
            text: EvCurveText {
                x_desc: t(axis),
                y_desc: f(Key::AxisEv, &[c]),
                series: t(Key::SeriesEv),
                note,
            },
        }
    };
    let kc = current_customer(lang);
    let months = crate::model::keep_close::rhythm(&kc.keep_close, kc.as_of(Date::FALLBACK));
    let offer = a.offer.clone();
    let mut criteria: Vec<String> = offer
        .rows
        .iter()
        .map(|r| {
            f(
                Key::CriterionWithWeight,
                &[&r.name, &numbers.percent(r.weight * 100.0)],
            )
        })
        .collect();
    criteria.push(t(Key::WeightedTotal));
    let teams = ["Falcons", "Les Hiboux du Nord", "الصقور", "Team D"];
    let p = a.inputs.probability * 100.0;
    let cut = a.inputs.concession * 100.0;
    vec![
        Figure::CashFlow {
            eval: e.clone(),
            text: CashFlowText {
                x_desc: t(Key::AxisYear),
                y_desc: f(Key::AxisCumulative, &[c]),
                win_back: t(Key::SeriesWinBack),
                walk_away: t(Key::SeriesWalkAway),
                upfront: f(Key::LabelUpfront, &[&numbers.money(e.upfront, c)]),
                payback: f(Key::LabelPayback, &[&numbers.whole(2)]),
            },
        },
        curve(
            &e.ev_by_probability,
            Key::AxisProbability,
            [
                (Key::MarkerYourP, p),
                (Key::MarkerPStar, e.p_star.unwrap_or(3.4)),
            ],
            None,
        ),
        curve(
            &e.ev_by_concession,
            Key::AxisConcession,
            [
                (Key::MarkerYourCut, cut),
                (Key::MarkerMaxCut, e.max_concession.unwrap_or(23.3)),
            ],
            Some(f(Key::NoteBreakeven, &[&numbers.percent(40.0)])),
        ),
        Figure::Tornado {
            base: e.ev,
            rows: e.sensitivity.clone(),
            text: TornadoText {
                x_desc: f(Key::AxisEv, &[c]),
                low: numbers.change_percent(-10.0, 0),
                high: numbers.change_percent(10.0, 0),
                base: f(Key::LabelNow, &[&numbers.money(e.ev, c)]),
                names: e
                    .sensitivity
                    .iter()
                    .map(|r| t(labels::field(r.field)))
                    .collect(),
            },
        },
        Figure::Criteria {
            offer,
            text: CriteriaText {
                x_desc: t(Key::AxisScore),
                ours: t(Key::SeriesUs),
                incumbent: t(Key::SeriesIncumbent),
                names: criteria,
            },
        },
        Figure::Rhythm {
            text: RhythmText {
                x_desc: t(Key::AxisMonth),
                y_desc: t(Key::AxisContacts),
                levels: Level::ALL.map(|l| t(labels::level(l))),
                months: months
                    .iter()
                    .map(|m| numbers.month(m.year, m.month))
                    .collect(),
                phases: Phase::ALL.map(|p| t(labels::phase(p))),
                now: f(Key::MarkerNow, &[&count(numbers, Key::CountSignals, 3)]),
            },
            months,
        },
        Figure::ClassSpread {
            evs: vec![e.ev, -2.0e5, 3.5e6, 1.2e6],
            markers: vec![
                Marker {
                    x: 1.2e6,
                    label: t(Key::LabelMedian),
                    kind: MarkerKind::Threshold,
                },
                Marker {
                    x: e.ev,
                    label: t(Key::LabelTrainer),
                    kind: MarkerKind::Current,
                },
            ],
            text: SpreadText {
                x_desc: f(Key::AxisEv, &[c]),
                names: teams.map(String::from).to_vec(),
                teams: t(Key::LegendTeams),
            },
        },
        Figure::ClassVerdicts {
            counts: vec![2, 1, 1],
            text: VerdictsText {
                x_desc: t(Key::AxisTeams),
                names: [Decision::Go, Decision::NeedsWork, Decision::NoGo]
                    .map(|d| t(labels::decision(d)))
                    .to_vec(),
            },
        },
        Figure::ClassChoices {
            points: vec![(8.0, 55.0), (12.0, 30.0), (5.0, 70.0), (20.0, 90.0)],
            text: ChoicesText {
                x_desc: t(Key::AxisPriceCut),
                y_desc: t(Key::AxisChance),
                teams: t(Key::LegendTeams),
            },
        },
    ]
}

/// Whether one of `later` (the marks drawn after a line) is a patch of the background under
/// all of the word `t`.
fn patched(later: &[svg::TextBox], t: &svg::TextBox) -> bool {
    later.iter().any(|p| {
        p.text == "bar"
            && p.left <= t.left
            && p.right >= t.right
            && p.top <= t.top
            && p.bottom >= t.bottom
    })
}

/// What is wrong with the words of `figure` drawn in `theme`: each text outside the drawing,
/// each pair overlapping, each text over a bar, a dot or a marker's line.
fn misplaced(figure: &Figure, theme: Theme) -> Vec<String> {
    let key = figure.frame_key(theme, None);
    let (width, height) = figure.size(theme);
    let svg = render_svg((width, height), |area| figure.draw(area, &key, Layers::All)).unwrap();
    let mut wrong = Vec::new();
    for (i, t) in svg.texts.iter().enumerate() {
        if t.left < 0 || t.top < 0 || t.right > width as i32 || t.bottom > height as i32 {
            wrong.push(format!(
                "“{}” leaves the {width}×{height} drawing: {t:?}",
                t.text
            ));
        }
        for u in &svg.texts[i + 1..] {
            if t.overlaps(u, 1) {
                wrong.push(format!("“{}” overlaps “{}”", t.text, u.text));
            }
        }
        // Bar charts: a name over its bars, or a line through it. (The line charts place
        // their labels over the curves on purpose, near what they name.)
        let bars = matches!(
            figure,
            Figure::Tornado { .. }
                | Figure::Criteria { .. }
                | Figure::ClassSpread { .. }
                | Figure::ClassVerdicts { .. }
        );
        // The contact rhythm: a word over one of its months' dots or squares hides a count
        // (the phases' bands behind everything, and its lines, are not checked).
        let rhythm = matches!(figure, Figure::Rhythm { .. });
        let dot = |m: &svg::TextBox| m.bottom - m.top < 20 && m.right - m.left < 20;
        for m in svg
            .marks
            .iter()
            .filter(|m| (bars || (rhythm && dot(m))) && t.overlaps(m, 1))
        {
            wrong.push(format!("“{}” is drawn over a {} at {m:?}", t.text, m.text));
        }
        // The line charts: a marker's line through a word only behind a patch of the
        // background drawn after the line (the label crossing another marker's line).
        for (i, m) in svg.marks.iter().enumerate() {
            if bars || m.text != "line" || !t.overlaps(m, 1) {
                continue;
            }
            if !patched(&svg.marks[i + 1..], t) {
                wrong.push(format!("a line runs through “{}”: {m:?}", t.text));
            }
        }
    }
    wrong
}

#[test]
fn every_charts_words_fit_at_every_width_in_every_language_and_type_size() {
    let mut wrong = Vec::new();
    for lang in [Lang::En, Lang::Ar, Lang::He] {
        let numbers = Numbers::new(lang, None);
        for place in [300.0, 320.0, 340.0, 360.0, 420.0, 500.0, 600.0, 720.0] {
            for size in [Theme::NORMAL, Theme::LARGE] {
                let theme = Theme {
                    numbers,
                    width: drawing_width(place, size),
                    ..size
                };
                for figure in figures(lang, numbers) {
                    for w in misplaced(&figure, theme) {
                        wrong.push(format!("{lang:?} {place} scale {}: {w}", theme.scale));
                    }
                }
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "{} problems:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn a_note_changing_under_a_drag_keeps_the_drawings_size() {
    let a = analyse(&brex_rilf(Lang::En), Date::FALLBACK);
    let figure = |note: &str| Figure::EvCurve {
        points: a.evaluation.ev_by_concession.clone(),
        markers: Vec::new(),
        text: EvCurveText {
            x_desc: "Price concession (%)".into(),
            y_desc: "Expected value (EUR)".into(),
            series: "Expected value".into(),
            note: Some(note.into()),
        },
    };
    for place in (300..=720).step_by(4) {
        for size in [Theme::NORMAL, Theme::LARGE] {
            let theme = Theme {
                width: drawing_width(f64::from(place), size),
                ..size
            };
            // The same note with different figures, in Western and in Arabic-Indic digits.
            for values in [["9.9%", "10.0%", "100.0%"], ["٩٫٩٪؜", "١٠٫٠٪؜", "١٠٠٫٠٪؜"]]
            {
                let sizes = values.map(|v| figure(&format!("Break-even volume: {v}")).size(theme));
                assert!(
                    sizes.windows(2).all(|w| w[0] == w[1]),
                    "{place} px, scale {}: {sizes:?}",
                    theme.scale
                );
            }
        }
    }
}

#[test]
fn the_payback_line_runs_behind_the_up_front_label_not_through_it() {
    // On a phone the payback year's line passes within the label's width of the start.
    let mut crossed = 0;
    for lang in [Lang::En, Lang::Ar, Lang::He] {
        let numbers = Numbers::new(lang, None);
        for place in [300.0, 320.0, 360.0, 420.0, 500.0, 600.0, 720.0] {
            for size in [Theme::NORMAL, Theme::LARGE] {
                let theme = Theme {
                    numbers,
                    width: drawing_width(place, size),
                    ..size
                };
                let figure = figures(lang, numbers)
                    .into_iter()
                    .find(|f| matches!(f, Figure::CashFlow { .. }))
                    .expect("the cash-flow chart");
                let Figure::CashFlow { text, .. } = &figure else {
                    unreachable!()
                };
                let key = figure.frame_key(theme, None);
                let svg = render_svg(figure.size(theme), |area| {
                    figure.draw(area, &key, Layers::All)
                })
                .unwrap();
                let label = svg
                    .texts
                    .iter()
                    .find(|t| t.text == text.upfront)
                    .expect("the up-front label");
                for (i, line) in svg.marks.iter().enumerate() {
                    if line.text != "line" || !label.overlaps(line, 0) {
                        continue;
                    }
                    crossed += 1;
                    assert!(
                        patched(&svg.marks[i + 1..], label),
                        "{lang:?} {place} scale {}: a line through “{}”: {line:?}",
                        theme.scale,
                        label.text
                    );
                }
            }
        }
    }
    assert!(
        crossed > 0,
        "no width brings the payback line near the label"
    );
}
