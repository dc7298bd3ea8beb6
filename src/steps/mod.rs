//! One component per wizard step, sharing the open account through [`AccountContext`].

pub(crate) mod account_details;
mod adaptations;
mod charts;
mod contributors;
mod cost_benefit;
pub(crate) mod cost_benefit_results;
pub(crate) mod cost_benefit_tables;
mod criteria;
pub(crate) mod dialogue;
mod keep_close;
mod meeting_plan;
mod offer_comparison;
mod reason_list;
mod reasons;
mod requirements;
mod stakeholder_card;
mod stakeholder_editor;
mod summary;
mod summary_text;
mod timeline;

pub use cost_benefit::CostBenefitStep;
pub use dialogue::DialogueStep;
pub use keep_close::{signal_text, BondStep, ContactsStep, VisitStep};
pub use reasons::ReasonsStep;
pub use requirements::RequirementsStep;
pub use summary::SummaryStep;

use leptos::prelude::*;

use crate::browser::{now, today};
use crate::model::account::Account;
use crate::model::analysis::{analyse, Analysis};
use crate::model::field::Field;
use crate::model::items::{self, Item};
use crate::state::{memo, use_app_state, AppState};

/// The account a step works on, and everything derived from it.
#[derive(Clone, Copy)]
pub struct AccountContext {
    pub id: Signal<String>,
    pub account: Memo<Option<Account>>,
    pub analysis: Memo<Option<Analysis>>,
    /// A value being dragged on a what-if slider: shown everywhere, saved on release.
    preview: RwSignal<Option<(Field, f64)>>,
    state: AppState,
}

impl AccountContext {
    /// Builds the context for the account whose id `id` holds, and provides it.
    pub fn provide(id: Signal<String>) -> AccountContext {
        let state = use_app_state();
        let account = memo(move || id.with(|id| state.doc.with(|doc| doc.account(id).cloned())));
        let preview = RwSignal::new(None::<(Field, f64)>);
        let analysis = memo(move || {
            account.with(|a| {
                a.as_ref().map(|a| match preview.get() {
                    Some((field, value)) => {
                        let mut a = a.clone();
                        a.cost_benefit.set(field, value);
                        analyse(&a, today())
                    }
                    None => analyse(a, today()),
                })
            })
        });
        let ctx = AccountContext {
            id,
            account,
            analysis,
            preview,
            state,
        };
        provide_context(ctx);
        ctx
    }

    /// Changes the account (stamping its last change); saved like every edit.
    pub fn update(&self, change: impl FnOnce(&mut Account)) {
        let id = self.id.get_untracked();
        self.state.edit(|doc| {
            doc.update_account(&id, now(), change);
        });
    }

    /// The ids of one of the account's lists, in order (what a keyed list renders).
    pub fn item_ids<T: Item + 'static>(&self, list: fn(&Account) -> &Vec<T>) -> Memo<Vec<u32>> {
        let account = self.account;
        memo(move || account.with(|a| a.as_ref().map(|a| items::ids(list(a))).unwrap_or_default()))
    }

    /// Item `id` of one of the account's lists, as its own memo: a row changes only when its
    /// item does.
    pub fn item<T>(&self, list: fn(&Account) -> &Vec<T>, id: u32) -> Memo<Option<T>>
    where
        T: Item + Clone + PartialEq + Send + Sync + 'static,
    {
        let account = self.account;
        memo(move || account.with(|a| a.as_ref().and_then(|a| items::find(list(a), id).cloned())))
    }

    /// Changes item `id` of one of the account's lists (nothing if it is gone).
    pub fn edit_item<T: Item>(
        &self,
        list: fn(&mut Account) -> &mut Vec<T>,
        id: u32,
        change: impl FnOnce(&mut T),
    ) {
        self.update(|a| {
            if let Some(item) = items::find_mut(list(a), id) {
                change(item);
            }
        })
    }

    /// Removes item `id` of one of the account's lists (nothing if it is gone).
    pub fn remove_item<T: Item>(&self, list: fn(&mut Account) -> &mut Vec<T>, id: u32) {
        self.update(|a| {
            items::remove(list(a), id);
        })
    }

    /// A cost–benefit input as shown now: the dragged value, else the saved one (reactive).
    pub fn input(&self, field: Field) -> f64 {
        match self.preview.get() {
            Some((dragged, value)) if dragged == field => value,
            _ => self.read(field.default_value(), |a| a.cost_benefit.get(field)),
        }
    }

    /// Whether a slider is being dragged (charts then hold their axes still).
    pub fn dragging(&self) -> Memo<bool> {
        let preview = self.preview;
        memo(move || preview.with(Option::is_some))
    }

    /// Shows `value` for `field` everywhere without saving it (while a slider is dragged).
    pub fn preview(&self, field: Field, value: f64) {
        self.preview.set(Some((field, value)));
    }

    /// Ends a preview without saving it.
    pub fn end_preview(&self) {
        self.preview.set(None);
    }

    /// Saves `value` for `field` and ends any preview.
    pub fn commit(&self, field: Field, value: f64) {
        self.update(|a| a.cost_benefit.set(field, value));
        self.preview.set(None);
    }

    /// Whether edits are allowed now.
    pub fn editable(&self) -> bool {
        self.state.editable()
    }

    /// A value read from the account (reactive), or `fallback` while there is none.
    pub fn read<T>(&self, fallback: T, read: impl Fn(&Account) -> T) -> T {
        self.account
            .with(|a| a.as_ref().map(&read).unwrap_or(fallback))
    }
}

/// The open account's context; provided by the account page (a step outside it is a bug).
pub fn use_account() -> AccountContext {
    expect_context::<AccountContext>()
}
