use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use super::handout_panel::HandoutPanel;
use super::teaching_notes::TeachingNotesEditor;
use crate::browser::new_id;
use crate::i18n::{use_i18n, Key};
use crate::model::classroom::{scenario_of, Class};
use crate::state::use_app_state;
use crate::steps::use_account;

/// Hand the case out, collect the class's answers, present, and the trainer's own notes.
#[component]
pub fn TrainerTools() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let ctx = use_account();
    let navigate = use_navigate();
    let open = RwSignal::new(false);
    // The class for this account's case: the one already there, else a new one.
    let board = move |_| {
        let Some(account) = ctx.account.get_untracked() else {
            return;
        };
        let scenario = scenario_of(&account);
        let existing = state.doc.with_untracked(|d| {
            d.classes
                .iter()
                .find(|c| c.scenario == scenario)
                .map(|c| c.id.clone())
        });
        let id = existing.unwrap_or_else(|| {
            let class = Class::new(new_id(), &account);
            let id = class.id.clone();
            state.edit(|d| d.classes.insert(0, class));
            id
        });
        navigate(&format!("/class/{id}"), Default::default());
    };
    view! {
        <div class="tool-row">
            <button
                type="button"
                data-testid="hand-out"
                aria-expanded=move || open.get().to_string()
                aria-controls="handout-panel"
                on:click=move |_| open.update(|o| *o = !*o)
            >
                {i18n.s(Key::HandOut)}
            </button>
            <button type="button" data-testid="class-board" on:click=board>{i18n.s(Key::OpenClassBoard)}</button>
            <a class="button-link" data-testid="present" href=move || format!("/present/{}", ctx.id.get())>{i18n.s(Key::Present)}</a>
        </div>
        <div id="handout-panel">
            <Show when=move || open.get()>
                <HandoutPanel />
            </Show>
        </div>
        <TeachingNotesEditor />
    }
}
