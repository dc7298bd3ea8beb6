//! Hand-out links: the hand-out compressed by the browser's own `CompressionStream`
//! ("deflate-raw": no compressor in the wasm) and written base64url into the link's `#`
//! fragment, which browsers never send to a server. web-sys marks the compression streams
//! unstable, so they are reached by name.

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::classroom::{base64url, from_base64url, LINK_PREFIX};

/// Why a link could not be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("this browser cannot compress or expand a link")]
    Unsupported,
    #[error("the link is damaged or incomplete")]
    Damaged,
}

/// The longest fragment read (a sample hand-out needs about a thousand characters; this
/// bounds what a hostile link could expand to).
const MAX_FRAGMENT: usize = 64 * 1024;

/// `bytes` through a new `stream` ("CompressionStream" or "DecompressionStream").
async fn pipe(bytes: &[u8], stream: &str) -> Result<Vec<u8>, JsValue> {
    let constructor: Function = Reflect::get(&js_sys::global(), &stream.into())?.dyn_into()?;
    let transform = Reflect::construct(&constructor, &Array::of1(&"deflate-raw".into()))?;
    let blob = web_sys::Blob::new_with_u8_array_sequence(&Array::of1(&Uint8Array::from(bytes)))?;
    let readable = blob.stream();
    let pipe_through: Function = Reflect::get(&readable, &"pipeThrough".into())?.dyn_into()?;
    let piped = pipe_through.call1(&readable, &transform)?;
    let response = web_sys::Response::new_with_opt_readable_stream(Some(piped.unchecked_ref()))?;
    let buffer = JsFuture::from(response.array_buffer()?).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The link at `origin` that carries `text`.
pub async fn make(origin: &str, text: &str) -> Result<String, LinkError> {
    let packed = pipe(text.as_bytes(), "CompressionStream")
        .await
        .map_err(|_| LinkError::Unsupported)?;
    Ok(format!("{origin}/#{LINK_PREFIX}{}", base64url(&packed)))
}

/// Whether `fragment` (with or without its `#`) carries a hand-out.
pub fn carries_handout(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with(LINK_PREFIX)
}

/// The text a hand-out `fragment` carries.
pub async fn read(fragment: &str) -> Result<String, LinkError> {
    let coded = fragment
        .trim_start_matches('#')
        .strip_prefix(LINK_PREFIX)
        .filter(|c| c.len() <= MAX_FRAGMENT)
        .ok_or(LinkError::Damaged)?;
    let bytes = from_base64url(coded).ok_or(LinkError::Damaged)?;
    let plain = pipe(&bytes, "DecompressionStream")
        .await
        .map_err(|_| LinkError::Damaged)?;
    String::from_utf8(plain).map_err(|_| LinkError::Damaged)
}
