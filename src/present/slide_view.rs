use leptos::prelude::*;

use super::class_slide::ClassSlide;
use super::handout_slide::HandoutSlide;
use super::present_page::use_presentation;
use crate::components::step_label;
use crate::i18n::{labels, use_i18n, I18n, Key};
use crate::model::account::Account;
use crate::model::classroom::facts;
use crate::model::teaching::{deck, has_outcome, Slide, QUESTIONS};
use crate::state::memo;
use crate::steps::use_account;

/// A slide's heading, for the slide itself and for the presenter's "next".
pub fn slide_title(i18n: &I18n, slide: Slide, name: &str) -> String {
    match slide {
        Slide::Title => name.to_owned(),
        Slide::Handout => i18n.t(Key::SlideHandoutTitle).to_owned(),
        Slide::Facts => i18n.t(Key::SlideFactsTitle).to_owned(),
        Slide::Question { step, n } => {
            let count = QUESTIONS.iter().find(|q| q.0 == step).map_or(1, |q| q.1);
            let numbers = i18n.numbers();
            i18n.f(
                Key::SlideQuestion,
                &[
                    i18n.t(step_label(step)),
                    &numbers.whole(i64::from(n) + 1),
                    &numbers.whole(i64::from(count)),
                ],
            )
        }
        Slide::Class => i18n.t(Key::SlideClassTitle).to_owned(),
        Slide::Reveal { step } => i18n.f(Key::SlideRevealTitle, &[i18n.t(step_label(step))]),
        Slide::Notes => i18n.t(Key::SlideNotesTitle).to_owned(),
    }
}

/// Whether a slide's text is hidden from the class until revealed: the outcomes always, the
/// trainer's notes if they say so.
pub fn hidden(slide: Slide, account: &Account) -> bool {
    match slide {
        Slide::Notes => account.teaching.reveal_later && !account.teaching.text.trim().is_empty(),
        slide => slide.hides(),
    }
}

/// What a reveal slide tells: what really happened at its step, or the trainer's notes.
pub fn outcome(i18n: &I18n, slide: Slide, account: &Account) -> Option<String> {
    Some(match slide {
        Slide::Reveal { step } if has_outcome(account) => i18n.t(labels::happened(step)).to_owned(),
        Slide::Reveal { .. } => i18n.t(Key::HappenedNone).to_owned(),
        Slide::Notes if account.teaching.text.trim().is_empty() => {
            i18n.t(Key::SlideNotesNone).to_owned()
        }
        Slide::Notes => account.teaching.text.clone(),
        _ => return None,
    })
}

/// Slide `index` of the deck, large, for the projector.
#[component]
pub fn SlideView(
    /// Which slide of [`deck`].
    #[prop(into)]
    index: Signal<usize>,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let show = use_presentation();
    let slide = memo(move || deck().get(index.get()).copied().unwrap_or(Slide::Title));
    let name = move || ctx.read(String::new(), |a| a.name.clone());
    let revealed = move || show.shared.with(|s| s.is_revealed(index.get()));
    let body = move || {
        match slide.get() {
        Slide::Title => view! {
            <p class="slide-kicker">{i18n.t(Key::SlideKicker)}</p>
            <p>{i18n.t(Key::SlideTitleText)}</p>
        }
        .into_any(),
        Slide::Handout => view! { <HandoutSlide /> }.into_any(),
        Slide::Facts => {
            // Only what the class may know before deciding: the outcome is for the reveals.
            let events = ctx.read(Vec::new(), facts);
            if events.is_empty() {
                view! { <p>{i18n.t(Key::SlideFactsNone)}</p> }.into_any()
            } else {
                let n = i18n.numbers();
                view! {
                    <ol class="slide-facts">
                        {events.into_iter().map(|e| view! {
                            <li><strong>{n.date(e.date)}</strong>" · "<bdi>{e.text}</bdi></li>
                        }).collect_view()}
                    </ol>
                }
                .into_any()
            }
        }
        Slide::Question { step, n } => {
            view! { <p class="slide-question">{i18n.f(labels::question(step, n), &[&name()])}</p> }.into_any()
        }
        Slide::Class => view! { <ClassSlide /> }.into_any(),
        slide @ (Slide::Reveal { .. } | Slide::Notes)
            if revealed() || !ctx.read(true, |a| hidden(slide, a)) =>
        {
            let text = ctx.read(None, |a| outcome(&i18n, slide, a)).unwrap_or_default();
            view! { <p class="slide-outcome" dir="auto" data-testid="revealed">{text}</p> }.into_any()
        }
        Slide::Reveal { .. } | Slide::Notes => view! {
            <p class="hint">{i18n.t(Key::RevealHint)}</p>
            <button type="button" data-testid="reveal" on:click=move |_| {
                // Read first: the index is derived from the state being updated.
                let i = index.get_untracked();
                show.update(|s| s.reveal(i));
            }>
                {i18n.t(Key::Reveal)}
            </button>
        }
        .into_any(),
    }
    };
    view! {
        <section class="slide" aria-live="polite" data-testid="slide">
            <h2><bdi>{move || slide_title(&i18n, slide.get(), &name())}</bdi></h2>
            {body}
        </section>
    }
}
