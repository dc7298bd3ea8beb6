//! Catalog keys for the model's enums.

use super::{format, text, Key, Lang};
use crate::model::account::{AdaptationKind, Level, Party, ReasonKind, Side, Stance, Status};
use crate::model::coverage::{Gap, Mark};
use crate::model::field::Field;
use crate::model::keep_close::{Answer, BondItem, ContactKind, Phase, StakeField};
use crate::model::origin::{Origin, Source};
use crate::model::persist::{BackupReason, Quantity};
use crate::model::portfolio::SortBy;
use crate::model::step::Step;
use crate::model::verdict::Decision;

pub fn status(status: Status) -> Key {
    match status {
        Status::Lost => Key::StatusLost,
        Status::AtRisk => Key::StatusAtRisk,
        Status::WinningBack => Key::StatusWinningBack,
        Status::WonBack => Key::StatusWonBack,
        Status::NotPursued => Key::StatusNotPursued,
        Status::Active => Key::StatusActive,
    }
}

pub fn decision(decision: Decision) -> Key {
    match decision {
        Decision::Go => Key::DecisionGo,
        Decision::NeedsWork => Key::DecisionNeedsWork,
        Decision::NoGo => Key::DecisionNoGo,
    }
}

pub fn sort(sort: SortBy) -> Key {
    match sort {
        SortBy::LastChange => Key::SortLastChange,
        SortBy::Name => Key::SortName,
        SortBy::ValueAtStake => Key::SortValue,
        SortBy::ExpectedValue => Key::SortEv,
        SortBy::Drift => Key::SortDrift,
    }
}

pub fn field(field: Field) -> Key {
    match field {
        Field::Revenue => Key::CbRevenue,
        Field::Margin => Key::CbMargin,
        Field::Concession => Key::CbConcession,
        Field::Volume => Key::CbVolume,
        Field::Ramp => Key::CbRamp,
        Field::ExtraCost => Key::CbExtraCost,
        Field::Investment => Key::CbInvestment,
        Field::AttemptCost => Key::CbAttemptCost,
        Field::Probability => Key::CbProbability,
        Field::Retention => Key::CbRetention,
        Field::Discount => Key::CbDiscount,
        Field::Horizon => Key::CbHorizon,
        Field::ReferralValue => Key::CbReferralValue,
    }
}

pub fn reason(kind: ReasonKind) -> Key {
    match kind {
        ReasonKind::ContractEnd => Key::ReasonContractEnd,
        ReasonKind::FadedInterest => Key::ReasonFadedInterest,
        ReasonKind::PricingPressure => Key::ReasonPricingPressure,
        ReasonKind::ChangedSpecifications => Key::ReasonChangedSpecifications,
        ReasonKind::OwnershipChange => Key::ReasonOwnershipChange,
        ReasonKind::ServiceFailure => Key::ReasonServiceFailure,
        ReasonKind::LostTrust => Key::ReasonLostTrust,
        ReasonKind::CompetitorOffer => Key::ReasonCompetitorOffer,
        ReasonKind::Other => Key::ReasonOther,
    }
}

pub fn side(side: Side) -> Key {
    match side {
        Side::Ours => Key::SideOurs,
        Side::Theirs => Key::SideTheirs,
        Side::Both => Key::SideBoth,
    }
}

pub fn party(party: Party) -> Key {
    match party {
        Party::Ours => Key::PartyOurs,
        Party::Theirs => Key::PartyTheirs,
    }
}

pub fn level(level: Level) -> Key {
    match level {
        Level::Operational => Key::LevelOperational,
        Level::Middle => Key::LevelMiddle,
        Level::Top => Key::LevelTop,
    }
}

pub fn stance(stance: Stance) -> Key {
    match stance {
        Stance::Supporter => Key::StanceSupporter,
        Stance::Neutral => Key::StanceNeutral,
        Stance::Opponent => Key::StanceOpponent,
    }
}

pub fn gap(gap: Gap) -> Key {
    match gap {
        Gap::NoContact => Key::GapNoContact,
        Gap::OnlyOpponents => Key::GapOnlyOpponents,
        Gap::NoCounterpart => Key::GapNoCounterpart,
        Gap::StaleContact => Key::GapStaleContact,
    }
}

pub fn adaptation(kind: AdaptationKind) -> Key {
    match kind {
        AdaptationKind::Production => Key::AdaptProduction,
        AdaptationKind::AdminRoutines => Key::AdaptAdminRoutines,
        AdaptationKind::ItSystems => Key::AdaptItSystems,
        AdaptationKind::CustomDesign => Key::AdaptCustomDesign,
        AdaptationKind::Other => Key::AdaptOther,
    }
}

pub fn quantity(quantity: Quantity) -> Key {
    match quantity {
        Quantity::ChangedAt => Key::QuantityChangedAt,
        Quantity::SensitivityDelta => Key::CbDelta,
        Quantity::ReasonWeight => Key::ReasonWeightLabel,
        Quantity::Strength => Key::StrengthLabel,
        Quantity::CostPerMeeting => Key::PlanCost,
        Quantity::Cadence => Key::PlanCadence,
        Quantity::Meetings => Key::PlanMeetings,
        Quantity::MeetingHours => Key::PlanHours,
        Quantity::CriterionWeight => Key::CriterionWeight,
        Quantity::OurScore => Key::CriterionOurs,
        Quantity::IncumbentScore => Key::CriterionIncumbent,
        Quantity::SwitchingCost => Key::SwitchingCost,
        Quantity::StatusQuoMargin => Key::StatusQuoMargin,
        Quantity::PricePoints => Key::PricePoints,
        Quantity::PriceCap => Key::PriceCap,
        Quantity::AdaptationCost => Key::AdaptationCost,
        Quantity::Stake(field) => stake_field(field),
        Quantity::OnSiteCadence => Key::KcOnSiteCadence,
        Quantity::TopLevelCadence => Key::KcTopLevelCadence,
    }
}

pub fn stake_field(field: StakeField) -> Key {
    match field {
        StakeField::Revenue => Key::KcRevenue,
        StakeField::Margin => Key::KcMargin,
        StakeField::Retention => Key::KcRetention,
        StakeField::Discount => Key::KcDiscount,
        StakeField::Horizon => Key::KcHorizon,
        StakeField::NewSuccess => Key::KcNewSuccess,
        StakeField::PursuitCost => Key::KcPursuitCost,
        StakeField::TripCost => Key::KcTripCost,
    }
}

/// What was about to happen when a backup was taken, in `lang`.
pub fn backup_reason(lang: Lang, reason: &BackupReason) -> String {
    match reason {
        BackupReason::Delete { name } => format(lang, Key::BackupBeforeDelete, &[name]),
        BackupReason::ReplaceAll => text(lang, Key::BackupBeforeReplace).to_owned(),
        BackupReason::Restore => text(lang, Key::BackupBeforeRestore).to_owned(),
        // Written by an earlier version in its own words; shown as it was.
        BackupReason::Earlier { text } => text.clone(),
    }
}

pub fn mark(mark: Mark) -> Key {
    match mark {
        Mark::StaleContact => Key::MarkStale,
        Mark::NoCounterpart => Key::MarkNoCounterpart,
        Mark::Opponent => Key::MarkOpponent,
        Mark::InvolvedInBreakup => Key::MarkInvolved,
    }
}

/// A bond item's name and its question.
pub fn bond_item(item: BondItem) -> (Key, Key) {
    match item {
        BondItem::ShorterSalesCycle => (Key::BondShorterCycle, Key::BondShorterCycleQ),
        BondItem::DeviationsAsNeeds => (Key::BondDeviations, Key::BondDeviationsQ),
        BondItem::PainsKnown => (Key::BondPains, Key::BondPainsQ),
        BondItem::InSicknessAndHealth => (Key::BondSickness, Key::BondSicknessQ),
        BondItem::BridgeToCompetitors => (Key::BondBridge, Key::BondBridgeQ),
        BondItem::ComplaintsAtTheRoot => (Key::BondComplaints, Key::BondComplaintsQ),
        BondItem::PoliticsMapped => (Key::BondPolitics, Key::BondPoliticsQ),
        BondItem::OpponentsKeptClose => (Key::BondOpponents, Key::BondOpponentsQ),
    }
}

pub fn answer(answer: Answer) -> Key {
    match answer {
        Answer::Yes => Key::AnswerYes,
        Answer::Partly => Key::AnswerPartly,
        Answer::No => Key::AnswerNo,
        Answer::NotKnown => Key::AnswerNotKnown,
    }
}

pub fn contact_kind(kind: ContactKind) -> Key {
    match kind {
        ContactKind::OnSite => Key::KindOnSite,
        ContactKind::MeetingElsewhere => Key::KindMeetingElsewhere,
        ContactKind::Call => Key::KindCall,
        ContactKind::Message => Key::KindMessage,
    }
}

pub fn phase(phase: Phase) -> Key {
    match phase {
        Phase::Start => Key::PhaseStart,
        Phase::Running => Key::PhaseRunning,
        Phase::Closing => Key::PhaseClosing,
        Phase::After => Key::PhaseAfter,
    }
}

/// Discussion question `n` (from 0) of `step`'s slides (see `teaching::QUESTIONS`).
pub fn question(step: Step, n: u8) -> Key {
    match (step, n) {
        (Step::Reasons, 0) => Key::QReasons1,
        (Step::Reasons, 1) => Key::QReasons2,
        (Step::Reasons, _) => Key::QReasons3,
        (Step::CostBenefit, 0) => Key::QCostBenefit1,
        (Step::CostBenefit, _) => Key::QCostBenefit2,
        (Step::Dialogue, 0) => Key::QDialogue1,
        (Step::Dialogue, _) => Key::QDialogue2,
        (Step::Requirements, 0) => Key::QRequirements1,
        _ => Key::QRequirements2,
    }
}

/// What the built-in case shows at `step` (the presenter's note).
pub fn shows(step: Step) -> Key {
    match step {
        Step::Reasons => Key::ShowsReasons,
        Step::CostBenefit => Key::ShowsCostBenefit,
        Step::Dialogue => Key::ShowsDialogue,
        _ => Key::ShowsRequirements,
    }
}

/// What really happened at `step` in the built-in case.
pub fn happened(step: Step) -> Key {
    match step {
        Step::Reasons => Key::HappenedReasons,
        Step::CostBenefit => Key::HappenedCostBenefit,
        Step::Dialogue => Key::HappenedDialogue,
        _ => Key::HappenedRequirements,
    }
}

/// Where a figure comes from, in a few words (sources named as the step notes name them).
pub fn origin(lang: Lang, origin: Origin) -> String {
    let cite = |source| {
        text(
            lang,
            match source {
                Source::CespedesPoblete => Key::CiteCespedesPoblete,
                Source::StaussFriege => Key::CiteStaussFriege,
                Source::Richter => Key::CiteRichter,
            },
        )
    };
    match origin {
        Origin::Own => text(lang, Key::OriginOwn).to_owned(),
        Origin::Illustrative => text(lang, Key::OriginIllustrative).to_owned(),
        Origin::Setting => text(lang, Key::OriginSetting).to_owned(),
        Origin::Arithmetic => text(lang, Key::OriginArithmetic).to_owned(),
        Origin::Concept(source) => format(lang, Key::OriginConcept, &[cite(source)]),
        Origin::Researched(source) => format(lang, Key::OriginResearched, &[cite(source)]),
    }
}
