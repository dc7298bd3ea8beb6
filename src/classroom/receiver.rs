use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use crate::browser::new_id;
use crate::i18n::{errors, use_i18n, I18n, Key};
use crate::link;
use crate::model::account::Account;
use crate::model::classroom::{
    class_for, read_answer, read_handout, scenario_of, ClassError, NoClass, PacketKind,
};
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

/// Adds a team's answer from a return link to the class collecting its case (made if the
/// case is on this device) and returns the path of that class board; `None`, with the
/// reason said, if there is none here. A refusal (the team has handed in already) is
/// said by name.
fn take_answer(state: AppState, i18n: I18n, text: &str) -> Result<Option<String>, ClassError> {
    let answer = read_answer(text)?;
    let scenario = scenario_of(&answer.account);
    let mut taken = Err(NoClass::NoCase);
    state.edit(|d| {
        taken = class_for(d, &scenario, new_id()).map(|at| {
            let class = &mut d.classes[at];
            // The one link opened: "return link 1".
            let label = i18n.f(Key::LinkNumber, &[&i18n.numbers().whole(1)]);
            (
                class.id.clone(),
                class.collect(vec![(label, text.to_owned())]),
            )
        });
    });
    let (id, refused) = match taken {
        Ok(taken) => taken,
        Err(why) => {
            let key = match why {
                NoClass::StudentCopy => Key::AnswerOwnLink,
                NoClass::NoCase => Key::AnswerNoCase,
            };
            let notice = Notice::alert(key, None).with_args(vec![answer.team]);
            state.notice.set(Some(notice));
            return Ok(None);
        }
    };
    state.notice.set(Some(match refused.first() {
        None => Notice::status(Key::AnswerTaken).with_args(vec![answer.team]),
        Some(r) => Notice::alert(Key::ClassRefused, None).with_args(vec![
            r.file.clone(),
            errors::class_error(i18n.numbers(), &r.error),
        ]),
    }));
    Ok(Some(format!("/class/{id}")))
}

/// Takes a hand-out or return link opened in this browser. A hand-out's case is added as a
/// new account (never over the student's own data) and opened; opened again, the copy
/// already made is offered. A team's answer goes to its case's class board. The `#`
/// fragment is dropped from the address once read.
#[component]
pub fn HandoutReceiver() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let navigate = use_navigate();
    let opening = RwSignal::new(None::<PacketKind>);
    let receive = move || {
        let Some((kind, coded)) = link::in_address() else {
            return;
        };
        let navigate = navigate.clone();
        opening.set(Some(kind));
        spawn_local(async move {
            let text = link::read(&coded).await.map_err(|_| ClassError::Damaged);
            opening.set(None);
            let replace = NavigateOptions {
                replace: true,
                ..Default::default()
            };
            let taken = text.and_then(|text| match kind {
                PacketKind::Handout => {
                    read_handout(&text, new_id()).map(|case| Some(take(state, case)))
                }
                PacketKind::Answer => take_answer(state, i18n, &text),
            });
            let path = match taken {
                Ok(path) => path.unwrap_or_else(|| "/".to_owned()),
                Err(e) => {
                    let broken = match kind {
                        PacketKind::Handout => Key::LinkBroken,
                        PacketKind::Answer => Key::AnswerLinkBroken,
                    };
                    let reason = errors::class_error(i18n.numbers(), &e);
                    state
                        .notice
                        .set(Some(Notice::alert(broken, None).with_args(vec![reason])));
                    "/".to_owned()
                }
            };
            link::forget_fragment();
            navigate(&path, replace);
        });
    };
    receive();
    // A link pasted into the address bar of a tab already open on the app changes only the
    // `#`: no page load, so it is taken when the fragment changes too.
    let listener = window_event_listener(leptos::ev::hashchange, move |_| receive());
    on_cleanup(move || listener.remove());
    let message = move || match opening.get() {
        Some(PacketKind::Handout) => Some(i18n.t(Key::HandoutOpening)),
        Some(PacketKind::Answer) => Some(i18n.t(Key::AnswerOpening)),
        None => None,
    };
    view! {
        <Show when=move || opening.with(Option::is_some)>
            <p class="notice" role="status">{message}</p>
        </Show>
    }
}
