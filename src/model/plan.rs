//! The action plan on the decision page: the next meetings, the dialogue gaps to close, the
//! offer to make and the adaptations to deliver.

use super::account::{Account, AdaptationKind, Level, Party};
use super::analysis::Analysis;
use super::coverage::Gap;
use super::date::Date;

/// One thing to do.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Meet on this date (the plan's cadence from the latest contact, never before today).
    Meet { on: Date },
    CloseGap {
        party: Party,
        level: Level,
        gap: Gap,
    },
    /// Offer a price cut of this many percent (the planned concession).
    OfferPriceCut { cut: f64 },
    Deliver {
        kind: AdaptationKind,
        description: String,
        cost: f64,
    },
}

/// How many upcoming meetings the plan lists.
pub const MEETINGS_SHOWN: usize = 3;

/// The plan for `account` as of its "as of" date (`today` when it has none).
pub fn action_plan(account: &Account, analysis: &Analysis, today: Date) -> Vec<Action> {
    let today = account.as_of(today);
    let mut actions = Vec::new();
    let plan = &account.dialogue.plan;
    if plan.meetings > 0 {
        let cadence = i64::from(plan.cadence_days.max(1));
        let latest = account
            .dialogue
            .stakeholders
            .iter()
            .filter_map(|s| s.last_contact)
            .max();
        let first = latest.map_or(today.day_number(), |d| {
            (d.day_number() + cadence).max(today.day_number())
        });
        let count = (plan.meetings as usize).min(MEETINGS_SHOWN);
        actions.extend(
            (0..count as i64)
                .filter_map(|i| Date::from_day_number(first + i * cadence))
                .map(|on| Action::Meet { on }),
        );
    }
    for cell in &analysis.coverage.cells {
        for gap in &cell.gaps {
            actions.push(Action::CloseGap {
                party: cell.party,
                level: cell.level,
                gap: *gap,
            });
        }
    }
    if account.cost_benefit.concession > 0.0 {
        actions.push(Action::OfferPriceCut {
            cut: account.cost_benefit.concession,
        });
    }
    for a in &account.requirements.adaptations {
        actions.push(Action::Deliver {
            kind: a.kind,
            description: a.description.clone(),
            cost: a.cost,
        });
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::analyse;
    use crate::model::locale::Lang;
    use crate::model::sample::brex_rilf;

    #[test]
    fn the_sample_plan_lists_meetings_gaps_offer_and_adaptations() {
        let account = brex_rilf(Lang::En);
        // Judged as of the re-contact (2012-03-01), whatever today is.
        let today = Date::new(2026, 11, 22).unwrap();
        let plan = action_plan(&account, &analyse(&account, today), today);
        // Latest contact 2012-02-27, weekly: 03-05, 03-12, 03-19.
        let meetings: Vec<_> = plan
            .iter()
            .filter_map(|a| {
                if let Action::Meet { on } = a {
                    Some(on.to_string())
                } else {
                    None
                }
            })
            .collect();
        assert_eq!(meetings, ["2012-03-05", "2012-03-12", "2012-03-19"]);
        let stale = |a: &&Action| {
            matches!(
                a,
                Action::CloseGap {
                    gap: Gap::StaleContact,
                    ..
                }
            )
        };
        assert_eq!(
            plan.iter().filter(stale).count(),
            0,
            "no contact is stale as of the story's date"
        );
        assert!(plan.contains(&Action::CloseGap {
            party: Party::Theirs,
            level: Level::Top,
            gap: Gap::OnlyOpponents
        }));
        assert!(plan.contains(&Action::OfferPriceCut { cut: 8.0 }));
        assert_eq!(
            plan.iter()
                .filter(|a| matches!(a, Action::Deliver { .. }))
                .count(),
            4
        );
    }

    #[test]
    fn meetings_never_start_in_the_past() {
        let mut account = brex_rilf(Lang::En);
        account.as_of = None;
        let today = Date::new(2020, 1, 1).unwrap();
        let plan = action_plan(&account, &analyse(&account, today), today);
        assert_eq!(plan.first(), Some(&Action::Meet { on: today }));
    }
}
