//! Keep close: what drifting away from a current customer costs, how close the bond is, and
//! the drift signals the contact log raises — exactly as `keep-close-model.md` (v1) specifies.

use serde::{Deserialize, Serialize};

use super::account::{slugs, Level, Party, Stakeholder, Stance};
use super::date::Date;
use super::items::{self, items};
use super::limits::{self, Limit};

/// The inputs of the value at stake, in the units the user types (percents as 0 … 100).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct StakeInputs {
    /// R: yearly revenue from the customer now.
    pub revenue: f64,
    /// g: contribution margin, %.
    pub margin: f64,
    /// r: chance per year that it stays, as things are, %.
    pub retention: f64,
    /// d: yearly discount rate, %.
    pub discount: f64,
    /// T: years counted.
    pub horizon: f64,
    /// s: share of sales efforts towards new customers that succeed, %.
    pub new_success: f64,
    /// A: cost of one sales effort towards a new customer of this size.
    pub pursuit_cost: f64,
    /// V: cost of the visit being weighed.
    pub trip_cost: f64,
}

impl Default for StakeInputs {
    fn default() -> StakeInputs {
        StakeInputs {
            revenue: 0.0,
            margin: 30.0,
            retention: 85.0,
            discount: 10.0,
            horizon: 5.0,
            new_success: 30.0,
            pursuit_cost: 0.0,
            trip_cost: 0.0,
        }
    }
}

/// One input of the value at stake.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StakeField {
    Revenue,
    Margin,
    Retention,
    Discount,
    Horizon,
    NewSuccess,
    PursuitCost,
    TripCost,
}

slugs!(StakeField {
    Revenue => "revenue",
    Margin => "margin",
    Retention => "retention",
    Discount => "discount",
    Horizon => "horizon",
    NewSuccess => "new-success",
    PursuitCost => "pursuit-cost",
    TripCost => "trip-cost",
});

/// The share of efforts towards new customers that succeed: at least 1 % (it divides).
pub const NEW_SUCCESS: Limit = Limit {
    min: 1.0,
    max: 100.0,
    whole: false,
};

impl StakeField {
    /// The valid values.
    pub fn limit(self) -> Limit {
        match self {
            StakeField::Revenue | StakeField::PursuitCost | StakeField::TripCost => limits::MONEY,
            StakeField::Margin | StakeField::Retention | StakeField::Discount => limits::PERCENT,
            StakeField::Horizon => limits::HORIZON_YEARS,
            StakeField::NewSuccess => NEW_SUCCESS,
        }
    }

    /// Whether the field is a percentage.
    pub fn is_percent(self) -> bool {
        matches!(
            self,
            StakeField::Margin
                | StakeField::Retention
                | StakeField::Discount
                | StakeField::NewSuccess
        )
    }

    /// Whether the field is an amount of money.
    pub fn is_money(self) -> bool {
        matches!(
            self,
            StakeField::Revenue | StakeField::PursuitCost | StakeField::TripCost
        )
    }
}

impl StakeInputs {
    pub fn get(&self, field: StakeField) -> f64 {
        match field {
            StakeField::Revenue => self.revenue,
            StakeField::Margin => self.margin,
            StakeField::Retention => self.retention,
            StakeField::Discount => self.discount,
            StakeField::Horizon => self.horizon,
            StakeField::NewSuccess => self.new_success,
            StakeField::PursuitCost => self.pursuit_cost,
            StakeField::TripCost => self.trip_cost,
        }
    }

    /// Sets `field` to `value` moved into its valid range (the form refuses out-of-range
    /// text before it gets here; this keeps the model sound whatever calls it).
    pub fn set(&mut self, field: StakeField, value: f64) {
        let value = if value.is_finite() {
            field.limit().clamp(value)
        } else {
            self.get(field)
        };
        let slot = match field {
            StakeField::Revenue => &mut self.revenue,
            StakeField::Margin => &mut self.margin,
            StakeField::Retention => &mut self.retention,
            StakeField::Discount => &mut self.discount,
            StakeField::Horizon => &mut self.horizon,
            StakeField::NewSuccess => &mut self.new_success,
            StakeField::PursuitCost => &mut self.pursuit_cost,
            StakeField::TripCost => &mut self.trip_cost,
        };
        *slot = value;
    }

    /// The first input outside its valid range, if any.
    pub fn invalid(&self) -> Option<(StakeField, f64)> {
        StakeField::ALL
            .into_iter()
            .map(|f| (f, self.get(f)))
            .find(|(f, v)| !f.limit().accepts(*v))
    }
}

/// What losing the customer would cost, and what a visit must achieve to pay for itself.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Stake {
    /// What the customer is worth as things are.
    pub clv: f64,
    /// The expected cost of finding a new customer to replace it.
    pub replace_cost: f64,
    pub at_stake: f64,
    /// Percentage points of the chance of losing the customer the visit must remove to pay
    /// for itself; none when nothing is at stake.
    pub visit_breakeven: Option<f64>,
}

/// The value at stake (spec §1). Inputs are clamped into their ranges first, so the result
/// is finite for anything stored.
pub fn stake(inputs: &StakeInputs) -> Stake {
    let get = |f: StakeField| f.limit().clamp(inputs.get(f));
    let r = get(StakeField::Revenue);
    let g = get(StakeField::Margin) / 100.0;
    let keep = get(StakeField::Retention) / 100.0;
    let d = get(StakeField::Discount) / 100.0;
    let years = get(StakeField::Horizon) as i32;
    let s = get(StakeField::NewSuccess) / 100.0;
    let clv: f64 = (1..=years)
        .map(|t| r * g * keep.powi(t - 1) / (1.0 + d).powi(t))
        .sum();
    let replace_cost = get(StakeField::PursuitCost) / s;
    let at_stake = clv + replace_cost;
    let visit_breakeven = (at_stake > 0.0).then(|| 100.0 * get(StakeField::TripCost) / at_stake);
    Stake {
        clv,
        replace_cost,
        at_stake,
        visit_breakeven,
    }
}

/// The visit break-even as shown: one decimal under 10 points, whole numbers above.
pub fn breakeven_decimals(points: f64) -> usize {
    usize::from(points < 10.0)
}

/// The eight things a close customer gives (spec §2).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BondItem {
    ShorterSalesCycle,
    DeviationsAsNeeds,
    PainsKnown,
    InSicknessAndHealth,
    BridgeToCompetitors,
    ComplaintsAtTheRoot,
    PoliticsMapped,
    OpponentsKeptClose,
}

slugs!(serde BondItem {
    ShorterSalesCycle => "shorter-sales-cycle",
    DeviationsAsNeeds => "deviations-as-needs",
    PainsKnown => "pains-known",
    InSicknessAndHealth => "in-sickness-and-health",
    BridgeToCompetitors => "bridge-to-competitors",
    ComplaintsAtTheRoot => "complaints-at-the-root",
    PoliticsMapped => "politics-mapped",
    OpponentsKeptClose => "opponents-kept-close",
});

/// An answer to a bond item.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Answer {
    Yes,
    Partly,
    No,
    #[default]
    NotKnown,
}

slugs!(serde Answer { Yes => "yes", Partly => "partly", No => "no", NotKnown => "not-known" });

/// One item of the checklist with the evidence for its answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct BondAnswer {
    pub item: BondItem,
    #[serde(default)]
    pub answer: Answer,
    /// What shows it, in the user's words.
    #[serde(default)]
    pub evidence: String,
    /// When the evidence was seen.
    #[serde(default)]
    pub seen_on: Option<Date>,
}

/// How the bond stands: the counts and the gaps, in checklist order. No weights.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct BondSummary {
    pub yes: usize,
    pub partly: usize,
    pub no: usize,
    pub not_known: usize,
    /// Items not answered "yes", with their answer.
    pub gaps: Vec<(BondItem, Answer)>,
}

/// The checklist: one answer per item, in checklist order, whatever was stored.
pub fn bond_answers(stored: &[BondAnswer]) -> Vec<BondAnswer> {
    BondItem::ALL
        .into_iter()
        .map(|item| {
            stored
                .iter()
                .find(|a| a.item == item)
                .cloned()
                .unwrap_or(BondAnswer {
                    item,
                    answer: Answer::NotKnown,
                    evidence: String::new(),
                    seen_on: None,
                })
        })
        .collect()
}

/// Counts and gaps of the checklist.
pub fn bond_summary(stored: &[BondAnswer]) -> BondSummary {
    let mut summary = BondSummary::default();
    for a in bond_answers(stored) {
        match a.answer {
            Answer::Yes => summary.yes += 1,
            Answer::Partly => summary.partly += 1,
            Answer::No => summary.no += 1,
            Answer::NotKnown => summary.not_known += 1,
        }
        if a.answer != Answer::Yes {
            summary.gaps.push((a.item, a.answer));
        }
    }
    summary
}

/// How a contact took place.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ContactKind {
    #[default]
    OnSite,
    MeetingElsewhere,
    Call,
    Message,
}

slugs!(serde ContactKind {
    OnSite => "on-site",
    MeetingElsewhere => "meeting-elsewhere",
    Call => "call",
    Message => "message",
});

/// Where the customer's project stood at a contact.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Phase {
    Start,
    #[default]
    Running,
    Closing,
    After,
}

slugs!(serde Phase { Start => "start", Running => "running", Closing => "closing", After => "after" });

/// One entry of the contact log.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Contact {
    #[serde(default)]
    pub id: u32,
    pub date: Date,
    #[serde(default)]
    pub kind: ContactKind,
    #[serde(default)]
    pub level: Level,
    /// Ids of the customer's people met (from the people grid).
    #[serde(default)]
    pub people: Vec<u32>,
    #[serde(default)]
    pub phase: Phase,
    #[serde(default)]
    pub purpose: String,
    #[serde(default)]
    pub note: String,
}

/// A complaint from the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Complaint {
    #[serde(default)]
    pub id: u32,
    pub opened: Date,
    /// When it was closed; none while open.
    #[serde(default)]
    pub closed: Option<Date>,
    /// Whether the cause was fixed, not just the case.
    #[serde(default)]
    pub root_fixed: bool,
    #[serde(default)]
    pub text: String,
}

/// How often the user means to see the customer (spec §3 defaults: 90 and 180 days).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Cadence {
    pub on_site_days: u32,
    pub top_level_days: u32,
}

impl Default for Cadence {
    fn default() -> Cadence {
        Cadence {
            on_site_days: 90,
            top_level_days: 180,
        }
    }
}

/// The user's choice about a visit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
// Externally tagged (serde's default): tagged forms buffer the input and cost kilobytes of wasm.
#[serde(rename_all = "kebab-case")]
pub enum VisitChoice {
    Go,
    Later(Date),
    Skip,
}

/// A visit decision, kept with the reasons shown when it was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct VisitDecision {
    #[serde(default)]
    pub id: u32,
    pub decided_on: Date,
    /// The user's answer to "is the visit necessary now, given the project's state?".
    #[serde(default)]
    pub necessary: Option<bool>,
    pub choice: VisitChoice,
    /// The drift signals shown at that moment.
    #[serde(default)]
    pub signals: Vec<Signal>,
    /// The bond gaps shown at that moment.
    #[serde(default)]
    pub gaps: Vec<BondItem>,
    /// The value at stake and visit break-even shown at that moment.
    #[serde(default)]
    pub at_stake: Option<f64>,
    #[serde(default)]
    pub visit_breakeven: Option<f64>,
}

items!(Contact, Complaint, VisitDecision);

/// Everything the keep-close steps record for a current customer.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct KeepClose {
    pub stake: StakeInputs,
    pub bond: Vec<BondAnswer>,
    pub contacts: Vec<Contact>,
    pub complaints: Vec<Complaint>,
    pub cadence: Cadence,
    /// A system we delivered is live at the customer.
    pub system_live: bool,
    /// Someone of ours is on site there.
    pub someone_on_site: bool,
    pub visits: Vec<VisitDecision>,
}

impl KeepClose {
    /// Gives list items without an id (older files) a fresh one.
    pub fn ensure_ids(&mut self) {
        items::ensure_ids(&mut self.contacts);
        items::ensure_ids(&mut self.complaints);
        items::ensure_ids(&mut self.visits);
    }

    /// Adds a contact, keeping the log in date order (same-day entries in the order added).
    pub fn add_contact(&mut self, contact: Contact) -> u32 {
        let id = items::next_id(&self.contacts);
        let at = self
            .contacts
            .iter()
            .position(|c| c.date > contact.date)
            .unwrap_or(self.contacts.len());
        self.contacts.insert(at, Contact { id, ..contact });
        id
    }

    /// The stored answer for `item`, added (not known yet) if there is none.
    pub fn answer_mut(&mut self, item: BondItem) -> &mut BondAnswer {
        let at = match self.bond.iter().position(|a| a.item == item) {
            Some(at) => at,
            None => {
                self.bond.push(BondAnswer {
                    item,
                    answer: Answer::NotKnown,
                    evidence: String::new(),
                    seen_on: None,
                });
                self.bond.len() - 1
            }
        };
        &mut self.bond[at]
    }

    /// Adds an open complaint from `opened`, and returns its id.
    pub fn add_complaint(&mut self, opened: Date, text: &str) -> u32 {
        let complaint = Complaint {
            id: 0,
            opened,
            closed: None,
            root_fixed: false,
            text: text.to_owned(),
        };
        items::push(&mut self.complaints, complaint)
    }

    /// The project phase now: the phase of the latest contact.
    pub fn phase(&self) -> Option<Phase> {
        self.contacts.iter().max_by_key(|c| c.date).map(|c| c.phase)
    }
}

/// The contacts of one calendar month, by level (operational, middle, top), and the
/// project's phase then (the latest contact's, carried over months without one).
#[derive(Clone, Debug, PartialEq)]
pub struct MonthContacts {
    pub year: i32,
    pub month: u8,
    pub by_level: [u32; 3],
    pub phase: Option<Phase>,
}

/// The most months the rhythm shows (the latest ones).
pub const RHYTHM_MONTHS: usize = 36;

fn month_index(d: Date) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
}

/// The contact log month by month, from the first contact's month to `today`'s (at most the
/// last [`RHYTHM_MONTHS`]); empty without contacts.
pub fn rhythm(kc: &KeepClose, today: Date) -> Vec<MonthContacts> {
    let dated: Vec<&Contact> = kc.contacts.iter().filter(|c| c.date <= today).collect();
    let Some(first) = dated.iter().map(|c| month_index(c.date)).min() else {
        return Vec::new();
    };
    let last = month_index(today);
    let first = first.max(last - RHYTHM_MONTHS as i64 + 1);
    let mut phase = None;
    (first..=last)
        .map(|m| {
            let mut by_level = [0u32; 3];
            let mut latest: Option<&Contact> = None;
            for c in dated.iter().filter(|c| month_index(c.date) == m) {
                let level = match c.level {
                    Level::Operational => 0,
                    Level::Middle => 1,
                    Level::Top => 2,
                };
                by_level[level] += 1;
                if latest.is_none_or(|l| c.date >= l.date) {
                    latest = Some(c);
                }
            }
            if let Some(c) = latest {
                phase = Some(c.phase);
            }
            MonthContacts {
                year: m.div_euclid(12) as i32,
                month: (m.rem_euclid(12) + 1) as u8,
                by_level,
                phase,
            }
        })
        .collect()
}

/// A drift signal with the fact behind it (spec §3).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Signal {
    /// The last on-site visit is older than the cadence (or there is none).
    OnSiteOverdue {
        last: Option<Date>,
        days: Option<i64>,
        cadence: u32,
    },
    /// The last top-level contact is older than the cadence (or there is none).
    TopLevelOverdue {
        last: Option<Date>,
        days: Option<i64>,
        cadence: u32,
    },
    /// In the closing phase, the last 90 days had fewer contacts than half the running
    /// phase's monthly average.
    NeglectAtTheEnd { recent: u32, running_monthly: f64 },
    /// An opponent with no contact in the last 90 days.
    OpponentUnattended {
        person: u32,
        name: String,
        last: Option<Date>,
    },
    /// A complaint open for more than 30 days.
    OpenComplaint {
        complaint: u32,
        opened: Date,
        days: i64,
    },
    /// A system we delivered is live and no one of ours is on site.
    NoOneOnSite,
}

impl Signal {
    /// A stable name for CSS classes and tests.
    pub fn slug(&self) -> &'static str {
        match self {
            Signal::OnSiteOverdue { .. } => "on-site-overdue",
            Signal::TopLevelOverdue { .. } => "top-level-overdue",
            Signal::NeglectAtTheEnd { .. } => "neglect-at-the-end",
            Signal::OpponentUnattended { .. } => "opponent-unattended",
            Signal::OpenComplaint { .. } => "open-complaint",
            Signal::NoOneOnSite => "no-one-on-site",
        }
    }
}

/// Days of the "recent" window for neglect and opponents.
const RECENT_DAYS: i64 = 90;
/// Days after which an open complaint is a signal.
const COMPLAINT_DAYS: i64 = 30;
/// Days in an average month, for the running phase's monthly average.
const DAYS_PER_MONTH: f64 = 365.25 / 12.0;

/// The latest date of the contacts that `matches`, up to `today`.
fn last_contact(
    contacts: &[Contact],
    today: Date,
    matches: impl Fn(&Contact) -> bool,
) -> Option<Date> {
    contacts
        .iter()
        .filter(|c| c.date <= today && matches(c))
        .map(|c| c.date)
        .max()
}

fn overdue(last: Option<Date>, today: Date, cadence: u32) -> Option<(Option<Date>, Option<i64>)> {
    match last {
        None => Some((None, None)),
        Some(d) => {
            let days = today.days_since(d);
            (days > i64::from(cadence)).then_some((Some(d), Some(days)))
        }
    }
}

/// The running phase's contacts per month: their count over the months from the first to
/// the last of them (at least one month). None without running-phase contacts.
pub fn running_monthly_average(contacts: &[Contact]) -> Option<f64> {
    let running: Vec<Date> = contacts
        .iter()
        .filter(|c| c.phase == Phase::Running)
        .map(|c| c.date)
        .collect();
    let (first, last) = (running.iter().min()?, running.iter().max()?);
    let months = (last.days_since(*first) as f64 / DAYS_PER_MONTH).max(1.0);
    Some(running.len() as f64 / months)
}

/// The drift signals raised for a current customer on `today`. `people` is the people grid
/// (the customer's opponents are watched).
pub fn drift_signals(kc: &KeepClose, people: &[Stakeholder], today: Date) -> Vec<Signal> {
    let mut signals = Vec::new();
    let on_site = last_contact(&kc.contacts, today, |c| c.kind == ContactKind::OnSite);
    if let Some((last, days)) = overdue(on_site, today, kc.cadence.on_site_days) {
        signals.push(Signal::OnSiteOverdue {
            last,
            days,
            cadence: kc.cadence.on_site_days,
        });
    }
    let top = last_contact(&kc.contacts, today, |c| c.level == Level::Top);
    if let Some((last, days)) = overdue(top, today, kc.cadence.top_level_days) {
        signals.push(Signal::TopLevelOverdue {
            last,
            days,
            cadence: kc.cadence.top_level_days,
        });
    }
    let recent = |d: Date| d <= today && today.days_since(d) <= RECENT_DAYS;
    if kc.phase() == Some(Phase::Closing) {
        if let Some(monthly) = running_monthly_average(&kc.contacts) {
            let count = kc.contacts.iter().filter(|c| recent(c.date)).count() as u32;
            if f64::from(count) < monthly / 2.0 {
                signals.push(Signal::NeglectAtTheEnd {
                    recent: count,
                    running_monthly: monthly,
                });
            }
        }
    }
    for person in people
        .iter()
        .filter(|p| p.party == Party::Theirs && p.stance == Stance::Opponent)
    {
        let logged = last_contact(&kc.contacts, today, |c| c.people.contains(&person.id));
        let last = logged.max(person.last_contact.filter(|d| *d <= today));
        if !last.is_some_and(recent) {
            signals.push(Signal::OpponentUnattended {
                person: person.id,
                name: person.name.clone(),
                last,
            });
        }
    }
    for c in kc.complaints.iter().filter(|c| c.closed.is_none()) {
        let days = today.days_since(c.opened);
        if days > COMPLAINT_DAYS {
            signals.push(Signal::OpenComplaint {
                complaint: c.id,
                opened: c.opened,
                days,
            });
        }
    }
    if kc.system_live && !kc.someone_on_site {
        signals.push(Signal::NoOneOnSite);
    }
    signals
}

/// A visit decision with what the helper shows now.
pub fn decide_visit(
    kc: &KeepClose,
    people: &[Stakeholder],
    today: Date,
    necessary: Option<bool>,
    choice: VisitChoice,
) -> VisitDecision {
    let s = stake(&kc.stake);
    VisitDecision {
        id: 0,
        decided_on: today,
        necessary,
        choice,
        signals: drift_signals(kc, people, today),
        gaps: bond_summary(&kc.bond)
            .gaps
            .into_iter()
            .map(|(i, _)| i)
            .collect(),
        at_stake: Some(s.at_stake),
        visit_breakeven: s.visit_breakeven,
    }
}

// Native only: the property tests use proptest.
#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "keep_close_tests.rs"]
mod tests;
