use leptos::prelude::*;

use super::FieldSpan;
use crate::i18n::{use_i18n, Key};
use crate::model::date::Date;

/// A labelled single-line text (or date) input; reports every change.
#[component]
pub fn TextField(
    /// The visible label.
    label: Key,
    /// The current text.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on each keystroke.
    on_change: Callback<String>,
    /// `data-testid`, where tests need one.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// The input type ("text" unless given, e.g. "date").
    #[prop(default = "text")]
    kind: &'static str,
    /// A message shown under the field (e.g. a gentle warning), if any.
    #[prop(into, default = Signal::from(None))]
    message: Signal<Option<String>>,
    /// How much of its row it takes on a phone.
    #[prop(optional)]
    span: FieldSpan,
    /// Whether the field may be edited.
    #[prop(into, default = Signal::from(false))]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class=span.class()>
            <span>{move || i18n.t(label)}</span>
            <input
                type=kind
                maxlength="500"
                dir=(kind == "text").then_some("auto")
                data-testid=testid
                prop:value=value
                disabled=disabled
                on:input=move |ev| on_change.run(event_target_value(&ev))
            />
            <small class="field-message" role="status">{message}</small>
        </label>
    }
}

/// A labelled `<select>` over fixed choices, each a value slug and its catalog key.
#[component]
pub fn ChoiceField(
    /// The visible label.
    label: Key,
    /// The choices: (value, label).
    options: Vec<(&'static str, Key)>,
    /// The chosen value.
    #[prop(into)]
    value: Signal<&'static str>,
    /// Called with the chosen value.
    on_change: Callback<String>,
    /// `data-testid`, where tests need one.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// How much of its row it takes on a phone.
    #[prop(optional)]
    span: FieldSpan,
    /// Whether the field may be edited.
    #[prop(into, default = Signal::from(false))]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class=span.class()>
            <span>{move || i18n.t(label)}</span>
            <select data-testid=testid disabled=disabled on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options
                    .into_iter()
                    .map(|(slug, key)| view! {
                        <option value=slug selected=move || value.get() == slug>{move || i18n.t(key)}</option>
                    })
                    .collect_view()}
            </select>
        </label>
    }
}

/// A labelled date input that takes only real dates: a cleared or impossible one is said in
/// the catalog's words (not the browser's) and the last good date stays.
#[component]
pub fn DateField(
    /// The visible label.
    label: Key,
    /// The date shown (ISO).
    #[prop(into)]
    value: Signal<String>,
    /// Called with each real date entered.
    on_date: Callback<Date>,
    /// Set while the field holds no real date; the caller's when it must know (a form that
    /// logs nothing until the date is real).
    #[prop(default = RwSignal::new(false))]
    invalid: RwSignal<bool>,
    /// `data-testid` of the input; its message gets `<testid>-error`.
    #[prop(optional)]
    testid: Option<&'static str>,
    /// How much of its row it takes on a phone.
    #[prop(optional)]
    span: FieldSpan,
    /// Whether the field may be edited.
    #[prop(into, default = Signal::from(false))]
    disabled: Signal<bool>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_change = move |ev: leptos::ev::Event| {
        let date: Result<Date, _> = event_target_value(&ev).parse();
        invalid.set(date.is_err());
        if let Ok(date) = date {
            on_date.run(date);
        }
    };
    view! {
        <label class=span.class()>
            <span>{i18n.s(label)}</span>
            <input type="date" data-testid=testid disabled=disabled prop:value=value
                aria-invalid=move || invalid.get().then_some("true")
                on:change=on_change />
            <small class="field-error" role="alert" data-testid=testid.map(|t| format!("{t}-error"))>
                {move || invalid.get().then(|| i18n.t(Key::DateInvalid))}
            </small>
        </label>
    }
}
