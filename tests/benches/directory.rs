//! Directory figures (printed, never asserted): with 100,000 entries in the
//! index, a ringing number looked up (the engine's path, `History::lookup_name`;
//! target p99 under 1 ms) and type-ahead per keystroke (target under 16 ms);
//! a full LDAP sync of 100,000 entries from a real slapd and a CardDAV sync
//! of 10,000 cards from a real Radicale (both started here on loopback);
//! the index's size on disk and the PSS it adds to a process.
//! Run with `cargo bench --bench directory` (needs slapd and Radicale);
//! `SKYDIAL_BENCH_ENTRIES=20000` for fewer entries, `SKYDIAL_BENCH_ONLY=ldap`
//! for one part.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

#[path = "../directory_common/mod.rs"]
mod directory_common;

use directory_common::PASSWORD;
use directory_common::radicale::{Radicale, USER};
use directory_common::slapd::{AD_BASE, SYNC_UPN, Slapd};
use skydial::directory::fetch::run;
use skydial::directory::index::{Entry, NumberKind};
use skydial::directory::sync::{SharedIndex, SyncOptions};
use skydial::directory::{DirectoryConfig, Index, Password};
use skydial::history::History;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// Directory entries: 100,000 under `cargo bench` (or
/// `SKYDIAL_BENCH_ENTRIES`); a few hundred when `cargo test --all-targets`
/// runs this as a smoke test (a debug build).
fn entries() -> usize {
    if let Some(n) = std::env::var("SKYDIAL_BENCH_ENTRIES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        n
    } else if std::env::args().any(|a| a == "--bench") {
        100_000
    } else {
        500
    }
}

/// Whether a part runs: all, or those `SKYDIAL_BENCH_ONLY` names
/// (`index`, `ldap`, `carddav`, comma-separated).
fn part(name: &str) -> bool {
    std::env::var("SKYDIAL_BENCH_ONLY")
        .map_or(true, |only| only.split(',').any(|p| p.trim() == name))
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

fn pss_kb() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/self/smaps_rollup").ok()?;
    text.lines()
        .find(|l| l.starts_with("Pss:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

const FIRST: [&str; 20] = [
    "Ada",
    "Grace",
    "Alan",
    "Edsger",
    "Barbara",
    "Donald",
    "Frances",
    "John",
    "Margaret",
    "Ken",
    "Dennis",
    "Radia",
    "Tim",
    "Leslie",
    "Shafi",
    "Niklaus",
    "Katherine",
    "Claude",
    "Hedy",
    "Linus",
];
const LAST: [&str; 25] = [
    "Lovelace",
    "Hopper",
    "Turing",
    "Dijkstra",
    "Liskov",
    "Knuth",
    "Allen",
    "McCarthy",
    "Hamilton",
    "Thompson",
    "Ritchie",
    "Perlman",
    "Lee",
    "Lamport",
    "Goldwasser",
    "Wirth",
    "Johnson",
    "Shannon",
    "Lamarr",
    "Torvalds",
    "Kay",
    "Backus",
    "Codd",
    "Engelbart",
    "Sutherland",
];

/// 100,000 people with realistic names, two numbers each in several layouts.
fn people() -> Vec<Entry> {
    (0..entries())
        .map(|i| {
            let name = format!("{} {} {i}", FIRST[i % 20], LAST[(i / 20) % 25]);
            let area = 200 + (i / 10_000) * 10;
            Entry::new(
                format!("cn=p{i}"),
                &name,
                ["Acme", "Globex", "Initech", "Umbrella"][i % 4],
                "Sales",
                "Agent",
                [
                    (
                        NumberKind::Work,
                        format!("+1 ({area}) 555-{:04}", i % 10_000),
                    ),
                    (
                        NumberKind::Mobile,
                        format!("{}.555.{:04}", area + 1, i % 10_000),
                    ),
                ],
            )
            .0
        })
        .collect()
}

fn index_figures() {
    let n = entries();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let mut index = Index::open(&path).unwrap();
    let people = people();
    let start = Instant::now();
    let run = index.begin_sync("Corp").unwrap();
    for batch in people.chunks(1000) {
        index.write(&run, batch, &[], &[]).unwrap();
    }
    let sweep = skydial::directory::index::Sweep::Unseen;
    index.finish(&run, &sweep, None).unwrap();
    let took = start.elapsed().as_secs_f64();
    println!("index: {n} entries written in {took:.2} s");
    drop(index);
    drop(people);
    let before = pss_kb();

    // The engine's path: its own connection, `History::lookup_name`.
    let history = History::open(&path).unwrap();
    let mut rng_state = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        rng_state ^= rng_state << 13;
        rng_state ^= rng_state >> 7;
        rng_state ^= rng_state << 17;
        rng_state
    };
    let mut times = Vec::new();
    let mut hits = 0;
    for round in 0..20_000 {
        let i = (next() % entries() as u64) as usize;
        let area = 200 + (i / 10_000) * 10;
        // Half hits (in E.164 as the server sends them), half unknown numbers.
        let number = if round % 2 == 0 {
            format!("{area}555{:04}", i % 10_000)
        } else {
            format!("9{:09}", next() % 1_000_000_000)
        };
        let start = Instant::now();
        let found = history.lookup_name(&number).unwrap();
        times.push(start.elapsed());
        hits += usize::from(found.is_some());
    }
    times.sort();
    println!(
        "lookup on ring (20,000 numbers, {hits} named): p50 {}, p99 {}, max {}",
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(*times.last().unwrap())
    );

    // Type-ahead: every keystroke of a few names, companies and numbers.
    let index = Index::open(&path).unwrap();
    let typed = [
        "Ada Lovelace 4",
        "grace hop",
        "Kat Johns",
        "umbrella ritch",
        "646555",
        "555-12",
        "2105550042",
        "Linus T",
        "sh",
    ];
    let mut times = Vec::new();
    let mut worst = (Duration::ZERO, String::new());
    for text in typed {
        for end in 1..=text.len() {
            let query = &text[..end];
            let start = Instant::now();
            let found = index.search(query, 20).unwrap();
            let took = start.elapsed();
            std::hint::black_box(found);
            if took > worst.0 {
                worst = (took, query.to_string());
            }
            times.push(took);
        }
    }
    times.sort();
    println!(
        "type-ahead ({} keystrokes, 20 results each): p50 {}, p99 {}, max {} ({:?})",
        times.len(),
        ms(percentile(&times, 0.5)),
        ms(percentile(&times, 0.99)),
        ms(worst.0),
        worst.1
    );
    let after = pss_kb();
    if let (Some(b), Some(a)) = (before, after) {
        println!(
            "PSS added by the index open on two connections after those queries: {:.1} MB",
            (a.saturating_sub(b)) as f64 / 1024.0
        );
    }
    drop(index);
    drop(history);
    let size = |p: &std::path::Path| std::fs::metadata(p).map_or(0, |m| m.len());
    let db = size(&path);
    println!(
        "index on disk: {:.1} MB for {n} entries (history.sqlite3, after a checkpoint)",
        db as f64 / 1e6
    );
}

async fn ldap_figures() {
    let started = Instant::now();
    let slapd = tokio::task::spawn_blocking(|| Slapd::start(entries(), 0))
        .await
        .unwrap();
    println!(
        "slapd with {} AD-like entries ready in {:.1} s (slapadd, not measured below)",
        entries(),
        started.elapsed().as_secs_f64()
    );
    let dir = tempfile::tempdir().unwrap();
    let index: SharedIndex = Arc::new(Mutex::new(
        Index::open(&dir.path().join("history.sqlite3")).unwrap(),
    ));
    let mut config = DirectoryConfig::new("Corp", slapd.ldap_url());
    config.base = Some(AD_BASE.into());
    config.user = Some(SYNC_UPN.into());
    config.ca_file = Some(slapd.ca.clone());
    let options = SyncOptions {
        timeout: Duration::from_secs(120),
    };
    // An engine on the same database, signed in to a simulator: calls ring
    // while the first sync writes.
    let engine = ringing_engine(dir.path().join("history.sqlite3")).await;
    for round in ["first (empty index)", "again (all unchanged)"] {
        let password = Password::new(PASSWORD);
        let sync = run(&index, &config, Some(&password), &options);
        let (report, during) = rings_while(&engine, sync).await;
        let report = report.unwrap();
        println!(
            "LDAP full sync, {round}: {} entries in {:.2} s ({:.0} entries/s; StartTLS, pages of 1,000)",
            report.fetched,
            report.took_ms as f64 / 1000.0,
            report.fetched as f64 / (report.took_ms as f64 / 1000.0)
        );
        print_rings(
            &format!(
                "ring -> engine event during that sync ({} calls)",
                during.len()
            ),
            during,
        );
    }
    let idle = rings_while(&engine, tokio::time::sleep(Duration::from_secs(5)))
        .await
        .1;
    print_rings(
        &format!("ring -> engine event with no sync ({} calls)", idle.len()),
        idle,
    );
}

struct Ringing {
    engine: skydial::engine::EngineHandle,
    sim: skydial::sim::Simulator,
}

async fn ringing_engine(db: std::path::PathBuf) -> Ringing {
    use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig};
    let sim = skydial::sim::Simulator::start(skydial::sim::SimOptions::default())
        .await
        .unwrap();
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: Some(db),
        ..EngineConfig::default()
    });
    engine
        .send(EngineCommand::SignIn(skydial::client::ClientConfig {
            url: skydial::client::url::api_url(&sim.base_url()).unwrap(),
            credentials: skydial::protocol::Credentials::new(
                "6465551000",
                skydial::protocol::Pin::new("12345"),
            ),
            ca_file: None,
        }))
        .await
        .unwrap();
    let mut snap = engine.snapshot();
    while snap.borrow_and_update().status != ConnectionStatus::Connected {
        snap.changed().await.unwrap();
    }
    tokio::time::sleep(Duration::from_millis(200)).await;
    Ringing { engine, sim }
}

/// Rings calls (each from a directory's number, so the name is looked up)
/// one after another until `work` is done; returns its output and each
/// ring's delay from the simulator to the engine's Ringing event (which
/// comes after the call is written to the history).
async fn rings_while<T>(
    r: &Ringing,
    work: impl std::future::Future<Output = T>,
) -> (T, Vec<Duration>) {
    use skydial::engine::EngineEvent;
    let mut delays = Vec::new();
    let mut events = r.engine.events();
    tokio::pin!(work);
    let mut i = 0u32;
    loop {
        let start = Instant::now();
        let from = format!("646555{:04}", i % 10_000);
        i += 1;
        let id = r
            .sim
            .state()
            .inject_incoming("6465551000", &from, None)
            .unwrap();
        let mut done = None;
        loop {
            tokio::select! {
                out = &mut work, if done.is_none() => done = Some(out),
                event = events.recv() => match event {
                    Ok(EngineEvent::Ringing(c)) if c.call.id == id => break,
                    Ok(_) => {}
                    Err(e) => panic!("{e}"),
                },
            }
        }
        delays.push(start.elapsed());
        r.sim
            .state()
            .remote_hangup("6465551000", Some(&id))
            .unwrap();
        loop {
            if let Ok(EngineEvent::Ended { call, .. }) = events.recv().await
                && call.call.id == id
            {
                break;
            }
        }
        if let Some(out) = done {
            return (out, delays);
        }
        tokio::select! {
            out = &mut work => return (out, delays),
            () = tokio::time::sleep(Duration::from_millis(20)) => {}
        }
    }
}

fn print_rings(what: &str, mut delays: Vec<Duration>) {
    delays.sort();
    if delays.is_empty() {
        return;
    }
    println!(
        "{what}: p50 {}, p99 {}, max {}",
        ms(percentile(&delays, 0.5)),
        ms(percentile(&delays, 0.99)),
        ms(*delays.last().unwrap())
    );
}

async fn carddav_figures() {
    let cards: usize = if entries() > 500 { 10_000 } else { 100 };
    let radicale = tokio::task::spawn_blocking(move || Radicale::start(&[("Work", cards)]))
        .await
        .unwrap();
    // Radicale parses and caches every card on its first listing (Python):
    // done before the clock starts, as a server in use would have.
    let warm = Instant::now();
    let listing = reqwest::Client::new()
        .request(
            reqwest::Method::from_bytes(b"PROPFIND").unwrap(),
            radicale.book_url("Work"),
        )
        .basic_auth(USER, Some(PASSWORD))
        .header("Depth", "1")
        .timeout(Duration::from_secs(600))
        .send()
        .await
        .unwrap();
    assert!(listing.status().is_success());
    let _ = listing.bytes().await.unwrap();
    println!(
        "Radicale with {cards} cards: first listing (its cache) {:.1} s, not measured below",
        warm.elapsed().as_secs_f64()
    );
    let dir = tempfile::tempdir().unwrap();
    let index: SharedIndex = Arc::new(Mutex::new(
        Index::open(&dir.path().join("history.sqlite3")).unwrap(),
    ));
    let mut config = DirectoryConfig::new("Shared", radicale.url());
    config.user = Some(USER.into());
    let options = SyncOptions {
        timeout: Duration::from_secs(300),
    };
    for round in ["first (from no token)", "again (incremental, no change)"] {
        let report = run(&index, &config, Some(&Password::new(PASSWORD)), &options)
            .await
            .unwrap();
        println!(
            "CardDAV sync, {round}: {} cards fetched in {:.2} s, {} requests",
            report.fetched,
            report.took_ms as f64 / 1000.0,
            report.requests
        );
    }
}

fn main() {
    // reqwest here (the warm-up request) as in skydial: TLS through ring.
    let _ = rustls::crypto::ring::default_provider().install_default();
    println!(
        "load average: {}",
        std::fs::read_to_string("/proc/loadavg")
            .unwrap_or_default()
            .trim()
    );
    if part("index") {
        index_figures();
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        if part("ldap") {
            ldap_figures().await;
        }
        if part("carddav") {
            carddav_figures().await;
        }
    });
}
