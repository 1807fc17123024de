//! Shared helpers: a simulator on a free loopback port and clients for it.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used)] // test code

pub mod cli;
pub mod engine;
pub mod proxy;

use skydial::client::{Client, ClientConfig, SessionEvent, url::api_url};
use skydial::protocol::{Credentials, Pin};
use skydial::sim::{SimOptions, Simulator};
use std::time::Duration;
use tokio::sync::mpsc;

pub const DID: &str = "6465551000";
pub const PIN: &str = "12345";
pub const ENDPOINT: &str = "0010492e1234";

pub async fn sim() -> Simulator {
    Simulator::start(SimOptions::default()).await.unwrap()
}

/// A simulator that plays the server variations in `config`.
pub async fn sim_with(config: skydial::sim::SimConfig) -> Simulator {
    Simulator::start(SimOptions {
        config,
        ..SimOptions::default()
    })
    .await
    .unwrap()
}

pub fn client_for(sim: &Simulator, user: &str, pin: &str) -> Client {
    Client::new(ClientConfig {
        url: api_url(&sim.base_url()).unwrap(),
        credentials: Credentials::new(user, Pin::new(pin)),
        ca_file: None,
    })
    .unwrap()
}

pub fn client(sim: &Simulator) -> Client {
    client_for(sim, DID, PIN)
}

/// The next event, failing the test after 5 s.
pub async fn next_event(events: &mut mpsc::Receiver<SessionEvent>) -> SessionEvent {
    tokio::time::timeout(Duration::from_secs(5), events.recv())
        .await
        .expect("no event within 5 s")
        .expect("event stream ended")
}
