//! The keep-close steps of a current customer: the bond, the contact log and the visit helper
//! (`keep-close-model.md`). Every figure and signal comes from `model::keep_close`.

mod bond_step;
mod complaints;
mod contact_form;
mod contacts_step;
mod rhythm_chart;
mod signal_list;
mod stake_panel;
mod visit_helper;
mod visit_log;
mod visit_step;

pub use bond_step::BondStep;
pub use contacts_step::ContactsStep;
pub use signal_list::signal_text;
pub use visit_step::VisitStep;
