//! The "what if?" controls next to the charts: which inputs they move, in what steps, and
//! how the explored values differ from the plan the user started from.

use super::economics::CostBenefit;
use super::field::Field;

/// The inputs with a slider, in the order shown.
pub const FIELDS: [Field; 6] = [
    Field::Probability,
    Field::Concession,
    Field::Volume,
    Field::Retention,
    Field::Discount,
    Field::Horizon,
];

/// The slider step of `field` (whole years, half points for rates, whole points otherwise).
pub fn step(field: Field) -> f64 {
    match field {
        Field::Concession | Field::Discount => 0.5,
        _ => 1.0,
    }
}

/// The slider inputs whose value in `now` differs from `plan`, with both values.
pub fn changes(plan: &CostBenefit, now: &CostBenefit) -> Vec<(Field, f64, f64)> {
    FIELDS
        .into_iter()
        .map(|f| (f, plan.get(f), now.get(f)))
        .filter(|(_, was, is)| was != is)
        .collect()
}

/// `now` with every slider input put back to its value in `plan` (other inputs untouched).
pub fn reset(plan: &CostBenefit, now: &CostBenefit) -> CostBenefit {
    let mut out = now.clone();
    for f in FIELDS {
        out.set(f, plan.get(f));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_list_only_the_moved_sliders() {
        let plan = CostBenefit::default();
        let mut now = plan.clone();
        assert!(changes(&plan, &now).is_empty());
        now.set(Field::Probability, 80.0);
        now.set(Field::Revenue, 5.0);
        assert_eq!(
            changes(&plan, &now),
            vec![(Field::Probability, plan.get(Field::Probability), 80.0)]
        );
        let back = reset(&plan, &now);
        assert_eq!(back.get(Field::Probability), plan.get(Field::Probability));
        assert_eq!(back.get(Field::Revenue), 5.0, "typed inputs are kept");
    }

    #[test]
    fn every_slider_value_is_valid() {
        for f in FIELDS {
            let (min, max) = f.range();
            let s = step(f);
            assert!(f.accepts(min) && f.accepts(min + s) && f.accepts(max - max % s));
        }
    }
}
