use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};

/// "Where this comes from": the sources of a step's formulas and defaults, so a student can
/// tell a research result from an illustrative number.
#[component]
pub fn SourceNote(
    /// The note's text.
    text: Key,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <details class="source-note" data-testid="source-note">
            <summary>{i18n.s(Key::SourceSummary)}</summary>
            <p>{i18n.s(text)}</p>
        </details>
    }
}
