//! An account and everything the four wizard steps record about it. Plain serde data: no
//! signals, no browser types, so it saves, exports and tests as it is.

use serde::{Deserialize, Serialize};

use super::classroom::HandoutChoice;

use super::date::Date;
use super::economics::CostBenefit;
use super::items;
use super::keep_close::{Contact, KeepClose};

/// `ALL`, `slug()` / `from_slug()` for a plain enum: every value once, in order, and the
/// stable names used in forms, CSS classes and tests. With `serde`, the same names are how the
/// value is saved: serde's derive for a plain enum compiles a name visitor of its own per enum
/// (~1 KB of wasm each), while these impls reuse `from_slug` and the one `String` reader.
macro_rules! slugs {
    (serde $ty:ident { $($variant:ident => $slug:literal),* $(,)? }) => {
        slugs!($ty { $($variant => $slug),* });

        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.slug())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> Result<$ty, D::Error> {
                let name = String::deserialize(deserializer)?;
                $ty::from_slug(&name).ok_or_else(|| {
                    <D::Error as ::serde::de::Error>::unknown_variant(&name, &[$($slug),*])
                })
            }
        }
    };
    (@count) => { 0 };
    (@count $head:ident $($tail:ident)*) => { 1 + slugs!(@count $($tail)*) };
    ($ty:ident { $($variant:ident => $slug:literal),* $(,)? }) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: [$ty; slugs!(@count $($variant)*)] = [$($ty::$variant),*];

            /// The stable name of this value.
            pub fn slug(self) -> &'static str {
                match self { $($ty::$variant => $slug,)* }
            }

            /// The value with this stable name.
            pub fn from_slug(slug: &str) -> Option<$ty> {
                match slug { $($slug => Some($ty::$variant),)* _ => None }
            }
        }
    };
}
pub(crate) use slugs;

/// Where the relationship stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Status {
    #[default]
    Lost,
    AtRisk,
    WinningBack,
    WonBack,
    NotPursued,
    /// A current customer, not at risk (kept close).
    Active,
}

impl Status {
    /// Whether the customer is a current one (kept close) rather than one to win back.
    pub fn is_current(self) -> bool {
        matches!(self, Status::Active | Status::AtRisk)
    }
}

/// Which company a person, reason or event belongs to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Party {
    /// The supplier (the app's user).
    #[default]
    Ours,
    /// The customer.
    Theirs,
}

impl Party {
    pub fn other(self) -> Party {
        match self {
            Party::Ours => Party::Theirs,
            Party::Theirs => Party::Ours,
        }
    }
}

/// Which side a break-up cause lies on.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Side {
    Ours,
    Theirs,
    #[default]
    Both,
}

/// The taxonomy of break-up causes (from the 26-relationship study and the win-back literature).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReasonKind {
    ContractEnd,
    FadedInterest,
    PricingPressure,
    ChangedSpecifications,
    OwnershipChange,
    ServiceFailure,
    LostTrust,
    CompetitorOffer,
    Other,
}

/// One cause of the break-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Reason {
    /// Unique within the list (0 in files of earlier versions, until loaded).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub id: u32,
    pub kind: ReasonKind,
    /// How much it contributed, 1 … 5.
    pub weight: u8,
    pub side: Side,
    /// What happened, in the user's words (descriptive, not prescriptive).
    #[serde(default)]
    pub note: String,
}

/// One dated event in the chain that led to the break-up (or back).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct TimelineEvent {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub id: u32,
    pub date: Date,
    pub side: Side,
    pub text: String,
}

/// A person or unit that contributed to the break-up.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Contributor {
    #[serde(default, skip_serializing_if = "is_zero")]
    pub id: u32,
    pub party: Party,
    pub who: String,
    #[serde(default)]
    pub what: String,
}

/// Step 1: why the customer left.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Reasons {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<Reason>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub events: Vec<TimelineEvent>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub contributors: Vec<Contributor>,
}

impl Default for Reason {
    /// A new cause: pricing pressure (the most common), middling weight, on both sides.
    fn default() -> Reason {
        Reason {
            id: 0,
            kind: ReasonKind::PricingPressure,
            weight: 3,
            side: Side::Both,
            note: String::new(),
        }
    }
}

impl Default for Contributor {
    fn default() -> Contributor {
        Contributor {
            id: 0,
            party: Party::Ours,
            who: String::new(),
            what: String::new(),
        }
    }
}

impl Reasons {
    /// The timeline in date order (stable: same-day events keep their entry order).
    pub fn sort_events(&mut self) {
        super::order::sort_by(&mut self.events, |a, b| a.date.cmp(&b.date));
    }

    /// Adds a new cause; returns its id.
    pub fn add_reason(&mut self) -> u32 {
        items::push(&mut self.reasons, Reason::default())
    }

    /// Adds an event on `date`, in date order; returns its id.
    pub fn add_event(&mut self, date: Date) -> u32 {
        let event = TimelineEvent {
            id: 0,
            date,
            side: Side::Both,
            text: String::new(),
        };
        let id = items::push(&mut self.events, event);
        self.sort_events();
        id
    }

    /// Moves event `id` to `date`, keeping the chain in date order.
    pub fn set_event_date(&mut self, id: u32, date: Date) {
        if let Some(event) = items::find_mut(&mut self.events, id) {
            event.date = date;
            self.sort_events();
        }
    }

    /// Adds a new contributor; returns its id.
    pub fn add_contributor(&mut self) -> u32 {
        items::push(&mut self.contributors, Contributor::default())
    }
}

/// The three levels on which the dialogue runs, on both sides.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Level {
    #[default]
    Operational,
    Middle,
    Top,
}

/// Where a stakeholder stands on the win-back.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Stance {
    Supporter,
    #[default]
    Neutral,
    Opponent,
}

/// A person in the dialogue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Stakeholder {
    /// Unique within the account; counterparts refer to it.
    pub id: u32,
    pub party: Party,
    pub level: Level,
    pub name: String,
    #[serde(default)]
    pub role: String,
    pub stance: Stance,
    /// Relationship strength with us, 1 … 5.
    pub strength: u8,
    #[serde(default)]
    pub last_contact: Option<Date>,
    /// The stakeholder on the other side this person mainly talks to.
    #[serde(default)]
    pub counterpart: Option<u32>,
    /// Whether this person took part in the break-up.
    #[serde(default)]
    pub involved_in_breakup: bool,
}

/// Who attends the planned meetings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Attendee {
    #[serde(default)]
    pub id: u32,
    pub party: Party,
    pub level: Level,
    /// Function, e.g. "engineering", "purchasing".
    pub function: String,
}

/// Step 3's meeting plan; its cost is part of the attempt cost C.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct MeetingPlan {
    /// Days between meetings (7 = weekly).
    pub cadence_days: u32,
    /// How many meetings the plan holds.
    pub meetings: u32,
    /// Hours each meeting lasts.
    pub hours_each: f64,
    /// Cost of one meeting (people's time, travel), in the account's currency.
    pub cost_per_meeting: f64,
    pub attendees: Vec<Attendee>,
}

impl Default for MeetingPlan {
    fn default() -> Self {
        MeetingPlan {
            cadence_days: 14,
            meetings: 0,
            hours_each: 2.0,
            cost_per_meeting: 0.0,
            attendees: Vec::new(),
        }
    }
}

impl MeetingPlan {
    /// Adds an attendee (our operational level, no function yet); returns its id.
    pub fn add_attendee(&mut self) -> u32 {
        let attendee = Attendee {
            id: 0,
            party: Party::Ours,
            level: Level::Operational,
            function: String::new(),
        };
        items::push(&mut self.attendees, attendee)
    }

    /// What the plan costs in all (added to the attempt cost C).
    pub fn total_cost(&self) -> f64 {
        f64::from(self.meetings) * self.cost_per_meeting
    }

    /// How many days the plan runs.
    pub fn span_days(&self) -> u32 {
        self.meetings
            .saturating_sub(1)
            .saturating_mul(self.cadence_days)
    }
}

/// Step 3: the dialogue on three levels of both companies.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Dialogue {
    pub stakeholders: Vec<Stakeholder>,
    pub plan: MeetingPlan,
}

impl Stakeholder {
    /// A new, unnamed person on `party`'s side at `level`: neutral, middling strength.
    pub fn new(party: Party, level: Level) -> Stakeholder {
        Stakeholder {
            id: 0,
            party,
            level,
            name: String::new(),
            role: String::new(),
            stance: Stance::Neutral,
            strength: 3,
            last_contact: None,
            counterpart: None,
            involved_in_breakup: false,
        }
    }
}

impl Dialogue {
    /// Adds a person at `level` on `party`'s side; returns its id.
    pub fn add_stakeholder(&mut self, party: Party, level: Level) -> u32 {
        items::push(&mut self.stakeholders, Stakeholder::new(party, level))
    }

    /// Removes person `id`, and the counterpart links that pointed at them.
    pub fn remove_stakeholder(&mut self, id: u32) {
        if items::remove(&mut self.stakeholders, id) {
            for s in &mut self.stakeholders {
                if s.counterpart == Some(id) {
                    s.counterpart = None;
                }
            }
        }
    }

    /// The people on the other side from person `id` (counterpart choices): id and name.
    pub fn counterpart_choices(&self, id: u32) -> Vec<(u32, String)> {
        let Some(me) = items::find(&self.stakeholders, id) else {
            return Vec::new();
        };
        self.stakeholders
            .iter()
            .filter(|s| s.party != me.party)
            .map(|s| (s.id, s.name.clone()))
            .collect()
    }
}

/// A criterion the customer decides by.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Criterion {
    #[serde(default)]
    pub id: u32,
    pub name: String,
    /// Relative weight, 0 … 100 (normalised over all criteria).
    pub weight: f64,
    /// Our score, 0 … 10, at today's (pre-concession) terms.
    pub ours: f64,
    /// The current supplier's score, 0 … 10.
    pub incumbent: f64,
    /// Whether this is the price criterion (its score rises with a price cut).
    #[serde(default)]
    pub is_price: bool,
}

/// What an adaptation item changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AdaptationKind {
    Production,
    AdminRoutines,
    ItSystems,
    CustomDesign,
    Other,
}

/// A one-off adaptation the customer asks for; its cost is part of the investment I0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Adaptation {
    #[serde(default)]
    pub id: u32,
    pub kind: AdaptationKind,
    #[serde(default)]
    pub description: String,
    pub cost: f64,
}

/// Step 4: what we must offer to beat the current supplier.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Requirements {
    pub criteria: Vec<Criterion>,
    /// The customer's cost of switching back, in score points (0 … 10 scale).
    pub switching_cost: f64,
    /// The extra lead status-quo bias demands, in score points.
    pub status_quo_margin: f64,
    /// Score points the price criterion gains per 1 % price cut.
    pub price_points_per_percent: f64,
    /// The highest score a price cut can reach, 0 … 10.
    pub price_score_cap: f64,
    pub adaptations: Vec<Adaptation>,
}

impl Default for Requirements {
    fn default() -> Self {
        Requirements {
            criteria: Vec::new(),
            switching_cost: 0.5,
            status_quo_margin: 0.5,
            price_points_per_percent: 0.25,
            price_score_cap: 10.0,
            adaptations: Vec::new(),
        }
    }
}

impl Requirements {
    /// Σ of the adaptation items' costs (added to the investment I0).
    pub fn adaptation_cost(&self) -> f64 {
        self.adaptations.iter().map(|a| a.cost).sum()
    }

    /// Adds a criterion (weight 10, both scored 5); the first one is the price until another
    /// is marked. Returns its id.
    pub fn add_criterion(&mut self) -> u32 {
        let criterion = Criterion {
            id: 0,
            name: String::new(),
            weight: 10.0,
            ours: 5.0,
            incumbent: 5.0,
            is_price: !self.criteria.iter().any(|c| c.is_price),
        };
        items::push(&mut self.criteria, criterion)
    }

    /// Marks criterion `id` as the price criterion (unmarking any other), or unmarks it:
    /// at most one criterion is the price.
    pub fn set_price_criterion(&mut self, id: u32, on: bool) {
        for c in &mut self.criteria {
            if c.id == id {
                c.is_price = on;
            } else if on {
                c.is_price = false;
            }
        }
    }

    /// Adds an adaptation item (production, no cost yet); returns its id.
    pub fn add_adaptation(&mut self) -> u32 {
        let adaptation = Adaptation {
            id: 0,
            kind: AdaptationKind::Production,
            description: String::new(),
            cost: 0.0,
        };
        items::push(&mut self.adaptations, adaptation)
    }
}

/// Everything recorded about one customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Account {
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub industry: String,
    #[serde(default)]
    pub status: Status,
    #[serde(default)]
    pub lost_on: Option<Date>,
    #[serde(default)]
    pub recontacted_on: Option<Date>,
    /// ISO 4217 code, e.g. "EUR".
    #[serde(default = "default_currency")]
    pub currency: String,
    /// True for the built-in sample: its numbers are illustrative, not from the source case.
    #[serde(default)]
    pub illustrative: bool,
    /// The day the account's situation is judged on (contact staleness, meeting dates, the
    /// action plan); none: today.
    #[serde(default)]
    pub as_of: Option<Date>,
    /// When the account last changed, in milliseconds since 1970 (0: unknown).
    #[serde(default, skip_serializing_if = "is_default")]
    pub changed_at: f64,
    #[serde(default)]
    pub reasons: Reasons,
    #[serde(default)]
    pub cost_benefit: CostBenefit,
    #[serde(default, skip_serializing_if = "is_default")]
    pub dialogue: Dialogue,
    #[serde(default, skip_serializing_if = "is_default")]
    pub requirements: Requirements,
    /// The keep-close record of a current customer (kept when it is lost later).
    #[serde(default, skip_serializing_if = "is_default")]
    pub keep_close: KeepClose,
    /// The class hand-out this account was made from (its teams' answers carry it, so the
    /// class board can tell answers to this case from others).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scenario: Option<String>,
    /// A trainer's own notes on the case (never in a hand-out).
    #[serde(default, skip_serializing_if = "is_default")]
    pub teaching: TeachingNotes,
}

/// A trainer's notes on a case: shown in the presenter's view, and on the last slide, hidden
/// until revealed if so marked.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct TeachingNotes {
    pub text: String,
    /// Keep them from the class until the trainer reveals them.
    pub reveal_later: bool,
    /// What a hand-out of this case fills in for the students.
    pub handout: HandoutChoice,
}

/// Whether `value` is its type's default: such parts are left out of files and links
/// (reading puts the default back), which keeps a hand-out link short.
fn is_default<T: Default + PartialEq>(value: &T) -> bool {
    *value == T::default()
}

/// Whether an item's id is unset: left out of files (loading numbers such items afresh).
fn is_zero(id: &u32) -> bool {
    *id == 0
}

fn default_currency() -> String {
    "EUR".to_owned()
}

impl Account {
    /// A fresh account with the model's defaults.
    pub fn new(id: impl Into<String>, name: impl Into<String>, status: Status) -> Account {
        Account {
            id: id.into(),
            name: name.into(),
            industry: String::new(),
            status,
            lost_on: None,
            recontacted_on: None,
            currency: default_currency(),
            illustrative: false,
            as_of: None,
            changed_at: 0.0,
            reasons: Reasons::default(),
            cost_benefit: CostBenefit::default(),
            dialogue: Dialogue::default(),
            requirements: Requirements::default(),
            keep_close: KeepClose::default(),
            scenario: None,
            teaching: TeachingNotes::default(),
        }
    }

    /// The day to judge the account on: its "as of" date, else `today`.
    pub fn as_of(&self, today: Date) -> Date {
        self.as_of.unwrap_or(today)
    }

    /// Changes the status. A current customer that is lost keeps its record and starts its
    /// second lifetime: step 1's timeline gains the contact log's last year (each contact in
    /// `describe`'s words, once), the lost date is set, and the first lifetime's revenue and
    /// margin become R0 and g where step 2 has none yet. The people grid is already shared.
    pub fn set_status(
        &mut self,
        status: Status,
        today: Date,
        describe: impl Fn(&Contact) -> String,
    ) {
        let was_current = self.status.is_current();
        self.status = status;
        if !(was_current && status == Status::Lost) {
            return;
        }
        let on = self.as_of(today);
        self.lost_on.get_or_insert(on);
        for contact in &self.keep_close.contacts {
            let age = on.days_since(contact.date);
            let text = describe(contact);
            let known = self
                .reasons
                .events
                .iter()
                .any(|e| e.date == contact.date && e.text == text);
            if (0..=365).contains(&age) && !known {
                let id = self.reasons.add_event(contact.date);
                if let Some(event) = items::find_mut(&mut self.reasons.events, id) {
                    event.text = text;
                }
            }
        }
        let stake = &self.keep_close.stake;
        if self.cost_benefit.revenue == 0.0 && stake.revenue > 0.0 {
            self.cost_benefit.revenue = stake.revenue;
            self.cost_benefit.margin = stake.margin;
        }
    }

    /// Gives every list item without an id (files of earlier versions) a fresh one.
    pub fn ensure_ids(&mut self) {
        items::ensure_ids(&mut self.reasons.reasons);
        items::ensure_ids(&mut self.reasons.events);
        items::ensure_ids(&mut self.reasons.contributors);
        items::ensure_ids(&mut self.dialogue.stakeholders);
        items::ensure_ids(&mut self.dialogue.plan.attendees);
        items::ensure_ids(&mut self.requirements.criteria);
        items::ensure_ids(&mut self.requirements.adaptations);
        self.keep_close.ensure_ids();
    }
}

/// A currency code that is not three letters.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("“{0}” is not a three-letter currency code")]
pub struct CurrencyError(pub String);

/// The ISO 4217 form of a typed currency code ("eur " → "EUR").
pub fn currency_code(text: &str) -> Result<String, CurrencyError> {
    // ASCII only: a code is three ASCII letters anyway ("ß" must not become "SS"), and
    // Unicode's upper-case table would be 12 KB of the wasm for this alone.
    let code = text.trim().to_ascii_uppercase();
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
        Ok(code)
    } else {
        Err(CurrencyError(text.trim().to_owned()))
    }
}

items::items!(
    Reason,
    TimelineEvent,
    Contributor,
    Stakeholder,
    Attendee,
    Criterion,
    Adaptation
);

slugs!(serde Status { Lost => "lost", AtRisk => "at-risk", WinningBack => "winning-back", WonBack => "won-back", NotPursued => "not-pursued", Active => "active" });
slugs!(serde Party { Ours => "ours", Theirs => "theirs" });
slugs!(serde Side { Ours => "ours", Theirs => "theirs", Both => "both" });
slugs!(serde ReasonKind {
    ContractEnd => "contract-end",
    FadedInterest => "faded-interest",
    PricingPressure => "pricing-pressure",
    ChangedSpecifications => "changed-specifications",
    OwnershipChange => "ownership-change",
    ServiceFailure => "service-failure",
    LostTrust => "lost-trust",
    CompetitorOffer => "competitor-offer",
    Other => "other",
});
slugs!(serde Level { Operational => "operational", Middle => "middle", Top => "top" });
slugs!(serde Stance { Supporter => "supporter", Neutral => "neutral", Opponent => "opponent" });
slugs!(serde AdaptationKind {
    Production => "production",
    AdminRoutines => "admin-routines",
    ItSystems => "it-systems",
    CustomDesign => "custom-design",
    Other => "other",
});

#[cfg(test)]
mod tests {
    use super::*;

    /// Saves `values`, checks the text, and reads it back both ways the app reads.
    fn saved_as<T>(values: &[T], text: &str)
    where
        T: Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        assert_eq!(serde_json::to_string(values).unwrap(), text);
        assert_eq!(serde_json::from_str::<Vec<T>>(text).unwrap(), values);
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        assert_eq!(serde_json::from_value::<Vec<T>>(value).unwrap(), values);
    }

    /// Saved documents hold these names (serde's kebab-case names, which the forms use too):
    /// changing one would make older saves unreadable.
    #[test]
    fn saved_names_stay_as_they_were() {
        use crate::model::keep_close::{Answer, BondItem, ContactKind, Phase};
        saved_as(
            &Status::ALL,
            r#"["lost","at-risk","winning-back","won-back","not-pursued","active"]"#,
        );
        saved_as(&Party::ALL, r#"["ours","theirs"]"#);
        saved_as(&Side::ALL, r#"["ours","theirs","both"]"#);
        saved_as(
            &ReasonKind::ALL,
            r#"["contract-end","faded-interest","pricing-pressure","changed-specifications","ownership-change","service-failure","lost-trust","competitor-offer","other"]"#,
        );
        saved_as(&Level::ALL, r#"["operational","middle","top"]"#);
        saved_as(&Stance::ALL, r#"["supporter","neutral","opponent"]"#);
        saved_as(
            &AdaptationKind::ALL,
            r#"["production","admin-routines","it-systems","custom-design","other"]"#,
        );
        saved_as(
            &BondItem::ALL,
            r#"["shorter-sales-cycle","deviations-as-needs","pains-known","in-sickness-and-health","bridge-to-competitors","complaints-at-the-root","politics-mapped","opponents-kept-close"]"#,
        );
        saved_as(&Answer::ALL, r#"["yes","partly","no","not-known"]"#);
        saved_as(
            &ContactKind::ALL,
            r#"["on-site","meeting-elsewhere","call","message"]"#,
        );
        saved_as(&Phase::ALL, r#"["start","running","closing","after"]"#);
    }

    #[test]
    fn an_unknown_or_mistyped_name_is_refused_with_the_names_it_could_be() {
        let err = serde_json::from_str::<Level>(r#""middle-ish""#).unwrap_err();
        assert_eq!(
            err.to_string(),
            "unknown variant `middle-ish`, expected one of `operational`, `middle`, `top`"
        );
        assert!(serde_json::from_str::<Level>("2").is_err());
        assert!(serde_json::from_value::<Side>(serde_json::json!(null)).is_err());
        assert_eq!(Status::from_slug("nope"), None);
        for kind in ReasonKind::ALL {
            assert_eq!(ReasonKind::from_slug(kind.slug()), Some(kind));
        }
    }

    fn day(text: &str) -> Date {
        text.parse().unwrap()
    }

    #[test]
    fn new_items_get_ids_and_the_defaults() {
        let mut a = Account::new("a", "A", Status::Lost);
        assert_eq!(a.reasons.add_reason(), 1);
        assert_eq!(a.reasons.add_reason(), 2);
        let r = &a.reasons.reasons[1];
        assert_eq!(
            (r.kind, r.weight, r.side),
            (ReasonKind::PricingPressure, 3, Side::Both)
        );
        assert_eq!(a.reasons.add_contributor(), 1);
        assert_eq!(a.dialogue.plan.add_attendee(), 1);
        assert_eq!(a.requirements.add_adaptation(), 1);
        assert_eq!(
            a.requirements.adaptations[0].kind,
            AdaptationKind::Production
        );
        let id = a.dialogue.add_stakeholder(Party::Theirs, Level::Top);
        let s = &a.dialogue.stakeholders[0];
        assert_eq!(
            (s.id, s.party, s.level, s.stance, s.strength),
            (id, Party::Theirs, Level::Top, Stance::Neutral, 3)
        );
    }

    #[test]
    fn the_timeline_stays_in_date_order() {
        let mut reasons = Reasons::default();
        let late = reasons.add_event(day("2012-05-01"));
        let early = reasons.add_event(day("2010-01-01"));
        let same = reasons.add_event(day("2012-05-01"));
        let order = |r: &Reasons| r.events.iter().map(|e| e.id).collect::<Vec<_>>();
        assert_eq!(
            order(&reasons),
            [early, late, same],
            "same-day events keep their entry order"
        );
        reasons.set_event_date(early, day("2013-01-01"));
        assert_eq!(order(&reasons), [late, same, early]);
        reasons.set_event_date(99, day("2000-01-01"));
        assert_eq!(
            order(&reasons),
            [late, same, early],
            "an unknown id changes nothing"
        );
    }

    #[test]
    fn removing_a_person_clears_the_links_to_them() {
        let mut d = Dialogue::default();
        let ours = d.add_stakeholder(Party::Ours, Level::Middle);
        let theirs = d.add_stakeholder(Party::Theirs, Level::Middle);
        let other = d.add_stakeholder(Party::Theirs, Level::Top);
        d.stakeholders[0].counterpart = Some(theirs);
        d.stakeholders[2].counterpart = Some(ours);
        assert_eq!(
            d.counterpart_choices(ours)
                .iter()
                .map(|c| c.0)
                .collect::<Vec<_>>(),
            [theirs, other]
        );
        d.remove_stakeholder(ours);
        assert_eq!(d.stakeholders.len(), 2);
        assert!(d.stakeholders.iter().all(|s| s.counterpart.is_none()));
        assert!(d.counterpart_choices(ours).is_empty());
    }

    #[test]
    fn at_most_one_criterion_is_the_price() {
        let mut req = Requirements::default();
        let first = req.add_criterion();
        let second = req.add_criterion();
        let prices = |r: &Requirements| {
            r.criteria
                .iter()
                .filter(|c| c.is_price)
                .map(|c| c.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            prices(&req),
            [first],
            "the first criterion starts as the price"
        );
        req.set_price_criterion(second, true);
        assert_eq!(prices(&req), [second]);
        req.set_price_criterion(first, false);
        assert_eq!(prices(&req), [second], "unmarking another keeps the price");
        req.set_price_criterion(second, false);
        assert!(prices(&req).is_empty());
    }

    #[test]
    fn currency_codes_are_three_letters() {
        assert_eq!(currency_code(" ils "), Ok("ILS".into()));
        assert_eq!(currency_code("€"), Err(CurrencyError("€".into())));
        assert_eq!(currency_code("EURO"), Err(CurrencyError("EURO".into())));
        assert_eq!(currency_code("E1R"), Err(CurrencyError("E1R".into())));
        assert_eq!(currency_code("ßt"), Err(CurrencyError("ßt".into())));
    }

    #[test]
    fn an_account_is_judged_as_of_its_date_or_today() {
        let mut a = Account::new("a", "A", Status::Lost);
        assert_eq!(a.as_of(day("2026-11-29")), day("2026-11-29"));
        a.as_of = Some(day("2012-03-01"));
        assert_eq!(a.as_of(day("2026-11-29")), day("2012-03-01"));
    }

    #[test]
    fn meeting_plan_costs() {
        let plan = MeetingPlan {
            cadence_days: 7,
            meetings: 26,
            cost_per_meeting: 4000.0,
            ..MeetingPlan::default()
        };
        assert_eq!(plan.total_cost(), 104_000.0);
        assert_eq!(plan.span_days(), 175);
        assert_eq!(MeetingPlan::default().span_days(), 0);
    }
}
