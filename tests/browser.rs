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

fn mount_app() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document()
        .create_element("div")
        .expect("a div")
        .unchecked_into();
    document()
        .body()
        .expect("a body")
        .append_child(&host)
        .expect("appended");
    let handle = leptos::mount::mount_to(host.clone(), App);
    handle.forget();
    host
}

#[wasm_bindgen_test]
async fn shell_renders_header_main_and_footer() {
    let host = mount_app();
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
    let host = mount_app();
    settle().await;
    let root = document().document_element().expect("html element");
    assert_eq!(root.get_attribute("lang").as_deref(), Some("en"));
    assert_eq!(root.get_attribute("dir").as_deref(), Some("ltr"));
    host.remove();
}

#[wasm_bindgen_test]
async fn page_title_names_the_page_and_the_product() {
    let host = mount_app();
    settle().await;
    settle().await;
    let title = document().title();
    assert!(title.ends_with("Win-Back Planner"), "title: {title}");
    host.remove();
}
