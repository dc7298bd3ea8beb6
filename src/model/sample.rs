//! The built-in worked case: Brex Tech's win-back of RILF (disguised companies, from
//! Cespedes & Poblete, HBR 2019). The story follows the case; every number is illustrative
//! (`illustrative: true`), chosen to be consistent with it — RILF was over 15 % of Brex
//! Tech's turnover, prices had risen about 30 %, and RILF's referrals brought two customers.

use super::account::*;
use super::date::Date;
use super::economics::CostBenefit;

/// The sample's fixed id, so "restore the sample" can find and replace it.
pub const SAMPLE_ID: &str = "sample-brex-rilf";

fn date(y: i32, m: u8, d: u8) -> Option<Date> {
    Date::new(y, m, d)
}

fn event(y: i32, m: u8, side: Side, text: &str) -> Option<TimelineEvent> {
    Some(TimelineEvent {
        id: 0,
        date: Date::new(y, m, 1)?,
        side,
        text: text.to_owned(),
    })
}

fn person(
    id: u32,
    party: Party,
    level: Level,
    (name, role): (&str, &str),
    stance: Stance,
    strength: u8,
    counterpart: Option<u32>,
) -> Stakeholder {
    Stakeholder {
        id,
        party,
        level,
        name: name.to_owned(),
        role: role.to_owned(),
        stance,
        strength,
        last_contact: date(2012, 2, 27),
        counterpart,
        involved_in_breakup: level == Level::Top,
    }
}

fn criterion(name: &str, weight: f64, ours: f64, incumbent: f64, is_price: bool) -> Criterion {
    Criterion {
        id: 0,
        name: name.to_owned(),
        weight,
        ours,
        incumbent,
        is_price,
    }
}

fn adaptation(kind: AdaptationKind, description: &str, cost: f64) -> Adaptation {
    Adaptation {
        id: 0,
        kind,
        description: description.to_owned(),
        cost,
    }
}

/// The Brex Tech / RILF case in all four steps.
pub fn brex_rilf() -> Account {
    let mut account = Account::new(SAMPLE_ID, "RILF (sample: Brex Tech case)", Status::WonBack);
    account.industry = "Optical devices (electronic components)".to_owned();
    account.lost_on = date(2009, 12, 1);
    account.recontacted_on = date(2012, 3, 1);
    // The story is judged as it stood when re-contact began, not against today.
    account.as_of = account.recontacted_on;
    account.illustrative = true;
    account.reasons = Reasons {
        reasons: vec![
            Reason { id: 0, kind: ReasonKind::PricingPressure, weight: 5, side: Side::Ours, note: "Brex Tech raised prices by about 30% after restructuring; they stayed up after RILF objected.".into() },
            Reason { id: 0, kind: ReasonKind::LostTrust, weight: 4, side: Side::Both, note: "The price issue turned into disputes and lost trust between the executives.".into() },
            Reason { id: 0, kind: ReasonKind::FadedInterest, weight: 3, side: Side::Theirs, note: "RILF lost interest in the relationship and moved to another supplier.".into() },
        ],
        events: [
            event(2009, 2, Side::Ours, "Brex Tech restructures and lets senior staff go."),
            event(2009, 4, Side::Ours, "Brex Tech raises prices by about 30%."),
            event(2009, 6, Side::Theirs, "RILF voices concerns about the prices; the prices stay up."),
            event(2009, 9, Side::Both, "Disputes between the executives; trust erodes."),
            event(2009, 12, Side::Theirs, "RILF leaves for another supplier. Equipment and departments dedicated to RILF stand idle."),
            event(2011, 6, Side::Ours, "Brex Tech raises plant productivity, so prices can fall without hurting quality or delivery."),
            event(2012, 3, Side::Both, "Re-contact begins at the operational level."),
            event(2012, 9, Side::Both, "Talks move to middle and then top management; weekly meetings at one stage."),
            event(2014, 1, Side::Both, "RILF is won back (an English reprint of the case gives 2012)."),
        ]
        .into_iter()
        .flatten()
        .collect(),
        contributors: vec![
            Contributor { id: 0, party: Party::Ours, who: "Brex Tech executives".into(), what: "Kept the 30% price rise in place after RILF objected.".into() },
            Contributor { id: 0, party: Party::Ours, who: "Restructuring".into(), what: "Senior staff who knew RILF left the company.".into() },
            Contributor { id: 0, party: Party::Theirs, who: "RILF executives".into(), what: "Escalated the price issue into disputes.".into() },
        ],
    };
    account.cost_benefit = CostBenefit {
        revenue: 9_500_000.0,
        margin: 28.0,
        concession: 8.0,
        volume: 110.0,
        ramp: 2.0,
        extra_cost: 300_000.0,
        investment: 200_000.0,
        attempt_cost: 60_000.0,
        probability: 55.0,
        retention: 90.0,
        discount: 8.0,
        horizon: 5.0,
        referral_value: 900_000.0,
        sensitivity_delta: 10.0,
    };
    let (ours, theirs) = (Party::Ours, Party::Theirs);
    account.dialogue = Dialogue {
        stakeholders: vec![
            person(
                1,
                ours,
                Level::Operational,
                ("Production lead", "Plant production"),
                Stance::Supporter,
                5,
                Some(4),
            ),
            person(
                2,
                ours,
                Level::Middle,
                ("Key account manager", "Sales"),
                Stance::Supporter,
                3,
                Some(5),
            ),
            person(
                3,
                ours,
                Level::Top,
                ("Managing director", "Executive"),
                Stance::Neutral,
                2,
                Some(6),
            ),
            person(
                4,
                theirs,
                Level::Operational,
                ("Production engineer", "Knows RILF's products"),
                Stance::Supporter,
                5,
                Some(1),
            ),
            person(
                5,
                theirs,
                Level::Middle,
                ("Purchasing manager", "Purchasing"),
                Stance::Neutral,
                3,
                Some(2),
            ),
            person(
                6,
                theirs,
                Level::Top,
                ("Chief executive", "Executive"),
                Stance::Opponent,
                1,
                Some(3),
            ),
        ],
        plan: MeetingPlan {
            cadence_days: 7,
            meetings: 26,
            hours_each: 3.0,
            cost_per_meeting: 4_000.0,
            attendees: vec![
                Attendee {
                    id: 0,
                    party: ours,
                    level: Level::Middle,
                    function: "Management".into(),
                },
                Attendee {
                    id: 0,
                    party: ours,
                    level: Level::Operational,
                    function: "Engineering".into(),
                },
                Attendee {
                    id: 0,
                    party: theirs,
                    level: Level::Middle,
                    function: "Management".into(),
                },
                Attendee {
                    id: 0,
                    party: theirs,
                    level: Level::Operational,
                    function: "Technicians".into(),
                },
            ],
        },
    };
    account.requirements = Requirements {
        criteria: vec![
            criterion("Delivery reliability", 35.0, 9.0, 7.0, false),
            criterion("Quality", 35.0, 9.0, 8.0, false),
            criterion("Price", 30.0, 5.0, 8.0, true),
        ],
        switching_cost: 0.5,
        status_quo_margin: 0.5,
        price_points_per_percent: 0.4,
        price_score_cap: 9.0,
        adaptations: vec![
            adaptation(
                AdaptationKind::Production,
                "Adapt production lines to RILF's volumes",
                350_000.0,
            ),
            adaptation(
                AdaptationKind::AdminRoutines,
                "Ordering and invoicing routines",
                80_000.0,
            ),
            adaptation(AdaptationKind::ItSystems, "Link order systems", 150_000.0),
            adaptation(
                AdaptationKind::CustomDesign,
                "Special product designs",
                220_000.0,
            ),
        ],
    };
    account.ensure_ids();
    account
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::analysis::analyse;
    use crate::model::verdict::{Decision, Finding};
    use crate::model::wording::prescriptive_phrases;

    #[test]
    fn the_sample_is_complete_valid_and_marked_illustrative() {
        let a = brex_rilf();
        assert!(a.illustrative);
        assert_eq!(a.cost_benefit.validate(), Ok(()));
        assert_eq!(
            a.reasons.events.len(),
            9,
            "every dated event is a real date"
        );
        assert!(a.reasons.events.windows(2).all(|w| w[0].date <= w[1].date));
        assert_eq!(a.dialogue.stakeholders.len(), 6);
        assert_eq!(a.requirements.criteria.len(), 3, "delivery, quality, price");
        let all_text = a
            .reasons
            .reasons
            .iter()
            .map(|r| r.note.as_str())
            .chain(a.reasons.events.iter().map(|e| e.text.as_str()));
        for text in all_text {
            assert!(
                prescriptive_phrases(text).is_empty(),
                "prescriptive: {text}"
            );
        }
    }

    #[test]
    fn the_sample_tells_a_consistent_story() {
        let a = brex_rilf();
        let today = Date::new(2012, 11, 22).unwrap();
        let analysis = analyse(&a, today);
        assert_eq!(analysis.adaptation_cost, 800_000.0);
        assert_eq!(analysis.meeting_cost, 104_000.0);
        assert_eq!(analysis.inputs.investment, 1_000_000.0);
        assert_eq!(analysis.inputs.attempt_cost, 164_000.0);
        let e = &analysis.evaluation;
        assert!(e.ev > 0.0 && e.sltv > 0.0, "the win-back paid");
        assert!(e.p_star.unwrap() < a.cost_benefit.probability);
        // The planned 8 % cut is enough to beat the incumbent (cheapest: 7.1 %).
        assert_eq!(analysis.offer.cheapest_cut, Some(7.1));
        assert!(analysis
            .verdict
            .findings
            .iter()
            .any(|f| matches!(f, Finding::OfferClears { .. })));
        // Top managers never fully agreed: the only gap is RILF's top level.
        assert_eq!(analysis.verdict.decision, Decision::NeedsWork);
        assert_eq!(analysis.coverage.gap_count(), 1);
    }
}
