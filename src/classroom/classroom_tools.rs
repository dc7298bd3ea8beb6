use leptos::prelude::*;

use super::hand_in::HandIn;
use super::trainer_tools::TrainerTools;
use crate::i18n::{use_i18n, Key};
use crate::model::classroom::is_copy;
use crate::state::memo;
use crate::steps::use_account;

/// Under every account: hand the case out to a class, hand an answer in, and open the class
/// board that collects the answers to this case. On a student's copy of a case, handing in
/// comes first and the trainer's tools fold away.
#[component]
pub fn ClassroomTools() -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let copy = memo(move || ctx.read(false, is_copy));
    view! {
        <section
            class="card classroom"
            aria-labelledby=move || if copy.get() { "hand-in-heading" } else { "classroom-heading" }
        >
            <Show
                when=move || copy.get()
                fallback=move || view! {
                    <h2 id="classroom-heading">{i18n.s(Key::ClassToolsHeading)}</h2>
                    <TrainerTools />
                    <HandIn lead=false />
                }
            >
                <HandIn lead=true />
                <details class="trainer-tools">
                    <summary>{i18n.s(Key::ClassToolsHeading)}</summary>
                    <TrainerTools />
                </details>
            </Show>
        </section>
    }
}
