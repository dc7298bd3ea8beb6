use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::*;

use super::cash_flow::{cash_flow_legend, cash_flow_ranges};
use super::class::{
    choices_range, no_legend, spread_legend, spread_range, teams_legend, verdicts, verdicts_range,
};
use super::criteria::{criteria_legend, score_bars, score_range};
use super::ev_curve::{ev_legend, ev_ranges};
use super::frame::{bar_pitch, bar_range, nice, settle, top_room, X_LABEL_ROOM};
use super::legend::{legend_room, legend_rows, Legend};
use super::rhythm::{rhythm_legend, rhythm_ranges};
use super::tornado::{tornado_legend, tornado_range};
use super::{
    cash_flow, choices, criteria, ev_curve, rhythm, spread, tornado, CashFlowText, ChartError,
    ChoicesText, CriteriaText, EvCurveText, Layers, Layout, Marker, RhythmText, SpreadText, Theme,
    TornadoText, VerdictsText, OTHER,
};
use crate::model::economics::{Evaluation, Point, SensitivityRow};
use crate::model::incumbent::IncumbentComparison;
use crate::model::keep_close::MonthContacts;

/// A line chart's plot height, in logical pixels (its words and legend come on top).
const LINE_PLOT: u32 = 264;

/// A chart ready to draw: the engine's numbers it shows and its words. Components build one
/// whenever those change; the page paints it on a canvas, the native tests into SVG.
#[derive(Clone, Debug, PartialEq)]
pub enum Figure {
    CashFlow {
        eval: Evaluation,
        text: CashFlowText,
    },
    EvCurve {
        points: Vec<Point>,
        markers: Vec<Marker>,
        text: EvCurveText,
    },
    Tornado {
        base: f64,
        rows: Vec<SensitivityRow>,
        text: TornadoText,
    },
    Criteria {
        offer: IncumbentComparison,
        text: CriteriaText,
    },
    Rhythm {
        months: Vec<MonthContacts>,
        text: RhythmText,
    },
    /// The class's expected values, one dot per team.
    ClassSpread {
        evs: Vec<f64>,
        markers: Vec<Marker>,
        text: SpreadText,
    },
    /// How many teams reached each verdict.
    ClassVerdicts {
        counts: Vec<usize>,
        text: VerdictsText,
    },
    /// Each team's price cut against its chance of success, in percent.
    ClassChoices {
        points: Vec<(f64, f64)>,
        text: ChoicesText,
    },
}

/// Everything a chart's frame (grid, ticks, axis words, legend, bar names) is drawn from.
#[derive(Clone, Debug, PartialEq)]
pub struct FrameKey {
    size: (u32, u32),
    theme: Theme,
    x: Range<f64>,
    y: Range<f64>,
    words: Vec<String>,
}

impl FrameKey {
    /// The theme the frame is drawn in.
    pub fn theme(&self) -> Theme {
        self.theme
    }
}

impl Figure {
    /// The drawing's logical size in pixels: its theme's width, and the height its plot,
    /// words and legend need at that width (a narrow drawing wraps them onto more lines).
    pub fn size(&self, theme: Theme) -> (u32, u32) {
        let width = theme.width;
        let legend = self.legend();
        let below = theme.px(X_LABEL_ROOM) + legend_room(legend_rows(&legend, width, theme), theme);
        let bars = |names: &[String], rows: usize| {
            let pitch = f64::from(bar_pitch(names, width, theme));
            let plot = (pitch * (rows.max(1) as f64 + 0.2)).round() as u32;
            (width, top_room(None, width, theme) + plot + below)
        };
        let line = |y_desc: &str| {
            (
                width,
                top_room(Some(y_desc), width, theme) + LINE_PLOT + below,
            )
        };
        match self {
            Figure::CashFlow { text, .. } => line(&text.y_desc),
            Figure::EvCurve { text, .. } => line(&text.y_desc),
            Figure::Rhythm { text, .. } => line(&text.y_desc),
            Figure::ClassChoices { text, .. } => line(&text.y_desc),
            Figure::ClassVerdicts { counts, text } => bars(&text.names, counts.len()),
            Figure::ClassSpread { evs, text, .. } => bars(&text.names, evs.len()),
            Figure::Tornado { rows, text, .. } => bars(&text.names, rows.len()),
            Figure::Criteria { offer, text } => bars(&text.names, score_bars(offer).len()),
        }
    }

    /// The legend under the chart.
    fn legend(&self) -> Legend<'_> {
        match self {
            Figure::CashFlow { text, .. } => cash_flow_legend(text),
            Figure::EvCurve { text, .. } => ev_legend(text),
            Figure::Tornado { text, .. } => tornado_legend(text),
            Figure::Criteria { text, .. } => criteria_legend(text),
            Figure::Rhythm { text, .. } => rhythm_legend(text),
            Figure::ClassSpread { text, markers, .. } => spread_legend(text, markers),
            Figure::ClassChoices { text, .. } => teams_legend(&text.teams, OTHER),
            Figure::ClassVerdicts { .. } => no_legend(),
        }
    }

    /// Draws the chart's `layers` on `area`, within the frame described by `key` (its
    /// [`Figure::frame_key`]).
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        key: &FrameKey,
        layers: Layers,
    ) -> Result<Layout, ChartError> {
        let (ranges, theme) = ((key.x.clone(), key.y.clone()), key.theme);
        match self {
            Figure::CashFlow { eval, text } => cash_flow(area, eval, text, ranges, theme, layers),
            Figure::EvCurve {
                points,
                markers,
                text,
            } => ev_curve(area, points, markers, text, ranges, theme, layers),
            Figure::Tornado { base, rows, text } => {
                tornado(area, *base, rows, text, ranges, theme, layers)
            }
            Figure::Criteria { offer, text } => criteria(area, offer, text, ranges, theme, layers),
            Figure::Rhythm { months, text } => rhythm(area, months, text, ranges, theme, layers),
            Figure::ClassSpread { evs, markers, text } => {
                spread(area, evs, markers, text, ranges, theme, layers)
            }
            Figure::ClassChoices { points, text } => {
                choices(area, points, text, ranges, theme, layers)
            }
            Figure::ClassVerdicts { counts, text } => {
                verdicts(area, counts, text, ranges, theme, layers)
            }
        }
    }

    /// What this figure's frame is drawn from. The value axes are rounded; given the key
    /// `held` (the frame on screen while a slider moves), an axis that still fits the data
    /// stays as it is, so the frame already drawn serves and only the data is repainted.
    pub fn frame_key(&self, theme: Theme, held: Option<&FrameKey>) -> FrameKey {
        let words = |all: &[&String], names: &[String]| -> Vec<String> {
            all.iter()
                .map(|w| (*w).clone())
                .chain(names.iter().cloned())
                .collect()
        };
        let value_axis = |data: Range<f64>, held: Option<&Range<f64>>| settle(data, held, 6);
        let (x, y, words) = match self {
            Figure::CashFlow { eval, text } => {
                let (x, y) = cash_flow_ranges(eval);
                let all = [&text.x_desc, &text.y_desc, &text.win_back, &text.walk_away];
                let y = value_axis(y, held.map(|k| &k.y));
                (x, y, words(&all, &[]))
            }
            Figure::EvCurve { points, text, .. } => {
                let (x, y) = ev_ranges(points);
                let y = value_axis(y, held.map(|k| &k.y));
                (
                    x,
                    y,
                    words(&[&text.x_desc, &text.y_desc, &text.series], &[]),
                )
            }
            Figure::Tornado { base, rows, text } => (
                value_axis(tornado_range(*base, rows), held.map(|k| &k.x)),
                bar_range(rows.len()),
                words(&[&text.x_desc, &text.low, &text.high], &text.names),
            ),
            Figure::Criteria { offer, text } => (
                score_range(),
                bar_range(score_bars(offer).len()),
                words(&[&text.x_desc, &text.ours, &text.incumbent], &text.names),
            ),
            Figure::Rhythm { months, text } => {
                let (x, y) = rhythm_ranges(months, theme);
                let levels: Vec<&String> = text.levels.iter().collect();
                let all = [&[&text.x_desc, &text.y_desc][..], &levels].concat();
                (x, y, words(&all, &text.months))
            }
            Figure::ClassSpread { evs, markers, text } => {
                // The markers are named in the legend, which belongs to the frame.
                let marks: Vec<&String> = markers.iter().map(|m| &m.label).collect();
                let all = [&[&text.x_desc, &text.teams][..], &marks].concat();
                (
                    value_axis(spread_range(evs, markers), held.map(|k| &k.x)),
                    bar_range(evs.len()),
                    words(&all, &text.names),
                )
            }
            Figure::ClassVerdicts { counts, text } => (
                verdicts_range(counts),
                bar_range(counts.len()),
                words(&[&text.x_desc], &text.names),
            ),
            Figure::ClassChoices { points, text } => (
                nice(choices_range(points), 6),
                0.0..100.0,
                words(&[&text.x_desc, &text.y_desc, &text.teams], &[]),
            ),
        };
        FrameKey {
            size: self.size(theme),
            theme,
            x,
            y,
            words,
        }
    }
}
