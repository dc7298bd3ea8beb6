//! A tiny static file server for `dist/` on 127.0.0.1, with the single-page fallback a real
//! host needs (unknown paths without a file extension get index.html). It records every
//! request so tests can check the app fetched nothing unexpected.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

/// What a test can change about a running server.
#[derive(Default)]
pub struct Controls {
    /// Answer nothing (as if the network were gone): connections are dropped unanswered.
    pub offline: AtomicBool,
    /// Hold every `.wasm` response back this many milliseconds.
    pub hold_wasm_ms: AtomicU64,
    /// Hold every `.txt` response (the language packs) back this many milliseconds.
    pub hold_texts_ms: AtomicU64,
    /// Bodies served instead of the files at these paths.
    pub overrides: Mutex<HashMap<String, Vec<u8>>>,
}

/// A running server; it lives until the test process ends.
pub struct StaticServer {
    pub origin: String,
    requests: Arc<Mutex<Vec<String>>>,
    pub controls: Arc<Controls>,
}

impl StaticServer {
    /// Serves `root` on a free loopback port.
    pub fn start(root: PathBuf) -> std::io::Result<StaticServer> {
        let listener = TcpListener::bind("127.0.0.1:0")?;
        let origin = format!("http://{}", listener.local_addr()?);
        let requests = Arc::new(Mutex::new(Vec::new()));
        let controls = Arc::new(Controls::default());
        let (log, shared) = (Arc::clone(&requests), Arc::clone(&controls));
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (root, log, controls) = (root.clone(), Arc::clone(&log), Arc::clone(&shared));
                thread::spawn(move || {
                    let _ = handle(stream, &root, &log, &controls);
                });
            }
        });
        Ok(StaticServer {
            origin,
            requests,
            controls,
        })
    }

    /// A server of its own for `dist/` (a fresh origin: its own service worker and storage).
    pub fn start_dist() -> std::io::Result<StaticServer> {
        StaticServer::start(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("dist"))
    }

    /// Every request path seen so far.
    pub fn requests(&self) -> Vec<String> {
        self.requests.lock().map(|r| r.clone()).unwrap_or_default()
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("txt") => "text/plain; charset=utf-8",
        Some("json") | Some("webmanifest") => "application/json",
        _ => "application/octet-stream",
    }
}

fn handle(
    stream: TcpStream,
    root: &Path,
    log: &Mutex<Vec<String>>,
    controls: &Controls,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    // Drain the headers; the body of a GET is empty.
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        line.clear();
    }
    // Checked per request, not per connection: the browser opens spare connections early.
    if controls.offline.load(Ordering::SeqCst) {
        return Ok(());
    }
    let target = request_line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .to_owned();
    if let Ok(mut l) = log.lock() {
        l.push(target.clone());
    }
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let relative = path.trim_start_matches('/');
    let safe = !relative.split('/').any(|part| part == "..");
    let mut file = root.join(relative);
    if !safe || file.is_dir() || (!file.exists() && Path::new(relative).extension().is_none()) {
        file = root.join("index.html");
    }
    if file.extension().is_some_and(|e| e == "wasm") {
        thread::sleep(Duration::from_millis(
            controls.hold_wasm_ms.load(Ordering::SeqCst),
        ));
    }
    if file.extension().is_some_and(|e| e == "txt") {
        thread::sleep(Duration::from_millis(
            controls.hold_texts_ms.load(Ordering::SeqCst),
        ));
    }
    let overridden = controls
        .overrides
        .lock()
        .ok()
        .and_then(|o| o.get(path).cloned());
    let mut out = stream;
    match overridden.map_or_else(|| std::fs::read(&file), Ok) {
        Ok(body) if safe => {
            write!(
                out,
                "HTTP/1.1 200 OK\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n",
                content_type(&file),
                body.len()
            )?;
            out.write_all(&body)?;
        }
        _ => {
            write!(
                out,
                "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )?;
        }
    }
    out.flush()
}
