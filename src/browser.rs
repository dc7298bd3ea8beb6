//! Small helpers over the browser: the clock, ids, local dates and User Timing marks.

use crate::model::date::Date;
use crate::model::locale::Lang;

/// Milliseconds since 1970.
pub fn now() -> f64 {
    js_sys::Date::now()
}

/// Puts `text` on the clipboard; whether the browser allowed it.
pub async fn copy_text(text: &str) -> bool {
    let Some(clipboard) = web_sys::window().map(|w| w.navigator().clipboard()) else {
        return false;
    };
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// A new, practically unique account id.
pub fn new_id() -> String {
    let now = now() as u64;
    let noise = (js_sys::Math::random() * 1e9) as u64;
    format!("a{now:x}{noise:x}")
}

/// Today's date in the user's time zone.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::new(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .unwrap_or(Date::FALLBACK)
}

/// A moment (milliseconds since 1970) as the browser writes local date and time.
pub fn local_time(ms: f64, lang: &str) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms));
    String::from(date.to_locale_string(lang, &wasm_bindgen::JsValue::UNDEFINED))
}

/// Brackets `work` with User Timing marks ("<name>-start" and the measure "<name>"), so
/// tests and the browser's profiler can read how long loading and saving take.
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = web_sys::window().and_then(|w| w.performance());
    let start = format!("{name}-start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
    }
    result
}

/// The window's device pixel ratio, 1 where unknown.
pub fn device_pixel_ratio() -> f64 {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    if ratio.is_finite() && ratio > 0.0 {
        ratio
    } else {
        1.0
    }
}

/// Calls `then` once the static first screen has been painted and shown: when the browser
/// reports its largest contentful paint (the screen's own text). On a fast load the wasm can
/// be ready before that report, and text removed before it is reported never counts as
/// painted. Where the browser cannot report (Safari), or says nothing within half a second
/// (a tab in the background paints nothing), `then` runs after the next frame.
pub fn after_first_paint(then: impl FnOnce() + 'static) {
    use std::cell::Cell;
    use std::rc::Rc;

    use js_sys::{Array, Function, Object, Reflect};
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    let once = Rc::new(Cell::new(Some(Box::new(then) as Box<dyn FnOnce()>)));
    let run = {
        let once = once.clone();
        move || {
            if let Some(then) = once.take() {
                then();
            }
        }
    };
    let constructor = Reflect::get(&js_sys::global(), &"PerformanceObserver".into())
        .ok()
        .and_then(|c| c.dyn_into::<Function>().ok());
    let reports = constructor.as_ref().is_some_and(|c| {
        Reflect::get(c, &"supportedEntryTypes".into())
            .map(|types| Array::from(&types).includes(&"largest-contentful-paint".into(), 0))
            .unwrap_or(false)
    });
    let observed = constructor.filter(|_| reports).and_then(|constructor| {
        let on_entry = run.clone();
        let callback = Closure::<dyn FnMut(JsValue, JsValue)>::new(move |_, observer: JsValue| {
            if let Ok(disconnect) = Reflect::get(&observer, &"disconnect".into()) {
                let _ = disconnect.unchecked_into::<Function>().call0(&observer);
            }
            on_entry();
        });
        let observer = Reflect::construct(&constructor, &Array::of1(callback.as_ref())).ok()?;
        let options = Object::new();
        Reflect::set(&options, &"type".into(), &"largest-contentful-paint".into()).ok()?;
        Reflect::set(&options, &"buffered".into(), &JsValue::TRUE).ok()?;
        let observe: Function = Reflect::get(&observer, &"observe".into())
            .ok()?
            .dyn_into()
            .ok()?;
        observe.call1(&observer, &options).ok()?;
        // Lives as long as the page: it fires once, and the first screen only once.
        callback.forget();
        Some(())
    });
    let fallback = if observed.is_some() {
        std::time::Duration::from_millis(500)
    } else {
        std::time::Duration::ZERO
    };
    leptos::prelude::request_animation_frame(move || leptos::prelude::set_timeout(run, fallback));
}

/// The hidden element of `index.html` the app renders into behind the first screen.
pub fn app_root() -> Option<web_sys::HtmlElement> {
    use wasm_bindgen::JsCast;
    web_sys::window()?
        .document()?
        .get_element_by_id("app")?
        .dyn_into()
        .ok()
}

/// Shows the app in place of the static first screen of `index.html`, in one change, so that
/// nothing on screen moves.
pub fn show_app() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(app) = document.get_element_by_id("app") {
        let _ = app.remove_attribute("hidden");
    }
    if let Some(boot) = document.get_element_by_id("boot") {
        boot.remove();
    }
}

/// The content of the page's `<meta name="{name}">`.
pub fn meta_content(name: &str) -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector(&format!("meta[name={name}]"))
        .ok()??
        .get_attribute("content")
}

/// The text at `address` (same origin), or why not: offline, refused, or not found.
pub async fn fetch_text(address: &str) -> Result<String, wasm_bindgen::JsValue> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window().ok_or(wasm_bindgen::JsValue::NULL)?;
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(address))
            .await?
            .dyn_into()?;
    if !response.ok() {
        return Err(response.status().into());
    }
    let text = wasm_bindgen_futures::JsFuture::from(response.text()?).await?;
    text.as_string().ok_or(wasm_bindgen::JsValue::NULL)
}

/// The texts at `address` if the page's loader already asked for them (`window.winbackTexts`:
/// a first visit in Arabic or Hebrew, see Trunk.toml); `None` to download them here.
pub async fn early_text(address: &str) -> Option<String> {
    use wasm_bindgen::JsCast;
    let window = web_sys::window()?;
    let name = wasm_bindgen::JsValue::from_str("winbackTexts");
    let early: js_sys::Array = js_sys::Reflect::get(&window, &name).ok()?.dyn_into().ok()?;
    // Taken once: a later attempt (after a failure) downloads anew.
    let _ = js_sys::Reflect::delete_property(&window, &name);
    if early.get(0).as_string()? != address {
        return None;
    }
    let text: js_sys::Promise = early.get(1).dyn_into().ok()?;
    wasm_bindgen_futures::JsFuture::from(text)
        .await
        .ok()?
        .as_string()
}

/// The first supported language the browser prefers (English if none).
pub fn browser_lang() -> Lang {
    Lang::preferred(preferred_languages().iter().map(String::as_str))
}

/// The browser's preferred languages, most preferred first ("ar-EG", "en-US" …).
pub fn preferred_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let list: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect();
    if list.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        list
    }
}
