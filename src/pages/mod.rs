//! One component per route.

mod account;
mod accounts;
mod not_found;

pub use account::AccountPage;
pub use accounts::AccountsPage;
pub use not_found::NotFound;
