//! The only code that touches localStorage. Every call can fail (storage disabled, blocked in
//! a sandboxed frame, full) and says how, as a [`StorageError`]; nothing here panics.
//! gloo-storage is not used: it panics when localStorage is missing and JSON-encodes raw
//! strings, while the app stores its own versioned text.

use wasm_bindgen::{JsCast, JsValue};

/// The saved document (a `model::persist` envelope).
pub const DOCUMENT_KEY: &str = "winback-planner.document";
/// A copy of unreadable text, kept until the user decides what to do with it.
pub const QUARANTINE_KEY: &str = "winback-planner.quarantine";
/// Snapshots taken before destructive actions.
pub const BACKUPS_KEY: &str = "winback-planner.backups";
const PROBE_KEY: &str = "winback-planner.probe";

/// Why storage could not be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum StorageError {
    /// localStorage is missing, disabled or blocked (accessing it throws).
    #[error("this browser does not let the app use its storage ({0})")]
    Unavailable(String),
    /// QuotaExceededError (or the legacy codes 22 / 1014).
    #[error("the browser's storage for this app is full")]
    Full,
    #[error("the browser refused to save ({0})")]
    Refused(String),
}

fn describe(error: &JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| {
            error
                .dyn_ref::<web_sys::DomException>()
                .map(|e| e.message())
        })
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "unknown reason".to_owned())
}

fn classify_write_error(error: &JsValue) -> StorageError {
    if let Some(e) = error.dyn_ref::<web_sys::DomException>() {
        let quota_name = matches!(
            e.name().as_str(),
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED"
        );
        if quota_name || matches!(e.code(), 22 | 1014) {
            return StorageError::Full;
        }
    }
    StorageError::Refused(describe(error))
}

/// localStorage itself; accessing it throws where it is disabled or blocked.
fn local() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    window
        .local_storage()
        .map_err(|e| StorageError::Unavailable(describe(&e)))?
        .ok_or_else(|| StorageError::Unavailable("localStorage is missing".into()))
}

/// localStorage, if this page may use it: accessing it and writing a probe both succeed.
pub fn probe() -> Result<web_sys::Storage, StorageError> {
    let storage = local()?;
    storage
        .set_item(PROBE_KEY, "1")
        .map_err(|e| match classify_write_error(&e) {
            StorageError::Full => StorageError::Full,
            _ => StorageError::Unavailable(describe(&e)),
        })?;
    let _ = storage.remove_item(PROBE_KEY);
    Ok(storage)
}

/// The text stored under `key`, if any.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    let storage = local()?;
    storage
        .get_item(key)
        .map_err(|e| StorageError::Unavailable(describe(&e)))
}

/// Stores `value` under `key`. On failure the previous value is untouched (the browser
/// writes all or nothing).
pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    let storage = local()?;
    storage
        .set_item(key, value)
        .map_err(|e| classify_write_error(&e))
}

/// Removes `key`.
pub fn remove(key: &str) -> Result<(), StorageError> {
    let storage = local()?;
    storage
        .remove_item(key)
        .map_err(|e| StorageError::Refused(describe(&e)))
}
