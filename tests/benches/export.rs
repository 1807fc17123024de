//! The history's CSV and JSON export (what `skydial history --csv/--json`
//! and *Export…* run) over 100,000 calls: seconds, and the exporting
//! process's peak memory (VmHWM, sampled every 2 ms while it runs), next to
//! the same export of 10,000 calls: memory stays flat because rows are
//! streamed. The export runs in a child process of its own (this program
//! again), which opens the history keeping every call: `skydial` itself
//! keeps the newest 20,000 and would prune the rest when it opens it.
//! Run with `cargo bench --bench export`; `cargo test` runs it small (1,000
//! and 100 calls) to keep it working.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use skydial::history::History;
use skydial::protocol::{Call, CallId, CallState};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Fills a history with `n` calls, a third of them missed, every tenth with a note.
fn fill(dir: &std::path::Path, n: usize) {
    let mut h = History::open_keeping(&dir.join("history.sqlite3"), n as i64 + 1).unwrap();
    let start = skydial::history::now_ms() - n as i64 * 60_000;
    h.batch(|b| {
        for i in 0..n {
            let call = Call {
                id: CallId::new(format!("{i}")),
                state: CallState::Ringing,
                ani: format!("212555{:04}", i % 10_000),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: i % 2 == 0,
            };
            let name = format!("Caller {i}, \"Sales\"");
            b.end(
                "6465551000",
                &call,
                Some(&name),
                i % 3 == 0,
                start + i as i64 * 60_000,
            )?;
        }
        Ok(())
    })
    .unwrap();
    for i in (0..n).step_by(10) {
        h.set_note(
            &i.to_string(),
            "Called back, sent the quote; =not a formula",
        )
        .unwrap();
    }
}

/// Runs the export; returns (seconds, peak KiB, bytes written).
fn export(dir: &std::path::Path, format: &str) -> (f64, u64, u64) {
    let out = dir.join("export.out");
    let started = Instant::now();
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args(["--export-child", format])
        .arg(dir)
        .stdout(std::fs::File::create(&out).unwrap())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        {
            peak = kib;
        }
        if let Some(status) = child.try_wait().unwrap() {
            assert!(status.success());
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let seconds = started.elapsed().as_secs_f64();
    (seconds, peak, std::fs::metadata(&out).unwrap().len())
}

/// The child: exports the history in `dir` to stdout, as the CLI does.
fn export_child(format: &str, dir: &str) {
    use skydial::history::export::Range;
    let path = std::path::Path::new(dir).join("history.sqlite3");
    let history = History::open_keeping(&path, i64::MAX).unwrap();
    let out = std::io::BufWriter::new(std::io::stdout().lock());
    let tz = chrono::Local;
    let n = if format == "--csv" {
        history.export_csv(Range::default(), None, false, &tz, out)
    } else {
        history.export_json(Range::default(), None, false, &tz, out)
    }
    .unwrap();
    assert!(n > 0);
    eprintln!("export: {n} calls exported");
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let [_, flag, format, dir, ..] = args.as_slice()
        && flag == "--export-child"
    {
        return export_child(format, dir);
    }
    let full = std::env::args().any(|a| a == "--bench");
    let sizes: [usize; 2] = if full {
        [10_000, 100_000]
    } else {
        [100, 1_000]
    };
    for n in sizes {
        let dir = tempfile::tempdir().unwrap();
        let filled = Instant::now();
        fill(dir.path(), n);
        println!(
            "export: {n} calls written to the history in {:.1} s",
            filled.elapsed().as_secs_f64()
        );
        for format in ["--csv", "--json"] {
            let (seconds, peak, bytes) = export(dir.path(), format);
            println!(
                "export: history {format} of {n} calls: {seconds:.2} s, peak memory {:.1} MiB, {:.1} MB written",
                peak as f64 / 1024.0,
                bytes as f64 / 1e6
            );
        }
    }
}
