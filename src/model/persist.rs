//! The saved document and its envelope: encode, decode, migrate, repair. Serde only, so every
//! path — corrupt text, old schemas, newer schemas, hostile files — is tested natively.

use super::locale::{Digits, Lang};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::account::Account;
use super::classroom::Class;
use super::keep_close::StakeField;
use super::limits::{self, Limit};
use super::objects;
use super::parse::InputError;

/// The schema this build writes. Bump it with a migration in [`migrate`] and a sample file
/// of the old form under `tests/fixtures/`.
pub const SCHEMA: u32 = 1;

/// This build's version, recorded in every envelope.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The largest text accepted as a document or an import file.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Everything the app saves.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Document {
    pub accounts: Vec<Account>,
    /// Classes collecting teams' answers (the classroom kit); none in older documents.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub classes: Vec<Class>,
    /// How the app is shown on this device.
    pub settings: Settings,
}

/// Display choices, saved with the document (older documents have none: the defaults).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct Settings {
    /// Larger text and charts, for projecting in class.
    pub large_type: bool,
    /// The interface language's code; none until the user chooses (the browser's
    /// preference). Kept as text: a language added by a later version reads as "not chosen"
    /// instead of making the document unreadable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    /// The digits Arabic is written with ("arab", "latn"); none for the language's default.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub digits: Option<String>,
}

impl Settings {
    /// The chosen language, if it is one this version knows.
    pub fn language(&self) -> Option<Lang> {
        self.language.as_deref().and_then(Lang::from_slug)
    }

    /// The chosen digits, if known.
    pub fn digits(&self) -> Option<Digits> {
        self.digits.as_deref().and_then(Digits::from_slug)
    }
}

impl Document {
    /// Gives every list item without an id (files of earlier versions) a fresh one.
    pub fn ensure_ids(&mut self) {
        let answers = self.classes.iter_mut().flat_map(|c| &mut c.answers);
        for account in self
            .accounts
            .iter_mut()
            .chain(answers.map(|a| &mut a.account))
        {
            account.ensure_ids();
        }
    }
}

/// The stored form: the document with what is needed to read it safely later.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Envelope {
    pub schema: u32,
    /// Increases by one with every save; a tab writes only over the revision it read.
    pub revision: u64,
    /// The app version that wrote it.
    pub app: String,
    pub document: Document,
}

/// Why a stored or imported text cannot be used as it is.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum PersistError {
    #[error("the data is empty")]
    Empty,
    #[error("the data is too large ({bytes} bytes; the limit is {limit})")]
    TooLarge { bytes: usize, limit: usize },
    #[error("the data is not valid JSON: {0}")]
    Syntax(String),
    #[error("the data has no schema version")]
    NoSchema,
    #[error("the data was written by a newer version of the app (schema {found}; this version reads up to {SCHEMA})")]
    Newer { found: u32 },
    #[error("the data does not have the expected shape: {0}")]
    Shape(String),
    #[error("account “{account}”: {problem}")]
    Invalid { account: String, problem: Problem },
}

/// Text for a new envelope around `document`.
pub fn encode(document: &Document, revision: u64) -> Result<String, PersistError> {
    validate(document)?;
    let envelope = Envelope {
        schema: SCHEMA,
        revision,
        app: APP_VERSION.to_owned(),
        document: document.clone(),
    };
    serde_json::to_string(&envelope).map_err(|e| PersistError::Shape(e.to_string()))
}

/// The part of an envelope a save checks before writing.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
pub struct Head {
    pub schema: u32,
    pub revision: u64,
}

/// The schema and revision of stored text, without building the document.
pub fn peek_head(text: &str) -> Result<Head, PersistError> {
    serde_json::from_str(text).map_err(|e| PersistError::Shape(e.to_string()))
}

/// Reads stored text: size, JSON, schema (migrating older ones), shape and value ranges.
pub fn decode(text: &str) -> Result<Envelope, PersistError> {
    let mut value = parse_value(text)?;
    let schema = schema_of(&value)?;
    if schema > SCHEMA {
        return Err(PersistError::Newer { found: schema });
    }
    migrate(&mut value, schema)?;
    let mut envelope: Envelope =
        objects::from_value(value).map_err(|e| PersistError::Shape(e.to_string()))?;
    envelope.document.ensure_ids();
    validate(&envelope.document)?;
    Ok(envelope)
}

fn parse_value(text: &str) -> Result<Value, PersistError> {
    if text.trim().is_empty() {
        return Err(PersistError::Empty);
    }
    if text.len() > MAX_BYTES {
        return Err(PersistError::TooLarge {
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    // serde_json refuses nesting deeper than 128 levels, so hostile nesting cannot overflow.
    serde_json::from_str(text).map_err(|e| PersistError::Syntax(e.to_string()))
}

fn schema_of(value: &Value) -> Result<u32, PersistError> {
    let schema = value.get("schema").ok_or(PersistError::NoSchema)?;
    schema
        .as_u64()
        .and_then(|s| u32::try_from(s).ok())
        .filter(|s| *s >= 1)
        .ok_or_else(|| PersistError::Shape(format!("schema is {schema}, not a version number")))
}

/// Brings an envelope of schema `from` up to [`SCHEMA`], step by step, in memory only.
fn migrate(value: &mut Value, from: u32) -> Result<(), PersistError> {
    // Schema 1 is the first. A later schema n adds a step `n - 1 → n` here, applied in
    // order from `from`, each rewriting the JSON value in place.
    if from < SCHEMA {
        return Err(PersistError::Shape(format!(
            "no migration from schema {from}"
        )));
    }
    if let Some(object) = value.as_object_mut() {
        object.insert("schema".into(), Value::from(SCHEMA));
    }
    Ok(())
}

/// Every number in range and finite; the first problem found, naming the account.
pub fn validate(document: &Document) -> Result<(), PersistError> {
    let answers = document.classes.iter().flat_map(|c| &c.answers);
    for account in document.accounts.iter().chain(answers.map(|a| &a.account)) {
        validate_account(account).map_err(|problem| PersistError::Invalid {
            account: account.name.clone(),
            problem,
        })?;
    }
    Ok(())
}

/// A stored quantity outside the model's limits (the cost–benefit inputs report their own).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Quantity {
    ChangedAt,
    SensitivityDelta,
    ReasonWeight,
    Strength,
    CostPerMeeting,
    Cadence,
    Meetings,
    MeetingHours,
    CriterionWeight,
    OurScore,
    IncumbentScore,
    SwitchingCost,
    StatusQuoMargin,
    PricePoints,
    PriceCap,
    AdaptationCost,
    /// An input of a current customer's value at stake.
    Stake(StakeField),
    OnSiteCadence,
    TopLevelCadence,
}

/// Why an account's stored data cannot be used.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum Problem {
    /// A cost–benefit input out of its range.
    #[error("{0}")]
    Input(#[from] InputError),
    /// Another number out of its limits.
    #[error("{quantity:?} {value} is outside {} … {}", limit.min, limit.max)]
    OutOfLimit {
        quantity: Quantity,
        value: f64,
        limit: Limit,
    },
    /// The account's data is not of the expected form (a repair reports these).
    #[error("unexpected form: {0}")]
    Form(String),
}

fn check(quantity: Quantity, value: f64, limit: Limit) -> Result<(), Problem> {
    if limit.accepts(value) {
        Ok(())
    } else {
        Err(Problem::OutOfLimit {
            quantity,
            value,
            limit,
        })
    }
}

pub(crate) fn validate_account(account: &Account) -> Result<(), Problem> {
    use Quantity as Q;
    let now = account.changed_at;
    if !(now.is_finite() && now >= 0.0) {
        return Err(Problem::OutOfLimit {
            quantity: Q::ChangedAt,
            value: now,
            limit: limits::MONEY,
        });
    }
    account.cost_benefit.validate()?;
    check(
        Q::SensitivityDelta,
        account.cost_benefit.sensitivity_delta,
        limits::SENSITIVITY_DELTA,
    )?;
    for r in &account.reasons.reasons {
        check(Q::ReasonWeight, f64::from(r.weight), limits::SCALE)?;
    }
    for s in &account.dialogue.stakeholders {
        check(Q::Strength, f64::from(s.strength), limits::SCALE)?;
    }
    let plan = &account.dialogue.plan;
    check(Q::CostPerMeeting, plan.cost_per_meeting, limits::MONEY)?;
    check(
        Q::Cadence,
        f64::from(plan.cadence_days),
        limits::CADENCE_DAYS,
    )?;
    check(Q::Meetings, f64::from(plan.meetings), limits::MEETINGS)?;
    check(Q::MeetingHours, plan.hours_each, limits::MEETING_HOURS)?;
    let req = &account.requirements;
    for c in &req.criteria {
        check(Q::CriterionWeight, c.weight, limits::CRITERION_WEIGHT)?;
        check(Q::OurScore, c.ours, limits::SCORE)?;
        check(Q::IncumbentScore, c.incumbent, limits::SCORE)?;
    }
    check(Q::SwitchingCost, req.switching_cost, limits::SCORE)?;
    check(Q::StatusQuoMargin, req.status_quo_margin, limits::SCORE)?;
    check(Q::PricePoints, req.price_points_per_percent, limits::SCORE)?;
    check(Q::PriceCap, req.price_score_cap, limits::SCORE)?;
    for a in &req.adaptations {
        check(Q::AdaptationCost, a.cost, limits::MONEY)?;
    }
    let kc = &account.keep_close;
    if let Some((field, value)) = kc.stake.invalid() {
        return Err(Problem::OutOfLimit {
            quantity: Q::Stake(field),
            value,
            limit: field.limit(),
        });
    }
    let days = |d: u32| f64::from(d);
    check(
        Q::OnSiteCadence,
        days(kc.cadence.on_site_days),
        limits::CADENCE_DAYS,
    )?;
    check(
        Q::TopLevelCadence,
        days(kc.cadence.top_level_days),
        limits::CADENCE_DAYS,
    )?;
    Ok(())
}

/// The document inside text written by a newer app version, read leniently (unknown fields
/// ignored) so it can be shown read-only. `None` if even that fails.
pub fn peek_document(text: &str) -> Option<Document> {
    let value = parse_value(text).ok()?;
    let mut document: Document = objects::from_value(value.get("document")?.clone()).ok()?;
    document.ensure_ids();
    validate(&document).ok()?;
    Some(document)
}

/// Text of an export file holding `accounts` (the same envelope as storage, revision 0, in
/// the same compact JSON).
pub fn export(accounts: &[Account]) -> Result<String, PersistError> {
    let document = Document {
        accounts: accounts.to_vec(),
        ..Document::default()
    };
    validate(&document)?;
    let envelope = Envelope {
        schema: SCHEMA,
        revision: 0,
        app: APP_VERSION.to_owned(),
        document,
    };
    // Compact like storage: one serialiser for the whole document tree in the wasm, not two.
    serde_json::to_string(&envelope).map_err(|e| PersistError::Shape(e.to_string()))
}

/// The accounts of an import file, checked completely before anything changes, each given
/// a fresh id from `new_id` so they are added as copies.
pub fn import(
    text: &str,
    mut new_id: impl FnMut() -> String,
) -> Result<Vec<Account>, PersistError> {
    let envelope = decode(text)?;
    if envelope.document.accounts.is_empty() {
        return Err(PersistError::Shape("the file holds no accounts".into()));
    }
    Ok(envelope
        .document
        .accounts
        .into_iter()
        .map(|mut account| {
            account.id = new_id();
            account
        })
        .collect())
}

/// A snapshot taken before a destructive action, restorable from "recent backups".
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Backup {
    /// Milliseconds since 1970 (for display and ordering).
    pub taken_at: f64,
    /// What was about to happen.
    pub reason: BackupReason,
    /// The stored text of the document at that moment.
    pub text: String,
}

/// What was about to happen when a backup was taken (shown translated).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(rename_all = "kebab-case", tag = "kind")]
pub enum BackupReason {
    /// An account was about to be deleted.
    Delete { name: String },
    /// An import was about to replace every account.
    ReplaceAll,
    /// A backup was about to be restored over the document.
    Restore,
    /// Written by an earlier version as plain text, kept as it was.
    Earlier { text: String },
}

/// Read through `Value` (already in the app for decoding) rather than an untagged enum,
/// whose buffering code costs far more wasm: typed reasons, and the plain text earlier
/// versions wrote ("delete RILF", "replace all", "restore").
impl<'de> Deserialize<'de> for BackupReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = |map: &serde_json::Map<String, Value>, key: &str| {
            map.get(key)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        Ok(match Value::deserialize(d)? {
            Value::String(old) => match old.as_str() {
                "replace all" => BackupReason::ReplaceAll,
                "restore" => BackupReason::Restore,
                _ => match old.strip_prefix("delete ") {
                    Some(name) => BackupReason::Delete {
                        name: name.to_owned(),
                    },
                    None => BackupReason::Earlier { text: old },
                },
            },
            Value::Object(map) => match map.get("kind").and_then(Value::as_str) {
                Some("delete") => BackupReason::Delete {
                    name: text(&map, "name"),
                },
                Some("replace-all") => BackupReason::ReplaceAll,
                Some("restore") => BackupReason::Restore,
                _ => BackupReason::Earlier {
                    text: text(&map, "text"),
                },
            },
            other => BackupReason::Earlier {
                text: other.to_string(),
            },
        })
    }
}

/// How many backups are kept, and how many bytes they may take together.
pub const BACKUP_LIMITS: (usize, usize) = (5, 2 * 1024 * 1024);

/// `backups` with `new` added first, trimmed to [`BACKUP_LIMITS`] (oldest dropped first).
pub fn push_backup(mut backups: Vec<Backup>, new: Backup) -> Vec<Backup> {
    backups.insert(0, new);
    backups.truncate(BACKUP_LIMITS.0);
    while backups.len() > 1 && backups.iter().map(|b| b.text.len()).sum::<usize>() > BACKUP_LIMITS.1
    {
        backups.pop();
    }
    backups
}

/// The backups list from storage text; unreadable text counts as no backups.
pub fn read_backups(text: Option<&str>) -> Vec<Backup> {
    text.and_then(|t| serde_json::from_str(t).ok())
        .unwrap_or_default()
}

/// What "try to repair" recovered from damaged text.
#[derive(Clone, Debug, PartialEq)]
pub struct Repair {
    pub document: Document,
    /// The accounts that could not be kept.
    pub dropped: Vec<Dropped>,
}

/// An account a repair could not keep.
#[derive(Clone, Debug, PartialEq)]
pub struct Dropped {
    /// Its position in the stored list, from 1.
    pub position: usize,
    /// Its name, if it could be read.
    pub name: Option<String>,
    pub problem: Problem,
}

/// Keeps every account that still decodes and is valid; reports the rest. Fails only when
/// not even the list of accounts can be found.
pub fn repair(text: &str) -> Result<Repair, PersistError> {
    let value = parse_value(text)?;
    let accounts = value
        .pointer("/document/accounts")
        .and_then(Value::as_array)
        .ok_or_else(|| PersistError::Shape("no list of accounts found".into()))?;
    let mut document = Document::default();
    let mut dropped = Vec::new();
    for (i, raw) in accounts.iter().enumerate() {
        let name = raw.get("name").and_then(Value::as_str).map(str::to_owned);
        let kept = objects::from_value::<Account>(raw.clone())
            .map_err(|e| Problem::Form(e.to_string()))
            .and_then(|mut account| {
                account.ensure_ids();
                validate_account(&account).map(|()| account)
            });
        match kept {
            Ok(account) => document.accounts.push(account),
            Err(problem) => dropped.push(Dropped {
                position: i + 1,
                name,
                problem,
            }),
        }
    }
    Ok(Repair { document, dropped })
}

#[cfg(test)]
#[path = "persist_tests.rs"]
pub(crate) mod tests;
