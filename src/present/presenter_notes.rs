use leptos::prelude::*;

use super::slide_view::{outcome, slide_title};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::teaching::{deck, has_outcome, Slide};
use crate::steps::use_account;

/// The presenter's window: the notes for the slide on the projector, and what comes next.
#[component]
pub fn PresenterNotes(
    /// The slide on the projector.
    #[prop(into)]
    index: Signal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let notes = move || {
        let slide = deck().get(index.get()).copied()?;
        ctx.read(None, |a| match slide {
            Slide::Question { step, .. } if has_outcome(a) => {
                Some(i18n.t(labels::shows(step)).to_owned())
            }
            Slide::Reveal { .. } | Slide::Notes => outcome(&i18n, slide, a),
            _ => None,
        })
    };
    let next = move || match deck().get(index.get() + 1) {
        Some(slide) => {
            let name = ctx.read(String::new(), |a| a.name.clone());
            i18n.f(Key::PresenterNext, &[&slide_title(&i18n, *slide, &name)])
        }
        None => i18n.t(Key::PresenterEnd).to_owned(),
    };
    view! {
        <aside class="presenter-notes" aria-labelledby="presenter-heading">
            <h2 id="presenter-heading">{i18n.s(Key::PresenterTitle)}</h2>
            <h3>{i18n.s(Key::PresenterNotes)}</h3>
            <p data-testid="presenter-notes">{notes}</p>
            <p class="own-notes" dir="auto" data-testid="presenter-own-notes">{move || ctx.read(String::new(), |a| a.teaching.text.clone())}</p>
            <p class="hint" data-testid="presenter-next"><bdi>{next}</bdi></p>
        </aside>
    }
}
