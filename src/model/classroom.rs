//! The classroom kit's data: a case handed out to a class, the teams' answers and the class
//! board that compares them. Local-first: hand-outs and answers travel as files or links,
//! never through a server.

use serde::{Deserialize, Serialize};

use super::account::{Account, ReasonKind, Status, TimelineEvent};
use super::analysis::analyse;
use super::date::Date;
use super::locale::ascii_fixed;
use super::order;
use super::persist::{self, Problem, MAX_BYTES, SCHEMA};
use super::portfolio::csv_table;
use super::step::Step;
use super::verdict::Decision;

/// What a hand-out file says it is.
const HANDOUT_KIND: &str = "winback-handout";
/// What a team's answer file says it is.
const ANSWER_KIND: &str = "winback-answer";

/// Which of the four steps students receive filled in (the others they fill themselves).
/// Kept with the trainer's notes, so the hand-out panel and the presentation's QR slide hand
/// out the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "kebab-case")]
pub struct HandoutChoice {
    pub reasons: bool,
    pub cost_benefit: bool,
    pub dialogue: bool,
    pub requirements: bool,
}

impl Default for HandoutChoice {
    /// The numbers; the class works out why the customer left (from the case's timeline),
    /// the dialogue and the offer.
    fn default() -> HandoutChoice {
        HandoutChoice {
            reasons: false,
            cost_benefit: true,
            dialogue: false,
            requirements: false,
        }
    }
}

impl HandoutChoice {
    /// The four steps a hand-out can fill in.
    pub const STEPS: [Step; 4] = [
        Step::Reasons,
        Step::CostBenefit,
        Step::Dialogue,
        Step::Requirements,
    ];

    /// Whether `step` is filled in for the students.
    pub fn includes(self, step: Step) -> bool {
        match step {
            Step::Reasons => self.reasons,
            Step::CostBenefit => self.cost_benefit,
            Step::Dialogue => self.dialogue,
            Step::Requirements => self.requirements,
            _ => false,
        }
    }

    /// Fills `step` in for the students, or leaves it to them.
    pub fn set(&mut self, step: Step, on: bool) {
        match step {
            Step::Reasons => self.reasons = on,
            Step::CostBenefit => self.cost_benefit = on,
            Step::Dialogue => self.dialogue = on,
            Step::Requirements => self.requirements = on,
            _ => {}
        }
    }
}

/// A file's name: `prefix` and the letters and digits of `name` (any script), dashes between.
pub fn file_name(prefix: &str, name: &str) -> String {
    let words: Vec<String> = name
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(super::fold::lower)
        .collect();
    if words.is_empty() {
        format!("{prefix}.json")
    } else {
        format!("{prefix}-{}.json", words.join("-"))
    }
}

/// The case as students receive it: the facts of `source` (its details and timeline) and the
/// chosen steps; the other steps empty. It names its scenario (the source's own, or the source's id), which every
/// copy and every answer made from it keeps.
pub fn handout(source: &Account, choice: HandoutChoice) -> Account {
    // How it ended is the trainer's to reveal: the class starts from the lost customer.
    let status = match source.status {
        Status::WonBack | Status::NotPursued | Status::WinningBack => Status::Lost,
        other => other,
    };
    let mut case = Account::new(source.id.clone(), source.name.clone(), status);
    case.industry = source.industry.clone();
    case.lost_on = source.lost_on;
    case.recontacted_on = source.recontacted_on;
    case.currency = source.currency.clone();
    case.illustrative = source.illustrative;
    case.as_of = source.as_of;
    case.scenario = Some(scenario_of(source));
    // The timeline up to the day the case is judged on is its facts: always handed out.
    // Later events are what really happened, for the reveal. The causes and who contributed
    // are the class's analysis, unless the trainer fills them in.
    case.reasons.events = facts(source);
    if choice.reasons {
        case.reasons.reasons = source.reasons.reasons.clone();
        case.reasons.contributors = source.reasons.contributors.clone();
    }
    if choice.cost_benefit {
        case.cost_benefit = source.cost_benefit.clone();
    }
    if choice.dialogue {
        case.dialogue = source.dialogue.clone();
    }
    if choice.requirements {
        case.requirements = source.requirements.clone();
    }
    case
}

/// The timeline events of `source` up to the day its case is judged on (all of them when it
/// has no such day): what a class is told before it decides. Later events are the outcome.
pub fn facts(source: &Account) -> Vec<TimelineEvent> {
    source
        .reasons
        .events
        .iter()
        .filter(|e| source.as_of.is_none_or(|day| e.date <= day))
        .cloned()
        .collect()
}

/// Whether `account` is a student's copy of a handed-out case (not the case itself).
pub fn is_copy(account: &Account) -> bool {
    account
        .scenario
        .as_deref()
        .is_some_and(|scenario| scenario != account.id)
}

/// The scenario an account belongs to: the hand-out it came from, else its own.
pub fn scenario_of(account: &Account) -> String {
    account
        .scenario
        .clone()
        .unwrap_or_else(|| account.id.clone())
}

/// A hand-out or an answer as a file: what it is, who wrote it and the one account it holds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct Packet {
    kind: String,
    schema: u32,
    /// The team that answers (empty in a hand-out).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    team: String,
    account: Account,
}

/// The two kinds of file the classroom kit passes around.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PacketKind {
    Handout,
    Answer,
}

impl PacketKind {
    /// What the file says it is.
    fn tag(self) -> &'static str {
        match self {
            PacketKind::Handout => HANDOUT_KIND,
            PacketKind::Answer => ANSWER_KIND,
        }
    }

    /// What starts a link's `#` fragment that carries this kind.
    pub fn link_prefix(self) -> &'static str {
        match self {
            PacketKind::Handout => "handout=",
            PacketKind::Answer => "answer=",
        }
    }

    /// The kind a `#` fragment (with or without its `#`) carries, if any.
    pub fn of_fragment(fragment: &str) -> Option<PacketKind> {
        let fragment = fragment.trim_start_matches('#');
        [PacketKind::Handout, PacketKind::Answer]
            .into_iter()
            .find(|k| fragment.starts_with(k.link_prefix()))
    }
}

/// The coded part of each return link in `pasted` (links in any text: a chat, an e-mail, a
/// list), in order; text that is not a return link is passed over.
pub fn answer_links(pasted: &str) -> Vec<&str> {
    let marker = "#answer=";
    pasted
        .split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"' | '\''))
        .filter_map(|word| word.find(marker).map(|at| &word[at + marker.len()..]))
        .map(|coded| {
            coded.trim_end_matches(|c: char| !c.is_ascii_alphanumeric() && c != '-' && c != '_')
        })
        .filter(|coded| !coded.is_empty())
        .collect()
}

/// `box_text` (a links box) without the lines that are one of the `taken` links (their answers
/// used after all); anything else in it stays as the trainer left it.
pub fn without_links(box_text: &str, taken: &[String]) -> String {
    box_text
        .lines()
        .filter(|line| !taken.iter().any(|t| line.trim() == t))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Why a hand-out or an answer cannot be made or taken.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum ClassError {
    #[error("the file is damaged or is not a planner file")]
    Damaged,
    #[error("the file is not of the kind expected")]
    WrongKind { expected: PacketKind },
    #[error("the file was written by a newer version (schema {found})")]
    Newer { found: u32 },
    #[error("the file's account has a value out of range: {0}")]
    Invalid(Problem),
    #[error("the answer is to another case")]
    OtherScenario,
    #[error("team {0} has already handed in")]
    SameTeam(String),
    #[error("the team has no name")]
    NoTeam,
}

/// The text of a packet. Lean, so links and QR codes stay short: the ids of causes, events
/// and contributors, the change time and a scenario that is the account's own id are left
/// out; reading the packet puts them back.
fn packet_text(kind: PacketKind, team: &str, account: &Account) -> Result<String, ClassError> {
    persist::validate_account(account).map_err(ClassError::Invalid)?;
    let mut lean = account.clone();
    lean.changed_at = 0.0;
    if lean.scenario.as_deref() == Some(lean.id.as_str()) {
        lean.scenario = None;
    }
    let reasons = &mut lean.reasons;
    reasons.reasons.iter_mut().for_each(|r| r.id = 0);
    reasons.events.iter_mut().for_each(|e| e.id = 0);
    reasons.contributors.iter_mut().for_each(|c| c.id = 0);
    let packet = Packet {
        kind: kind.tag().to_owned(),
        schema: SCHEMA,
        team: team.to_owned(),
        account: lean,
    };
    serde_json::to_string(&packet).map_err(|_| ClassError::Damaged)
}

/// The text of a hand-out file (and of a hand-out link, compressed).
pub fn handout_text(case: &Account) -> Result<String, ClassError> {
    packet_text(PacketKind::Handout, "", case)
}

/// The text of a team's answer file: that one account and the team's name, nothing else.
pub fn answer_text(team: &str, account: &Account) -> Result<String, ClassError> {
    let team = team.trim();
    if team.is_empty() {
        return Err(ClassError::NoTeam);
    }
    packet_text(PacketKind::Answer, team, account)
}

/// Reads a hand-out or answer of `kind`: the team (empty for a hand-out) and the account,
/// checked like any stored account.
fn read_packet(text: &str, kind: PacketKind) -> Result<(String, Account), ClassError> {
    if text.len() > MAX_BYTES {
        return Err(ClassError::Damaged);
    }
    // Through a JSON value, as stored documents are read: one instance of the account's
    // decoder in the wasm, not a second one for text (it measured 60 KB gzip).
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| ClassError::Damaged)?;
    // What the file says it is, read first: a file of another kind or a newer format is
    // named as such, not as damaged.
    if value.get("kind").and_then(serde_json::Value::as_str) != Some(kind.tag()) {
        return Err(ClassError::WrongKind { expected: kind });
    }
    match value.get("schema").and_then(serde_json::Value::as_u64) {
        Some(found) if found > u64::from(SCHEMA) => {
            return Err(ClassError::Newer {
                found: u32::try_from(found).unwrap_or(u32::MAX),
            })
        }
        Some(_) => {}
        None => return Err(ClassError::Damaged),
    }
    let mut packet: Packet = super::objects::from_value(value).map_err(|_| ClassError::Damaged)?;
    packet.account.ensure_ids();
    persist::validate_account(&packet.account).map_err(ClassError::Invalid)?;
    Ok((packet.team.trim().to_owned(), packet.account))
}

/// Whether `text` is a team's answer file (which belongs on a class board, not in Import).
pub fn is_answer(text: &str) -> bool {
    !matches!(
        read_packet(text, PacketKind::Answer),
        Err(ClassError::WrongKind { .. } | ClassError::Damaged)
    )
}

/// The case in a hand-out, as a new account under `id` (never replacing the student's own).
pub fn read_handout(text: &str, id: String) -> Result<Account, ClassError> {
    let (_, mut case) = read_packet(text, PacketKind::Handout)?;
    case.scenario = Some(scenario_of(&case));
    case.id = id;
    Ok(case)
}

/// A team's answer file or return link, read and checked: the team and its account.
pub fn read_answer(text: &str) -> Result<Answer, ClassError> {
    let (team, mut account) = read_packet(text, PacketKind::Answer)?;
    // An answer worked on the case itself (not a copy) belongs to that case's class too.
    account.scenario = Some(scenario_of(&account));
    if team.is_empty() {
        return Err(ClassError::NoTeam);
    }
    Ok(Answer { team, account })
}

/// One team's answer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Answer {
    pub team: String,
    pub account: Account,
}

/// A class collecting answers to one case: kept in the document like an account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Class {
    pub id: String,
    /// The scenario its answers must be to.
    pub scenario: String,
    /// The case's name, for the page title.
    pub name: String,
    /// Show teams as "Team A, B…" (for projecting).
    #[serde(default)]
    pub anonymous: bool,
    #[serde(default)]
    pub answers: Vec<Answer>,
}

/// Why an answer opened from a return link has no class board on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoClass {
    /// The device holds a copy made from the hand-out: a student's, whose link is for the
    /// trainer.
    StudentCopy,
    /// The case is not on this device at all.
    NoCase,
}

/// The class on this device that collects answers to `scenario`: the one already there,
/// else a new one (under `id`) where the case itself is — but not on a student's device,
/// which holds a copy of the case made from the hand-out.
pub fn class_for(
    doc: &mut persist::Document,
    scenario: &str,
    id: String,
) -> Result<usize, NoClass> {
    if let Some(at) = doc.classes.iter().position(|c| c.scenario == scenario) {
        return Ok(at);
    }
    let copy = |a: &&Account| a.id != scenario && a.scenario.as_deref() == Some(scenario);
    if doc.accounts.iter().any(|a| copy(&a)) {
        return Err(NoClass::StudentCopy);
    }
    let case = doc
        .accounts
        .iter()
        .find(|a| a.id == scenario)
        .ok_or(NoClass::NoCase)?;
    let class = Class::new(id, case);
    doc.classes.insert(0, class);
    Ok(0)
}

/// A file the class board would not take, and why.
#[derive(Clone, Debug, PartialEq)]
pub struct Refusal {
    pub file: String,
    pub error: ClassError,
    /// The file's text when it is a good answer from a team that has already handed in: a
    /// corrected answer the trainer may put in place of the earlier one ([`Class::replace`]).
    pub later: Option<String>,
}

impl Refusal {
    /// A refusal with nothing to offer instead.
    pub fn new(file: String, error: ClassError) -> Refusal {
        Refusal {
            file,
            error,
            later: None,
        }
    }
}

/// Team names compared as people read them: case and surrounding spaces ignored.
fn same_team(a: &str, b: &str) -> bool {
    super::fold::lower(a.trim()) == super::fold::lower(b.trim())
}

impl Class {
    /// A new class for the case `source` belongs to.
    pub fn new(id: String, source: &Account) -> Class {
        Class {
            id,
            scenario: scenario_of(source),
            name: source.name.clone(),
            anonymous: false,
            answers: Vec::new(),
        }
    }

    /// The answer in `text`, read and checked to be to this class's case.
    fn read(&self, text: &str) -> Result<Answer, ClassError> {
        let answer = read_answer(text)?;
        if answer.account.scenario.as_deref() == Some(self.scenario.as_str()) {
            Ok(answer)
        } else {
            Err(ClassError::OtherScenario)
        }
    }

    /// Whether `team` (as people read the name) has handed in.
    fn has(&self, team: &str) -> bool {
        self.answers.iter().any(|a| same_team(&a.team, team))
    }

    /// Adds the answers in `files` (name, text): each file is read and checked on its own;
    /// a damaged file, another case, a newer format or a team that has already handed in is
    /// refused by name and skipped (the last keeping its text, to be put in place of the
    /// earlier answer if the trainer wants). Nothing already collected changes.
    pub fn collect(&mut self, files: Vec<(String, String)>) -> Vec<Refusal> {
        let mut refused = Vec::new();
        for (file, text) in files {
            match self.read(&text) {
                Ok(answer) if self.has(&answer.team) => refused.push(Refusal {
                    file,
                    error: ClassError::SameTeam(answer.team),
                    later: Some(text),
                }),
                Ok(answer) => self.answers.push(answer),
                Err(error) => refused.push(Refusal::new(file, error)),
            }
        }
        refused
    }

    /// Puts the answer in `text` in place of its team's earlier one: the team keeps its place
    /// (and its letter when the class is anonymised). A team no longer in the class is added.
    /// Returns the team's name as handed in.
    pub fn replace(&mut self, text: &str) -> Result<String, ClassError> {
        let answer = self.read(text)?;
        let team = answer.team.clone();
        match self.answers.iter_mut().find(|a| same_team(&a.team, &team)) {
            Some(earlier) => *earlier = answer,
            None => self.answers.push(answer),
        }
        Ok(team)
    }

    /// Removes team `index`'s answer.
    pub fn remove(&mut self, index: usize) {
        if index < self.answers.len() {
            self.answers.remove(index);
        }
    }
}

/// A team's figures, from the same engine as the wizard.
#[derive(Clone, Debug, PartialEq)]
pub struct ClassRow {
    /// The team's name, or "A", "B"… when the class is anonymised.
    pub team: String,
    /// Whether `team` is a letter standing for the name.
    pub anonymous: bool,
    pub decision: Decision,
    pub ev: f64,
    /// The break-even chance of success, in percent.
    pub p_star: Option<f64>,
    /// The team's chance of success, in percent.
    pub probability: f64,
    /// The price cut they offer, in percent.
    pub price_cut: f64,
    pub payback_year: Option<u32>,
    /// Gaps in the three-level dialogue.
    pub gaps: usize,
    /// The cause they weighed most (the first of the heaviest).
    pub cause: Option<ReasonKind>,
    pub currency: String,
}

/// "A", "B", … "Z", "AA", "AB"…: a team's letter when the class is anonymised.
pub fn letter(index: usize) -> String {
    let mut n = index;
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

/// One row per answer, in the order they were collected.
pub fn rows(class: &Class, today: Date) -> Vec<ClassRow> {
    class
        .answers
        .iter()
        .enumerate()
        .map(|(i, answer)| {
            let a = &answer.account;
            let analysis = analyse(a, today);
            let e = &analysis.evaluation;
            let cause = a
                .reasons
                .reasons
                .iter()
                .fold(None::<&super::account::Reason>, |best, r| match best {
                    Some(b) if b.weight >= r.weight => Some(b),
                    _ => Some(r),
                })
                .map(|r| r.kind);
            ClassRow {
                team: if class.anonymous {
                    letter(i)
                } else {
                    answer.team.clone()
                },
                anonymous: class.anonymous,
                decision: analysis.verdict.decision,
                ev: e.ev,
                p_star: e.p_star,
                probability: a.cost_benefit.probability,
                price_cut: a.cost_benefit.concession,
                payback_year: e.payback_year,
                gaps: analysis.coverage.gap_count(),
                cause,
                currency: a.currency.clone(),
            }
        })
        .collect()
}

/// The middle value of `values` (the mean of the middle two for an even count).
pub fn median(values: &[f64]) -> Option<f64> {
    let mut sorted: Vec<f64> = values.iter().copied().filter(|v| v.is_finite()).collect();
    if sorted.is_empty() {
        return None;
    }
    order::sort_by(&mut sorted, f64::total_cmp);
    let mid = sorted.len() / 2;
    Some(if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    })
}

/// The class at a glance, for the debrief slide.
#[derive(Clone, Debug, PartialEq)]
pub struct Summary {
    /// How many teams reached each verdict, in [`Decision::ALL`] order.
    pub verdicts: Vec<(Decision, usize)>,
    pub median_ev: Option<f64>,
    /// The lowest and highest expected value.
    pub range: Option<(f64, f64)>,
    pub currency: String,
}

/// The verdict counts, median and range of `rows`.
pub fn summary(rows: &[ClassRow]) -> Summary {
    let evs: Vec<f64> = rows
        .iter()
        .map(|r| r.ev)
        .filter(|v| v.is_finite())
        .collect();
    let range = evs.iter().fold(None, |r: Option<(f64, f64)>, &v| {
        Some(r.map_or((v, v), |(lo, hi)| (lo.min(v), hi.max(v))))
    });
    Summary {
        verdicts: Decision::ALL
            .iter()
            .map(|d| (*d, rows.iter().filter(|r| r.decision == *d).count()))
            .collect(),
        median_ev: median(&evs),
        range,
        currency: rows.first().map(|r| r.currency.clone()).unwrap_or_default(),
    }
}

/// The words of the class CSV, in the user's language.
pub struct ClassCsvWords<'a> {
    pub header: [&'a str; 9],
    pub decision: &'a dyn Fn(Decision) -> String,
    pub cause: &'a dyn Fn(ReasonKind) -> String,
    /// "Team A" for the letter "A".
    pub letter: &'a dyn Fn(&str) -> String,
}

/// The class as CSV: UTF-8 with a byte-order mark (so spreadsheets read Arabic and Hebrew),
/// CRLF line ends, one row per team; amounts whole, percentages with one decimal.
pub fn csv(rows: &[ClassRow], words: &ClassCsvWords) -> String {
    let number = ascii_fixed;
    csv_table(
        &words.header,
        rows.iter().map(|r| {
            vec![
                if r.anonymous {
                    (words.letter)(&r.team)
                } else {
                    r.team.clone()
                },
                (words.decision)(r.decision),
                r.currency.clone(),
                number(r.ev, 0),
                r.p_star.map(|p| number(p, 1)).unwrap_or_default(),
                number(r.price_cut, 1),
                r.payback_year.map(|y| y.to_string()).unwrap_or_default(),
                r.gaps.to_string(),
                r.cause.map(words.cause).unwrap_or_default(),
            ]
        }),
    )
}

/// Base64url without padding (RFC 4648 §5): what a link's `#` fragment carries unescaped.
pub fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0_u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// The bytes of base64url text (padding and surrounding spaces allowed); `None` if it is not.
pub fn from_base64url(text: &str) -> Option<Vec<u8>> {
    let digit = |c: u8| -> Option<u32> {
        Some(match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'-' | b'+' => 62,
            b'_' | b'/' => 63,
            _ => return None,
        } as u32)
    };
    let text = text.trim().trim_end_matches('=');
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        if chunk.len() == 1 {
            return None;
        }
        let mut n = 0_u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= digit(*c)? << (18 - 6 * i);
        }
        for i in 0..chunk.len() - 1 {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

/// The longest link whose QR code (version 25 or so at the lowest error correction) still
/// scans from the back of a room when projected or printed 12 cm wide.
pub const SCANNABLE_LINK: usize = 1_200;

/// The QR code of `text` as an SVG path of its dark modules, one unit per module, merged
/// into runs along each row; the side in modules includes a four-module quiet zone. `None`
/// if the text is too long for any QR code.
pub fn qr_path(text: &str) -> Option<(i32, String)> {
    use std::fmt::Write;
    let qr = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Low).ok()?;
    let n = qr.size();
    let mut path = String::new();
    for y in 0..n {
        let mut x = 0;
        while x < n {
            if !qr.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < n && qr.get_module(x, y) {
                x += 1;
            }
            let run = x - start;
            let _ = write!(path, "M{},{}h{run}v1h-{run}z", start + 4, y + 4);
        }
    }
    Some((n + 8, path))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
#[path = "classroom_tests.rs"]
mod tests;
