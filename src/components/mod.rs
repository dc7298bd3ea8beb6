//! Small reusable pieces of the page.

mod footer;
mod header;

pub use footer::Footer;
pub use header::Header;
mod step_nav;
pub use step_nav::{step_label, StepNav};
