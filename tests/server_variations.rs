//! Servers that behave in ways the spec allows but skydial's simulator did
//! not use to: each case over real sockets, checked twice, in what the
//! engine's store (and history) hold and in what `skydial watch --json`
//! prints against `skydial sim` with the matching option.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::cli::{Sim, Watch, code, skydial, stderr};
use common::engine::*;
use common::*;
use skydial::client::Transport;
use skydial::engine::{ConnectionStatus, EngineCommand, EngineEvent};
use skydial::protocol::{ApiErrorKind, CallState, Command, ResultValue};
use skydial::sim::{Error17Id, InvalidNumberReply, PARKED_CALL_ID, SimConfig};
use std::time::Duration;

fn config() -> SimConfig {
    SimConfig::default()
}

fn is(call: &serde_json::Value, id: &str, state: &str) -> bool {
    call["id"] == id && call["state"] == state
}

// ---- the response head only with the first answer ----

#[tokio::test(start_paused = true)]
async fn late_response_head_subscribes_and_events_flow() {
    let rig = rig_for(SimConfig {
        late_head: true,
        ..config()
    })
    .await;
    assert_eq!(rig.count("subscribe"), 1);
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    let snap = rig
        .wait("the ringing call", |s| {
            s.calls.iter().any(|c| c.call.id == id)
        })
        .await;
    assert_eq!(snap.calls[0].call.state, CallState::Ringing);
    assert_eq!(snap.status, ConnectionStatus::Connected);
    // Commands on the session and one-shot commands (POST and GET) work too.
    assert!(
        rig.engine
            .send(EngineCommand::Answer { call: Some(id) })
            .await
            .unwrap()
    );
    let client = client(&rig.sim);
    for transport in [Transport::Post, Transport::Get] {
        let result = client
            .call(&Command::ListCalls { endpoint: None }, transport)
            .await
            .unwrap();
        assert!(matches!(result, Some(ResultValue::Calls(c)) if c.len() == 1));
    }
}

#[test]
fn late_response_head_watch_prints_the_ringing_call_and_dial_works() {
    let sim = Sim::start(&["--late-head"]);
    let mut watch = Watch::start(&sim);
    let id = serde_json::from_str::<serde_json::Value>(
        &sim.control("incoming", &format!("user={DID}&from=2125550142")),
    )
    .unwrap()["call"]
        .as_str()
        .unwrap()
        .to_string();
    watch.until("the ringing call", |c| is(c, &id, "RINGING"));
    let dial = skydial(&sim.url, Some(PIN), &["dial", "6465551234"]);
    assert_eq!(code(&dial), 0, "{}", stderr(&dial));
    watch.until("the outgoing call", |c| {
        c["state"] == "PENDING" && c["ani"] == "6465551234"
    });
}

// ---- call states the spec does not list, items without an Id ----

#[tokio::test(start_paused = true)]
async fn a_call_that_rang_while_disconnected_is_caught_up_past_unknown_items() {
    let rig = rig_for(SimConfig {
        unknown_items: true,
        ..config()
    })
    .await;
    // Events carrying unknown items still deliver the known call.
    let first = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    rig.wait("the first call", |s| {
        s.calls.iter().any(|c| c.call.id == first)
    })
    .await;
    // Disconnected: a call rings meanwhile; only the catch-up list (which also
    // holds a PARKED call and an item without an Id) can tell about it.
    rig.sim.state().drop_connections();
    rig.wait("reconnecting", |s| {
        matches!(s.status, ConnectionStatus::Reconnecting { .. })
    })
    .await;
    let missed_meanwhile = rig
        .sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    let snap = rig
        .wait("the call from while we were away", |s| {
            s.calls.iter().any(|c| c.call.id == missed_meanwhile)
        })
        .await;
    let ids: Vec<&str> = snap.calls.iter().map(|c| c.call.id.as_str()).collect();
    assert_eq!(ids, vec![first.as_str(), missed_meanwhile.as_str()]);
    assert!(
        snap.calls
            .iter()
            .all(|c| c.call.state == CallState::Ringing),
        "{:?}",
        snap.calls
    );
    assert!(
        !ids.contains(&PARKED_CALL_ID),
        "the PARKED call is left out"
    );
    let history = rig.history();
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(history.iter().all(|h| h.ended_at.is_none()));
}

#[test]
fn unknown_items_watch_prints_every_known_call() {
    let sim = Sim::start(&["--unknown-items"]);
    let mut watch = Watch::start(&sim);
    sim.control("incoming", &format!("user={DID}&from=2125550142"));
    watch.until("the ringing call", |c| {
        c["state"] == "RINGING" && c["ani"] == "2125550142"
    });
    sim.control("drop", "");
    std::thread::sleep(Duration::from_millis(100));
    sim.control("incoming", &format!("user={DID}&from=7575550123"));
    watch.until("the call caught up after the reconnect", |c| {
        c["state"] == "RINGING" && c["ani"] == "7575550123"
    });
    assert!(
        watch.seen.iter().all(|c| c["id"] != PARKED_CALL_ID),
        "{:?}",
        watch.seen
    );
}

// ---- after error 17, list what changed while unsubscribed ----

#[tokio::test(start_paused = true)]
async fn changes_made_while_unsubscribed_are_seen_at_once_after_error_17() {
    let rig = rig().await;
    let lists = rig.count("listCalls");
    rig.sim.state().force_unsubscribe(Some(DID)).unwrap();
    // Rings between the 17 and the new subscription: no event tells of it.
    let id = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    let started = tokio::time::Instant::now();
    let snap = rig
        .wait("the call that rang while unsubscribed", |s| {
            s.calls.iter().any(|c| c.call.id == id)
        })
        .await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "seen after {:?}, not at once",
        started.elapsed()
    );
    assert_eq!(rig.count("subscribe"), 2);
    assert!(rig.count("listCalls") > lists, "listed after resubscribing");
    assert_eq!(snap.last_error, None, "error 17 is not shown");
    assert_eq!(rig.history().len(), 1);
}

#[test]
fn after_error_17_watch_prints_what_rang_meanwhile() {
    let sim = Sim::start(&[]);
    let mut watch = Watch::start(&sim);
    sim.control("unsubscribe", &format!("user={DID}"));
    sim.control("incoming", &format!("user={DID}&from=2125550142"));
    watch.until("the call that rang while unsubscribed", |c| {
        c["state"] == "RINGING" && c["ani"] == "2125550142"
    });
    sim.wait_for("subscribe", 2);
    let err = watch.stop();
    assert!(!err.contains("17"), "error 17 is not shown: {err}");
}

// ---- error 17 carrying the Id of a command still waiting ----

#[tokio::test(start_paused = true)]
async fn error_17_with_a_waiting_commands_id_still_resubscribes() {
    let rig = rig_for(SimConfig {
        error_17_id: Error17Id::NextCommand,
        ..config()
    })
    .await;
    rig.sim.state().force_unsubscribe(Some(DID)).unwrap();
    rig.settle().await;
    // Rings while unsubscribed (no event); then the 17 arrives carrying the
    // dial's Id, just before the dial's own answer.
    let rang = rig
        .sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    let started = tokio::time::Instant::now();
    let placed = rig
        .engine
        .send(EngineCommand::Dial {
            number: skydial::protocol::number::normalize("6465551234").unwrap(),
            endpoint: None,
        })
        .await;
    assert!(
        matches!(placed, Ok(true)),
        "the dial got its own answer: {placed:?}"
    );
    let snap = rig.wait("both calls", |s| s.calls.len() == 2).await;
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "caught up after {:?}, not at once",
        started.elapsed()
    );
    assert_eq!(rig.count("subscribe"), 2, "subscribed again");
    let states: Vec<_> = snap.calls.iter().map(|c| c.call.state).collect();
    assert!(states.contains(&CallState::Ringing) && states.contains(&CallState::Pending));
    assert!(snap.calls.iter().any(|c| c.call.id == rang));
    // and events flow again
    let later = rig
        .sim
        .state()
        .inject_incoming(DID, "7575550123", None)
        .unwrap();
    rig.wait("a call after the resubscribe", |s| {
        s.calls.iter().any(|c| c.call.id == later)
    })
    .await;
}

#[test]
fn error_17_with_a_waiting_commands_id_watch_prints_what_rang_meanwhile() {
    // The server keeps the 17 until the connection's next command: once
    // watch has listed after subscribing, its next command is its probe of
    // a quiet connection (listCalls, after 10 s here), whose Id the 17 carries.
    let sim = Sim::start(&["--error-17-id", "next-command"]);
    let mut watch = Watch::start_with(&sim, &["--probe-after", "10"]);
    sim.wait_for("listCalls", 1);
    let lists = sim.count("listCalls");
    sim.control("unsubscribe", &format!("user={DID}"));
    sim.control("incoming", &format!("user={DID}&from=2125550142"));
    watch.until("the call that rang while unsubscribed", |c| {
        c["state"] == "RINGING" && c["ani"] == "2125550142"
    });
    sim.wait_for("subscribe", 2);
    // The probe, then the list after resubscribing (the call may show from
    // the new subscription's events a moment before that list is asked).
    sim.wait_for("listCalls", lists + 2);
    let err = watch.stop();
    assert!(!err.contains("17"), "error 17 is not shown: {err}");
}

#[tokio::test]
async fn error_17_with_a_waiting_commands_id_is_an_event_not_that_commands_answer() {
    use skydial::client::SessionEvent;
    let sim = sim_with(SimConfig {
        error_17_id: Error17Id::NextCommand,
        ..config()
    })
    .await;
    let (session, mut events) = client(&sim).connect();
    session.request(&Command::Subscribe).await.unwrap();
    sim.state().force_unsubscribe(Some(DID)).unwrap();
    tokio::time::sleep(Duration::from_millis(50)).await;
    let answer = session
        .request(&Command::Hold { call: None })
        .await
        .expect("hold gets its own answer, not the 17");
    assert_eq!(answer, Some(ResultValue::Boolean(false)));
    assert!(matches!(
        next_event(&mut events).await,
        SessionEvent::Unsubscribed
    ));
}

// ---- events read after the listCalls answer apply on top of it ----

#[tokio::test(start_paused = true)]
async fn a_call_that_rings_just_after_the_list_is_not_rolled_back() {
    let rig = rig_on(
        sim_with(SimConfig {
            ring_after_list: true,
            ..config()
        })
        .await,
        PIN,
    )
    .await;
    let mut events = rig.engine.events();
    let snap = rig
        .wait("the call that rang just after the list", |s| {
            s.status == ConnectionStatus::Connected && s.calls.len() == 1
        })
        .await;
    let id = snap.calls[0].call.id.clone();
    // Another list (and with it another call right after it).
    rig.engine.send(EngineCommand::Refresh).await.unwrap();
    let snap = rig.wait("two ringing calls", |s| s.calls.len() == 2).await;
    assert!(
        snap.calls
            .iter()
            .all(|c| c.call.state == CallState::Ringing)
    );
    assert_eq!(snap.calls[0].call.id, id);
    rig.settle().await;
    while let Ok(event) = events.try_recv() {
        assert!(
            !matches!(event, EngineEvent::Ended { .. }),
            "a call that is ringing was ended: {event:?}"
        );
    }
    let history = rig.history();
    assert_eq!(history.len(), 2, "{history:?}");
    assert!(history.iter().all(|h| h.ended_at.is_none() && !h.missed));
}

#[test]
fn ring_after_list_watch_never_prints_the_ringing_call_ended() {
    let sim = Sim::start(&["--ring-after-list"]);
    let mut watch = Watch::start(&sim);
    let rang = watch.until("the call that rang just after the list", |c| {
        c["state"] == "RINGING"
    });
    let seen = watch.drain_for(Duration::from_secs(2));
    assert!(
        !seen
            .iter()
            .any(|c| c["id"] == rang["id"] && c["state"] == "DELETED"),
        "{seen:?}"
    );
    let calls: Vec<serde_json::Value> = serde_json::from_str(&common::cli::http(
        "GET",
        &sim.url,
        &format!("/control/calls?user={DID}"),
    ))
    .unwrap();
    assert!(calls.iter().any(|c| c["id"] == rang["id"]));
}

// ---- numbers the spec calls invalid ----

const INVALID: [&str; 3] = ["916465551234", "101161212345678", "61212345678"];

#[tokio::test]
async fn the_simulator_refuses_the_specs_invalid_numbers_with_false_or_error_13() {
    for reply in [InvalidNumberReply::False, InvalidNumberReply::BadArguments] {
        let sim = sim_with(SimConfig {
            invalid_number: reply,
            ..config()
        })
        .await;
        // Sent raw, past the client's own check, as another client would.
        let (session, _events) = client(&sim).connect();
        for number in INVALID {
            let result = session
                .request(&Command::Dial {
                    number: number.into(),
                    endpoint: None,
                })
                .await;
            match reply {
                InvalidNumberReply::False => {
                    assert_eq!(
                        result.unwrap(),
                        Some(ResultValue::Boolean(false)),
                        "{number}"
                    )
                }
                InvalidNumberReply::BadArguments => {
                    let err = result.unwrap_err();
                    let api = err.api().expect("an API error");
                    assert_eq!(api.kind(), ApiErrorKind::BadArguments, "{number}");
                    assert!(api.message.contains(number), "{}", api.message);
                }
            }
        }
        assert!(sim.state().calls(DID).unwrap().is_empty(), "no call placed");
        for valid in ["6465551234", "16465551234", "01161212345678", "1234"] {
            let result = session
                .request(&Command::Dial {
                    number: valid.into(),
                    endpoint: None,
                })
                .await
                .unwrap();
            assert_eq!(result, Some(ResultValue::Boolean(true)), "{valid}");
        }
    }
}

#[test]
fn the_client_refuses_them_before_sending() {
    let sim = Sim::start(&["--invalid-number", "error13"]);
    for number in INVALID {
        let out = skydial(&sim.url, Some(PIN), &["dial", number]);
        assert_eq!(code(&out), 2, "{number}: {}", stderr(&out));
    }
    assert_eq!(sim.count("dial"), 0);
}
