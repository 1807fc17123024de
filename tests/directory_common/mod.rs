//! Real directory servers for the tests, started by the tests on loopback
//! at free ports: OpenLDAP's slapd (its own cn=config and mdb directories,
//! no system service) and Radicale (htpasswd, storage in a temp dir); and
//! fake servers for what a real one cannot show (garbage, silence, huge
//! or hostile answers).
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // test code

pub mod fake;
pub mod radicale;
pub mod slapd;

use skydial::directory::sync::SharedIndex;
use skydial::directory::{DirectoryConfig, Index};
use std::io::Read;
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// A recognisable directory password: the secret scan looks for it.
pub const PASSWORD: &str = "Dir-Secret-58213";

/// A free loopback port (bound, then released for the server to take).
pub fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A server process that ends with this test process, however it ends: a
/// shell starts it, waits for its own stdin (a pipe from this process) to
/// close, then stops it.
pub struct Server {
    child: Child,
    pub log: PathBuf,
}

impl Server {
    pub fn start(program: &str, args: &[String], log: &Path) -> Self {
        let child = Command::new("bash")
            .arg("-c")
            .arg(r#""$@" & server=$!; cat >/dev/null; kill "$server" 2>/dev/null; wait "$server""#)
            .arg("skydial-test-server")
            .arg(program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(std::fs::File::create(log).unwrap())
            .stderr(std::fs::File::options().append(true).open(log).unwrap())
            .spawn()
            .unwrap();
        Self {
            child,
            log: log.to_path_buf(),
        }
    }

    /// Waits (20 s at most) until the server takes connections on `port`.
    pub fn wait_for(&self, port: u16) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            if Instant::now() > deadline {
                let mut log = String::new();
                let _ = std::fs::File::open(&self.log).map(|mut f| f.read_to_string(&mut log));
                panic!("the server never listened on {port}: {log}");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // Closing its stdin tells the shell to stop the server.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

/// An index in a directory of its own.
pub fn index() -> (tempfile::TempDir, SharedIndex) {
    let dir = tempfile::tempdir().unwrap();
    let index = Index::open(&dir.path().join("history.sqlite3")).unwrap();
    (dir, Arc::new(Mutex::new(index)))
}

pub fn lookup(index: &SharedIndex, number: &str) -> Option<(String, String)> {
    index
        .lock()
        .unwrap()
        .lookup(number)
        .unwrap()
        .map(|c| (c.name, c.source.to_string()))
}

pub fn entries(index: &SharedIndex, name: &str) -> u64 {
    index
        .lock()
        .unwrap()
        .directory(name)
        .unwrap()
        .map_or(0, |d| d.entries)
}

pub fn config(name: &str, url: &str) -> DirectoryConfig {
    DirectoryConfig::new(name, url)
}

/// Runs `f` and returns what it gave and how long it took.
pub async fn timed<T>(f: impl std::future::Future<Output = T>) -> (T, Duration) {
    let start = Instant::now();
    let out = f.await;
    (out, start.elapsed())
}
