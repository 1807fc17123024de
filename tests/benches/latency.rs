//! Delay from the simulator writing a RINGING event to the engine publishing
//! it, over a real loopback socket. Prints the median and p99 (target: p99
//! under 5 ms). Run with `cargo bench --bench latency`.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark: failing loudly is right

use skydial::client::{ClientConfig, url::api_url};
use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig, EngineEvent};
use skydial::protocol::{Credentials, Pin};
use skydial::sim::{SimOptions, Simulator};
use std::time::{Duration, Instant};

const ROUNDS: usize = 2_000;

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let sim = Simulator::start(SimOptions::default()).await.unwrap();
        let dir = tempfile::tempdir().unwrap();
        let engine = skydial::engine::spawn(EngineConfig {
            history_path: Some(dir.path().join("history.sqlite3")),
            ..EngineConfig::default()
        });
        engine
            .send(EngineCommand::SignIn(ClientConfig {
                url: api_url(&sim.base_url()).unwrap(),
                credentials: Credentials::new("6465551000", Pin::new("12345")),
                ca_file: None,
            }))
            .await
            .unwrap();
        let mut snap = engine.snapshot();
        while snap.borrow_and_update().status != ConnectionStatus::Connected {
            snap.changed().await.unwrap();
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
        let mut events = engine.events();
        let mut delays = Vec::with_capacity(ROUNDS);
        for _ in 0..ROUNDS {
            let start = Instant::now();
            let id = sim.state().inject_incoming("6465551000", "2125550142", None).unwrap();
            loop {
                match events.recv().await {
                    Ok(EngineEvent::Ringing(c)) if c.call.id == id => break,
                    Ok(_) => {}
                    Err(e) => panic!("{e}"),
                }
            }
            delays.push(start.elapsed());
            sim.state().remote_hangup("6465551000", Some(&id)).unwrap();
            loop {
                if let Ok(EngineEvent::Ended { call, .. }) = events.recv().await
                    && call.call.id == id
                {
                    break;
                }
            }
        }
        delays.sort();
        let at = |q: f64| delays[((delays.len() as f64 - 1.0) * q).round() as usize];
        println!(
            "RINGING event -> engine publish over loopback ({ROUNDS} calls): median {:.3} ms, p99 {:.3} ms, max {:.3} ms",
            at(0.5).as_secs_f64() * 1e3,
            at(0.99).as_secs_f64() * 1e3,
            at(1.0).as_secs_f64() * 1e3
        );
    });
}
