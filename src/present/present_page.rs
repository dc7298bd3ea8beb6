use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map, use_query_map};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{BroadcastChannel, MessageEvent};

use super::countdown::Countdown;
use super::presenter_notes::PresenterNotes;
use super::slide_view::SlideView;
use crate::components::PageTitle;
use crate::i18n::{use_i18n, Key};
use crate::model::teaching::{deck, key_move, KeyMove, Shared};
use crate::steps::AccountContext;

/// The presentation's state, shared by its parts and with the other window.
#[derive(Clone, Copy)]
pub struct Presentation {
    pub shared: RwSignal<Shared>,
    channel: StoredValue<Option<Channel>, LocalStorage>,
}

impl Presentation {
    /// Changes the state here and tells the other window.
    pub fn update(&self, change: impl FnOnce(&mut Shared)) {
        self.shared.update(change);
        let message = self.shared.with_untracked(Shared::encode);
        self.channel.with_value(|c| {
            if let Some((c, _)) = c {
                let _ = c.post_message(&message.into());
            }
        });
    }

    /// Moves `by` slides.
    pub fn go(&self, by: isize) {
        self.update(|s| s.go(by, deck().len()));
        to_top();
    }
}

/// The presentation's page, which scrolls when a slide is longer than the screen. (Found by
/// its class: a node reference for one element type costs the wasm about 1.5 KB.)
fn page() -> Option<web_sys::Element> {
    document().query_selector(".present").ok().flatten()
}

/// Each slide starts at its top, whichever way the last one was left.
fn to_top() {
    if let Some(el) = page() {
        el.set_scroll_top(0);
    }
}

pub fn use_presentation() -> Presentation {
    expect_context::<Presentation>()
}

/// The channel to the other window and the handler of its messages (kept together: the
/// handler must live as long as the channel).
type Channel = (BroadcastChannel, Closure<dyn FnMut(MessageEvent)>);

/// Listens to the other window of the same presentation; its state replaces ours.
fn listen(id: &str, shared: RwSignal<Shared>) -> Option<Channel> {
    let channel = BroadcastChannel::new(&format!("winback-present-{id}")).ok()?;
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        if let Some(next) = ev.data().as_string().and_then(|t| Shared::decode(&t)) {
            let moved = shared.with_untracked(|s| s.slide != next.slide);
            shared.set(next);
            if moved {
                to_top();
            }
        }
    });
    channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    Some((channel, on_message))
}

/// `/present/:id` (add `?view=presenter` for the presenter's view): the case as slides.
#[component]
pub fn PresentPage() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let query = use_query_map();
    let navigate = use_navigate();
    let id = Signal::derive(move || params.read().get("id").unwrap_or_default());
    let presenter = query.read_untracked().get("view").as_deref() == Some("presenter");
    let ctx = AccountContext::provide(id);
    let shared = RwSignal::new(Shared::new());
    let channel = StoredValue::new_local(listen(&id.get_untracked(), shared));
    on_cleanup(move || {
        channel.with_value(|c| {
            if let Some((c, _)) = c {
                c.close();
            }
        })
    });
    let show = Presentation { shared, channel };
    provide_context(show);
    let count = deck().len();
    let leave = move || {
        navigate(
            &format!("/accounts/{}/reasons", id.get_untracked()),
            Default::default(),
        )
    };
    // What presentation clickers send: arrows and Page Up / Page Down; Esc leaves. A key a
    // chart on the slide has taken (its cursor moved) is the chart's, and Alt+Left is the
    // browser's (back).
    let esc = leave.clone();
    let keys = window_event_listener(leptos::ev::keydown, move |ev| {
        if ev.default_prevented() || ev.alt_key() {
            return;
        }
        let page = page();
        let (above, below) = page.as_ref().map_or((0.0, 0.0), |el| {
            let top = f64::from(el.scroll_top());
            let hidden = f64::from(el.scroll_height() - el.client_height());
            (top, hidden - top)
        });
        match key_move(&ev.key(), above, below) {
            Some(KeyMove::Slide(by)) => show.go(by),
            Some(KeyMove::Scroll(way)) => {
                if let Some(el) = page {
                    // Most of a screen, so the last lines seen stay in sight.
                    let step = el.client_height() * 4 / 5;
                    el.set_scroll_top(el.scroll_top() + step * i32::from(way));
                }
            }
            Some(KeyMove::Leave) => esc(),
            None => return,
        }
        ev.prevent_default();
    });
    on_cleanup(move || keys.remove());
    let index = move || shared.with(|s| s.slide);
    let counter = move || {
        let n = i18n.numbers();
        i18n.f(
            Key::PresentCounter,
            &[&n.whole(index() as i64 + 1), &n.whole(count as i64)],
        )
    };
    let name = move || ctx.read(String::new(), |a| a.name.clone());
    let title = Signal::derive(move || i18n.f(Key::PresentTitle, &[&name()]));
    let open_presenter = move |_| {
        if let Some(w) = web_sys::window() {
            let url = format!("/present/{}?view=presenter", id.get_untracked());
            let _ = w.open_with_url_and_target(&url, "winback-presenter");
        }
    };
    view! {
        <PageTitle text=title />
        <div class="present" class:presenter=presenter data-testid="present-page">
            <h1 class="visually-hidden">{move || title.get()}</h1>
            <SlideView index=Signal::derive(index) />
            <Show when=move || presenter>
                <PresenterNotes index=Signal::derive(index) />
            </Show>
            <div class="present-bar">
                <button type="button" data-testid="present-prev" on:click=move |_| show.go(-1) disabled=move || index() == 0>{i18n.s(Key::PresentPrev)}</button>
                <span class="present-counter" data-testid="present-counter" aria-live="polite">{counter}</span>
                <button type="button" data-testid="present-next" on:click=move |_| show.go(1) disabled=move || { index() + 1 >= count }>{i18n.s(Key::PresentNext)}</button>
                <Countdown />
                <Show when=move || !presenter>
                    <button type="button" class="link-button" data-testid="presenter-open" on:click=open_presenter>{i18n.s(Key::PresenterOpen)}</button>
                </Show>
                <button type="button" class="link-button" data-testid="present-leave" on:click=move |_| leave()>{i18n.s(Key::PresentLeave)}</button>
                <small class="hint">{i18n.s(Key::PresentKeys)}</small>
            </div>
        </div>
    }
}
