use leptos::prelude::*;

use crate::i18n::{errors, use_i18n, Key};
use crate::model::classroom::{ClassError, Refusal};
use crate::state::{use_app_state, Notice};

/// The files the class board did not take, each with why. A later answer from a team that
/// has already handed in (a corrected one, usually) offers to take the earlier one's place.
#[component]
pub fn Refusals(
    /// The files refused by the last collection.
    refused: RwSignal<Vec<Refusal>>,
    /// Puts a later answer (its text) in place of its team's earlier one; gives the team.
    replace: Callback<String, Result<String, ClassError>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    // The refusal at `at` taken after all: its later answer in place of the earlier one.
    let take = Callback::new(move |at: usize| {
        let Some(text) = refused.with_untracked(|r| r.get(at).and_then(|r| r.later.clone())) else {
            return;
        };
        match replace.run(text) {
            Ok(team) => {
                refused.update(|r| {
                    if at < r.len() {
                        r.remove(at);
                    }
                });
                state.notice.set(Some(
                    Notice::status(Key::ClassReplaced).with_args(vec![team]),
                ));
            }
            Err(error) => refused.update(|r| {
                if let Some(r) = r.get_mut(at) {
                    r.error = error;
                    r.later = None;
                }
            }),
        }
    });
    view! {
        <ul class="refusals" role="alert" data-testid="class-refusals">
            {move || refused.get().into_iter().enumerate().map(|(at, r)| {
                let why = i18n.f(Key::ClassRefused, &[&r.file, &errors::class_error(i18n.numbers(), &r.error)]);
                let offer = match (r.error, r.later) {
                    (ClassError::SameTeam(team), Some(_)) => Some(view! {
                        <button type="button" class="replace" data-testid="class-replace" on:click=move |_| take.run(at)>
                            {i18n.f(Key::ClassReplace, &[&team])}
                        </button>
                    }),
                    _ => None,
                };
                // No <bdi> around the sentence: its first strong letter is often the file's
                // name (Latin), which would turn a Hebrew or Arabic sentence left to right.
                // The name is isolated inside it (`format`).
                view! { <li>{why}{offer}</li> }
            }).collect_view()}
        </ul>
    }
}
