//! `skydial watch`: print call events as they happen, built on the engine.

use super::account::client_config;
use super::args::Global;
use super::exit::{Failure, Status};
use skydial::engine::{ConnectionStatus, EngineCommand, EngineConfig, EngineEvent, LiveCall};
use skydial::protocol::number::readable;
use skydial::protocol::text::printable;
use skydial::t;
use std::io::Write;

/// One call event as a JSON object (what `watch --json` prints, one per line).
pub fn event_json(call: &LiveCall) -> serde_json::Value {
    let c = &call.call;
    serde_json::json!({
        "id": c.id,
        "state": c.state,
        "ani": c.ani,
        "clid": c.clid,
        "did": c.did,
        "duration": c.duration,
        "endpoint": c.endpoint,
        "originated": c.originated,
        "name": call.name,
    })
}

fn event_line(call: &LiveCall) -> String {
    let c = &call.call;
    let time = chrono::Local::now().format("%H:%M:%S");
    let who = skydial::contacts::caller_label_with_number(call.name.as_deref(), &c.ani);
    // The state as the spec names it (RINGING), padded like the direction.
    let state = format!("{:<9}", c.state.as_str());
    let direction = if c.originated {
        t!("cmd-watch-out")
    } else {
        t!("cmd-watch-in")
    };
    let direction = format!("{direction:<3}");
    let line = match c.clid.as_deref() {
        Some(dialled) => t!(
            "cmd-watch-event-dialled",
            time = time.to_string(),
            state = state,
            direction = direction,
            who = who,
            dialled = readable(dialled),
            call = c.id.as_str()
        ),
        None => t!(
            "cmd-watch-event",
            time = time.to_string(),
            state = state,
            direction = direction,
            who = who,
            call = c.id.as_str()
        ),
    };
    // Server and contact text never reaches the terminal as control codes.
    printable(&line).into_owned()
}

pub async fn run(global: &Global, probe_after: u64) -> Result<Status, Failure> {
    let config = client_config(global).await?;
    let engine = skydial::engine::spawn(EngineConfig {
        idle_probe_after: std::time::Duration::from_secs(probe_after),
        ..EngineConfig::default()
    });
    let mut events = engine.events();
    let mut snapshots = engine.snapshot();
    if let Some(err) = &snapshots.borrow().history_error {
        eprintln!("skydial: {}", printable(err));
    }
    engine
        .send(EngineCommand::SignIn(config))
        .await
        .map_err(|e| Failure::usage(e.to_string()))?;
    let mut last_status: Option<ConnectionStatus> = None;
    let mut out = std::io::stdout();
    loop {
        tokio::select! {
            event = events.recv() => match event {
                Ok(EngineEvent::Changed(call)) => {
                    let line = if global.json { event_json(&call).to_string() } else { event_line(&call) };
                    if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
                        // stdout closed (piped into `head`): done.
                        return Ok(Status::Ok);
                    }
                }
                Ok(_) => {}
                Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                    eprintln!("skydial: {}", skydial::t!("cmd-watch-skipped", count = n));
                }
                Err(tokio::sync::broadcast::error::RecvError::Closed) => {
                    return Err(Failure::new(Status::Connection, skydial::t!("cmd-watch-engine-stopped")));
                }
            },
            changed = snapshots.changed() => {
                if changed.is_err() {
                    return Err(Failure::new(Status::Connection, skydial::t!("cmd-watch-engine-stopped")));
                }
                let status = snapshots.borrow_and_update().status.clone();
                if last_status.as_ref() == Some(&status) {
                    continue;
                }
                let same_kind = last_status.as_ref().is_some_and(|l| std::mem::discriminant(l) == std::mem::discriminant(&status));
                last_status = Some(status.clone());
                match &status {
                    ConnectionStatus::Stopped { reason } => {
                        return Err(Failure::new(Status::Auth, reason.clone()));
                    }
                    ConnectionStatus::Connecting | ConnectionStatus::SignedOut => {}
                    _ if same_kind => {}
                    _ => eprintln!("skydial: {}", printable(&status.describe(tokio::time::Instant::now()))),
                }
            }
            _ = tokio::signal::ctrl_c() => return Ok(Status::Ok),
        }
    }
}
