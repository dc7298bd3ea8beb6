//! The accounts list: one row per account with what is at stake, sorted and filtered.

use super::account::{Account, Status};
use super::analysis::analyse;
use super::date::Date;
use super::locale::Lang;
use super::order;
use super::persist::Document;
use super::sample::{brex_rilf, SAMPLE_ID};
use super::verdict::Decision;

/// How the list is ordered.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum SortBy {
    #[default]
    LastChange,
    Name,
    ValueAtStake,
    ExpectedValue,
}

impl SortBy {
    pub const ALL: [SortBy; 4] = [
        SortBy::LastChange,
        SortBy::Name,
        SortBy::ValueAtStake,
        SortBy::ExpectedValue,
    ];

    /// A stable name for a `<select>` value.
    pub fn slug(self) -> &'static str {
        match self {
            SortBy::LastChange => "last-change",
            SortBy::Name => "name",
            SortBy::ValueAtStake => "value",
            SortBy::ExpectedValue => "ev",
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
    /// What the customer was worth on the old terms (lost-value).
    pub value_at_stake: f64,
    pub ev: f64,
    pub decision: Decision,
    pub changed_at: f64,
}

/// The rows for `accounts`, keeping only `status` if given, ordered by `sort`.
pub fn rows(accounts: &[Account], today: Date, status: Option<Status>, sort: SortBy) -> Vec<Row> {
    let rows: Vec<Row> = accounts
        .iter()
        .filter(|a| status.is_none_or(|s| a.status == s))
        .map(|a| {
            let analysis = analyse(a, today);
            Row {
                id: a.id.clone(),
                name: a.name.clone(),
                currency: a.currency.clone(),
                status: a.status,
                illustrative: a.illustrative,
                value_at_stake: analysis.evaluation.lost_value,
                ev: analysis.evaluation.ev,
                decision: analysis.verdict.decision,
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
                    r.name.to_lowercase()
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
        SortBy::ExpectedValue => b.ev.total_cmp(&a.ev),
    });
    keyed.into_iter().map(|(_, r)| r).collect()
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
        self.remove_account(SAMPLE_ID);
        let mut sample = brex_rilf(lang);
        sample.changed_at = now;
        self.accounts.insert(0, sample);
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
        let mut sample = brex_rilf(Lang::En);
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
        let analysis = analyse(&brex_rilf(Lang::En), today);
        assert_eq!(sample.value_at_stake, analysis.evaluation.lost_value);
        assert_eq!(sample.ev, analysis.evaluation.ev);
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
        assert_eq!(doc.accounts.len(), 2);
        assert_eq!(
            doc.accounts[0].cost_benefit,
            brex_rilf(Lang::En).cost_benefit,
            "edited sample replaced"
        );
        assert_eq!(doc.remove_account("s").map(|a| a.name), Some("Beta".into()));
        assert!(doc.remove_account("s").is_none());
    }

    #[test]
    fn duplicates_are_independent_copies() {
        let original = brex_rilf(Lang::En);
        let copy = duplicate(&original, "c".into(), "RILF (copy)".into(), 5.0);
        assert_eq!(
            (copy.id.as_str(), copy.name.as_str(), copy.changed_at),
            ("c", "RILF (copy)", 5.0)
        );
        assert_eq!(copy.cost_benefit, original.cost_benefit);
        assert_eq!(copy.dialogue, original.dialogue);
    }
}
