//! The accounts list: one row per account with what is at stake, sorted and filtered.

use super::account::{Account, Status};
use super::analysis::analyse;
use super::date::Date;
use super::keep_close::{drift_signals, stake, Signal};
use super::locale::Lang;
use super::order;
use super::persist::Document;
use super::sample;
use super::verdict::Decision;

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    LastChange,
    Name,
    ValueAtStake,
    ExpectedValue,
    /// Who is drifting: current customers by the drift signals raised, then value at stake.
    Drift,
}

impl SortBy {
    pub const ALL: [SortBy; 5] = [
        SortBy::LastChange,
        SortBy::Name,
        SortBy::ValueAtStake,
        SortBy::ExpectedValue,
        SortBy::Drift,
    ];

    /// A stable name for a `<select>` value.
    pub fn slug(self) -> &'static str {
        match self {
            SortBy::LastChange => "last-change",
            SortBy::Name => "name",
            SortBy::ValueAtStake => "value",
            SortBy::ExpectedValue => "ev",
            SortBy::Drift => "drift",
        }
    }

    pub fn from_slug(slug: &str) -> SortBy {
        SortBy::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or_default()
    }
}

/// One line of the accounts list.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub id: String,
    pub name: String,
    pub currency: String,
    pub status: Status,
    pub illustrative: bool,
    /// A lost customer: what it was worth on the old terms (lost-value); a current one:
    /// what losing it would cost (at-stake).
    pub value_at_stake: f64,
    /// The expected value of trying to win it back (none for a current customer).
    pub ev: Option<f64>,
    pub decision: Decision,
    /// A current customer's drift signals (none for a customer to win back).
    pub drift: Option<Vec<Signal>>,
    pub changed_at: f64,
}

/// The rows for `accounts`, keeping only `status` if given, ordered by `sort`.
pub fn rows(accounts: &[Account], today: Date, status: Option<Status>, sort: SortBy) -> Vec<Row> {
    let rows: Vec<Row> = accounts
        .iter()
        .filter(|a| status.is_none_or(|s| a.status == s))
        .map(|a| {
            let analysis = analyse(a, today);
            let current = a.status.is_current();
            Row {
                id: a.id.clone(),
                name: a.name.clone(),
                currency: a.currency.clone(),
                status: a.status,
                illustrative: a.illustrative,
                value_at_stake: if current {
                    stake(&a.keep_close.stake).at_stake
                } else {
                    analysis.evaluation.lost_value
                },
                ev: (!current).then_some(analysis.evaluation.ev),
                decision: analysis.verdict.decision,
                drift: current.then(|| {
                    drift_signals(&a.keep_close, &a.dialogue.stakeholders, a.as_of(today))
                }),
                changed_at: a.changed_at,
            }
        })
        .collect();
    // Each name lowercased once, not once per comparison.
    let mut keyed: Vec<(String, Row)> = rows
        .into_iter()
        .map(|r| {
            (
                if sort == SortBy::Name {
                    super::fold::lower(&r.name)
                } else {
                    String::new()
                },
                r,
            )
        })
        .collect();
    order::sort_by(&mut keyed, |(ka, a), (kb, b)| match sort {
        SortBy::LastChange => b.changed_at.total_cmp(&a.changed_at),
        SortBy::Name => ka.cmp(kb),
        SortBy::ValueAtStake => b.value_at_stake.total_cmp(&a.value_at_stake),
        SortBy::ExpectedValue => ev_key(b).total_cmp(&ev_key(a)),
        SortBy::Drift => drift_key(b)
            .cmp(&drift_key(a))
            .then(b.value_at_stake.total_cmp(&a.value_at_stake)),
    });
    keyed.into_iter().map(|(_, r)| r).collect()
}

/// Current customers (no expected value) after every customer to win back.
fn ev_key(row: &Row) -> f64 {
    row.ev.unwrap_or(f64::NEG_INFINITY)
}

/// The number of drift signals; customers to win back after every current one.
fn drift_key(row: &Row) -> i64 {
    row.drift.as_ref().map_or(-1, |d| d.len() as i64)
}

/// The words a CSV export needs, in the user's language.
pub struct CsvWords<'a> {
    /// Column titles: name, status, currency, value at stake, expected value, verdict, drift
    /// signals.
    pub header: [&'a str; 7],
    pub status: &'a dyn Fn(Status) -> String,
    pub decision: &'a dyn Fn(Decision) -> String,
    pub signal: &'a dyn Fn(&Signal) -> String,
}

/// One CSV field: quoted when it holds a separator, quote or line break; a leading = + - @
/// is escaped with ' so a spreadsheet never runs it as a formula.
pub(crate) fn csv_field(text: &str) -> String {
    // A leading = + - @ would make a spreadsheet read the cell as a formula; a plain number
    // (a negative amount) stays a number.
    let guarded = if text.starts_with(['=', '+', '-', '@']) && super::decimal::parse(text).is_none()
    {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if guarded.contains([',', '"', '\n', '\r', ';']) {
        format!("\"{}\"", guarded.replace('"', "\"\""))
    } else {
        guarded
    }
}

/// The list as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Arabic and
/// Hebrew), CRLF line ends, one row per account; amounts in whole units, signals in words.
pub fn csv(rows: &[Row], words: &CsvWords) -> String {
    let whole = |v: f64| {
        if v.is_finite() {
            (v.round() as i64).to_string()
        } else {
            String::new()
        }
    };
    csv_table(
        &words.header,
        rows.iter().map(|r| {
            vec![
                r.name.clone(),
                (words.status)(r.status),
                r.currency.clone(),
                whole(r.value_at_stake),
                r.ev.map(whole).unwrap_or_default(),
                if r.drift.is_some() {
                    String::new()
                } else {
                    (words.decision)(r.decision)
                },
                r.drift
                    .as_ref()
                    .map(|d| {
                        d.iter()
                            .map(|s| (words.signal)(s))
                            .collect::<Vec<_>>()
                            .join("; ")
                    })
                    .unwrap_or_default(),
            ]
        }),
    )
}

/// A table as CSV for spreadsheets: UTF-8 with a byte-order mark (so Excel reads Arabic and
/// Hebrew), CRLF line ends, every field escaped by [`csv_field`].
pub(crate) fn csv_table(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{FEFF}");
    let mut line = |fields: &[String]| {
        let cells: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
        out.push_str(&cells.join(","));
        out.push_str("\r\n");
    };
    line(&header.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>());
    for row in rows {
        line(&row);
    }
    out
}

impl Document {
    /// The account with `id`.
    pub fn account(&self, id: &str) -> Option<&Account> {
        self.accounts.iter().find(|a| a.id == id)
    }

    /// Changes the account with `id` and stamps its last change; false if there is none.
    pub fn update_account(
        &mut self,
        id: &str,
        now: f64,
        change: impl FnOnce(&mut Account),
    ) -> bool {
        match self.accounts.iter_mut().find(|a| a.id == id) {
            Some(account) => {
                change(account);
                account.changed_at = now;
                true
            }
            None => false,
        }
    }

    /// Removes and returns the account with `id`.
    pub fn remove_account(&mut self, id: &str) -> Option<Account> {
        let index = self.accounts.iter().position(|a| a.id == id)?;
        Some(self.accounts.remove(index))
    }

    /// Deletes the account with `id`, returning what an undo needs to put it back.
    pub fn delete_account(&mut self, id: &str) -> Option<Deleted> {
        let position = self.accounts.iter().position(|a| a.id == id)?;
        let account = self.accounts.remove(position);
        Some(Deleted { account, position })
    }

    /// Puts a deleted account back where it was, leaving every other edit made since in
    /// place; nothing if an account with its id exists again.
    pub fn undo_delete(&mut self, deleted: Deleted) {
        if self.account(&deleted.account.id).is_none() {
            let at = deleted.position.min(self.accounts.len());
            self.accounts.insert(at, deleted.account);
        }
    }

    /// Puts the built-in sample back (replacing an edited one).
    pub fn restore_sample(&mut self, now: f64, lang: Lang) {
        for mut sample in sample::all(lang).into_iter().rev() {
            self.remove_account(&sample.id);
            sample.changed_at = now;
            self.accounts.insert(0, sample);
        }
    }
}

/// An account just deleted, and where it stood in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct Deleted {
    pub account: Account,
    pub position: usize,
}

/// A copy of `account` under a new id and name, as a fresh (non-sample) account.
pub fn duplicate(account: &Account, id: String, name: String, now: f64) -> Account {
    Account {
        id,
        name,
        illustrative: account.illustrative,
        changed_at: now,
        ..account.clone()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn delete_and_undo_put_the_account_back_in_place_keeping_later_edits() {
        use super::super::account::{Account, Status};
        let mut doc = Document::default();
        for id in ["a", "b", "c"] {
            doc.accounts
                .push(Account::new(id, id.to_uppercase(), Status::Lost));
        }
        let deleted = doc.delete_account("b").unwrap();
        assert_eq!(deleted.position, 1);
        assert!(doc.delete_account("b").is_none());
        doc.update_account("c", 5.0, |a| a.name = "C2".into());
        doc.undo_delete(deleted.clone());
        let names: Vec<_> = doc.accounts.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(
            names,
            ["A", "B", "C2"],
            "undo keeps the edit made after the delete"
        );
        doc.undo_delete(deleted);
        assert_eq!(doc.accounts.len(), 3, "a second undo adds no copy");
    }

    use super::*;

    fn accounts() -> Vec<Account> {
        let mut small = Account::new("s", "beta small", Status::AtRisk);
        small.cost_benefit.revenue = 1000.0;
        small.changed_at = 20.0;
        let mut sample = sample::brex_rilf(Lang::En);
        sample.changed_at = 10.0;
        vec![sample, small]
    }

    #[test]
    fn rows_carry_the_engine_figures() {
        let today = Date::new(2012, 11, 22).unwrap();
        let rows = rows(&accounts(), today, None, SortBy::Name);
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].name, "beta small", "case-insensitive name order");
        let sample = &rows[1];
        let analysis = analyse(&sample::brex_rilf(Lang::En), today);
        assert_eq!(sample.value_at_stake, analysis.evaluation.lost_value);
        assert_eq!(sample.ev, Some(analysis.evaluation.ev));
        assert_eq!(sample.decision, analysis.verdict.decision);
    }

    #[test]
    fn sorts_and_filters() {
        let today = Date::FALLBACK;
        let ids = |rows: Vec<Row>| rows.into_iter().map(|r| r.id).collect::<Vec<_>>();
        assert_eq!(
            ids(rows(&accounts(), today, None, SortBy::LastChange)),
            ["s", "sample-brex-rilf"]
        );
        assert_eq!(
            ids(rows(&accounts(), today, None, SortBy::ValueAtStake)),
            ["sample-brex-rilf", "s"]
        );
        assert_eq!(
            ids(rows(&accounts(), today, None, SortBy::ExpectedValue)),
            ["sample-brex-rilf", "s"]
        );
        assert_eq!(
            ids(rows(&accounts(), today, Some(Status::AtRisk), SortBy::Name)),
            ["s"]
        );
        assert!(rows(&accounts(), today, Some(Status::NotPursued), SortBy::Name).is_empty());
        assert_eq!(SortBy::from_slug("ev"), SortBy::ExpectedValue);
        assert_eq!(SortBy::from_slug("??"), SortBy::LastChange);
    }

    #[test]
    fn document_operations() {
        let mut doc = Document {
            accounts: accounts(),
            ..Document::default()
        };
        assert!(doc.update_account("s", 99.0, |a| a.name = "Beta".into()));
        assert_eq!(
            doc.account("s").map(|a| (a.name.as_str(), a.changed_at)),
            Some(("Beta", 99.0))
        );
        assert!(!doc.update_account("missing", 1.0, |_| {}));
        doc.accounts[0].cost_benefit.revenue = 1.0;
        doc.restore_sample(5.0, Lang::En);
        assert_eq!(doc.accounts.len(), 3, "both samples and the own account");
        assert_eq!(doc.accounts[1].id, sample::CURRENT_SAMPLE_ID);
        assert_eq!(
            doc.accounts[0].cost_benefit,
            sample::brex_rilf(Lang::En).cost_benefit,
            "edited sample replaced"
        );
        assert_eq!(doc.remove_account("s").map(|a| a.name), Some("Beta".into()));
        assert!(doc.remove_account("s").is_none());
    }

    #[test]
    fn duplicates_are_independent_copies() {
        let original = sample::brex_rilf(Lang::En);
        let copy = duplicate(&original, "c".into(), "RILF (copy)".into(), 5.0);
        assert_eq!(
            (copy.id.as_str(), copy.name.as_str(), copy.changed_at),
            ("c", "RILF (copy)", 5.0)
        );
        assert_eq!(copy.cost_benefit, original.cost_benefit);
        assert_eq!(copy.dialogue, original.dialogue);
    }

    #[test]
    fn current_customers_show_what_is_at_stake_and_sort_by_drift() {
        use crate::model::keep_close::Signal;
        let today = Date::new(2026, 9, 1).unwrap();
        let mut calm = Account::new("calm", "Calm", Status::Active);
        calm.keep_close.stake.revenue = 1e6;
        calm.keep_close
            .contacts
            .push(crate::model::keep_close::Contact {
                id: 1,
                date: Date::new(2026, 8, 1).unwrap(),
                kind: crate::model::keep_close::ContactKind::OnSite,
                level: crate::model::account::Level::Top,
                people: vec![],
                phase: crate::model::keep_close::Phase::Running,
                purpose: String::new(),
                note: String::new(),
            });
        let mut drifting = Account::new("drift", "Drifting", Status::AtRisk);
        drifting.keep_close.system_live = true;
        let lost = sample::brex_rilf(Lang::En);
        let accounts = vec![lost, calm, drifting];
        let rows = rows(&accounts, today, None, SortBy::Drift);
        let ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["drift", "calm", sample::SAMPLE_ID],
            "most signals first, customers to win back last"
        );
        assert_eq!(rows[1].drift, Some(vec![]));
        assert_eq!(rows[1].ev, None);
        assert!(
            (rows[1].value_at_stake
                - crate::model::keep_close::stake(&accounts[1].keep_close.stake).at_stake)
                .abs()
                < 1e-9
        );
        assert!(rows[0]
            .drift
            .as_ref()
            .unwrap()
            .contains(&Signal::NoOneOnSite));
        let by_ev = super::rows(&accounts, today, None, SortBy::ExpectedValue);
        assert_eq!(
            by_ev[0].id,
            sample::SAMPLE_ID,
            "current customers have no expected value: last"
        );
    }

    #[test]
    fn the_csv_has_a_bom_a_header_one_row_per_account_and_no_formulas() {
        let today = Date::new(2026, 9, 1).unwrap();
        let mut a = Account::new("x", "=HYPERLINK(\"evil\")", Status::Active);
        a.keep_close.system_live = true;
        let accounts = vec![a, sample::brex_rilf(Lang::En)];
        let status = |s: Status| s.slug().to_owned();
        let decision = |d: Decision| d.slug().to_owned();
        let signal = |s: &crate::model::keep_close::Signal| s.slug().to_owned();
        let words = CsvWords {
            header: [
                "Name", "Status", "Currency", "Value", "EV", "Verdict", "Signals",
            ],
            status: &status,
            decision: &decision,
            signal: &signal,
        };
        let text = csv(&rows(&accounts, today, None, SortBy::Name), &words);
        assert!(text.starts_with("\u{FEFF}Name,Status,Currency,Value,EV,Verdict,Signals\r\n"));
        let lines: Vec<&str> = text.trim_end().split("\r\n").collect();
        assert_eq!(lines.len(), 3);
        assert!(
            lines[1].starts_with("\"'=HYPERLINK(\"\"evil\"\")\",active,EUR,0,,,"),
            "{}",
            lines[1]
        );
        assert!(lines[1].contains("top-level-overdue") && lines[1].contains("no-one-on-site"));
        assert!(
            lines[2].contains(",won-back,EUR,") && lines[2].contains(",needs-work,"),
            "{}",
            lines[2]
        );
    }
}
