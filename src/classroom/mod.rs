//! The classroom kit's pages and parts: handing a case out, handing an answer in, taking a
//! hand-out or return link, and the class board.

mod class_charts;
mod class_links;
mod class_page;
mod class_table;
mod classroom_tools;
mod hand_in;
mod handout_link;
mod handout_panel;
mod handout_sheet;
mod receiver;
mod refusals;
mod teaching_notes;
mod trainer_tools;

pub use class_charts::ClassCharts;
pub use class_page::ClassPage;
pub use classroom_tools::ClassroomTools;
pub use handout_link::use_handout_link;
pub use handout_sheet::HandoutSheet;
pub use receiver::{take, HandoutReceiver};
