//! The real `skydial` binary against `skydial sim` in another process.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::cli::*;
use std::io::{BufRead, BufReader, Read};
use std::process::Stdio;
use std::time::{Duration, Instant};

#[test]
fn exit_statuses_are_distinct_and_documented() {
    let sim = Sim::start(&[]);
    let ok = skydial(&sim.url, Some(PIN), &["dial", "+1 (646) 555-1234"]);
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    assert!(stdout(&ok).contains("(646) 555-1234"));

    let nothing = skydial(&sim.url, Some(PIN), &["answer"]);
    assert_eq!(code(&nothing), 1, "the API said false");
    assert!(
        stderr(&nothing).contains("no call is ringing"),
        "{}",
        stderr(&nothing)
    );

    let bad_number = skydial(&sim.url, Some(PIN), &["dial", "916465551234"]);
    assert_eq!(code(&bad_number), 2);
    assert!(
        stderr(&bad_number).contains("leave out the 9"),
        "{}",
        stderr(&bad_number)
    );
    let letters = skydial(&sim.url, Some(PIN), &["dial", "call-me-maybe"]);
    assert_eq!(code(&letters), 2);
    assert!(stderr(&letters).contains("letters"));

    let usage = skydial(&sim.url, Some(PIN), &["frobnicate"]);
    assert_eq!(code(&usage), 2);

    let no_pin = skydial(&sim.url, None, &["hold"]);
    assert_eq!(code(&no_pin), 2);
    assert!(
        stderr(&no_pin).contains("SKYDIAL_PIN"),
        "{}",
        stderr(&no_pin)
    );

    let wrong_pin = skydial(&sim.url, Some("99999"), &["hold"]);
    assert_eq!(code(&wrong_pin), 3);
    let text = stderr(&wrong_pin);
    // Plain words and advice first, the code last (issue 17).
    assert!(
        text.contains(
            "skydial: Wrong DID or PIN: Authorization or authentication failed. Check your DID"
        ) && text.contains("then try again. (API error 5)\n"),
        "{text}"
    );
    assert!(!text.contains("99999"), "{text}");

    sim.control("logout", &format!("user={DID}"));
    let logged_out = skydial(&sim.url, Some(PIN), &["calls"]);
    assert_eq!(code(&logged_out), 4);
    assert!(
        stderr(&logged_out).contains("skydial: Phone not logged in: ")
            && stderr(&logged_out).contains(" (API error 8)\n"),
        "{}",
        stderr(&logged_out)
    );
    sim.control("login", &format!("user={DID}"));

    let insecure = skydial("http://sky.example.com", Some(PIN), &["hold"]);
    assert_eq!(code(&insecure), 2);
    assert!(stderr(&insecure).contains("https://"));

    let port = sim.url.rsplit(':').next().unwrap().to_string();
    drop(sim);
    let refused = skydial(&format!("http://127.0.0.1:{port}"), Some(PIN), &["hold"]);
    assert_eq!(code(&refused), 5);
    assert!(
        stderr(&refused).contains("could not connect"),
        "{}",
        stderr(&refused)
    );
}

#[test]
fn calls_json_is_an_array_with_the_documented_fields() {
    let sim = Sim::start(&[]);
    let empty = skydial(&sim.url, Some(PIN), &["calls", "--json"]);
    assert_eq!(stdout(&empty).trim(), "[]");
    sim.control("incoming", &format!("user={DID}&from=2125550142&clid=none"));
    let out = skydial(&sim.url, Some(PIN), &["--get", "calls", "--json"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let calls: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let call = &calls.as_array().unwrap()[0];
    for field in [
        "id",
        "state",
        "ani",
        "clid",
        "did",
        "duration",
        "endpoint",
        "originated",
    ] {
        assert!(call.get(field).is_some(), "missing {field}: {call}");
    }
    assert_eq!(call["clid"], serde_json::Value::Null);
    assert_eq!(call["state"], "RINGING");
    assert_eq!(call["originated"], false);
    // the call can be answered by its id, hung up with the alias
    let id = call["id"].as_str().unwrap();
    assert_eq!(code(&skydial(&sim.url, Some(PIN), &["answer", id])), 0);
    assert_eq!(code(&skydial(&sim.url, Some(PIN), &["hold", id])), 0);
    assert_eq!(code(&skydial(&sim.url, Some(PIN), &["resume", id])), 0);
    assert_eq!(code(&skydial(&sim.url, Some(PIN), &["hangup", id])), 0);
    assert_eq!(
        stdout(&skydial(&sim.url, Some(PIN), &["calls"])).trim(),
        "No calls."
    );
}

#[test]
fn the_pin_never_appears_in_logs_even_with_get() {
    let sim = Sim::start(&[]);
    let mut cmd = bin();
    cmd.args(["--server", &sim.url, "--user", DID, "--get", "-vv", "hold"])
        .env("SKYDIAL_PIN", "31337")
        .env("SKYDIAL_LOG", "trace")
        .stdin(Stdio::null());
    let out = cmd.output().unwrap();
    assert_eq!(code(&out), 3);
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(!all.contains("31337"), "the PIN leaked: {all}");
    assert!(all.contains("API error 5"));
}

#[test]
fn watch_json_prints_one_object_per_event_across_17_and_dropped_connections() {
    let sim = Sim::start(&[]);
    let data = tempfile::tempdir().unwrap();
    let mut watch = bin()
        .args(["--server", &sim.url, "--user", DID, "watch", "--json"])
        .env("SKYDIAL_PIN", PIN)
        .env("SKYDIAL_DATA_DIR", data.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stdout = watch.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel::<String>();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if tx.send(line).is_err() {
                break;
            }
        }
    });
    let next = |what: &str| -> serde_json::Value {
        let line = rx
            .recv_timeout(Duration::from_secs(20))
            .unwrap_or_else(|_| panic!("no line for {what}"));
        serde_json::from_str(&line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}"))
    };
    // wait until watch has subscribed
    let deadline = Instant::now() + Duration::from_secs(20);
    while !http("GET", &sim.url, "/control/commands").contains("subscribe") {
        assert!(Instant::now() < deadline, "watch never subscribed");
        std::thread::sleep(Duration::from_millis(50));
    }
    sim.control("incoming", &format!("user={DID}&from=2125550142"));
    let first = next("ringing");
    assert_eq!(first["state"], "RINGING");
    assert_eq!(first["ani"], "2125550142");
    assert_eq!(first["clid"], DID);
    for field in [
        "id",
        "state",
        "ani",
        "clid",
        "did",
        "duration",
        "endpoint",
        "originated",
    ] {
        assert!(first.get(field).is_some(), "missing {field}");
    }
    // error 17: events keep coming
    sim.control("unsubscribe", &format!("user={DID}"));
    std::thread::sleep(Duration::from_millis(300));
    sim.control("remote-hangup", &format!("user={DID}"));
    assert_eq!(next("ended after 17")["state"], "DELETED");
    // every connection dropped: watch reconnects and catches up with listCalls
    sim.control("drop", "");
    std::thread::sleep(Duration::from_millis(100));
    sim.control("incoming", &format!("user={DID}&from=7575550123"));
    let caught_up = next("call after reconnect");
    assert_eq!(caught_up["ani"], "7575550123");
    assert_eq!(caught_up["state"], "RINGING");
    let _ = watch.kill();
    let _ = watch.wait();
    let mut err = String::new();
    watch
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    assert!(!err.contains("API error 17"), "17 is not shown: {err}");
}

#[test]
#[cfg_attr(
    windows,
    ignore = "under Wine 8 the system's certificate chain engine refuses extra roots (CertCreateCertificateChainEngine with hExclusiveRoot), so --ca-file cannot work there; it runs on Linux"
)]
fn tls_end_to_end_with_the_simulators_ca_and_refused_without_it() {
    let dir = tempfile::tempdir().unwrap();
    let ca = dir.path().join("ca.pem");
    let sim = Sim::start(&["--tls", "--ca-out", ca.to_str().unwrap()]);
    assert!(sim.url.starts_with("https://localhost:"), "{}", sim.url);
    assert!(
        sim.lines[1].contains(ca.to_str().unwrap()),
        "{:?}",
        sim.lines
    );
    let pem = std::fs::read_to_string(&ca).unwrap();
    assert!(pem.contains("BEGIN CERTIFICATE"));

    let ok = skydial(
        &sim.url,
        Some(PIN),
        &["--ca-file", ca.to_str().unwrap(), "dial", "6465551234"],
    );
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    let ok = skydial(
        &sim.url,
        Some(PIN),
        &[
            "--ca-file",
            ca.to_str().unwrap(),
            "--get",
            "calls",
            "--json",
        ],
    );
    assert_eq!(code(&ok), 0, "{}", stderr(&ok));
    assert!(stdout(&ok).contains("6465551234"));

    let refused = skydial(&sim.url, Some(PIN), &["hold"]);
    assert_eq!(code(&refused), 5);
    let text = stderr(&refused);
    assert!(
        text.contains("not trusted") && text.contains("--ca-file"),
        "{text}"
    );

    let missing = skydial(
        &sim.url,
        Some(PIN),
        &["--ca-file", "/nonexistent/ca.pem", "hold"],
    );
    assert_eq!(code(&missing), 2);
    assert!(stderr(&missing).contains("/nonexistent/ca.pem"));
}

/// Linux only: Windows and macOS always have a display.
#[cfg(target_os = "linux")]
#[test]
fn the_window_without_a_display_says_so_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("--demo")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("SKYDIAL_DATA_DIR", dir.path().join("data"))
        .env("SKYDIAL_CONFIG_DIR", dir.path().join("config"))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    let err = stderr(&out);
    assert_eq!(code(&out), 5, "{err}");
    assert!(err.contains("there is no display"), "{err}");
    assert!(err.contains("skydial --help"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn sim_refuses_a_bad_users_file_with_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let users = dir.path().join("users.txt");
    std::fs::write(&users, "6465551000 12345\nnot-a-did 1\n").unwrap();
    let out = bin()
        .args(["sim", "--port", "0", "--users", users.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("line 2"), "{}", stderr(&out));
}

/// A stand-in for the running app: holds the one-instance lock in a private
/// runtime directory and answers what later `skydial` processes hand it.
struct RunningApp {
    dir: tempfile::TempDir,
    seen: std::sync::Arc<std::sync::Mutex<Vec<skydial::instance::Request>>>,
    /// The activation token that came with each request.
    tokens: std::sync::Arc<std::sync::Mutex<Vec<Option<String>>>>,
    _instance: skydial::instance::Instance,
    _runtime: tokio::runtime::Runtime,
}

impl RunningApp {
    fn start() -> Self {
        use skydial::instance::{Place, Reply, Request};
        let dir = tempfile::tempdir().unwrap();
        // Where `skydial` looks: $XDG_RUNTIME_DIR/skydial, the app's place.
        let place = Place::at(dir.path().join("skydial"), "app");
        let instance = skydial::instance::acquire(&place).unwrap().unwrap();
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        let tokens = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let token_log = tokens.clone();
        let _guard = runtime.enter();
        skydial::instance::serve(&place, move |request: Request, token| {
            log.lock().unwrap().push(request.clone());
            token_log.lock().unwrap().push(token);
            async move {
                match request {
                    Request::Raise => Reply::ok("shown (stand-in)"),
                    Request::QuickDial => Reply::ok("prompt shown (stand-in)"),
                    Request::Dial(n) => Reply::ok(format!("Dialling {n} (stand-in)")),
                    Request::Link(l) => Reply::failed(6, format!("Cancelled {l} (stand-in)")),
                }
            }
        })
        .unwrap();
        drop(_guard);
        Self {
            dir,
            seen,
            tokens,
            _instance: instance,
            _runtime: runtime,
        }
    }

    fn run(&self, args: &[&str]) -> std::process::Output {
        self.run_with(args, &[])
    }

    fn run_with(&self, args: &[&str], env: &[(&str, &str)]) -> std::process::Output {
        bin()
            .args(args)
            .env_remove("XDG_ACTIVATION_TOKEN")
            .env_remove("DESKTOP_STARTUP_ID")
            .envs(env.iter().copied())
            .env("XDG_RUNTIME_DIR", self.dir.path())
            .env("SKYDIAL_CONFIG_DIR", self.dir.path().join("config"))
            .env("SKYDIAL_DATA_DIR", self.dir.path().join("data"))
            .env_remove("SKYDIAL_SERVER")
            .env_remove("SKYDIAL_USER")
            .env_remove("SKYDIAL_PIN")
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }
}

/// Wayland lets the running app bring its window forward only with the
/// desktop's activation token: a second start, `skydial quick-dial` and a
/// link hand over the one they were started with.
#[test]
fn the_desktop_activation_token_goes_with_the_request() {
    let app = RunningApp::start();
    for (args, env, expected) in [
        (
            &[][..],
            &[("XDG_ACTIVATION_TOKEN", "gnome-launch_TIME99")][..],
            Some("gnome-launch_TIME99"),
        ),
        (
            &["quick-dial"][..],
            &[("DESKTOP_STARTUP_ID", "x11-id")][..],
            Some("x11-id"),
        ),
        (
            &["tel:+16465551234"][..],
            &[("XDG_ACTIVATION_TOKEN", "kde-7")][..],
            Some("kde-7"),
        ),
        (&[][..], &[][..], None),
        // Not a token a compositor issues: dropped, the request still goes.
        (&[][..], &[("XDG_ACTIVATION_TOKEN", "two words")][..], None),
    ] {
        let out = app.run_with(args, env);
        assert!(
            code(&out) == 0 || code(&out) == 6,
            "{args:?}: {}",
            stderr(&out)
        );
        assert_eq!(
            app.tokens
                .lock()
                .unwrap()
                .last()
                .cloned()
                .flatten()
                .as_deref(),
            expected,
            "{args:?} {env:?}"
        );
    }
}

#[test]
fn dial_links_and_a_second_start_go_to_the_running_app() {
    use skydial::instance::Request;
    let app = RunningApp::start();
    let out = app.run(&["dial", "+1 (646) 555-1234"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "Dialling +1 (646) 555-1234 (stand-in)");
    let out = app.run(&["tel:+1-900-555-0100"]);
    assert_eq!(
        code(&out),
        6,
        "the app's status comes back: {}",
        stderr(&out)
    );
    assert!(
        stderr(&out).contains("Cancelled tel:+1-900-555-0100"),
        "{}",
        stderr(&out)
    );
    let out = app.run(&[]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "shown (stand-in)");
    // Started hidden (at login) while one runs: nothing to show, nothing asked.
    let out = app.run(&["--autostart"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(
        *app.seen.lock().unwrap(),
        vec![
            Request::Dial("+1 (646) 555-1234".into()),
            Request::Link("tel:+1-900-555-0100".into()),
            Request::Raise,
        ]
    );
    // A command naming its own account works on its own.
    let out = app.run(&[
        "--server",
        "http://127.0.0.1:9",
        "--user",
        "6465551000",
        "dial",
        "1234",
    ]);
    assert_ne!(code(&out), 0);
    assert_eq!(app.seen.lock().unwrap().len(), 3, "handed over anyway");
}

#[test]
fn quick_dial_goes_to_the_running_app_or_says_start_it() {
    use skydial::instance::Request;
    let app = RunningApp::start();
    let out = app.run(&["quick-dial"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    assert_eq!(stdout(&out).trim(), "prompt shown (stand-in)");
    assert_eq!(*app.seen.lock().unwrap(), vec![Request::QuickDial]);
    // Nobody running (another runtime directory): says what to do.
    let alone = tempfile::tempdir().unwrap();
    let out = bin()
        .arg("quick-dial")
        .env("XDG_RUNTIME_DIR", alone.path())
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(code(&out), 5, "{}", stderr(&out));
    assert!(stderr(&out).contains("start skydial"), "{}", stderr(&out));
}

#[test]
fn what_is_neither_a_command_nor_a_link_is_refused() {
    let app = RunningApp::start();
    let out = app.run(&["call-me"]);
    assert_eq!(code(&out), 2, "{}", stderr(&out));
    assert!(
        stderr(&out).contains("neither a command nor a tel:"),
        "{}",
        stderr(&out)
    );
    assert!(app.seen.lock().unwrap().is_empty());
}

/// A link is the only argument: `skydial 'tel:…' dial 1900…` (what a link
/// with a stray quote becomes) and a link followed by an option or another
/// word are usage errors, and nothing reaches the running app.
#[test]
fn a_link_followed_by_anything_is_refused_and_nothing_is_dialled() {
    let app = RunningApp::start();
    for args in [
        &["tel:+1-646-555-1234", "dial", "19005550177"][..],
        &["tel:+1-646-555-1234", "--verbose"][..],
        &["tel:+1-646-555-1234", "--renderer", "cpu"][..],
        &["--", "tel:+1-646-555-1234", "dial"][..],
        &["tel:+1-646-555-1234", "--", "dial"][..],
    ] {
        let out = app.run(args);
        assert_eq!(code(&out), 2, "{args:?}: {}", stderr(&out));
        assert!(
            stderr(&out).contains("the only argument") || stderr(&out).contains("unexpected"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    assert!(app.seen.lock().unwrap().is_empty(), "{:?}", app.seen);
    // Alone (after `--`, as the desktop entry and the registry pass it), it goes.
    let out = app.run(&["--", "tel:+1-646-555-1234"]);
    assert_eq!(code(&out), 6, "{}", stderr(&out));
    assert_eq!(
        *app.seen.lock().unwrap(),
        vec![skydial::instance::Request::Link(
            "tel:+1-646-555-1234".into()
        )]
    );
}

/// `history --csv/--json` between two dates, with names a directory or a
/// server could send: RFC 4180 rows whose cells a spreadsheet reads as text;
/// `note` writes a note that both carry.
#[test]
fn history_exports_between_dates_and_every_hostile_cell_is_text() {
    use skydial::history::History;
    use skydial::protocol::{Call, CallId, CallState};
    let dir = tempfile::tempdir().unwrap();
    let day = |d: i64| 1_772_366_400_000 + d * 86_400_000; // 2026-03-01T12:00Z, and days after
    let hostile = [
        ("=HYPERLINK(\"http://evil\",\"x\")", "6465557001"),
        ("+1+1", "+1 646 555 7002"),
        ("@SUM(A1:A9)", "-2125550142"),
        ("\t=1+1", "2125550143"),
        ("Smith, \"Bob\"\r\nSales", "2125550144"),
    ];
    {
        let mut h = History::open(&dir.path().join("history.sqlite3")).unwrap();
        for (i, (name, ani)) in hostile.iter().enumerate() {
            let call = Call {
                id: CallId::new(format!("c{i}")),
                state: CallState::Ringing,
                ani: (*ani).into(),
                clid: None,
                did: DID.into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            };
            h.batch(|b| b.end(DID, &call, Some(name), true, day(i as i64)))
                .unwrap();
        }
    }
    let run = |args: &[&str]| {
        bin()
            .args(args)
            .env("SKYDIAL_DATA_DIR", dir.path())
            .env("TZ", "EST5EDT")
            .output()
            .unwrap()
    };
    let out = run(&["note", "c1", "-", "=cmd|'/C", "calc'!A0"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let out = run(&["note", "nope", "x"]);
    assert_eq!(code(&out), 1);
    assert!(stderr(&out).contains("history --json"), "{}", stderr(&out));
    // Days 2 to 4 (local), from call 1 to call 3.
    let out = run(&[
        "history",
        "--csv",
        "--since",
        "2026-03-02",
        "--until",
        "2026-03-04",
    ]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.contains("\r\n"), "CRLF, as RFC 4180 says");
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(
        header.iter().collect::<Vec<_>>(),
        [
            "time",
            "direction",
            "number",
            "name",
            "state",
            "duration",
            "missed",
            "resolved",
            "note",
            "reason",
            "call_id"
        ]
    );
    let rows: Vec<_> = reader.records().map(Result::unwrap).collect();
    let ids: Vec<_> = rows.iter().map(|r| r[10].to_string()).collect();
    assert_eq!(ids, ["c3", "c2", "c1"], "newest first, within the dates");
    for row in &rows {
        for cell in row.iter() {
            assert!(
                !cell.starts_with(['=', '+', '-', '@', '\t', '\r']),
                "a formula in {row:?}"
            );
        }
        // TZ sets the zone on Unix; Windows (and Wine) keep the system's.
        assert!(
            row[0].starts_with("2026-03-0") && (row[0].ends_with("-05:00") || cfg!(windows)),
            "{:?}",
            &row[0]
        );
    }
    assert_eq!(&rows[2][3], "'+1+1");
    assert_eq!(&rows[2][8], "'- =cmd|'/C calc'!A0", "the note, made text");
    assert_eq!(&rows[1][2], "'-2125550142");
    // JSON: one array, the fields as stored, with resolved and note.
    let out = run(&["--json", "history", "--since", "2026-03-01T00:00:00-05:00"]);
    assert_eq!(code(&out), 0, "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
    let calls = v.as_array().unwrap();
    assert_eq!(calls.len(), hostile.len());
    assert_eq!(calls[0]["name"], hostile[4].0);
    assert_eq!(calls[3]["note"], "- =cmd|'/C calc'!A0");
    assert_eq!(calls[3]["resolved"], false);
    // A date that is not one is refused, saying how to write one.
    let out = run(&["history", "--csv", "--since", "last week"]);
    assert_eq!(code(&out), 2);
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
}

/// `calls` names the caller where the contacts know the number, and a
/// missing database (never made by `calls`) only leaves the names out.
#[test]
fn calls_name_the_caller_the_contacts_know() {
    let sim = Sim::start(&[]);
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = |args: &[&str]| {
        let out = bin()
            .args(["--server", &sim.url, "--user", DID])
            .args(args)
            .env("SKYDIAL_PIN", PIN)
            .env("SKYDIAL_DATA_DIR", &data)
            .env("SKYDIAL_CONFIG_DIR", dir.path().join("config"))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        stdout(&out)
    };
    sim.control("incoming", &format!("user={DID}&from=2125550142&clid=none"));
    let json: serde_json::Value = serde_json::from_str(run(&["calls", "--json"]).trim()).unwrap();
    assert_eq!(json[0]["name"], serde_json::Value::Null, "{json}");
    assert!(run(&["calls"]).contains("(212) 555-0142"));
    assert!(
        !data.join("history.sqlite3").exists(),
        "calls made a database"
    );

    run(&["contacts", "add", "Ada Lovelace", "+1 212 555 0142"]);
    let json: serde_json::Value = serde_json::from_str(run(&["calls", "--json"]).trim()).unwrap();
    assert_eq!(json[0]["name"], "Ada Lovelace", "{json}");
    assert_eq!(json[0]["ani"], "2125550142");
    let text = run(&["calls"]);
    let row = text.lines().nth(1).unwrap();
    assert!(
        row.contains("(212) 555-0142") && row.ends_with("Ada Lovelace"),
        "{text}"
    );
    assert!(text.lines().next().unwrap().ends_with("NAME"), "{text}");
}

/// `lookup` says where a number is and the time there (from the place
/// tables, no network), and null for what has no place (toll-free).
#[test]
fn lookup_says_where_a_number_is_and_the_time_there() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let before = std::time::SystemTime::now();
        let out = bin()
            .args(args)
            .env("SKYDIAL_DATA_DIR", dir.path().join("data"))
            .env("SKYDIAL_CONFIG_DIR", dir.path().join("config"))
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert_eq!(code(&out), 0, "{}", stderr(&out));
        (before, String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let london = skydial::protocol::number::normalize("+44 20 7946 0000").unwrap();
    let place = skydial::geo::place(&london).unwrap();
    let (before, out) = run(&["lookup", "+44 20 7946 0000", "--json"]);
    let json: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(json["place"], "United Kingdom (London)");
    assert_eq!(json["time_zone"], "Europe/London");
    assert_eq!(json["name"], serde_json::Value::Null);
    // The minute may turn between our clock and the binary's.
    let then = [before, before + Duration::from_secs(60)]
        .map(|t| skydial::geo::local_time(&place, t).to_string());
    assert!(
        then.iter().any(|t| json["local_time"] == *t),
        "{json} {then:?}"
    );

    let (_, out) = run(&["lookup", "800-555-0199", "--json"]);
    let json: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
    assert_eq!(
        (&json["place"], &json["local_time"]),
        (&serde_json::Value::Null, &serde_json::Value::Null)
    );

    let (_, out) = run(&["lookup", "212 555 0142"]);
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("New York, NY, "), "{out}");
    assert!(last.contains(" ES") || last.contains(" ED"), "{out}");
}
