use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::components::StepNav;
use crate::i18n::{use_i18n, Key};
use crate::model::step::Step;

/// `/accounts/:id/:step`: one account's wizard, at one step.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let account_id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let step_slug = Memo::new(move |_| params.read().get("step").unwrap_or_default());
    let step = Memo::new(move |_| step_slug.get().parse::<Step>().ok());

    view! {
        <Title text=move || i18n.t(Key::AccountTitle) />
        <h1>{move || i18n.t(Key::AccountTitle)}</h1>
        <StepNav account_id=account_id current=step />
        <Show
            when=move || step.get().is_some()
            fallback=move || {
                view! {
                    <p role="alert">{move || i18n.f(Key::StepUnknown, &[&step_slug.get()])}</p>
                }
            }
        >
            <section class="step-body" />
        </Show>
    }
}
