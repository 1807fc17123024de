//! Fake servers, for what a real one cannot show: silence, garbage, and
//! hostile or huge answers. Each listens on a free loopback port on threads
//! of its own and lives as long as the test process.

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::time::Duration;

/// An HTTP request as the fake read it.
#[derive(Debug, Clone)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub headers: String,
    pub body: String,
}

/// What a fake sends back.
pub enum Reply {
    /// Status, extra headers, body (with its Content-Length).
    Http(u16, String, String),
    /// Raw bytes, then the connection is closed.
    Raw(Vec<u8>),
    /// A head without a length, then `chunks` blocks of `chunk` until the
    /// client goes away (a body of unknown, huge size).
    Endless(Vec<u8>, usize),
    /// Nothing for 30 s.
    Silence,
}

fn read_request(stream: &mut TcpStream) -> Option<Request> {
    let mut buf = Vec::new();
    let mut byte = [0u8; 1024];
    let head_end = loop {
        if let Some(i) = buf.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = stream.read(&mut byte).ok()?;
        if n == 0 {
            return None;
        }
        buf.extend_from_slice(&byte[..n]);
    };
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let length = head
        .lines()
        .find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.eq_ignore_ascii_case("content-length")
                .then(|| v.trim().parse::<usize>().ok())?
        })
        .unwrap_or(0);
    while buf.len() < head_end + length {
        let n = stream.read(&mut byte).ok()?;
        if n == 0 {
            break;
        }
        buf.extend_from_slice(&byte[..n]);
    }
    let mut first = head.lines().next().unwrap_or("").split_whitespace();
    Some(Request {
        method: first.next().unwrap_or("").to_string(),
        path: first.next().unwrap_or("").to_string(),
        headers: head.clone(),
        body: String::from_utf8_lossy(&buf[head_end..]).to_string(),
    })
}

fn send(stream: &mut TcpStream, reply: Reply) {
    match reply {
        Reply::Http(status, headers, body) => {
            let head = format!(
                "HTTP/1.1 {status} Fake\r\nContent-Length: {}\r\nConnection: close\r\n{headers}\r\n",
                body.len()
            );
            let _ = stream.write_all(head.as_bytes());
            let _ = stream.write_all(body.as_bytes());
        }
        Reply::Raw(bytes) => {
            let _ = stream.write_all(&bytes);
        }
        Reply::Endless(chunk, chunks) => {
            let _ = stream.write_all(
                b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\nConnection: close\r\n\r\n",
            );
            for _ in 0..chunks {
                if stream.write_all(&chunk).is_err() {
                    return;
                }
            }
        }
        Reply::Silence => std::thread::sleep(Duration::from_secs(30)),
    }
}

/// An HTTP server answering each request with `answer`; returns its port.
pub fn http(answer: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let answer = Arc::new(answer);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let answer = answer.clone();
            std::thread::spawn(move || {
                if let Some(request) = read_request(&mut stream) {
                    send(&mut stream, answer(&request));
                }
            });
        }
    });
    port
}

/// A TCP server that, once a client has sent something, answers `reply`.
pub fn tcp(reply: impl Fn() -> Reply + Send + Sync + 'static) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let reply = Arc::new(reply);
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let reply = reply.clone();
            std::thread::spawn(move || {
                let mut first = [0u8; 512];
                if stream.read(&mut first).is_ok() {
                    send(&mut stream, reply());
                }
            });
        }
    });
    port
}

/// A port nothing listens on.
pub fn closed_port() -> u16 {
    super::free_port()
}
