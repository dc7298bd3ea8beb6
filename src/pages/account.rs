use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use crate::classroom::ClassroomTools;
use crate::components::{step_label, Later, PageTitle, StepNav};
use crate::i18n::{use_i18n, Key};
use crate::model::progress;
use crate::model::step::Step;
use crate::state::memo;
use crate::steps::{
    AccountContext, BondStep, ContactsStep, CostBenefitStep, DialogueStep, ReasonsStep,
    RequirementsStep, SummaryStep, VisitStep,
};

/// `/accounts/:id/:step`: one account's wizard, at one step.
#[component]
pub fn AccountPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = Signal::derive(move || params.read().get("id").unwrap_or_default());
    let step_slug = memo(move || params.read().get("step").unwrap_or_default());
    let step = memo(move || step_slug.get().parse::<Step>().ok());
    let ctx = AccountContext::provide(id);
    let exists = memo(move || ctx.account.with(Option::is_some));
    // A current customer is kept close; any other is won back.
    let track = memo(move || ctx.read(&Step::ALL[..], |a| Step::track(a.status)));
    let done = memo(move || {
        ctx.read(Vec::new(), |a| {
            track
                .get()
                .iter()
                .copied()
                .filter(|s| progress::is_complete(a, *s))
                .collect::<Vec<_>>()
        })
    });
    let name = move || {
        let name = ctx.read(String::new(), |a| a.name.trim().to_owned());
        if name.is_empty() {
            i18n.t(Key::UnnamedAccount).to_owned()
        } else {
            name
        }
    };
    let title = move || match step.get() {
        Some(s) if exists.get() => format!("{} · {}", i18n.t(step_label(s)), name()),
        _ => i18n.t(Key::AccountTitle).to_owned(),
    };
    let pager = move |target: Option<Step>, key: Key| {
        target.map(|s| {
            let href = format!("/accounts/{}/{}", id.get(), s.slug());
            view! { <a href=href rel=if key == Key::StepNext { "next" } else { "prev" }>{i18n.f(key, &[i18n.t(step_label(s))])}</a> }
        })
    };

    view! {
        <PageTitle text=Signal::derive(title) />
        <Show
            when=move || exists.get()
            fallback=move || view! {
                <h1>{i18n.s(Key::AccountTitle)}</h1>
                <p role="alert">{move || i18n.f(Key::AccountNotFound, &[&id.get()])}</p>
                <p><a href="/">{i18n.s(Key::BackToAccounts)}</a></p>
            }
        >
            <h1><bdi>{name}</bdi></h1>
            <Show when=move || ctx.read(false, |a| a.illustrative)>
                <p class="note" data-testid="illustrative-note">{move || i18n.t(if ctx.read(false, |a| a.status.is_current()) { Key::IllustrativeCurrentNote } else { Key::IllustrativeNote })}</p>
            </Show>
            <StepNav account_id=id current=step steps=track done=done />
            <Later>
                {move || match step.get() {
                    Some(Step::Reasons) => view! { <ReasonsStep /> }.into_any(),
                    Some(Step::CostBenefit) => view! { <CostBenefitStep /> }.into_any(),
                    Some(Step::Dialogue) => view! { <DialogueStep /> }.into_any(),
                    Some(Step::Requirements) => view! { <RequirementsStep /> }.into_any(),
                    Some(Step::Summary) => view! { <SummaryStep /> }.into_any(),
                    Some(Step::Bond) => view! { <BondStep /> }.into_any(),
                    Some(Step::Contacts) => view! { <ContactsStep /> }.into_any(),
                    Some(Step::Visit) => view! { <VisitStep /> }.into_any(),
                    None => view! { <p role="alert">{move || i18n.f(Key::StepUnknown, &[&step_slug.get()])}</p> }.into_any(),
                }}
            </Later>
            <nav class="step-pager" aria-label=i18n.s(Key::StepsLabel)>
                {move || step.get().and_then(|s| pager(s.prev(), Key::StepPrevious))}
                {move || step.get().and_then(|s| pager(s.next(), Key::StepNext))}
            </nav>
            <Later>
                <ClassroomTools />
            </Later>
        </Show>
    }
}
