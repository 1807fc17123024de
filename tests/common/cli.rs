//! The real binary in other processes: `skydial sim`, one-shot commands, `watch`.

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

pub use super::{DID, PIN};

pub const BIN: &str = env!("CARGO_BIN_EXE_skydial");

/// The binary, speaking English whatever the machine's `LANG` says (the
/// tests read its messages).
pub fn bin() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env("SKYDIAL_LANG", "en");
    cmd
}

/// `skydial sim` on a free port; killed on drop.
pub struct Sim {
    child: Child,
    pub url: String,
    pub lines: Vec<String>,
}

impl Sim {
    pub fn start(extra: &[&str]) -> Self {
        let port: &[&str] = if extra.contains(&"--port") {
            &[]
        } else {
            &["--port", "0"]
        };
        let mut child = bin()
            .arg("sim")
            .args(port)
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap();
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut lines = Vec::new();
        let mut line = String::new();
        stdout.read_line(&mut line).unwrap();
        let url = line.trim().to_string();
        assert!(
            url.starts_with("http://127.0.0.1:") || url.starts_with("https://localhost:"),
            "first line: {url:?}"
        );
        lines.push(url.clone());
        if extra.contains(&"--tls") {
            line.clear();
            stdout.read_line(&mut line).unwrap();
            lines.push(line.trim().to_string());
        }
        Self { child, url, lines }
    }

    pub fn control(&self, action: &str, query: &str) -> String {
        http("POST", &self.url, &format!("/control/{action}?{query}"))
    }

    /// The commands the simulator received, as JSON.
    pub fn commands(&self) -> Vec<serde_json::Value> {
        let text = http("GET", &self.url, "/control/commands");
        serde_json::from_str::<Vec<serde_json::Value>>(&text).unwrap()
    }

    /// How many commands named `method` it received.
    pub fn count(&self, method: &str) -> usize {
        self.commands()
            .iter()
            .filter(|c| {
                c["name"]
                    .as_str()
                    .is_some_and(|n| n.ends_with(&format!(".{method}")))
            })
            .count()
    }

    /// Waits (20 s at most) until it has received `n` commands named `method`.
    pub fn wait_for(&self, method: &str, n: usize) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.count(method) < n {
            assert!(
                Instant::now() < deadline,
                "the simulator never got {n} {method}: {:?}",
                self.commands()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Sim {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A plain HTTP request through a tiny std-only client; returns the body.
pub fn http(method: &str, base: &str, path: &str) -> String {
    http_with(method, base, path, &[])
}

/// The same, with extra header lines; returns the body.
pub fn http_with(method: &str, base: &str, path: &str, headers: &[&str]) -> String {
    use std::io::Write;
    let addr = base.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    let extra: String = headers.iter().map(|h| format!("{h}\r\n")).collect();
    write!(
        s,
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nContent-Length: 0\r\nConnection: close\r\n{extra}\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out.split("\r\n\r\n").nth(1).unwrap_or("").to_string()
}

pub fn skydial(sim_url: &str, pin: Option<&str>, args: &[&str]) -> Output {
    let mut cmd = bin();
    cmd.args(["--server", sim_url, "--user", DID])
        .args(args)
        .stdin(Stdio::null());
    cmd.env_remove("SKYDIAL_PIN")
        .env_remove("SKYDIAL_SERVER")
        .env_remove("SKYDIAL_USER");
    let dir = std::env::temp_dir().join(format!("skydial-cli-test-{}", std::process::id()));
    cmd.env("SKYDIAL_DATA_DIR", dir.join("data"))
        .env("SKYDIAL_CONFIG_DIR", dir.join("config"));
    if let Some(pin) = pin {
        cmd.env("SKYDIAL_PIN", pin);
    }
    cmd.output().unwrap()
}

pub fn code(out: &Output) -> i32 {
    out.status.code().unwrap_or(-1)
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `skydial watch --json` against a simulator; killed on drop.
pub struct Watch {
    child: Child,
    lines: mpsc::Receiver<String>,
    /// Every line read so far.
    pub seen: Vec<serde_json::Value>,
    _data: tempfile::TempDir,
}

impl Watch {
    /// Starts `watch --json` and waits until the simulator has its subscription.
    pub fn start(sim: &Sim) -> Self {
        Self::start_with(sim, &[])
    }

    /// `watch --json` with more of watch's options.
    pub fn start_with(sim: &Sim, options: &[&str]) -> Self {
        let data = tempfile::tempdir().unwrap();
        let subscribed = sim.count("subscribe");
        let mut child = bin()
            .args(["--server", &sim.url, "--user", DID, "watch", "--json"])
            .args(options)
            .env("SKYDIAL_PIN", PIN)
            .env("SKYDIAL_DATA_DIR", data.path().join("data"))
            .env("SKYDIAL_CONFIG_DIR", data.path().join("config"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let (tx, lines) = mpsc::channel::<String>();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        sim.wait_for("subscribe", subscribed + 1);
        Self {
            child,
            lines,
            seen: Vec::new(),
            _data: data,
        }
    }

    /// The next printed event that satisfies `want` (20 s at most).
    pub fn until(
        &mut self,
        what: &str,
        want: impl Fn(&serde_json::Value) -> bool,
    ) -> serde_json::Value {
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = self
                .lines
                .recv_timeout(left)
                .unwrap_or_else(|_| panic!("watch printed no {what}; it printed {:?}", self.seen));
            let value: serde_json::Value =
                serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"));
            self.seen.push(value.clone());
            if want(&value) {
                return value;
            }
        }
    }

    /// Reads what is printed for `wait` and returns everything seen so far.
    pub fn drain_for(&mut self, wait: Duration) -> &[serde_json::Value] {
        let deadline = Instant::now() + wait;
        while let Ok(line) = self
            .lines
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if let Ok(value) = serde_json::from_str(&line) {
                self.seen.push(value);
            }
        }
        &self.seen
    }

    /// Stops it and returns what it wrote on stderr.
    pub fn stop(mut self) -> String {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let mut err = String::new();
        if let Some(mut e) = self.child.stderr.take() {
            let _ = e.read_to_string(&mut err);
        }
        err
    }
}

impl Drop for Watch {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
