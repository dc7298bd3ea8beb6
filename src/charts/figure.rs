use plotters::coord::Shift;
use plotters::prelude::*;

use super::{
    bar_chart_size, cash_flow, criteria, ev_curve, rhythm, tornado, CashFlowText, ChartError,
    CriteriaText, EvCurveText, Layout, Marker, RhythmText, Theme, TornadoText, LINE_CHART_SIZE,
};
use crate::model::economics::{Evaluation, Point, SensitivityRow};
use crate::model::incumbent::IncumbentComparison;
use crate::model::keep_close::MonthContacts;

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
}

impl Figure {
    /// The drawing's logical size in pixels.
    pub fn size(&self, theme: Theme) -> (u32, u32) {
        match self {
            Figure::CashFlow { .. } | Figure::EvCurve { .. } | Figure::Rhythm { .. } => {
                LINE_CHART_SIZE
            }
            Figure::Tornado { rows, .. } => bar_chart_size(rows.len(), theme),
            Figure::Criteria { offer, .. } => bar_chart_size(offer.rows.len() + 1, theme),
        }
    }

    /// Draws the chart on `area`.
    pub fn draw<DB: DrawingBackend>(
        &self,
        area: &DrawingArea<DB, Shift>,
        theme: Theme,
    ) -> Result<Layout, ChartError> {
        match self {
            Figure::CashFlow { eval, text } => cash_flow(area, eval, text, theme),
            Figure::EvCurve {
                points,
                markers,
                text,
            } => ev_curve(area, points, markers, text, theme),
            Figure::Tornado { base, rows, text } => tornado(area, *base, rows, text, theme),
            Figure::Criteria { offer, text } => criteria(area, offer, text, theme),
            Figure::Rhythm { months, text } => rhythm(area, months, text, theme),
        }
    }
}
