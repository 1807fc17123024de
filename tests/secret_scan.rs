//! The PIN goes to the API's request body and nowhere else. Every CLI flow
//! (one-shot commands over POST and GET, `watch` with the engine behind it,
//! history, contacts, `pin` errors, failures of every kind) runs with a
//! recognisable PIN and trace logging, in a HOME of its own; then every line
//! printed, every file written under that HOME, the simulator's own log and
//! its request log are searched for the PIN.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::cli::{DID, bin, http};
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Nothing else in these flows has these digits in a row.
const SECRET: &str = "86420975";

fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[expect(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
#[test]
fn the_pin_appears_nowhere_but_in_request_bodies() {
    let home = tempfile::tempdir().unwrap();
    let users = home.path().join("users.txt");
    std::fs::write(&users, format!("{DID} {SECRET} 0010492e1234\n")).unwrap();
    let sim_log = home.path().join("sim-stderr.log");
    let mut sim = bin()
        .args(["-vv", "sim", "--port", "0", "--users"])
        .arg(&users)
        .env("SKYDIAL_LOG", "trace")
        .stdout(Stdio::piped())
        .stderr(std::fs::File::create(&sim_log).unwrap())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(sim.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let url = first.trim().to_string();
    let sandbox = |cmd: &mut Command| {
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home.path())
            .env("XDG_CONFIG_HOME", home.path().join(".config"))
            .env("XDG_DATA_HOME", home.path().join(".local/share"))
            .env("XDG_STATE_HOME", home.path().join(".local/state"))
            .env("SKYDIAL_LOG", "trace")
            .stdin(Stdio::null());
    };
    let printed = std::cell::RefCell::new(String::new());
    let run = |args: &[&str], pin: Option<&str>| {
        let mut cmd = bin();
        sandbox(&mut cmd);
        cmd.args(["-vv", "--server", &url, "--user", DID])
            .args(args);
        if let Some(pin) = pin {
            cmd.env("SKYDIAL_PIN", pin);
        }
        let out = cmd.output().unwrap();
        let mut printed = printed.borrow_mut();
        printed.push_str(&String::from_utf8_lossy(&out.stdout));
        printed.push_str(&String::from_utf8_lossy(&out.stderr));
        out.status.code()
    };
    let control = |action: &str| http("POST", &url, &format!("/control/{action}?user={DID}"));
    // One-shot commands, POST and GET, that succeed and that fail.
    assert_eq!(run(&["dial", "+1 (646) 555-1234"], Some(SECRET)), Some(0));
    assert_eq!(run(&["--get", "dial", "2125550142"], Some(SECRET)), Some(0));
    control("incoming");
    assert_eq!(run(&["calls", "--json"], Some(SECRET)), Some(0));
    assert_eq!(run(&["--get", "calls"], Some(SECRET)), Some(0));
    assert_eq!(run(&["answer"], Some(SECRET)), Some(0));
    assert_eq!(run(&["--get", "hold"], Some(SECRET)), Some(0));
    assert_eq!(run(&["resume"], Some(SECRET)), Some(0));
    assert_eq!(run(&["--get", "release"], Some(SECRET)), Some(0));
    assert_eq!(run(&["release"], Some(SECRET)), Some(0));
    assert_eq!(run(&["--get", "release"], Some(SECRET)), Some(0));
    assert_eq!(run(&["answer"], Some(SECRET)), Some(1), "nothing ringing");
    control("logout");
    assert_eq!(run(&["--get", "calls"], Some(SECRET)), Some(4));
    control("login");
    assert_eq!(run(&["dial", "916465551234"], Some(SECRET)), Some(2));
    assert_eq!(run(&["history"], Some(SECRET)), Some(0));
    let vcf = home.path().join("c.vcf");
    std::fs::write(&vcf, "BEGIN:VCARD\nFN:Ada\nTEL:2125550142\nEND:VCARD\n").unwrap();
    assert_eq!(
        run(&["contacts", "import", vcf.to_str().unwrap()], Some(SECRET)),
        Some(0)
    );
    // No keyring here: `pin store` fails, saying so.
    assert_ne!(run(&["pin", "store"], Some(SECRET)), Some(0));
    // A server URL holding the PIN in its query is refused without repeating it.
    let mut cmd = bin();
    sandbox(&mut cmd);
    let out = cmd
        .args([
            "--server",
            &format!("{url}/bobl/bobl?password={SECRET}"),
            "--user",
            DID,
            "hold",
        ])
        .env("SKYDIAL_PIN", SECRET)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    printed
        .borrow_mut()
        .push_str(&String::from_utf8_lossy(&out.stderr));

    // The engine, through `watch`: events, 17, a dropped connection.
    let mut cmd = bin();
    sandbox(&mut cmd);
    let watch_log = home.path().join("watch.log");
    let mut watch = cmd
        .args(["-vv", "--server", &url, "--user", DID, "watch"])
        .env("SKYDIAL_PIN", SECRET)
        .stdout(std::fs::File::create(&watch_log).unwrap())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !http("GET", &url, "/control/commands").contains("subscribe") {
        assert!(Instant::now() < deadline, "watch never subscribed");
        std::thread::sleep(Duration::from_millis(50));
    }
    control("incoming");
    control("unsubscribe");
    std::thread::sleep(Duration::from_millis(200));
    control("remote-hangup");
    http("POST", &url, "/control/drop");
    std::thread::sleep(Duration::from_millis(1500));
    let _ = watch.kill();
    let out = watch.wait_with_output().unwrap();
    printed
        .borrow_mut()
        .push_str(&String::from_utf8_lossy(&out.stderr));
    // The simulator's request log holds what it was sent, never the PIN.
    let requests = http("GET", &url, "/control/commands");
    assert!(requests.contains("dial"), "{requests}");
    assert!(!requests.contains(SECRET), "the PIN is in the request log");
    // A failure: the server gone (connection refused).
    let _ = sim.kill();
    let _ = sim.wait();
    assert_eq!(run(&["--get", "hold"], Some(SECRET)), Some(5));

    let printed = printed.into_inner();
    assert!(printed.contains("Dialling"), "the flows ran: {printed}");
    assert!(
        printed.contains("DEBUG") || printed.contains("TRACE"),
        "logs were on"
    );
    assert!(!printed.contains(SECRET), "the PIN was printed");
    // Every file written under HOME (settings, history, logs, the watch output).
    let mut files = Vec::new();
    files_under(home.path(), &mut files);
    files.retain(|f| f != &users);
    assert!(files.len() >= 3, "{files:?}");
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(SECRET), "the PIN is in {}", file.display());
    }
}
