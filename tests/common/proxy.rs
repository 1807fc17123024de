//! A fault proxy between the client and the simulator: a real TCP relay that
//! can drop, cut, delay, stall or repeat what the server sends, as a bad
//! network or a dying server would. Its timers follow tokio's clock, so it
//! works on the paused clock too.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// What happens to the server's bytes on each connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// Relay faithfully.
    None,
    /// Forward this many bytes from the server, then close (FIN).
    CloseAfter(usize),
    /// Forward this many bytes, then reset the connection (RST).
    ResetAfter(usize),
    /// Hold every chunk from the server this long before forwarding it.
    Delay(Duration),
    /// Forward this many bytes, then nothing more (the connection stays open).
    StallAfter(usize),
    /// Send the chunk holding this byte offset twice.
    DuplicateAt(usize),
    /// Forward the first bytes of the response head only, then close.
    CutHead,
    /// Relay faithfully, but drop the connection after this long.
    DropEvery(Duration),
}

/// Where the proxy listens, and how many connections it has seen.
pub struct Proxy {
    pub url: String,
    connections: Arc<AtomicUsize>,
    task: tokio::task::JoinHandle<()>,
}

impl Proxy {
    /// Relays to `upstream` (`http://127.0.0.1:PORT`). `faults[i]` applies to
    /// the i-th connection; connections past the list get the last entry.
    pub async fn start(upstream: &str, faults: Vec<Fault>) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
        let url = format!("http://{}", listener.local_addr().unwrap());
        let upstream = upstream.trim_start_matches("http://").to_string();
        let connections = Arc::new(AtomicUsize::new(0));
        let count = connections.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let n = count.fetch_add(1, Ordering::SeqCst);
                let fault = faults
                    .get(n)
                    .or(faults.last())
                    .copied()
                    .unwrap_or(Fault::None);
                let upstream = upstream.clone();
                tokio::spawn(async move {
                    if let Ok(server) = TcpStream::connect(&upstream).await {
                        relay(client, server, fault).await;
                    }
                });
            }
        });
        Self {
            url,
            connections,
            task,
        }
    }

    pub fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn relay(client: TcpStream, server: TcpStream, fault: Fault) {
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    if let Fault::ResetAfter(_) = fault {
        // Linger zero: closing the socket sends RST instead of FIN.
        let _ = client.set_zero_linger();
    }
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    // Client to server: always faithful.
    let upward = tokio::spawn(async move {
        let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
        let _ = server_write.shutdown().await;
    });
    let downward = async move {
        let mut sent = 0usize;
        let mut buf = vec![0u8; 16 * 1024];
        loop {
            let n = match server_read.read(&mut buf).await {
                Ok(0) | Err(_) => return,
                Ok(n) => n,
            };
            let chunk = &buf[..n];
            let limit = match fault {
                Fault::CloseAfter(limit) | Fault::ResetAfter(limit) | Fault::StallAfter(limit) => {
                    Some(limit)
                }
                Fault::CutHead => Some(12),
                _ => None,
            };
            if let Some(limit) = limit
                && sent + n >= limit
            {
                let _ = client_write.write_all(&chunk[..limit - sent]).await;
                if let Fault::StallAfter(_) = fault {
                    std::future::pending::<()>().await;
                }
                return;
            }
            if let Fault::Delay(d) = fault {
                tokio::time::sleep(d).await;
            }
            if client_write.write_all(chunk).await.is_err() {
                return;
            }
            if let Fault::DuplicateAt(at) = fault
                && sent <= at
                && at < sent + n
            {
                let _ = client_write.write_all(chunk).await;
            }
            sent += n;
        }
    };
    if let Fault::DropEvery(period) = fault {
        let _ = tokio::time::timeout(period, downward).await;
    } else {
        downward.await;
    }
    // Both halves of the client socket go: FIN (or RST with linger zero).
    upward.abort();
}
