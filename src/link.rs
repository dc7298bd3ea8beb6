//! Hand-out and return links: the packet compressed by the browser's own `CompressionStream`
//! ("deflate-raw": no compressor in the wasm) and written base64url into the link's `#`
//! fragment, which browsers never send to a server. web-sys marks the compression streams
//! unstable, so they are reached by name.

use js_sys::{Array, Function, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::model::classroom::{base64url, from_base64url, PacketKind};

/// Why a link could not be made or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LinkError {
    #[error("this browser cannot compress or expand a link")]
    Unsupported,
    #[error("the link is damaged or incomplete")]
    Damaged,
}

/// The longest coded packet read (a sample hand-out needs about a thousand characters, a
/// team's whole answer a few thousand; this bounds what a hostile link could expand to).
const MAX_CODED: usize = 64 * 1024;

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

/// The link to this app that carries `text`, a packet of `kind`.
pub async fn make(kind: PacketKind, text: &str) -> Result<String, LinkError> {
    let packed = pipe(text.as_bytes(), "CompressionStream")
        .await
        .map_err(|_| LinkError::Unsupported)?;
    Ok(address(kind, &base64url(&packed)))
}

/// The link to this app whose `#` carries the coded packet `coded` of `kind`.
pub fn address(kind: PacketKind, coded: &str) -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}/#{}{coded}", kind.link_prefix())
}

/// The text a link's coded part (what follows `handout=` or `answer=`) carries.
pub async fn read(coded: &str) -> Result<String, LinkError> {
    if coded.len() > MAX_CODED {
        return Err(LinkError::Damaged);
    }
    let bytes = from_base64url(coded).ok_or(LinkError::Damaged)?;
    let plain = pipe(&bytes, "DecompressionStream")
        .await
        .map_err(|_| LinkError::Damaged)?;
    String::from_utf8(plain).map_err(|_| LinkError::Damaged)
}

/// The kind and coded part of the packet this page's address carries in its `#`, if any.
pub fn in_address() -> Option<(PacketKind, String)> {
    let hash = web_sys::window().and_then(|w| w.location().hash().ok())?;
    let fragment = hash.trim_start_matches('#');
    let kind = PacketKind::of_fragment(fragment)?;
    Some((kind, fragment[kind.link_prefix().len()..].to_owned()))
}

/// Drops the `#` fragment from this page's address without a reload or a history entry, so a
/// packet once taken is not taken again on reload.
pub fn forget_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let location = window.location();
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else {
        return;
    };
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(
            &wasm_bindgen::JsValue::NULL,
            "",
            Some(&format!("{path}{search}")),
        );
    }
}
