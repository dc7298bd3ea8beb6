//! Small reusable pieces of the page.

mod footer;
mod header;
mod notice_bar;
mod step_nav;
mod storage_banner;

pub use footer::Footer;
pub use header::Header;
pub use notice_bar::NoticeBar;
pub use step_nav::{step_label, StepNav};
pub use storage_banner::StorageBanner;
