use leptos::prelude::*;

use crate::i18n::{use_i18n, Key};
use crate::model::step::Step;

/// The catalog key naming a step.
pub fn step_label(step: Step) -> Key {
    match step {
        Step::Reasons => Key::StepReasons,
        Step::CostBenefit => Key::StepCostBenefit,
        Step::Dialogue => Key::StepDialogue,
        Step::Requirements => Key::StepRequirements,
        Step::Summary => Key::StepSummary,
        Step::Bond => Key::StepBond,
        Step::Contacts => Key::StepContacts,
        Step::Visit => Key::StepVisit,
    }
}

/// The wizard's step tabs for one account.
#[component]
pub fn StepNav(
    /// The account whose steps these are.
    #[prop(into)]
    account_id: Signal<String>,
    /// The step shown now, if the URL names one.
    #[prop(into)]
    current: Signal<Option<Step>>,
    /// The account's steps, in order.
    #[prop(into)]
    steps: Signal<&'static [Step]>,
    /// The steps that hold what they need.
    #[prop(into, default = Signal::stored(Vec::new()))]
    done: Signal<Vec<Step>>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="step-nav" aria-label=i18n.s(Key::StepsLabel)>
            <ol>
                {move || steps.get()
                    .iter()
                    .copied()
                    .map(|step| {
                        let href = move || format!("/accounts/{}/{}", account_id.get(), step.slug());
                        let is_current = move || current.get() == Some(step);
                        view! {
                            <li>
                                <a
                                    href=href
                                    data-testid=format!("step-{}", step.slug())
                                    aria-current=move || is_current().then_some("step")
                                >
                                    <span class="step-number" aria-hidden="true">
                                        {move || if done.with(|d| d.contains(&step)) { "✓".to_owned() } else { i18n.numbers().whole(step.index() as i64 + 1) }}
                                    </span>
                                    {i18n.s(step_label(step))}
                                    <Show when=move || done.with(|d| d.contains(&step))>
                                        <span class="visually-hidden">" (" {i18n.s(Key::StepComplete)} ")"</span>
                                    </Show>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
