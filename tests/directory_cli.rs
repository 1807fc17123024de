//! The directory commands through the real binary, against the tests' own
//! slapd and Radicale: `directory add|list|sync|remove`, `lookup`,
//! `contacts add|search|export|import`, `dial NAME`, and a ringing call
//! named from a directory in `watch --json`. Then the directory password's
//! scan: it is in no line printed and no file written, with trace logging
//! on (as the PIN's in tests/secret_scan.rs).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;
mod directory_common;

use common::cli::{BIN, DID, PIN, Sim};
use directory_common::radicale::Radicale;
use directory_common::{PASSWORD, slapd};
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A HOME of its own, with everything the commands print kept for the scan.
struct Home {
    dir: tempfile::TempDir,
    printed: std::cell::RefCell<String>,
}

impl Home {
    fn new() -> Self {
        Self {
            dir: tempfile::tempdir().unwrap(),
            printed: std::cell::RefCell::default(),
        }
    }

    fn command(&self) -> Command {
        let home = self.dir.path();
        let mut cmd = Command::new(BIN);
        cmd.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join(".config"))
            .env("XDG_DATA_HOME", home.join(".local/share"))
            .env("XDG_STATE_HOME", home.join(".local/state"))
            .env("XDG_RUNTIME_DIR", home.join("run"))
            .env("SKYDIAL_LOG", "trace")
            .stdin(Stdio::null());
        cmd
    }

    /// Runs `skydial -vv ARGS`, with the directory password in the
    /// environment or not; returns the exit status and stdout.
    fn run(&self, args: &[&str], password: Option<&str>) -> (i32, String) {
        let mut cmd = self.command();
        cmd.arg("-vv").args(args);
        if let Some(p) = password {
            cmd.env("SKYDIAL_DIRECTORY_PASSWORD", p);
        }
        self.keep(cmd.output().unwrap())
    }

    fn keep(&self, out: Output) -> (i32, String) {
        let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
        let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
        let mut printed = self.printed.borrow_mut();
        printed.push_str(&stdout);
        printed.push_str(&stderr);
        (out.status.code().unwrap_or(-1), format!("{stdout}{stderr}"))
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let (code, out) = self.run(args, None);
        assert_eq!(code, 0, "{args:?}: {out}");
        let line = out.lines().find(|l| l.starts_with(['{', '['])).unwrap();
        serde_json::from_str(line).unwrap()
    }
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
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
fn directories_from_the_command_line_and_the_password_nowhere_else() {
    let s = slapd::shared();
    let dav = Radicale::start(&[("Family", 3)]);
    let home = Home::new();
    let ca = s.ca.to_str().unwrap();
    let ldap = s.ldap_url();
    let ldaps = s.ldaps_url();

    // A wrong password, a server that is down: refused, nothing kept.
    let (code, out) = home.run(
        &[
            "directory",
            "add",
            "Corp",
            &ldap,
            "--base",
            slapd::RESEARCH_BASE,
            "--user",
            slapd::SYNC_UPN,
            "--ca-file",
            ca,
        ],
        Some("not-the-password"),
    );
    assert_eq!(code, 3, "{out}");
    assert!(
        out.contains("refused the sign-in") && out.contains("was not added"),
        "{out}"
    );
    let closed = format!("ldap://127.0.0.1:{}", directory_common::free_port());
    let (code, out) = home.run(&["directory", "add", "Down", &closed], None);
    assert_eq!(code, 5, "{out}");
    let (code, out) = home.run(&["directory", "add", "Corp", &ldap, "--user", "x"], None);
    assert_eq!(code, 2, "no password: {out}");
    assert!(out.contains("SKYDIAL_DIRECTORY_PASSWORD"), "{out}");

    // Added and synced: LDAP by user@domain over StartTLS, LDAP anonymous
    // over ldaps, CardDAV with one address book chosen.
    let (code, out) = home.run(
        &[
            "directory",
            "add",
            "Corp",
            &ldap,
            "--base",
            slapd::RESEARCH_BASE,
            "--user",
            slapd::SYNC_UPN,
            "--ca-file",
            ca,
        ],
        Some(PASSWORD),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Corp: 1 added"), "{out}");
    assert!(
        out.contains("the password is not kept"),
        "no keyring here: {out}"
    );
    let (code, out) = home.run(
        &[
            "directory",
            "add",
            "Org",
            &ldaps,
            "--base",
            slapd::ODD_BASE,
            "--ca-file",
            ca,
        ],
        None,
    );
    assert_eq!(code, 0, "{out}");
    let (code, out) = home.run(
        &[
            "directory",
            "add",
            "Shared",
            &dav.url(),
            "--user",
            directory_common::radicale::USER,
            "--address-book",
            "Family",
        ],
        Some(PASSWORD),
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Shared: 3 added"), "{out}");
    let (code, out) = home.run(&["directory", "add", "Org", &ldaps], None);
    assert_eq!(code, 2, "the name is taken: {out}");

    let list = home.json(&["directory", "list", "--json"]);
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Corp", "Org", "Shared"]);
    assert_eq!(list[0]["kind"], "LDAP");
    assert_eq!(list[2]["kind"], "CardDAV");
    assert_eq!(list[0]["entries"], 1);
    let settings =
        std::fs::read_to_string(home.dir.path().join(".config/skydial/settings.json")).unwrap();
    assert!(settings.contains("\"directories\"") && settings.contains(slapd::SYNC_UPN));

    let ada = home.json(&["lookup", "+1 (718) 555-0100", "--json"]);
    let time = ada["local_time"].as_str().unwrap();
    assert!(time.ends_with(" EST") || time.ends_with(" EDT"), "{ada}");
    assert_eq!(
        ada,
        serde_json::json!({"number": "+1 (718) 555-0100", "name": "Ada Lovelace", "source": "Corp",
            "place": "New York", "local_time": time, "time_zone": "America/New_York"})
    );
    let shared = home.json(&["lookup", "4155550001", "--json"]);
    assert_eq!(shared["source"], "Shared");
    assert_eq!(
        (&shared["place"], &shared["time_zone"]),
        (
            &serde_json::json!("San Francisco, CA"),
            &serde_json::json!("America/Los_Angeles")
        )
    );
    let time = shared["local_time"].as_str().unwrap();
    assert!(time.ends_with(" PST") || time.ends_with(" PDT"), "{shared}");
    let nobody = home.json(&["lookup", "2125550199", "--json"]);
    assert_eq!(
        (&nobody["name"], &nobody["source"]),
        (&serde_json::Value::Null, &serde_json::Value::Null)
    );
    assert_eq!(nobody["place"], "New York, NY");
    let toll_free = home.json(&["lookup", "8005550199", "--json"]);
    assert_eq!(
        (&toll_free["place"], &toll_free["local_time"]),
        (&serde_json::Value::Null, &serde_json::Value::Null)
    );
    let (code, out) = home.run(&["lookup", "7185550100"], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.lines().any(|l| l == "Ada Lovelace (Corp)"), "{out}");
    assert!(
        out.lines().last().unwrap().starts_with("New York, "),
        "{out}"
    );
    let (code, out) = home.run(&["lookup", "4155550001"], None);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.lines()
            .last()
            .unwrap()
            .starts_with("San Francisco, CA, "),
        "{out}"
    );

    // A sync without the password (no keyring here): says so, loses nothing.
    let (code, out) = home.run(&["directory", "sync"], None);
    assert_eq!(code, 2, "{out}");
    assert!(out.contains("no password for the directory Corp"), "{out}");
    assert!(
        out.contains("Org: 0 added, 0 changed, 0 removed, 4 unchanged"),
        "{out}"
    );
    assert_eq!(
        home.json(&["lookup", "7185550100", "--json"])["name"],
        "Ada Lovelace"
    );
    let list = home.json(&["directory", "list", "--json"]);
    assert!(list[0]["error"].as_str().unwrap().contains("no password"));
    let (code, out) = home.run(&["directory", "sync", "Corp"], Some(PASSWORD));
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("Corp: 0 added, 0 changed, 0 removed, 1 unchanged"),
        "{out}"
    );
    let (code, out) = home.run(&["directory", "sync", "Nope"], None);
    assert_eq!(code, 2, "{out}");

    // Contacts: added, searched with the directories, dialled by name.
    let (code, out) = home.run(
        &[
            "contacts",
            "add",
            "Ada Byron",
            "work:+1 646 555 1234",
            "mobile:917.555.0000",
            "--company",
            "Analytical",
        ],
        None,
    );
    assert_eq!(code, 0, "{out}");
    let found = home.json(&["contacts", "search", "ada", "--json"]);
    let sources: Vec<&str> = found
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["source"].as_str().unwrap())
        .collect();
    assert_eq!(
        sources[..2],
        ["contacts", "contacts"],
        "contacts first: {found}"
    );
    assert!(sources.contains(&"Corp"), "{found}");
    assert_eq!(found[1]["kind"], "mobile");
    let (code, out) = home.run(&["dial", "ada"], None);
    assert_eq!(code, 2, "several: {out}");
    assert!(
        out.contains("Ada Byron (Analytical)")
            && out.contains("mobile")
            && out.contains("IP phone"),
        "{out}"
    );
    assert!(out.contains("--pick N"), "{out}");
    let (code, out) = home.run(&["dial", "nobody here"], None);
    assert_eq!(code, 2, "{out}");
    let sim = Sim::start(&[]);
    let mut cmd = home.command();
    cmd.args([
        "--server",
        &sim.url,
        "--user",
        DID,
        "dial",
        "ada byron",
        "--pick",
        "2",
    ])
    .env("SKYDIAL_PIN", PIN);
    let (code, out) = home.keep(cmd.output().unwrap());
    assert_eq!(code, 0, "{out}");
    let dialled: Vec<serde_json::Value> = sim
        .commands()
        .into_iter()
        .filter(|c| c["name"].as_str().is_some_and(|n| n.ends_with(".dial")))
        .collect();
    assert_eq!(
        dialled[0]["args"][0], "9175550000",
        "the second: the mobile"
    );

    // A ringing call is named from a directory, in watch --json.
    let mut cmd = home.command();
    let mut watch = cmd
        .args(["--server", &sim.url, "--user", DID, "watch", "--json"])
        .env("SKYDIAL_PIN", PIN)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    sim.wait_for("subscribe", 1);
    sim.control("incoming", &format!("user={DID}&from=7185550102"));
    let mut lines = BufReader::new(watch.stdout.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(20);
    let event = loop {
        assert!(Instant::now() < deadline, "no event");
        let line = lines.next().unwrap().unwrap();
        home.printed.borrow_mut().push_str(&line);
        let event: serde_json::Value = serde_json::from_str(&line).unwrap();
        if event["ani"] == "7185550102" {
            break event;
        }
    };
    let _ = watch.kill();
    let _ = watch.wait();
    assert_eq!(event["name"], "Ada Lovelace");

    // Export, then import into another HOME: the same people, kinds and company.
    let vcf = home.dir.path().join("mine.vcf");
    let (code, out) = home.run(&["contacts", "export", vcf.to_str().unwrap()], None);
    assert_eq!(code, 0, "{out}");
    let other = Home::new();
    let (code, out) = other.run(&["contacts", "import", vcf.to_str().unwrap()], None);
    assert_eq!(code, 0, "{out}");
    let back = other.json(&["contacts", "search", "ada", "--json"]);
    assert_eq!(
        back,
        serde_json::json!([
            {"name": "Ada Byron", "number": "+1 646 555 1234", "kind": "work", "company": "Analytical", "source": "contacts"},
            {"name": "Ada Byron", "number": "917.555.0000", "kind": "mobile", "company": "Analytical", "source": "contacts"},
        ])
    );
    let (code, _) = home.run(&["contacts", "delete", "Ada Byron"], None);
    assert_eq!(code, 0);

    // Removed: its names, its settings.
    let (code, out) = home.run(&["directory", "remove", "Org"], None);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Removed Org: 4 names"), "{out}");
    assert_eq!(
        home.json(&["lookup", "3035550003", "--json"])["name"],
        serde_json::Value::Null
    );
    let (code, _) = home.run(&["directory", "remove", "Org"], None);
    assert_eq!(code, 2);

    // The password: in no line printed, no log, no file.
    let printed = home.printed.borrow().clone() + &other.printed.borrow();
    assert!(
        printed.contains("TRACE") || printed.contains("DEBUG"),
        "logs were on"
    );
    assert!(
        !printed.contains(PASSWORD),
        "the directory password was printed"
    );
    // Nor the CardDAV Authorization header's value.
    let basic = slapd::b64(&format!("{}:{PASSWORD}", directory_common::radicale::USER));
    assert!(
        !printed.contains(&basic),
        "the Authorization header was printed"
    );
    let mut files = Vec::new();
    files_under(home.dir.path(), &mut files);
    files_under(other.dir.path(), &mut files);
    assert!(
        files.iter().any(|f| f.ends_with("history.sqlite3")),
        "{files:?}"
    );
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        for secret in [PASSWORD, basic.as_str()] {
            assert!(
                !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
                "the directory password is in {}",
                file.display()
            );
        }
    }
}
