//! The one-instance socket keeps serving after it ran out of file
//! descriptors: 100 connections held for 2 s by another program while this
//! process may open only a few more files must not stop later requests.
//! (Its own test binary: it lowers this process's open-file limit.)

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code
#![cfg(target_os = "linux")]

use skydial::instance::{Place, Reply, Request};
use std::process::{Command, Stdio};
use std::time::Duration;

/// Opens N connections to SOCKET (as fast as it can, without waiting for
/// the server), holds them SECONDS, closes them, prints how many connected.
const FLOOD: &str = r#"
import socket, sys, time
path, n, hold = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
held = []
for _ in range(n):
    s = socket.socket(socket.AF_UNIX)
    s.setblocking(False)
    try:
        s.connect(path)
    except (BlockingIOError, ConnectionRefusedError, OSError):
        pass
    held.append(s)
print(len(held), flush=True)
time.sleep(hold)
for s in held:
    s.close()
"#;

#[test]
fn running_out_of_file_descriptors_does_not_stop_the_socket() {
    let dir = tempfile::tempdir().unwrap();
    let place = Place::at(dir.path().join("skydial"), "app");
    let _instance = skydial::instance::acquire(&place).unwrap().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    {
        let _guard = runtime.enter();
        skydial::instance::serve(&place, |request: Request, _token| async move {
            match request {
                Request::Raise => Reply::ok("shown"),
                other => Reply::failed(2, format!("unexpected {other:?}")),
            }
        })
        .unwrap();
    }
    let socket = dir.path().join("skydial").join("app.sock");
    // A little room above what is open now: the flood exhausts it.
    let open = std::fs::read_dir("/proc/self/fd").unwrap().count() as u64;
    let limit = open + 8;
    let status = Command::new("prlimit")
        .args([
            "--pid",
            &std::process::id().to_string(),
            &format!("--nofile={limit}:"),
        ])
        .status()
        .unwrap();
    assert!(status.success(), "prlimit failed");
    // The flood has room of its own (children inherit the lowered limit).
    let flood = Command::new("prlimit")
        .args([
            "--nofile=4096:",
            "/usr/bin/python3",
            "-c",
            FLOOD,
            socket.to_str().unwrap(),
            "100",
            "2",
        ])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let out = flood.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "100");
    // The flood is gone: the next request is answered (give the loop its
    // pause after the failures, and the held connections their timeouts).
    let reply = runtime.block_on(async {
        let deadline = tokio::time::Instant::now() + Duration::from_secs(20);
        loop {
            match skydial::instance::send(&place, &Request::Raise, Duration::from_secs(2)).await {
                Ok(Some(reply)) => return reply,
                other if tokio::time::Instant::now() > deadline => {
                    panic!("the socket stopped serving: {other:?}")
                }
                _ => tokio::time::sleep(Duration::from_millis(200)).await,
            }
        }
    });
    assert_eq!(reply, Reply::ok("shown"));
}
