//! A minimal HTTP/1.1 POST for the one ChromeDriver endpoint fantoccini does not wrap
//! (the browser console log).

use std::io::{Read, Write};
use std::net::TcpStream;

use serde_json::Value;

pub fn post_json(port: u16, path: &str, body: &Value) -> Result<Value, crate::browser::Error> {
    let body = body.to_string();
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let (_, json) = response
        .split_once("\r\n\r\n")
        .ok_or("malformed response from chromedriver")?;
    // Chromedriver may answer chunked; the JSON is the part between the first { and last }.
    let start = json.find('{').ok_or("no JSON in chromedriver's answer")?;
    let end = json.rfind('}').ok_or("no JSON in chromedriver's answer")?;
    Ok(serde_json::from_str(&json[start..=end])?)
}
