//! The offline worker (`sw.js`, written by the build): registered in release builds so the app
//! opens without a network, reloads included. A new build's worker waits; the page offers
//! "reload to update" and only then — after saving — lets it take over.

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

use crate::state::AppState;

/// Whether a new version waits, and how to switch to it. Cheap to copy.
#[derive(Clone, Copy)]
pub struct Offline {
    update_ready: RwSignal<bool>,
    registration: StoredValue<Option<ServiceWorkerRegistration>, LocalStorage>,
    accepted: StoredValue<bool>,
    state: AppState,
}

/// Registers the worker (release builds; debug builds would cache code mid-edit) and puts
/// the update state in context.
pub fn provide_offline(state: AppState) -> Offline {
    let offline = Offline {
        update_ready: RwSignal::new(false),
        registration: StoredValue::new_local(None),
        accepted: StoredValue::new(false),
        state,
    };
    provide_context(offline);
    if let Some(container) = container().filter(|_| !cfg!(debug_assertions)) {
        offline.watch(container);
    }
    offline
}

/// Hands a language pack the page has downloaded to the offline worker to keep: packs are not
/// precached (a browser keeps only the languages it uses), and on a first visit the pack
/// arrives before the worker is there, so it waits for the worker to be active. Without one
/// (debug builds, no support) nothing happens.
pub fn keep_pack(address: &str, pack: &str) {
    let Some(ready) = container()
        .filter(|_| !cfg!(debug_assertions))
        .and_then(|c| c.ready().ok())
    else {
        return;
    };
    let message = js_sys::Array::of3(&"keep".into(), &address.into(), &pack.into());
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(registration) = wasm_bindgen_futures::JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(worker) = registration.active() {
            // Refused, the pack is only not kept: the next visit downloads it again.
            let _ = worker.post_message(&message);
        }
    });
}

/// The update state; provided by `App`.
pub fn use_offline() -> Offline {
    expect_context::<Offline>()
}

/// The browser's service workers, where it has them (not in insecure contexts).
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|has| *has)
        .map(|_| navigator.service_worker())
}

impl Offline {
    /// Whether a new version is installed and waiting (reactive).
    pub fn update_ready(&self) -> bool {
        self.update_ready.get()
    }

    /// Saves pending edits, then lets the waiting worker take over; the page reloads when it
    /// has. Returns false, changing nothing, while a reload would lose work kept only here.
    pub fn accept_update(&self) -> bool {
        if !self.state.safe_to_reload() {
            return false;
        }
        let waiting = self
            .registration
            .with_value(|r| r.as_ref().and_then(ServiceWorkerRegistration::waiting));
        if let Some(worker) = waiting {
            self.accepted.set_value(true);
            // A refused message leaves the running version in place; nothing is lost.
            let _ = worker.post_message(&"skip-waiting".into());
        }
        true
    }

    fn watch(self, workers: ServiceWorkerContainer) {
        let controlled = workers.controller().is_some();
        let on_controller = Closure::<dyn FnMut()>::new(move || {
            if self.accepted.get_value() {
                if let Some(w) = web_sys::window() {
                    let _ = w.location().reload();
                }
            }
        });
        workers.set_oncontrollerchange(Some(on_controller.as_ref().unchecked_ref()));
        // Lives as long as the page: the listener is registered once.
        on_controller.forget();
        let promise = workers.register("/sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            let Ok(value) = wasm_bindgen_futures::JsFuture::from(promise).await else {
                return; // No offline copy this time; the app works online as before.
            };
            let registration: ServiceWorkerRegistration = value.unchecked_into();
            self.registration.set_value(Some(registration.clone()));
            // A first install has nothing to update; only a worker that replaces one does.
            if controlled && registration.waiting().is_some() {
                self.update_ready.set(true);
            }
            let reg = registration.clone();
            let on_found = Closure::<dyn FnMut()>::new(move || {
                let Some(installing) = reg.installing() else {
                    return;
                };
                let worker = installing.clone();
                let on_state = Closure::<dyn FnMut()>::new(move || {
                    let has_controller = container().is_some_and(|c| c.controller().is_some());
                    if worker.state() == ServiceWorkerState::Installed && has_controller {
                        self.update_ready.set(true);
                    }
                });
                installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
                on_state.forget();
            });
            registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
            on_found.forget();
        });
    }
}
