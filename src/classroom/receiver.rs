use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::browser::new_id;
use crate::i18n::{errors, use_i18n, Key};
use crate::link;
use crate::model::account::Account;
use crate::model::classroom::{read_handout, scenario_of, ClassError};
use crate::model::step::Step;
use crate::state::{use_app_state, AppState, Notice};

/// Adds a hand-out's case as a new account — or, if this device already has a copy of that
/// case, keeps that one — says which, and returns the path that opens it.
pub fn take(state: AppState, case: Account) -> String {
    let scenario = scenario_of(&case);
    let copy = state.doc.with_untracked(|d| {
        d.accounts
            .iter()
            .find(|a| a.scenario.as_deref() == Some(scenario.as_str()))
            .map(|a| (a.id.clone(), a.name.clone()))
    });
    let (id, name, key) = match copy {
        Some((id, name)) => (id, name, Key::HandoutAlready),
        None => {
            let (id, name) = (case.id.clone(), case.name.clone());
            let mut case = case;
            case.changed_at = crate::browser::now();
            state.edit(|d| d.accounts.insert(0, case));
            (id, name, Key::HandoutAdded)
        }
    };
    state
        .notice
        .set(Some(Notice::status(key).with_args(vec![name])));
    format!("/accounts/{id}/{}", Step::Reasons.slug())
}

/// Takes a hand-out link opened in this browser: the case is added as a new account (never
/// over the student's own data) and opened; opened again, the copy already made is offered.
/// The `#` fragment is dropped from the address once read.
#[component]
pub fn HandoutReceiver() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let opening = RwSignal::new(false);
    let fragment = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .filter(|h| link::carries_handout(h));
    if let Some(fragment) = fragment {
        opening.set(true);
        spawn_local(async move {
            let text = link::read(&fragment).await;
            opening.set(false);
            let case = text
                .map_err(|_| ClassError::Damaged)
                .and_then(|text| read_handout(&text, new_id()));
            let replace = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            let case = match case {
                Ok(case) => case,
                Err(e) => {
                    let reason = errors::class_error(i18n.numbers(), &e);
                    state.notice.set(Some(
                        Notice::alert(Key::LinkBroken, None).with_args(vec![reason]),
                    ));
                    navigate("/", replace);
                    return;
                }
            };
            navigate(&take(state, case), replace);
        });
    }
    view! {
        <Show when=move || opening.get()>
            <p class="notice" role="status">{i18n.s(Key::HandoutOpening)}</p>
        </Show>
    }
}
