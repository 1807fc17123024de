//! An engine signed in to a simulator, on tokio's paused clock, and ways to
//! wait for what its snapshot shows.

use super::*;
use skydial::client::{ClientConfig, url::api_url};
use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig, EngineHandle, Snapshot};
use skydial::history::History;
use skydial::protocol::{Credentials, Pin};
use skydial::sim::Simulator;
use std::time::Duration;

pub struct Rig {
    pub sim: Simulator,
    pub engine: EngineHandle,
    pub _dir: tempfile::TempDir,
    pub history: std::path::PathBuf,
}

pub fn account(sim: &Simulator, pin: &str) -> ClientConfig {
    ClientConfig {
        url: api_url(&sim.base_url()).unwrap(),
        credentials: Credentials::new(DID, Pin::new(pin)),
        ca_file: None,
    }
}

pub async fn rig_with(pin: &str) -> Rig {
    rig_on(sim().await, pin).await
}

/// An engine with a history, signed in to `sim` (not yet connected).
pub async fn rig_on(sim: Simulator, pin: &str) -> Rig {
    let dir = tempfile::tempdir().unwrap();
    let history = dir.path().join("history.sqlite3");
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: Some(history.clone()),
        ..EngineConfig::default()
    });
    engine
        .send(EngineCommand::SignIn(account(&sim, pin)))
        .await
        .unwrap();
    Rig {
        sim,
        engine,
        _dir: dir,
        history,
    }
}

pub async fn rig() -> Rig {
    connected(rig_with(PIN).await).await
}

/// A connected engine on a simulator that plays these server variations.
pub async fn rig_for(config: skydial::sim::SimConfig) -> Rig {
    connected(rig_on(sim_with(config).await, PIN).await).await
}

async fn connected(rig: Rig) -> Rig {
    rig.wait("connected", |s| s.status == ConnectionStatus::Connected)
        .await;
    // let the first listCalls land
    rig.settle().await;
    rig
}

/// An engine with no history, signed in to `sim` as the demo user.
pub async fn signed_in_without_history(sim: &Simulator) -> EngineHandle {
    let engine = skydial::engine::spawn(EngineConfig {
        history_path: None,
        ..EngineConfig::default()
    });
    engine
        .send(EngineCommand::SignIn(account(sim, PIN)))
        .await
        .unwrap();
    engine
}

/// Waits (on the paused clock, 600 s at most) until the snapshot satisfies `cond`.
pub async fn until(
    rx: &tokio::sync::watch::Receiver<Snapshot>,
    what: &str,
    cond: impl Fn(&Snapshot) -> bool,
) -> Snapshot {
    let mut rx = rx.clone();
    let result = tokio::time::timeout(Duration::from_secs(600), async {
        loop {
            {
                let snap = rx.borrow_and_update();
                if cond(&snap) {
                    return snap.clone();
                }
            }
            if rx.changed().await.is_err() {
                panic!("engine gone while waiting for {what}");
            }
        }
    })
    .await;
    match result {
        Ok(snap) => snap,
        Err(_) => panic!(
            "timed out waiting for {what}; last snapshot: {:?}",
            *rx.borrow()
        ),
    }
}

impl Rig {
    /// Waits (on the paused clock) until the snapshot satisfies `cond`.
    pub async fn wait(&self, what: &str, cond: impl Fn(&Snapshot) -> bool) -> Snapshot {
        until(&self.engine.snapshot(), what, cond).await
    }

    /// Lets in-flight socket traffic finish.
    pub async fn settle(&self) {
        for _ in 0..20 {
            tokio::task::yield_now().await;
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    }

    pub fn history(&self) -> Vec<skydial::history::HistoryEntry> {
        History::open(&self.history)
            .unwrap()
            .recent(100, false)
            .unwrap()
    }

    pub fn count(&self, method: &str) -> usize {
        self.sim
            .state()
            .commands_since(0)
            .iter()
            .filter(|c| c.name.ends_with(&format!(".{method}")))
            .count()
    }
}
