//! Presentation mode: a case as full-screen slides for a class, with a countdown for group
//! work and a presenter's view in a second window kept in step through `BroadcastChannel`.

mod class_slide;
mod countdown;
mod handout_slide;
mod present_page;
mod presenter_notes;
mod slide_view;

pub use present_page::PresentPage;
