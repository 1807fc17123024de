//! A dying server or a bad network, through the fault proxy: whatever happens
//! to the first connection (closed or reset after N bytes, delayed, stalled
//! mid-document, a chunk sent twice, the response head cut), the engine
//! recovers, every call still live is in the store and the history, and no
//! call gets two history rows.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::engine::{account, until};
use common::proxy::{Fault, Proxy};
use common::*;
use skydial::client::url::api_url;
use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig};
use skydial::history::History;
use skydial::protocol::CallState;
use std::collections::HashMap;
use std::time::Duration;

/// Runs the scenario through `fault`; returns how many connections it took.
#[expect(clippy::too_many_lines, reason = "one set-up, read top to bottom")]
async fn survives(fault: Fault) -> usize {
    let sim = sim().await;
    // Three calls before skydial connects: the catch-up list carries them
    // (about 1.5 KB, so a fault at a few hundred bytes falls inside it).
    let ringing = sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    let connected = sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    sim.state().remote_hangup(DID, Some(&ringing)).ok();
    let ringing = sim
        .state()
        .inject_incoming(DID, "4155550199", None)
        .unwrap();
    let held = sim
        .state()
        .inject_incoming(DID, "3125550111", None)
        .unwrap();
    let client = client(&sim);
    for command in [
        skydial::protocol::Command::Answer {
            call: Some(connected.clone()),
            endpoint: None,
        },
        skydial::protocol::Command::Answer {
            call: Some(held.clone()),
            endpoint: None,
        },
        skydial::protocol::Command::Hold {
            call: Some(held.clone()),
        },
    ] {
        client
            .call(&command, skydial::client::Transport::Post)
            .await
            .unwrap();
    }
    // A line that drops every few seconds does so every time; other faults hit the first connection.
    let faults = match fault {
        Fault::DropEvery(_) => vec![fault],
        _ => vec![fault, Fault::None],
    };
    let proxy = Proxy::start(&sim.base_url(), faults).await;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("history.sqlite3");
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: Some(path.clone()),
        ..EngineConfig::default()
    });
    let mut acct = account(&sim, PIN);
    acct.url = api_url(&proxy.url).unwrap();
    engine.send(EngineCommand::SignIn(acct)).await.unwrap();
    let snaps = engine.snapshot();
    let want = HashMap::from([
        (ringing.clone(), CallState::Ringing),
        (connected.clone(), CallState::Connected),
        (held.clone(), CallState::Holding),
    ]);
    let snap = until(&snaps, &format!("the live calls after {fault:?}"), |s| {
        s.status == ConnectionStatus::Connected
            && s.calls.len() == 3
            && s.calls
                .iter()
                .all(|c| want.get(&c.call.id) == Some(&c.call.state))
    })
    .await;
    assert_eq!(snap.calls.len(), 3);
    tokio::time::sleep(Duration::from_secs(5)).await;
    // Events flow after the recovery.
    let later = sim
        .state()
        .inject_incoming(DID, "6175550100", None)
        .unwrap();
    until(&snaps, "a call after the recovery", |s| {
        s.calls.iter().any(|c| c.call.id == later)
    })
    .await;
    // Everything ends; each call has exactly one row, ended once.
    for _ in 0..4 {
        sim.state().remote_hangup(DID, None).unwrap();
    }
    until(&snaps, "no calls", |s| s.calls.is_empty()).await;
    for _ in 0..20 {
        tokio::task::yield_now().await;
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let rows = History::open(&path).unwrap().recent(100, false).unwrap();
    let mut per_call: HashMap<String, usize> = HashMap::new();
    for row in &rows {
        *per_call.entry(row.call_id.clone()).or_default() += 1;
    }
    assert!(
        per_call.values().all(|&n| n == 1),
        "{fault:?}: duplicate history rows: {per_call:?}"
    );
    for id in [&ringing, &connected, &held, &later] {
        let row = rows
            .iter()
            .find(|r| r.call_id == id.as_str())
            .unwrap_or_else(|| panic!("{fault:?}: call {id} is not in the history: {rows:?}"));
        assert!(row.ended_at.is_some(), "{fault:?}: {row:?}");
    }
    proxy.connections()
}

#[tokio::test(start_paused = true)]
async fn closed_after_some_bytes() {
    for n in [0, 40, 180, 400, 700, 1200, 2000] {
        assert!(survives(Fault::CloseAfter(n)).await >= 2, "the fault hit");
    }
}

#[tokio::test(start_paused = true)]
async fn reset_after_some_bytes() {
    for n in [0, 180, 700, 2000] {
        assert!(survives(Fault::ResetAfter(n)).await >= 2, "the fault hit");
    }
}

#[tokio::test(start_paused = true)]
async fn a_slow_line() {
    assert_eq!(survives(Fault::Delay(Duration::from_millis(400))).await, 1);
}

#[tokio::test(start_paused = true)]
async fn stalled_in_the_middle_of_a_document() {
    for n in [250, 700, 1500] {
        assert!(survives(Fault::StallAfter(n)).await >= 2, "the fault hit");
    }
}

#[tokio::test(start_paused = true)]
async fn a_chunk_sent_twice() {
    for n in [0, 300, 900, 1800] {
        // A repeated chunk either breaks the HTTP framing (a reconnect) or
        // repeats a document (read twice, applied once): both end the same.
        assert!(survives(Fault::DuplicateAt(n)).await >= 1);
    }
}

#[tokio::test(start_paused = true)]
async fn the_response_head_cut() {
    assert!(survives(Fault::CutHead).await >= 2);
}

#[tokio::test(start_paused = true)]
async fn dropped_every_few_seconds() {
    assert!(survives(Fault::DropEvery(Duration::from_secs(2))).await >= 2);
}
