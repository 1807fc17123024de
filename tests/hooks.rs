//! Call hooks run for real: hostile caller data reaches a program only as
//! environment variables (no shell ever reads it) and a page opener only as
//! one percent-encoded URL; failures are reported once; slow hooks are
//! stopped.
//!
//! The scripts are run as `/bin/sh script args...` (a program and its
//! arguments, as a user may configure it), never `sh -c` with a built
//! string; running them through sh also avoids "text file busy" when tests
//! in other threads write their scripts while one is started.

#![cfg(unix)]
#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use skydial::hooks::{
    CallValues, HookEvent, HookFailure, HookRunner, HookSettings, UrlOpener, run_command,
    run_command_for,
};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

fn script(dir: &Path, name: &str, body: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    path.to_str().unwrap().to_string()
}

/// What the desk hands the hooks for a ringing call (unclean, as the
/// server and the contacts gave it: the hooks clean it where they use it).
fn ringing(number: &str, name: &str) -> CallValues {
    CallValues {
        number: number.into(),
        name: name.into(),
        clid: "6465551000".into(),
        call_id: "c-42".into(),
        direction: "inbound",
    }
}

/// What the runner reports, collected.
fn collector() -> (
    Arc<Mutex<Vec<String>>>,
    impl Fn(String) + Send + Sync + Clone,
) {
    let messages = Arc::new(Mutex::new(Vec::new()));
    let sink = messages.clone();
    (messages, move |m| sink.lock().unwrap().push(m))
}

async fn settle(runs: Vec<tokio::task::JoinHandle<()>>) {
    for run in runs {
        run.await.unwrap();
    }
}

fn nul_separated(path: &Path) -> Vec<String> {
    let bytes = std::fs::read(path).unwrap();
    let text = String::from_utf8(bytes).unwrap();
    text.split_terminator('\0').map(str::to_string).collect()
}

const RECORD_ENV: &str = r#"out=$1
printf '%s' "$SKYDIAL_EVENT" > "$out/event"
printf '%s' "$SKYDIAL_NUMBER" > "$out/number"
printf '%s' "$SKYDIAL_NAME" > "$out/name"
printf '%s' "$SKYDIAL_CLID" > "$out/clid"
printf '%s' "$SKYDIAL_CALL_ID" > "$out/call_id"
printf '%s' "$SKYDIAL_DIRECTION" > "$out/direction"
env | grep '^SKYDIAL_' | cut -d= -f1 > "$out/names"
for a in "$@"; do printf '%s\0' "$a"; done > "$out/args"
"#;

#[tokio::test]
async fn the_command_gets_caller_data_only_in_its_environment() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path().display().to_string();
    let record = script(dir.path(), "record.sh", RECORD_ENV);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let out = out.to_str().unwrap().to_string();
    let argv = vec![
        "/bin/sh".to_string(),
        record,
        out.clone(),
        format!("$(touch {d}/pwned-arg)"),
        "a b;c".to_string(),
    ];
    let runner = HookRunner::with(
        HookSettings {
            command: argv.clone(),
            ..HookSettings::default()
        },
        UrlOpener::new(vec!["/bin/false".into()]),
        Duration::from_secs(10),
    );
    let name = format!(
        "Ada $(touch {d}/pwned1) `touch {d}/pwned2`; touch {d}/pwned3 \"dq\" 'sq' & |\nLovelace"
    );
    let number = "212$(touch x)5550142";
    let (messages, report) = collector();
    settle(runner.handle(HookEvent::Ring, ringing(number, &name), report)).await;
    assert_eq!(*messages.lock().unwrap(), Vec::<String>::new());

    let read = |f: &str| std::fs::read_to_string(Path::new(&out).join(f)).unwrap();
    assert_eq!(read("event"), "ring");
    assert_eq!(read("number"), "212$(touch x)5550142");
    assert_eq!(
        read("name"),
        format!(
            "Ada $(touch {d}/pwned1) `touch {d}/pwned2`; touch {d}/pwned3 \"dq\" 'sq' & |Lovelace"
        ),
        "exactly the caller's name, its line break dropped"
    );
    assert_eq!(read("clid"), "6465551000");
    assert_eq!(read("call_id"), "c-42");
    assert_eq!(read("direction"), "inbound");
    let mut names: Vec<String> = read("names").lines().map(str::to_string).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "SKYDIAL_CALL_ID",
            "SKYDIAL_CLID",
            "SKYDIAL_DIRECTION",
            "SKYDIAL_EVENT",
            "SKYDIAL_NAME",
            "SKYDIAL_NUMBER"
        ],
        "the call's values and nothing of skydial's own"
    );
    assert_eq!(
        nul_separated(&Path::new(&out).join("args")),
        argv[2..],
        "the arguments exactly as configured"
    );
    for pwned in ["pwned1", "pwned2", "pwned3", "pwned-arg"] {
        assert!(
            !dir.path().join(pwned).exists(),
            "{pwned}: caller data was run"
        );
    }
}

#[tokio::test]
async fn a_failing_command_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let fail = script(
        dir.path(),
        "fail.sh",
        "echo 'bad token: check the CRM key' >&2\necho 'second line' >&2\nexit 3\n",
    );
    let runner = HookRunner::with(
        HookSettings {
            command: vec!["/bin/sh".into(), fail],
            ..HookSettings::default()
        },
        UrlOpener::new(vec!["/bin/false".into()]),
        Duration::from_secs(10),
    );
    let (messages, report) = collector();
    for _ in 0..2 {
        settle(runner.handle(HookEvent::End, ringing("2125550142", "Ada"), report.clone())).await;
    }
    let messages = messages.lock().unwrap();
    assert_eq!(
        *messages,
        [
            "The call hook `/bin/sh` failed: exit status 3 (bad token: check the CRM key). skydial will not say so again until it works; fix it in Settings > Call page and hook."
        ]
    );
}

#[tokio::test]
async fn a_missing_program_cannot_run() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-such-hook").display().to_string();
    let values = ringing("2125550142", "Ada");
    let result = run_command(std::slice::from_ref(&missing), HookEvent::Ring, &values).await;
    assert!(
        matches!(&result, Err(HookFailure::CannotRun { reason }) if reason.contains("no such program")),
        "{result:?}"
    );

    let runner = HookRunner::with(
        HookSettings {
            command: vec![missing.clone()],
            ..HookSettings::default()
        },
        UrlOpener::new(vec!["/bin/false".into()]),
        Duration::from_secs(10),
    );
    let (messages, report) = collector();
    settle(runner.handle(HookEvent::Ring, ringing("2125550142", "Ada"), report)).await;
    let messages = messages.lock().unwrap();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].starts_with(&format!(
            "The call hook `{missing}` failed: cannot run it: there is no such program"
        )),
        "{}",
        messages[0]
    );
}

#[tokio::test]
async fn a_hook_that_runs_too_long_is_stopped() {
    let dir = tempfile::tempdir().unwrap();
    let pid_file = dir.path().join("pid");
    let slow = script(
        dir.path(),
        "slow.sh",
        "printf '%s' \"$$\" > \"$1\"\nexec sleep 30\n",
    );
    let argv = vec!["/bin/sh".to_string(), slow, pid_file.display().to_string()];
    let values = ringing("2125550142", "Ada");
    let limit = Duration::from_millis(300);
    let started = Instant::now();
    let result = run_command_for(&argv, HookEvent::Answer, &values, limit).await;
    assert_eq!(result, Err(HookFailure::TimedOut { after: limit }));
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "stopped, not waited for"
    );
    assert_eq!(
        result.unwrap_err().to_string(),
        "it ran longer than 300 ms and was stopped"
    );
    // The program is gone (killed and reaped), if it got as far as saying who it was.
    #[cfg(target_os = "linux")]
    if let Ok(pid) = std::fs::read_to_string(&pid_file) {
        let proc: PathBuf = format!("/proc/{}", pid.trim()).into();
        assert!(!proc.exists(), "{} still runs", pid.trim());
    }
}

const RECORD_ARGS: &str = r#"out=$1
shift
printf '%s' "$#" > "$out/count"
for a in "$@"; do printf '%s\0' "$a"; done > "$out/args"
"#;

#[tokio::test]
async fn the_page_opener_gets_one_encoded_url() {
    let dir = tempfile::tempdir().unwrap();
    let record = script(dir.path(), "open.sh", RECORD_ARGS);
    let out = dir.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let opener = UrlOpener::new(vec!["/bin/sh".into(), record, out.display().to_string()]);
    let runner = HookRunner::with(
        HookSettings {
            url_on_ring: "https://crm.example.com/lookup?phone={number}&who={name}".into(),
            ..HookSettings::default()
        },
        opener.clone(),
        Duration::from_secs(10),
    );
    let (messages, report) = collector();
    let call = ringing("+1 212 555 0142", "x&admin=1#frag $(id)\n\"Q\" 'q' é");
    settle(runner.handle(HookEvent::Ring, call.clone(), report.clone())).await;
    assert_eq!(*messages.lock().unwrap(), Vec::<String>::new());
    let expected = "https://crm.example.com/lookup?phone=%2B1%20212%20555%200142&who=x%26admin%3D1%23frag%20%24%28id%29%22Q%22%20%27q%27%20%C3%A9";
    assert_eq!(std::fs::read_to_string(out.join("count")).unwrap(), "1");
    assert_eq!(nul_separated(&out.join("args")), [expected]);

    // No page is set for answering or ending: nothing is opened.
    std::fs::remove_file(out.join("count")).unwrap();
    assert!(
        runner
            .handle(HookEvent::Answer, call.clone(), report.clone())
            .is_empty()
    );
    assert!(runner.handle(HookEvent::End, call, report).is_empty());
    assert!(!out.join("count").exists());

    // Opened without waiting: the opener is reaped on a thread of its own.
    opener.open("https://crm.example.com/a?b=%20").unwrap();
    let deadline = Instant::now() + Duration::from_secs(10);
    while !out.join("count").exists() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // The count is written before the arguments; wait for those too.
    while nul_separated_or_empty(&out.join("args")) != ["https://crm.example.com/a?b=%20"]
        && Instant::now() < deadline
    {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(
        nul_separated(&out.join("args")),
        ["https://crm.example.com/a?b=%20"]
    );
}

/// A page opener that never ends by itself (one that waits for the browser,
/// or is the browser) is waited for its patience, then left running: the
/// page's run ends, nothing fails, and the opener goes on (it is not killed).
#[tokio::test]
async fn a_page_opener_that_does_not_end_is_left_after_its_time_limit() {
    let dir = tempfile::tempdir().unwrap();
    // Waits until the test says `go`, then writes `out`.
    let slow = script(
        dir.path(),
        "slow.sh",
        "while [ ! -e \"$1/go\" ]; do sleep 0.05; done\necho opened > \"$1/out\"\n",
    );
    let opener = UrlOpener::new(vec![
        "/bin/sh".into(),
        slow,
        dir.path().display().to_string(),
    ])
    .with_patience(Duration::from_millis(300));
    let runner = HookRunner::with(
        HookSettings {
            url_on_ring: "https://crm.example.com/?n={number}".into(),
            ..HookSettings::default()
        },
        opener,
        Duration::from_secs(10),
    );
    let (messages, report) = collector();
    let started = runner.handle(HookEvent::Ring, ringing("6465551234", "A"), report);
    // Without a time limit this waits for ever (here: for `go`, never given).
    tokio::time::timeout(Duration::from_secs(30), settle(started))
        .await
        .expect("the page's run ends while its opener still runs");
    assert_eq!(*messages.lock().unwrap(), Vec::<String>::new());
    assert!(!dir.path().join("out").exists());
    // Left running, not stopped: it still does its work.
    std::fs::write(dir.path().join("go"), "").unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !dir.path().join("out").exists() && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert!(dir.path().join("out").exists(), "the opener was stopped");
}

fn nul_separated_or_empty(path: &Path) -> Vec<String> {
    std::fs::read(path)
        .map(|b| {
            String::from_utf8_lossy(&b)
                .split_terminator('\0')
                .map(str::to_string)
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
async fn a_failing_opener_is_reported_once() {
    let dir = tempfile::tempdir().unwrap();
    let fail = script(
        dir.path(),
        "no-browser.sh",
        "echo 'no web browser found' >&2\nexit 4\n",
    );
    let runner = HookRunner::with(
        HookSettings {
            url_on_ring: "https://crm.example.com/lookup?phone={number}".into(),
            ..HookSettings::default()
        },
        UrlOpener::new(vec!["/bin/sh".into(), fail]),
        Duration::from_secs(10),
    );
    let (messages, report) = collector();
    for _ in 0..3 {
        settle(runner.handle(
            HookEvent::Ring,
            ringing("2125550142", "Ada"),
            report.clone(),
        ))
        .await;
    }
    let messages = messages.lock().unwrap();
    assert_eq!(
        *messages,
        [
            "The call page could not be opened (`/bin/sh`: exit status 4 (no web browser found)). skydial will not say so again until it works; check that a default web browser is set, or change the page in Settings > Call page and hook."
        ]
    );
}
