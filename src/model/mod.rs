//! The pure domain: data, economics, validation and verdicts. No Leptos, web-sys or gloo here,
//! so everything in this module is tested natively with `cargo test`.

pub mod account;
pub mod analysis;
pub mod classroom;
pub mod coverage;
pub mod date;
pub mod decimal;
pub mod economics;
pub mod field;
pub mod fold;
pub mod incumbent;
pub mod items;
pub mod keep_close;
pub mod limits;
pub mod locale;
pub mod objects;
pub mod order;
pub mod origin;
pub mod parse;
pub mod persist;
pub mod plan;
pub mod plural;
pub mod portfolio;
pub mod progress;
pub mod sample;
pub mod step;
pub mod sync;
pub mod teaching;
pub mod verdict;
pub mod what_if;
pub mod wording;
