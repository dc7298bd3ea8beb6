//! Small reusable pieces of the page.

mod canvas;
mod chart_figure;
mod field_span;
mod footer;
mod header;
mod item_rows;
mod language_picker;
mod later;
mod notice_bar;
mod number_field;
mod page_title;
mod paint;
mod remove_button;
mod source_note;
mod step_nav;
mod storage_banner;
mod text_field;
mod update_banner;

pub use chart_figure::ChartFigure;
pub use field_span::FieldSpan;
pub use footer::Footer;
pub use header::Header;
pub use item_rows::ItemRows;
pub use language_picker::LanguagePicker;
pub use later::{settle, Later};
pub use notice_bar::NoticeBar;
pub use number_field::{BoundedField, NumberField};
pub use page_title::PageTitle;
pub use remove_button::RemoveButton;
pub use source_note::SourceNote;
pub use step_nav::{step_label, StepNav};
pub use storage_banner::StorageBanner;
pub use text_field::{ChoiceField, DateField, TextField};
pub use update_banner::UpdateBanner;
