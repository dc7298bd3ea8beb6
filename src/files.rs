//! Files in and out of the browser: download text as a file, read an uploaded file.

use wasm_bindgen::JsCast;

/// Why a file could not be saved or read.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum FileError {
    #[error("the browser could not create the download")]
    Download,
    #[error("the file could not be read")]
    Read,
    #[error("the file is too large ({0} bytes)")]
    TooLarge(f64),
}

/// Offers `text` as a download named `filename` (Blob + object URL; nothing leaves the device).
pub fn download(filename: &str, text: &str) -> Result<(), FileError> {
    download_as(filename, text, "application/json")
}

/// Offers `text` as a download of media type `mime`.
pub fn download_as(filename: &str, text: &str, mime: &str) -> Result<(), FileError> {
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|_| FileError::Download)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| FileError::Download)?;
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or(FileError::Download)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|_| FileError::Download)?
        .unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(filename);
    anchor.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// The text of `file`, refused unread when larger than `limit` bytes.
pub async fn read_text(file: web_sys::File, limit: usize) -> Result<String, FileError> {
    if file.size() > limit as f64 {
        return Err(FileError::TooLarge(file.size()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| FileError::Read)?;
    text.as_string().ok_or(FileError::Read)
}
