//! The one-instance lock and socket against other users of the same
//! computer: a directory another user made first is never used, and each
//! end of the socket checks who is at the other end before trusting it.
//!
//! The other user is `nobody`, played by a small Python program started
//! with `setpriv`: that needs root, which CI has (`tests/run` then sets
//! `SKYDIAL_TEST_REQUIRE_ROOT`, so the test cannot pass by not running).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code
#![cfg(target_os = "linux")]

mod common;

use common::cli::{bin, code, stderr, stdout};
use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const NOBODY: u32 = 65534;

/// A program of another user: takes the lock in DIR and serves DIR/app.sock,
/// answering every request "Dialling …" and writing what it got to DIR/got.
const HOSTILE_SERVER: &str = r#"
import fcntl, json, os, socket, sys
d = sys.argv[1]
lock = open(os.path.join(d, "app.lock"), "w")
fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
path = os.path.join(d, "app.sock")
s = socket.socket(socket.AF_UNIX)
s.bind(path)
os.chmod(path, 0o777)
s.listen(8)
print("ready", flush=True)
while True:
    c, _ = s.accept()
    line = c.makefile().readline()
    # A client that checks who serves and hangs up sends nothing: only a
    # request that arrived is recorded (the file appears with the first).
    if line:
        with open(os.path.join(d, "got"), "a") as f:
            f.write(line)
    try:
        c.sendall((json.dumps({"status": 0, "message": "Dialling (hijacked)"}) + "\n").encode())
    except OSError:
        pass
    c.close()
"#;

/// A client of another user: connects to SOCKET, sends a dial request, and
/// prints whatever comes back (nothing when the server hangs up).
const HOSTILE_CLIENT: &str = r#"
import socket, sys
s = socket.socket(socket.AF_UNIX)
s.connect(sys.argv[1])
try:
    s.sendall(b'{"dial":"19005550177"}\n')
    s.settimeout(10)
    print(repr(s.makefile("rb").readline()), flush=True)
except (BrokenPipeError, ConnectionResetError):
    print(repr(b""), flush=True)
"#;

fn is_root() -> bool {
    rustix_euid() == 0
}

fn rustix_euid() -> u32 {
    // The test crate has no rustix of its own: ask `id`.
    let out = Command::new("id").arg("-u").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
}

/// Whether the tests that play another user can run; when CI says they
/// must (`SKYDIAL_TEST_REQUIRE_ROOT`), not being root fails them.
fn can_play_another_user() -> bool {
    if is_root() {
        return true;
    }
    assert!(
        std::env::var_os("SKYDIAL_TEST_REQUIRE_ROOT").is_none(),
        "this test plays another user with setpriv and needs root"
    );
    eprintln!("not root: the other-user part of this test needs root (CI runs it as root)");
    false
}

fn as_nobody(script: &str, args: &[&str]) -> Command {
    let mut command = Command::new("setpriv");
    command
        .args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            "/usr/bin/python3",
            "-c",
            script,
        ])
        .args(args);
    command
}

fn wait_for(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_lock_directory_another_user_made_first_gets_none_of_our_requests() {
    if !can_play_another_user() {
        return;
    }
    let base = tempfile::tempdir().unwrap();
    std::fs::set_permissions(base.path(), std::fs::Permissions::from_mode(0o1777)).unwrap();
    let me = rustix_euid();
    // Where skydial looks without XDG_RUNTIME_DIR: in TMPDIR, skydial-<uid>
    // (and, before this was fixed, skydial-$USER). The other user takes both.
    let mut servers = Vec::new();
    let mut hijacked = Vec::new();
    for name in [format!("skydial-{me}"), "skydial-victim".to_string()] {
        let dir = base.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o777)).unwrap();
        std::os::unix::fs::chown(&dir, Some(NOBODY), Some(NOBODY)).unwrap();
        let mut server = as_nobody(HOSTILE_SERVER, &[dir.to_str().unwrap()])
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut ready = String::new();
        std::io::BufRead::read_line(
            &mut std::io::BufReader::new(server.stdout.take().unwrap()),
            &mut ready,
        )
        .unwrap();
        assert_eq!(ready.trim(), "ready");
        servers.push(server);
        hijacked.push(dir);
    }

    let home = tempfile::tempdir().unwrap();
    let out = bin()
        .args(["dial", "19005550177"])
        .env_remove("XDG_RUNTIME_DIR")
        .env("TMPDIR", base.path())
        .env("USER", "victim")
        .env("SKYDIAL_CONFIG_DIR", home.path().join("config"))
        .env("SKYDIAL_DATA_DIR", home.path().join("data"))
        .env_remove("SKYDIAL_SERVER")
        .env_remove("SKYDIAL_USER")
        .env_remove("SKYDIAL_PIN")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    for mut server in servers {
        let _ = server.kill();
        let _ = server.wait();
    }
    for dir in &hijacked {
        assert!(
            !dir.join("got").exists(),
            "the other user's program received: {:?}",
            std::fs::read_to_string(dir.join("got"))
        );
    }
    assert!(
        !stdout(&out).contains("hijacked"),
        "{}{}",
        stdout(&out),
        stderr(&out)
    );
    // Nothing ran here, so the command worked on its own (and, with no
    // account saved, said what to do).
    assert_ne!(code(&out), 0, "{}", stderr(&out));
}

#[test]
fn the_running_app_does_not_serve_another_user() {
    if !can_play_another_user() {
        return;
    }
    use skydial::instance::{Place, Reply, Request};
    let dir = tempfile::tempdir().unwrap();
    let place = Place::at(dir.path().join("skydial"), "app");
    let _instance = skydial::instance::acquire(&place).unwrap().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::<Request>::new()));
    let log = seen.clone();
    {
        let _guard = runtime.enter();
        skydial::instance::serve(&place, move |request: Request, _token| {
            log.lock().unwrap().push(request);
            async { Reply::ok("Dialling") }
        })
        .unwrap();
    }
    let socket = dir.path().join("skydial").join("app.sock");
    wait_for("the socket", || socket.exists());
    // Open the way, as a careless umask or a shared directory might.
    for p in [dir.path(), &dir.path().join("skydial")] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    std::fs::set_permissions(&socket, std::fs::Permissions::from_mode(0o777)).unwrap();
    let out = as_nobody(HOSTILE_CLIENT, &[socket.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the other user could not even connect: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "b''",
        "the other user got an answer"
    );
    assert!(seen.lock().unwrap().is_empty(), "the request was handled");
    // This user still gets through.
    let reply = runtime
        .block_on(skydial::instance::send(
            &place,
            &Request::Raise,
            Duration::from_secs(5),
        ))
        .unwrap();
    assert_eq!(reply, Some(Reply::ok("Dialling")));
}

#[test]
fn a_socket_served_by_another_user_is_not_sent_our_request() {
    if !can_play_another_user() {
        return;
    }
    use skydial::instance::{Place, Request};
    let dir = tempfile::tempdir().unwrap();
    let ours = dir.path().join("skydial");
    std::fs::create_dir(&ours).unwrap();
    std::fs::set_permissions(&ours, std::fs::Permissions::from_mode(0o777)).unwrap();
    // Our directory, but another user's program got its socket in (a
    // directory that was open to others for a while).
    let mut server = as_nobody(HOSTILE_SERVER, &[ours.to_str().unwrap()])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut ready = String::new();
    std::io::BufRead::read_line(
        &mut std::io::BufReader::new(server.stdout.take().unwrap()),
        &mut ready,
    )
    .unwrap();
    let place = Place::at(ours.clone(), "app");
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let sent = runtime.block_on(skydial::instance::send(
        &place,
        &Request::Dial("19005550177".into()),
        Duration::from_secs(5),
    ));
    let _ = server.kill();
    let _ = server.wait();
    let error = sent.expect_err("a foreign server was trusted");
    assert!(error.to_string().contains("another user"), "{error}");
    assert!(!ours.join("got").exists(), "the request reached it");
}
