//! A day of calls in compressed time: 100,000 calls (inbound answered,
//! inbound missed, outbound) through the engine over a real socket on the
//! paused clock, with the connection dropped and the subscription ended
//! (error 17) now and then. The history must hold exactly the calls made,
//! and the memory the process holds must stay flat.
//!
//! `SKYDIAL_SOAK_CALLS` sets the number of calls (default 100,000).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::engine::{account, until};
use common::*;
use rand::{Rng, SeedableRng};
use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig};
use skydial::history::History;
use stats_alloc::{INSTRUMENTED_SYSTEM, StatsAlloc};
use std::alloc::System;
use std::time::Duration;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated and not yet freed, by the whole test process.
fn live_bytes() -> i64 {
    let s = GLOBAL.stats();
    // Reallocations are already counted in both (by their difference).
    s.bytes_allocated as i64 - s.bytes_deallocated as i64
}

async fn settle() {
    for _ in 0..8 {
        tokio::task::yield_now().await;
    }
}

#[expect(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
#[tokio::test(start_paused = true)]
async fn a_day_of_calls_leaves_exactly_its_history_and_flat_memory() {
    let calls: usize = std::env::var("SKYDIAL_SOAK_CALLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100_000);
    let sim = sim().await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: Some(path.clone()),
        history_max_rows: 10_000_000,
        ..EngineConfig::default()
    });
    engine
        .send(EngineCommand::SignIn(account(&sim, PIN)))
        .await
        .unwrap();
    let snaps = engine.snapshot();
    until(&snaps, "connected", |s| {
        s.status == ConnectionStatus::Connected
    })
    .await;
    // The simulator's command log is capped: wait on sequence numbers, not counts.
    let last_seq =
        |sim: &skydial::sim::Simulator| sim.state().commands_since(0).last().map_or(0, |c| c.seq);
    let subscribed_since = |sim: &skydial::sim::Simulator, seq: u64| {
        sim.state()
            .commands_since(seq)
            .iter()
            .any(|c| c.name.ends_with(".subscribe"))
    };
    let mut rng = rand::rngs::StdRng::seed_from_u64(0x5eed);
    let per_call = Duration::from_secs(24 * 3600) / calls as u32;
    let started = std::time::Instant::now();
    let clock = tokio::time::Instant::now();
    let (mut drops, mut unsubscribes) = (0, 0);
    let mut baseline = None;
    for i in 0..calls {
        if i == calls / 5 {
            settle().await;
            baseline = Some(live_bytes());
        }
        match rng.random_range(0..3) {
            0 => {
                // Inbound, answered.
                let id = sim
                    .state()
                    .inject_incoming(DID, "2125550142", None)
                    .unwrap();
                tokio::time::sleep(per_call / 4).await;
                assert!(
                    engine
                        .send(EngineCommand::Answer {
                            call: Some(id.clone())
                        })
                        .await
                        .unwrap(),
                    "call {i} answered"
                );
                tokio::time::sleep(per_call / 2).await;
                sim.state().remote_hangup(DID, Some(&id)).unwrap();
            }
            1 => {
                // Inbound, missed.
                let id = sim
                    .state()
                    .inject_incoming(DID, "7575550123", None)
                    .unwrap();
                tokio::time::sleep(per_call * 3 / 4).await;
                sim.state().remote_hangup(DID, Some(&id)).unwrap();
            }
            _ => {
                // Outbound.
                assert!(
                    engine
                        .send(EngineCommand::Dial {
                            number: skydial::protocol::number::normalize("6465551234").unwrap(),
                            endpoint: None,
                        })
                        .await
                        .unwrap(),
                    "call {i} dialled"
                );
                tokio::time::sleep(per_call / 4).await;
                sim.state().remote_answer(DID, None).unwrap();
                tokio::time::sleep(per_call / 2).await;
                sim.state().remote_hangup(DID, None).unwrap();
            }
        }
        tokio::time::sleep(per_call / 4).await;
        // Now and then, between calls, the line drops or the server ends the
        // subscription; the next call waits until skydial is back.
        if rng.random_range(0..1000) == 0 {
            drops += 1;
            let before = last_seq(&sim);
            sim.state().drop_connections();
            while !subscribed_since(&sim, before) {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            until(&snaps, "connected again", |s| {
                s.status == ConnectionStatus::Connected
            })
            .await;
        } else if rng.random_range(0..1000) == 0 {
            unsubscribes += 1;
            let before = last_seq(&sim);
            sim.state().force_unsubscribe(Some(DID)).unwrap();
            while !subscribed_since(&sim, before) {
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
        }
    }
    until(&snaps, "no live calls", |s| s.calls.is_empty()).await;
    tokio::time::sleep(Duration::from_secs(1)).await;
    settle().await;
    let end = live_bytes();
    let baseline = baseline.unwrap_or(end);
    let rows = History::open_keeping(&path, 10_000_000)
        .unwrap()
        .recent(calls * 2, false)
        .unwrap();
    println!(
        "soak: {calls} calls over {:.1} virtual hours in {:.1} s; {drops} dropped connections, {unsubscribes} error 17s; live heap {:.2} MB after {} calls, {:.2} MB at the end ({:+.2} MB); {} history rows",
        clock.elapsed().as_secs_f64() / 3600.0,
        started.elapsed().as_secs_f64(),
        baseline as f64 / 1e6,
        calls / 5,
        end as f64 / 1e6,
        (end - baseline) as f64 / 1e6,
        rows.len()
    );
    assert_eq!(rows.len(), calls, "one history row per call");
    assert!(
        rows.iter().all(|r| r.ended_at.is_some()),
        "every call ended"
    );
    let mut ids: Vec<&str> = rows.iter().map(|r| r.call_id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), calls, "no call twice");
    assert!(
        end - baseline < 1 << 20,
        "memory grew by {} bytes from call {} to the end",
        end - baseline,
        calls / 5
    );
}
