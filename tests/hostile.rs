//! Hostile servers, hostile input and the PIN: what a review found, each
//! with the test that shows it fixed.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::*;
use skydial::client::{Client, ClientConfig, Transport, url::api_url};
use skydial::protocol::{Command, Credentials, Pin};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

const SECRET_PIN: &str = "80486";

/// A server that records every byte it is sent and answers a 200 with a
/// `true` result: where a redirect would lead.
async fn recorder() -> (String, Arc<Mutex<Vec<u8>>>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let seen: Arc<Mutex<Vec<u8>>> = Arc::default();
    let log = seen.clone();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let log = log.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                if let Ok(Ok(n)) =
                    tokio::time::timeout(Duration::from_millis(500), s.read(&mut buf)).await
                {
                    log.lock().unwrap().extend_from_slice(&buf[..n]);
                }
                let body = skydial::protocol::Response::boolean(Some("1".into()), true).to_xml();
                let _ = s
                    .write_all(
                        format!(
                            "HTTP/1.1 200 OK\r\nContent-Type: text/xml\r\nContent-Length: {}\r\n\r\n{body}",
                            body.len()
                        )
                        .as_bytes(),
                    )
                    .await;
            });
        }
    });
    (format!("http://{addr}"), seen)
}

/// A server that answers every request with `status` and a Location header.
async fn redirector(status: u16, location: String) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut s, _)) = listener.accept().await {
            let location = location.clone();
            tokio::spawn(async move {
                let mut buf = vec![0u8; 65536];
                let _ = tokio::time::timeout(Duration::from_millis(200), s.read(&mut buf)).await;
                let _ = s
                    .write_all(
                        format!(
                            "HTTP/1.1 {status} Moved\r\nLocation: {location}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                        )
                        .as_bytes(),
                    )
                    .await;
            });
        }
    });
    format!("http://{addr}")
}

fn client_at(base: &str) -> Client {
    Client::new(ClientConfig {
        url: api_url(base).unwrap(),
        credentials: Credentials::new(DID, Pin::new(SECRET_PIN)),
        ca_file: None,
    })
    .unwrap()
}

#[tokio::test]
async fn redirects_are_not_followed_and_the_pin_goes_nowhere_else() {
    let (elsewhere, seen) = recorder().await;
    for status in [301, 302, 307, 308] {
        let target = format!("{elsewhere}/bobl/bobl?from=redirect");
        let server = redirector(status, target).await;
        let client = client_at(&server);
        for transport in [Transport::Post, Transport::Get] {
            let err = client
                .call(
                    &Command::Dial {
                        number: "6465551234".into(),
                        endpoint: None,
                    },
                    transport,
                )
                .await
                .expect_err("a redirect is an error");
            let text = err.to_string();
            assert!(
                text.contains("redirect") && text.contains(elsewhere.trim_start_matches("http://")),
                "{status} {transport:?}: {text}"
            );
            assert!(
                !text.contains("from=redirect"),
                "no query in messages: {text}"
            );
            assert!(!text.contains(SECRET_PIN), "{text}");
        }
        // The duplex session too.
        let (session, _events) = client.connect();
        let err = session.request(&Command::Subscribe).await.unwrap_err();
        assert!(err.to_string().contains("redirect"), "{status}: {err}");
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    let seen = seen.lock().unwrap();
    assert!(
        seen.is_empty(),
        "the redirect target was sent: {}",
        String::from_utf8_lossy(&seen)
    );
}

/// A plain TCP listener on a std thread that records what it is sent (the
/// proxy a hostile environment variable points at).
fn std_recorder() -> (String, Arc<Mutex<Vec<u8>>>) {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    let seen: Arc<Mutex<Vec<u8>>> = Arc::default();
    let log = seen.clone();
    std::thread::spawn(move || {
        for mut s in listener.incoming().flatten() {
            let _ = s.set_read_timeout(Some(Duration::from_millis(300)));
            let mut buf = vec![0u8; 65536];
            if let Ok(n) = s.read(&mut buf) {
                log.lock().unwrap().extend_from_slice(&buf[..n]);
            }
            let body = skydial::protocol::Response::boolean(Some("1".into()), true).to_xml();
            let _ = write!(
                s,
                "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
        }
    });
    (format!("http://{addr}"), seen)
}

#[test]
fn proxy_variables_never_carry_loopback_traffic() {
    use common::cli::{Sim, code, stderr};
    let sim = Sim::start(&[]);
    let (proxy, seen) = std_recorder();
    let data = tempfile::tempdir().unwrap();
    for get in [false, true] {
        let mut cmd = common::cli::bin();
        cmd.args(["--server", &sim.url, "--user", DID]);
        if get {
            cmd.arg("--get");
        }
        let out = cmd
            .args(["dial", "6465551234"])
            .env("SKYDIAL_PIN", PIN)
            .env("SKYDIAL_DATA_DIR", data.path())
            .env("SKYDIAL_CONFIG_DIR", data.path())
            .env("HTTP_PROXY", &proxy)
            .env("http_proxy", &proxy)
            .env("HTTPS_PROXY", &proxy)
            .env("ALL_PROXY", &proxy)
            .env("all_proxy", &proxy)
            .env_remove("NO_PROXY")
            .env_remove("no_proxy")
            .stdin(std::process::Stdio::null())
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
    }
    assert_eq!(sim.count("dial"), 2, "both reached the simulator directly");
    std::thread::sleep(Duration::from_millis(100));
    assert!(
        seen.lock().unwrap().is_empty(),
        "the proxy got: {}",
        String::from_utf8_lossy(&seen.lock().unwrap())
    );
}

#[test]
fn a_hostile_number_neither_overflows_the_stack_nor_takes_long() {
    use skydial::protocol::number::{find_numbers, normalize, readable};
    // Run on a small stack, as a UI thread's would be: recursion per marker overflowed it.
    let worker = std::thread::Builder::new()
        .stack_size(256 * 1024)
        .spawn(|| {
            for hostile in [
                "1x".repeat(200_000) + "1",
                "1ext".repeat(100_000) + "1",
                "2#".repeat(200_000) + "2",
                format!("tel:{}", "1;ext=1".repeat(50_000)),
                "9".repeat(1_000_000),
            ] {
                let started = std::time::Instant::now();
                assert!(normalize(&hostile).is_err());
                assert!(readable(&hostile).chars().count() <= 256);
                let _ = find_numbers(&hostile);
                assert!(
                    started.elapsed() < Duration::from_secs(5),
                    "{:?} for {} bytes",
                    started.elapsed(),
                    hostile.len()
                );
            }
        })
        .unwrap();
    worker.join().expect("no stack overflow, no panic");
}

#[test]
fn server_fields_are_bounded_where_they_enter() {
    use skydial::protocol::{Response, ResultValue};
    let huge = "7".repeat(400_000);
    let doc = format!(
        "<org.m5.api.v1.Response><ErrorCount>0</ErrorCount><Id>1</Id><Result xsi:type=\"xmlList\">\
         <item><Ani>{huge}</Ani><CLID>{huge}</CLID><DID>{huge}</DID><Endpoint>{huge}</Endpoint><Id>9</Id><State>RINGING</State></item>\
         <item><Ani>1</Ani><Id>{huge}</Id><State>RINGING</State></item>\
         </Result></org.m5.api.v1.Response>"
    );
    let parsed = Response::parse(doc.as_bytes()).unwrap();
    let Some(ResultValue::Calls(calls)) = parsed.result else {
        panic!("a list");
    };
    assert_eq!(calls.len(), 1, "the call with a 400 KB id is left out");
    let call = &calls[0];
    for field in [
        &call.ani,
        call.clid.as_ref().unwrap(),
        &call.did,
        &call.endpoint,
    ] {
        assert!(
            field.chars().count() <= 256,
            "{} chars",
            field.chars().count()
        );
    }
    assert_eq!(parsed.skipped.len(), 1);
}

#[test]
fn a_server_url_with_a_query_is_refused_without_repeating_it() {
    use common::cli::{Sim, code, skydial, stderr};
    let sim = Sim::start(&[]);
    let url = format!(
        "{}/bobl/bobl?name=org.m5.apps.v1.cti.ClickToDial.dial&user={DID}&password={SECRET_PIN}",
        sim.url
    );
    for args in [&["dial", "1234"][..], &["pin", "store"][..]] {
        let out = skydial(&url, Some(PIN), args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("query") && !err.contains(SECRET_PIN), "{err}");
    }
    assert!(sim.commands().is_empty());
}

#[tokio::test(start_paused = true)]
async fn files_and_directories_are_private_to_the_user() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data").join("skydial");
    let config = dir.path().join("config").join("skydial");
    let sim = sim().await;
    let engine = skydial::engine::spawn(skydial::engine::EngineConfig {
        history_path: Some(data.join("history.sqlite3")),
        ..skydial::engine::EngineConfig::default()
    });
    engine
        .send(skydial::engine::EngineCommand::SignIn(
            common::engine::account(&sim, PIN),
        ))
        .await
        .unwrap();
    let id = sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    common::engine::until(&engine.snapshot(), "the call", |s| {
        s.calls.iter().any(|c| c.call.id == id)
    })
    .await;
    let settings = skydial::settings::Settings {
        user: DID.into(),
        ..Default::default()
    };
    skydial::settings::save(&config.join("settings.json"), &settings).unwrap();
    let mode = |p: &std::path::Path| {
        std::fs::metadata(p)
            .unwrap_or_else(|e| panic!("{}: {e}", p.display()))
            .permissions()
            .mode()
            & 0o777
    };
    for d in [&data, &config] {
        assert_eq!(mode(d), 0o700, "{}", d.display());
    }
    for f in [
        data.join("history.sqlite3"),
        data.join("history.sqlite3-wal"),
        data.join("history.sqlite3-shm"),
        config.join("settings.json"),
    ] {
        assert_eq!(mode(&f), 0o600, "{}", f.display());
    }
    // A directory that already existed with looser permissions is tightened.
    std::fs::set_permissions(&config, std::fs::Permissions::from_mode(0o755)).unwrap();
    skydial::settings::save(&config.join("settings.json"), &settings).unwrap();
    assert_eq!(mode(&config), 0o700);
    // No temporary file is left behind.
    let names: Vec<_> = std::fs::read_dir(&config)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, vec![std::ffi::OsString::from("settings.json")]);
}

#[test]
fn settings_written_from_two_threads_at_once_are_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("settings.json");
    let writers: Vec<_> = (0..8)
        .map(|i| {
            let path = path.clone();
            std::thread::spawn(move || {
                for _ in 0..50 {
                    let s = skydial::settings::Settings {
                        user: format!("646555{i:04}"),
                        ..Default::default()
                    };
                    skydial::settings::save(&path, &s).unwrap();
                }
            })
        })
        .collect();
    for w in writers {
        w.join().unwrap();
    }
    let loaded = skydial::settings::load(&path).unwrap();
    assert!(loaded.user.starts_with("646555"), "{loaded:?}");
}

#[test]
fn caller_text_cannot_drive_the_terminal() {
    use common::cli::{Sim, code, skydial, stderr, stdout};
    let sim = Sim::start(&[]);
    // C1 CSI (valid in XML), a right-to-left override and a C1 OSC, from the "server".
    let hostile = "2125550142%C2%9B2J%E2%80%AEevil%C2%9D0;title%07";
    sim.control(
        "incoming",
        &format!("user={DID}&from={hostile}&clid=646%C2%9B31m5551000"),
    );
    let listed = skydial(&sim.url, Some(PIN), &["calls"]);
    assert_eq!(code(&listed), 0, "{}", stderr(&listed));
    let mut watch = common::cli::bin()
        .args(["--server", &sim.url, "--user", DID, "watch"])
        .env("SKYDIAL_PIN", PIN)
        .env("SKYDIAL_DATA_DIR", tempfile::tempdir().unwrap().path())
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    sim.wait_for("subscribe", 1);
    sim.control("remote-hangup", &format!("user={DID}"));
    std::thread::sleep(Duration::from_millis(500));
    let _ = watch.kill();
    let out = watch.wait_with_output().unwrap();
    let watched = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(watched.contains("DELETED"), "{watched}");
    for text in [stdout(&listed), watched] {
        for bad in ['\u{1b}', '\u{9b}', '\u{9d}', '\u{202e}', '\u{7}'] {
            assert!(!text.contains(bad), "{bad:?} printed: {text:?}");
        }
        assert!(text.contains("evil"), "{text:?}");
    }
}

#[tokio::test(start_paused = true)]
async fn live_calls_are_capped_with_a_clear_message() {
    use skydial::engine::MAX_LIVE_CALLS;
    let rig = common::engine::rig().await;
    for i in 0..(MAX_LIVE_CALLS + 36) {
        rig.sim
            .state()
            .inject_incoming(DID, &format!("212555{:04}", i), None)
            .unwrap();
    }
    let snap = rig
        .wait("the cap", |s| {
            s.calls.len() == MAX_LIVE_CALLS && s.last_error.is_some()
        })
        .await;
    let message = snap.last_error.unwrap();
    assert!(message.contains(&MAX_LIVE_CALLS.to_string()), "{message}");
    rig.settle().await;
    assert_eq!(
        rig.engine.snapshot().borrow().calls.len(),
        MAX_LIVE_CALLS,
        "never more"
    );
    // Calls ending make room again; the warning goes once under the cap.
    for _ in 0..40 {
        rig.sim.state().remote_hangup(DID, None).unwrap();
    }
    rig.wait("room again", |s| {
        s.calls.len() < MAX_LIVE_CALLS && s.last_error.is_none()
    })
    .await;
}

#[test]
fn the_simulators_ca_file_is_private_and_never_follows_a_planted_link() {
    use std::os::unix::fs::PermissionsExt;
    // The port is known in advance: plant a link where the CA used to go.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let victim = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(victim.path(), "precious").unwrap();
    let planted = std::env::temp_dir().join(format!("skydial-sim-ca-{port}.pem"));
    let _ = std::fs::remove_file(&planted);
    std::os::unix::fs::symlink(victim.path(), &planted).unwrap();
    let sim = common::cli::Sim::start(&["--tls", "--port", &port.to_string()][..]);
    let _ = std::fs::remove_file(&planted);
    assert_eq!(std::fs::read_to_string(victim.path()).unwrap(), "precious");
    let named = sim.lines[1].clone();
    let path = std::path::PathBuf::from(
        named
            .strip_prefix("CA certificate: ")
            .and_then(|r| r.split(" (").next())
            .unwrap_or_else(|| panic!("{named}")),
    );
    assert_ne!(path, planted);
    let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "{}", path.display());
    assert_eq!(mode(path.parent().unwrap()), 0o700);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("BEGIN CERTIFICATE")
    );
}

#[test]
fn the_simulators_control_interface_refuses_web_pages_and_warns_off_loopback() {
    use common::cli::{Sim, http_with};
    let sim = Sim::start(&[]);
    let incoming = format!("/control/incoming?user={DID}&from=2125550142");
    let refused = http_with(
        "POST",
        &sim.url,
        &incoming,
        &["Origin: http://evil.example"],
    );
    assert!(refused.contains("refused"), "{refused}");
    let calls =
        |sim: &Sim| common::cli::http("GET", &sim.url, &format!("/control/calls?user={DID}"));
    assert_eq!(calls(&sim), "[]", "a page on another site made a call ring");
    let own = sim.url.clone();
    assert!(http_with("POST", &sim.url, &incoming, &[&format!("Origin: {own}")]).contains("call"));
    assert!(
        common::cli::http("POST", &sim.url, &incoming).contains("call"),
        "curl (no Origin) works"
    );
    // Bound off loopback, it says what that means.
    let out = common::cli::bin()
        .args(["sim", "--port", "0", "--bind", "0.0.0.0"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let _ = nix_kill(&out);
    let out = out.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("other computers"), "{err}");
}

fn nix_kill(child: &std::process::Child) -> std::io::Result<std::process::ExitStatus> {
    std::process::Command::new("kill")
        .arg(child.id().to_string())
        .status()
}

#[tokio::test(start_paused = true)]
async fn error_17_over_and_over_backs_off_instead_of_hammering() {
    let rig = common::engine::rig().await;
    let started = tokio::time::Instant::now();
    let before = rig.count("subscribe");
    // From now on every subscription is dropped right after it starts.
    rig.sim.state().flap_subscriptions(DID, 10_000).unwrap();
    rig.sim.state().force_unsubscribe(Some(DID)).unwrap();
    while rig.count("subscribe") < before + 10 {
        rig.settle().await;
        assert!(
            started.elapsed() < Duration::from_secs(3600),
            "stuck at {} subscribes",
            rig.count("subscribe")
        );
    }
    let elapsed = started.elapsed();
    // At once, then 1, 2, 4, 8, 16, 32, 60, 60 s apart: nine tries take minutes.
    assert!(
        elapsed >= Duration::from_secs(120),
        "10 subscribes in {elapsed:?}: no back-off"
    );
    let snap = rig.engine.snapshot().borrow().clone();
    let said = snap.last_error.unwrap_or_default();
    assert!(said.contains("17") && said.contains("skysupport"), "{said}");
    // Once the server stops, the subscription holds, events flow, and the note goes.
    rig.sim.state().flap_subscriptions(DID, 0).unwrap();
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.wait("the call and a quiet status", |s| {
        s.calls.iter().any(|c| c.call.id == id) && s.last_error.is_none()
    })
    .await;
}

/// A line that drops every few seconds: 51 calls ring (about 25 s each,
/// then voicemail) over it; every one must reach the history.
#[tokio::test(start_paused = true)]
async fn a_flaky_line_hides_no_call() {
    use common::proxy::{Fault, Proxy};
    use skydial::engine::{EngineCommand, EngineConfig};
    let sim = sim_with(skydial::sim::SimConfig {
        ring_timeout: Some(Duration::from_secs(25)),
        ..Default::default()
    })
    .await;
    let proxy = Proxy::start(
        &sim.base_url(),
        vec![Fault::DropEvery(Duration::from_secs(3))],
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let history_path = dir.path().join("history.sqlite3");
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: Some(history_path.clone()),
        ..EngineConfig::default()
    });
    let mut account = common::engine::account(&sim, PIN);
    account.url = api_url(&proxy.url).unwrap();
    engine.send(EngineCommand::SignIn(account)).await.unwrap();
    let snapshots = engine.snapshot();
    common::engine::until(&snapshots, "connected", |s| {
        s.status == skydial::engine::ConnectionStatus::Connected
    })
    .await;
    // Watch the blind time the engine reports.
    let mut watcher = engine.snapshot();
    let worst = Arc::new(Mutex::new(Duration::ZERO));
    let seen = worst.clone();
    tokio::spawn(async move {
        while watcher.changed().await.is_ok() {
            if let Some(b) = watcher.borrow_and_update().last_blind {
                let mut w = seen.lock().unwrap();
                *w = (*w).max(b);
            }
        }
    });
    let mut ids = Vec::new();
    for i in 0..51 {
        ids.push(
            sim.state()
                .inject_incoming(DID, &format!("21255501{i:02}"), None)
                .unwrap(),
        );
        tokio::time::sleep(Duration::from_secs(2)).await;
    }
    tokio::time::sleep(Duration::from_secs(60)).await;
    let history = skydial::history::History::open(&history_path)
        .unwrap()
        .recent(1000, false)
        .unwrap();
    let missing: Vec<_> = ids
        .iter()
        .filter(|id| !history.iter().any(|h| h.call_id == id.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "{} of 51 calls never seen: {missing:?}",
        missing.len()
    );
    assert_eq!(history.len(), 51, "each call once");
    assert!(
        proxy.connections() > 20,
        "the line dropped {} times",
        proxy.connections()
    );
    let worst = *worst.lock().unwrap();
    eprintln!(
        "worst blind time: {worst:?}, connections: {}",
        proxy.connections()
    );
    assert!(worst > Duration::ZERO, "the blind time is reported");
    assert!(
        worst < Duration::from_secs(2),
        "blind for {worst:?} at worst"
    );
}
