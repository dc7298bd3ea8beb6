use leptos::prelude::*;

use super::stakeholder_editor::{people, StakeholderEditor};
use super::use_account;
use crate::browser::today;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::account::Stakeholder;
use crate::model::coverage::marks;
use crate::model::limits::SCALE;
use crate::state::memo;

/// One person in the dialogue grid as a compact card — name, role, stance, strength, last
/// contact and what to watch — that opens in place to edit (a native disclosure, so it
/// works by keyboard). A person just added opens at once.
#[component]
pub fn StakeholderCard(
    /// The stakeholder's id within the account.
    id: u32,
) -> impl IntoView {
    let i18n = use_i18n();
    let ctx = use_account();
    let person = ctx.item(people, id);
    let open = person.with_untracked(|p| p.as_ref().is_some_and(|p| p.name.is_empty()));
    let read = move |f: fn(&Stakeholder) -> String| {
        move || person.with(|p| p.as_ref().map(f).unwrap_or_default())
    };
    let name = move || {
        let name = read(|p| p.name.clone())();
        if name.trim().is_empty() {
            i18n.t(Key::UnnamedPerson).to_owned()
        } else {
            name
        }
    };
    let stance = move || person.with(|p| p.as_ref().map(|p| p.stance));
    let strength = move || person.with(|p| p.as_ref().map_or(0, |p| p.strength));
    let dots = move || {
        let s = usize::from(strength());
        "●".repeat(s) + &"○".repeat((SCALE.max as usize).saturating_sub(s))
    };
    let contact = move || {
        person
            .with(|p| p.as_ref().and_then(|p| p.last_contact))
            .map_or_else(
                || i18n.t(Key::NoContactYet).to_owned(),
                |d| i18n.f(Key::LastContactShort, &[&i18n.numbers().date(d)]),
            )
    };
    let watch = memo(move || ctx.read(Vec::new(), |a| marks(&a.dialogue, id, a.as_of(today()))));
    view! {
        <details class="person" data-testid="stakeholder" open=open>
            <summary class="person-card">
                <span class="person-name"><bdi>{name}</bdi></span>
                <span class="person-role"><bdi>{read(|p| p.role.clone())}</bdi></span>
                <span class="person-facts">
                    <span class=move || format!("stance stance-{}", stance().map_or("neutral", |s| s.slug()))>
                        {move || stance().map(|s| i18n.t(labels::stance(s)))}
                    </span>
                    <span class="strength" aria-hidden="true">{dots}</span>
                    <span class="visually-hidden">{move || i18n.f(Key::StrengthOf, &[&i18n.numbers().whole(i64::from(strength())), &i18n.numbers().number(SCALE.max, 0)])}</span>
                    <span class="last-contact">{contact}</span>
                </span>
                <span class="marks">
                    {move || watch.get().into_iter().map(|m| view! { <span class="mark" data-testid="person-mark">{i18n.t(labels::mark(m))}</span> }).collect_view()}
                </span>
            </summary>
            <StakeholderEditor id=id />
        </details>
    }
}
