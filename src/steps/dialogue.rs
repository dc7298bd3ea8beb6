use leptos::prelude::*;

use super::meeting_plan::MeetingPlanEditor;
use super::stakeholder_card::StakeholderCard;
use super::use_account;
use crate::components::{ItemRows, Later, SourceNote};
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::{Level, Party};
use crate::state::memo;

/// Step 3, "The dialogue": both companies' people on three levels, the gaps in coverage, and
/// the meeting plan whose cost feeds step 2.
#[component]
pub fn DialogueStep() -> impl IntoView {
    view! {
        <PeopleGrid />
        <Later>
            <MeetingPlanEditor />
        </Later>
        <SourceNote text=Key::SourceDialogue />
    }
}

/// Both companies' people on three levels with the coverage gaps (the dialogue step, and a
/// current customer's contacts: the same people, so a customer lost later keeps them).
#[component]
pub fn PeopleGrid() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="card" aria-labelledby="dialogue-heading">
            <h2 id="dialogue-heading">{i18n.s(Key::DialogueHeading)}</h2>
            <p class="lead">{i18n.s(Key::DialogueIntro)}</p>
            <div class="dialogue-grid" data-testid="dialogue-grid">
                <div class="grid-corner"></div>
                {Party::ALL.into_iter().map(|p| view! { <h3 class="grid-col">{move || i18n.t(labels::party(p))}</h3> }).collect_view()}
                {Level::ALL
                    .into_iter()
                    .rev()
                    .map(|level| view! {
                        <h3 class="grid-row">{move || i18n.t(labels::level(level))}</h3>
                        {Party::ALL.into_iter().map(|party| view! { <Cell party=party level=level /> }).collect_view()}
                    })
                    .collect_view()}
            </div>
        </section>
    }
}

/// One level on one side: its people and its gaps.
#[component]
fn Cell(
    /// Whose people.
    party: Party,
    /// Which level.
    level: Level,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let ids = memo(move || {
        ctx.read(Vec::new(), |a| {
            a.dialogue
                .stakeholders
                .iter()
                .filter(|s| s.party == party && s.level == level)
                .map(|s| s.id)
                .collect()
        })
    });
    let gaps = memo(move || {
        ctx.analysis.with(|a| {
            a.as_ref()
                .and_then(|a| a.coverage.cell(party, level).map(|c| c.gaps.clone()))
                .unwrap_or_default()
        })
    });
    let add = move |_| {
        ctx.update(|a| {
            a.dialogue.add_stakeholder(party, level);
        })
    };
    let label = move || {
        i18n.f(
            Key::CellLabel,
            &[i18n.t(labels::party(party)), i18n.t(labels::level(level))],
        )
    };
    view! {
        <div class="grid-cell" role="group" aria-label=label data-testid=format!("cell-{}-{}", party.slug(), level.slug())>
            // Shown only when the grid collapses to one column and the headings no longer say whose cell it is.
            <p class="cell-party" aria-hidden="true">{i18n.s(labels::party(party))}</p>
            <div class="cell-head">
                <ul class="gaps">
                    {move || {
                        let gaps = gaps.get();
                        if gaps.is_empty() {
                            view! { <li class="gap-none">{i18n.t(Key::Covered)}</li> }.into_any()
                        } else {
                            gaps.into_iter().map(|g| view! { <li class="gap" data-testid="gap">{i18n.t(labels::gap(g))}</li> }).collect_view().into_any()
                        }
                    }}
                </ul>
                <button type="button" class="add-person" disabled=move || !ctx.editable() on:click=add aria-label=move || format!("{} ({})", i18n.t(Key::AddPerson), label())>
                    {i18n.s(Key::AddPerson)}
                </button>
            </div>
            <ItemRows ids=ids row=Callback::new(move |id| view! { <StakeholderCard id=id /> }.into_any()) />
        </div>
    }
}
