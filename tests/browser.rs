//! Tier 2: components and browser APIs, in headless Chromium via wasm-bindgen-test.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use winback_planner::App;

wasm_bindgen_test_configure!(run_in_browser);

/// Lets effects and the scheduler run: resolves on a fresh macrotask.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window()
            .expect("a window")
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn document() -> web_sys::Document {
    web_sys::window()
        .expect("a window")
        .document()
        .expect("a document")
}

/// Mounts the app as `index.html` holds it (a hidden `#app`) and waits until the app shows
/// itself: its first render runs over several tasks (`components::Later`).
async fn mount_app() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    host.set_id("app");
    host.set_hidden(true);
    document()
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    let handle = leptos::mount::mount_to(host.clone(), App);
    handle.forget();
    for _ in 0..500 {
        if !host.hidden() {
            return host;
        }
        settle().await;
    }
    panic!("the app never showed itself");
}

#[wasm_bindgen_test]
async fn shell_renders_header_main_and_footer() {
    let host = mount_app().await;
    settle().await;
    let text = host.text_content().unwrap_or_default();
    assert!(
        text.contains("Win-Back Planner"),
        "product name in header: {text}"
    );
    assert!(
        text.contains("Your data stays on this device"),
        "privacy footer: {text}"
    );
    let main = host
        .query_selector("main#main")
        .expect("query")
        .expect("a main element");
    assert!(
        main.query_selector("h1").expect("query").is_some(),
        "a page heading"
    );
    let nav = host
        .query_selector("header nav")
        .expect("query")
        .expect("a nav");
    assert_eq!(nav.get_attribute("aria-label").as_deref(), Some("Main"));
    host.remove();
}

#[wasm_bindgen_test]
async fn html_lang_and_dir_follow_the_language() {
    let host = mount_app().await;
    settle().await;
    let root = document().document_element().expect("html element");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    host.remove();
}

#[wasm_bindgen_test]
async fn page_title_names_the_page_and_the_product() {
    let host = mount_app().await;
    settle().await;
    settle().await;
    let title = document().title();
    assert!(title.ends_with("Win-Back Planner"), "title: {title}");
    host.remove();
}

mod storage_edges {
    use super::*;
    use wasm_bindgen::JsValue;
    use winback_planner::storage::{self, StorageError, DOCUMENT_KEY, QUARANTINE_KEY};

    fn window() -> web_sys::Window {
        web_sys::window().expect("a window")
    }

    fn clear() {
        window()
            .local_storage()
            .ok()
            .flatten()
            .expect("storage")
            .clear()
            .expect("cleared");
    }

    /// Makes `window.localStorage` throw, as a blocked or sandboxed page does; returns the
    /// original property to put back.
    fn block_storage() -> JsValue {
        let w: JsValue = window().into();
        let key = JsValue::from_str("localStorage");
        let original =
            js_sys::Reflect::get_own_property_descriptor(w.unchecked_ref::<js_sys::Object>(), &key)
                .expect("descriptor");
        let getter = js_sys::Function::new_no_args(
            "throw new DOMException('The operation is insecure.', 'SecurityError')",
        );
        let descriptor = js_sys::Object::new();
        js_sys::Reflect::set(&descriptor, &"get".into(), &getter).expect("get");
        js_sys::Reflect::set(&descriptor, &"configurable".into(), &JsValue::TRUE)
            .expect("configurable");
        let _ = js_sys::Reflect::define_property(
            w.unchecked_ref::<js_sys::Object>(),
            &key,
            &descriptor,
        );
        original
    }

    fn unblock_storage(original: &JsValue) {
        let w: JsValue = window().into();
        let _ = js_sys::Reflect::define_property(
            w.unchecked_ref::<js_sys::Object>(),
            &"localStorage".into(),
            original.unchecked_ref(),
        );
    }

    #[wasm_bindgen_test]
    async fn blocked_storage_is_reported_and_the_app_runs_in_memory() {
        clear();
        let original = block_storage();
        assert!(matches!(
            storage::probe(),
            Err(StorageError::Unavailable(_))
        ));
        assert!(matches!(
            storage::read(DOCUMENT_KEY),
            Err(StorageError::Unavailable(_))
        ));
        assert!(matches!(
            storage::write(DOCUMENT_KEY, "x"),
            Err(StorageError::Unavailable(_))
        ));
        let host = mount_app().await;
        settle().await;
        let banner = host
            .query_selector("[data-testid=storage-memory-only]")
            .expect("query");
        let text = banner
            .expect("memory-only banner")
            .text_content()
            .unwrap_or_default();
        assert!(text.contains("kept only while this page is open"), "{text}");
        assert!(
            host.query_selector("[data-testid=account-row]")
                .expect("query")
                .is_some(),
            "the sample is usable"
        );
        host.remove();
        unblock_storage(&original);
        assert!(storage::probe().is_ok(), "storage back after the test");
    }

    #[wasm_bindgen_test]
    fn a_full_store_is_recognised_and_keeps_the_previous_value() {
        clear();
        storage::write(DOCUMENT_KEY, "previous").expect("first write");
        let chunk = "x".repeat(1024 * 1024);
        let mut i = 0;
        let error = loop {
            match storage::write(&format!("filler-{i}"), &chunk) {
                Ok(()) => i += 1,
                Err(e) => break e,
            }
            assert!(i < 100, "the quota never ran out");
        };
        assert_eq!(error, StorageError::Full);
        let big = "y".repeat(2 * 1024 * 1024);
        assert_eq!(storage::write(DOCUMENT_KEY, &big), Err(StorageError::Full));
        assert_eq!(
            storage::read(DOCUMENT_KEY),
            Ok(Some("previous".to_owned())),
            "untouched"
        );
        clear();
    }

    #[wasm_bindgen_test]
    async fn corrupt_text_starts_the_app_in_recovery_without_writing() {
        clear();
        storage::write(DOCUMENT_KEY, "{\"schema\":1,\"revision\":").expect("write");
        let host = mount_app().await;
        settle().await;
        assert!(
            host.query_selector("[data-testid=storage-recovery]")
                .expect("query")
                .is_some(),
            "recovery shown"
        );
        // Longer than the save debounce.
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 500);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(wait).await;
        assert_eq!(
            storage::read(DOCUMENT_KEY),
            Ok(Some("{\"schema\":1,\"revision\":".to_owned()))
        );
        assert_eq!(
            storage::read(QUARANTINE_KEY),
            Ok(Some("{\"schema\":1,\"revision\":".to_owned()))
        );
        host.remove();
        clear();
    }
}

mod components {
    use super::*;
    use leptos::prelude::*;
    use winback_planner::components::NumberField;
    use winback_planner::model::field::Field;

    fn type_text(input: &web_sys::HtmlInputElement, text: &str, event: &str) {
        input.set_value(text);
        let ev = web_sys::Event::new(event).expect("event");
        input.dispatch_event(&ev).expect("dispatched");
    }

    #[wasm_bindgen_test]
    async fn number_field_refuses_bad_text_and_keeps_the_last_valid_value() {
        let host: web_sys::HtmlElement = super::document()
            .create_element("div")
            .expect("div")
            .unchecked_into();
        super::document()
            .body()
            .expect("body")
            .append_child(&host)
            .expect("appended");
        let value = RwSignal::new(30.0);
        let handle = leptos::mount::mount_to(host.clone(), move || {
            view! {
                <NumberField
                    field=Field::Margin
                    value=value
                    currency="EUR".to_owned()
                    on_change=Callback::new(move |v| value.set(v))
                />
            }
        });
        settle().await;
        let input: web_sys::HtmlInputElement = host
            .query_selector("[data-testid=cb-margin]")
            .expect("query")
            .expect("input")
            .unchecked_into();
        assert_eq!(input.value(), "30");
        let label = host
            .query_selector("label[for=cb-margin]")
            .expect("query")
            .expect("a label");
        assert_eq!(
            label.text_content().as_deref(),
            Some("Contribution margin at the old prices")
        );
        let error = || {
            host.query_selector("[data-testid=cb-margin-error]")
                .ok()
                .flatten()
                .and_then(|e| e.text_content())
                .unwrap_or_default()
        };

        type_text(&input, "135", "input");
        settle().await;
        assert!(error().contains("0 to 100"), "range named: {}", error());
        assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
        assert_eq!(value.get_untracked(), 30.0, "last valid value kept");

        type_text(&input, "1,5", "change");
        settle().await;
        assert!(error().contains("use a point for decimals"), "{}", error());
        assert_eq!(value.get_untracked(), 30.0);

        type_text(&input, "٣٥٪", "input");
        settle().await;
        assert_eq!(error(), "");
        assert_eq!(
            value.get_untracked(),
            35.0,
            "Arabic-Indic digits and percent sign accepted"
        );
        drop(handle);
        host.remove();
    }
}
