use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_params_map;
use wasm_bindgen::JsCast;

use super::class_charts::ClassCharts;
use super::class_links::{ClassLinks, Collected};
use super::class_table::ClassTable;
use super::refusals::Refusals;
use crate::browser::today;
use crate::components::PageTitle;
use crate::files;
use crate::i18n::{labels, use_i18n, Key};
use crate::model::analysis::analyse;
use crate::model::classroom::{self, Class, ClassCsvWords, ClassError, Refusal};
use crate::model::persist::Document;
use crate::model::persist::MAX_BYTES;
use crate::state::{memo, use_app_state, Detail, Notice};

/// The files chosen in a file input's change event (all of them), clearing the input.
fn take_files(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(input) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
    else {
        return Vec::new();
    };
    let list = input.files();
    let files = (0..list.as_ref().map_or(0, |l| l.length()))
        .filter_map(|i| list.as_ref().and_then(|l| l.get(i)))
        .collect();
    input.set_value("");
    files
}

/// `read` of the class `id` in `doc`, if there is one.
fn find<T>(doc: &Document, id: &str, read: impl FnOnce(&Class) -> T) -> Option<T> {
    doc.classes.iter().find(|c| c.id == id).map(read)
}

/// `/class/:id`: the teams' answers to one case, side by side, for the debrief.
#[component]
pub fn ClassPage() -> impl IntoView {
    let i18n = use_i18n();
    let state = use_app_state();
    let params = use_params_map();
    let id = memo(move || params.read().get("id").unwrap_or_default());
    // Small derived values, not a copy of the class: a class holds every team's account.
    let name = memo(move || state.doc.with(|d| find(d, &id.get(), |c| c.name.clone())));
    let anonymous =
        memo(move || state.doc.with(|d| find(d, &id.get(), |c| c.anonymous)) == Some(true));
    let rows = memo(move || {
        state
            .doc
            .with(|d| find(d, &id.get(), |c| classroom::rows(c, today())).unwrap_or_default())
    });
    let count = move || rows.with_untracked(Vec::len);
    // The trainer's own figure: the case as it stands on this device, if it is here.
    let trainer = memo(move || {
        let scenario = state
            .doc
            .with(|d| find(d, &id.get(), |c| c.scenario.clone()))?;
        state.doc.with(|d| {
            d.accounts
                .iter()
                .find(|a| a.id == scenario)
                .map(|a| analyse(a, today()).evaluation.ev)
        })
    });
    let refused = RwSignal::new(Vec::<Refusal>::new());
    let reading = RwSignal::new(false);
    let edit_class = move |change: &mut dyn FnMut(&mut Class)| {
        let id = id.get_untracked();
        state.edit(|d| {
            if let Some(c) = d.classes.iter_mut().find(|c| c.id == id) {
                change(c);
            }
        });
    };
    // The answers read are added together; every refusal (the unreadable first) is listed
    // by name.
    let collect = Callback::new(move |(mut texts, unreadable): Collected| {
        let before = count();
        let mut refusals = Vec::new();
        edit_class(&mut |c| refusals = c.collect(std::mem::take(&mut texts)));
        refusals.splice(0..0, unreadable);
        let added = count().saturating_sub(before);
        refused.set(refusals.clone());
        state
            .notice
            .set(Some(Notice::status(Key::ClassAdded).with_args(vec![
                i18n.count(Key::CountAnswers, added as u64),
            ])));
        refusals
    });
    // A team's later answer in place of its earlier one. (The board, and so this button, is
    // only there while its class is.)
    let replace = Callback::new(move |text: String| {
        let mut result = Err(ClassError::Damaged);
        edit_class(&mut |c| result = c.replace(&text));
        result
    });
    // Every file is read and checked on its own.
    let add_files = move |ev: leptos::ev::Event| {
        let chosen = take_files(&ev);
        if chosen.is_empty() {
            return;
        }
        reading.set(true);
        spawn_local(async move {
            let mut texts = Vec::new();
            let mut unreadable = Vec::new();
            for file in chosen {
                let name = file.name();
                match files::read_text(file, MAX_BYTES).await {
                    Ok(text) => texts.push((name, text)),
                    Err(_) => unreadable.push(Refusal::new(name, ClassError::Damaged)),
                }
            }
            reading.set(false);
            collect.run((texts, unreadable));
        });
    };
    let export_csv = move |_| {
        let decision = |d| i18n.t(labels::decision(d)).to_owned();
        let cause = |k| i18n.t(labels::reason(k)).to_owned();
        let header = [
            Key::ColTeam,
            Key::ColVerdict,
            Key::CurrencyLabel,
            Key::ColEv,
            Key::ColPStar,
            Key::ColPriceCut,
            Key::ColPayback,
            Key::ColGaps,
            Key::ColCause,
        ]
        .map(|k| i18n.t(k));
        let letter = |l: &str| i18n.f(Key::TeamLetter, &[l]);
        let words = ClassCsvWords {
            header,
            decision: &decision,
            cause: &cause,
            letter: &letter,
        };
        let text = rows.with_untracked(|r| classroom::csv(r, &words));
        if let Err(e) = files::download_as("winback-class.csv", &text, "text/csv;charset=utf-8") {
            state
                .notice
                .set(Some(Notice::alert(Key::SaveRefused, Some(Detail::File(e)))));
        }
    };
    let title = Signal::derive(move || i18n.f(Key::ClassTitle, &[&name.get().unwrap_or_default()]));
    view! {
        <PageTitle text=title />
        <Show
            when=move || name.with(Option::is_some)
            fallback=move || view! {
                <h1>{move || i18n.f(Key::ClassTitle, &[""])}</h1>
                <p role="alert">{move || i18n.f(Key::ClassNotFound, &[&id.get()])}</p>
                <p><a href="/">{i18n.s(Key::BackToAccounts)}</a></p>
            }
        >
            <h1>{move || title.get()}</h1>
            <section class="card class-board">
                <p>{i18n.s(Key::ClassIntro)}</p>
                <div class="tool-row">
                    <label class="file-button">
                        <span>{i18n.s(Key::ClassFiles)}</span>
                        <input type="file" multiple accept=".json,application/json" data-testid="class-files" on:change=add_files />
                    </label>
                    <label class="check">
                        <input
                            type="checkbox"
                            data-testid="anonymise"
                            prop:checked=move || anonymous.get()
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                edit_class(&mut |c| c.anonymous = on);
                            }
                        />
                        <span>{i18n.s(Key::Anonymise)}</span>
                    </label>
                    <button type="button" data-testid="class-csv" on:click=export_csv disabled=move || rows.with(Vec::is_empty)>{i18n.s(Key::ClassCsv)}</button>
                </div>
                <ClassLinks collect=collect refused=refused />
                <Show when=move || reading.get()>
                    <p role="status">{i18n.s(Key::ClassReading)}</p>
                </Show>
                <Refusals refused=refused replace=replace />
                <ClassTable rows=rows on_remove=Callback::new(move |i: usize| edit_class(&mut |c| c.remove(i))) />
                <ClassCharts rows=rows trainer=trainer />
            </section>
        </Show>
    }
}
