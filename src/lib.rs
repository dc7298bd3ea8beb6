//! Win-Back Planner: decide whether and how to win back a lost B2B customer.
//!
//! `model` is pure Rust (no browser, no Leptos) and tested natively; everything else wires
//! the model to the page.

pub mod app;
pub mod browser;
pub mod charts;
pub mod classroom;
pub mod components;
pub mod display;
pub mod files;
pub mod frame;
pub mod i18n;
pub mod link;
pub mod model;
pub mod offline;
pub mod pages;
pub mod present;
pub mod state;
pub mod steps;
pub mod storage;

pub use app::App;
