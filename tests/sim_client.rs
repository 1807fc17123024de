//! The client against the simulator over a real socket: every command, both
//! transports, every error code, subscriptions, 17, dropped connections.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use common::*;
use skydial::client::{ClientError, SessionEvent, Transport};
use skydial::protocol::{ApiErrorKind, CallId, CallState, Command, ResultValue};

fn api_kind(err: &ClientError) -> ApiErrorKind {
    err.api()
        .unwrap_or_else(|| panic!("expected an API error, got {err}"))
        .kind()
}

#[tokio::test]
async fn subscription_delivers_an_incoming_call() {
    let sim = sim().await;
    let client = client(&sim);
    let (session, mut events) = client.connect();
    assert_eq!(
        session.request(&Command::Subscribe).await.unwrap(),
        Some(ResultValue::Int(0))
    );
    let id = sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    match next_event(&mut events).await {
        SessionEvent::Calls { calls, .. } => {
            assert_eq!(calls.len(), 1);
            assert_eq!(calls[0].id, id);
            assert_eq!(calls[0].state, CallState::Ringing);
            assert_eq!(calls[0].ani, "2125550142");
            assert_eq!(calls[0].clid.as_deref(), Some(DID));
            assert!(!calls[0].originated);
            assert_eq!(calls[0].endpoint, ENDPOINT);
        }
        other => panic!("expected calls, got {other:?}"),
    }
}

async fn subscribed(
    client: &skydial::client::Client,
) -> (
    skydial::client::Session,
    tokio::sync::mpsc::Receiver<SessionEvent>,
) {
    let (session, events) = client.connect();
    session.request(&Command::Subscribe).await.unwrap();
    (session, events)
}

async fn expect_state(
    events: &mut tokio::sync::mpsc::Receiver<SessionEvent>,
    state: CallState,
) -> skydial::protocol::Call {
    match next_event(events).await {
        SessionEvent::Calls { mut calls, .. } => {
            assert_eq!(calls.len(), 1, "{calls:?}");
            let call = calls.remove(0);
            assert_eq!(call.state, state, "{call:?}");
            call
        }
        other => panic!("expected a {state} event, got {other:?}"),
    }
}

fn ok(value: Option<ResultValue>) -> bool {
    match value {
        Some(ResultValue::Boolean(b)) => b,
        other => panic!("expected a boolean result, got {other:?}"),
    }
}

#[expect(clippy::too_many_lines, reason = "one scenario, read top to bottom")]
#[tokio::test]
async fn every_call_command_over_the_session() {
    let sim = sim().await;
    let client = client(&sim);
    let (session, mut events) = subscribed(&client).await;

    // dial -> PENDING, far end answers -> CONNECTED
    assert!(ok(session
        .request(&Command::Dial {
            number: "6465551234".into(),
            endpoint: None
        })
        .await
        .unwrap()));
    let out = expect_state(&mut events, CallState::Pending).await;
    assert!(out.originated);
    assert_eq!(out.ani, "6465551234");
    sim.state().remote_answer(DID, Some(&out.id)).unwrap();
    expect_state(&mut events, CallState::Connected).await;

    // hold / resume with a blank call id pick the first call in the right state
    assert!(ok(session
        .request(&Command::Hold { call: None })
        .await
        .unwrap()));
    expect_state(&mut events, CallState::Holding).await;
    assert!(
        !ok(session
            .request(&Command::Hold { call: None })
            .await
            .unwrap()),
        "nothing connected to hold"
    );
    assert!(ok(session
        .request(&Command::Resume {
            call: Some(out.id.clone())
        })
        .await
        .unwrap()));
    expect_state(&mut events, CallState::Connected).await;

    // a second call rings; answer it by id, ignore a third, list, release all
    let ringing = sim
        .state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    let ring_event = expect_state(&mut events, CallState::Ringing).await;
    assert_eq!(
        ring_event.clid, None,
        "no CLID when the caller's dialled number is unknown"
    );
    let third = sim
        .state()
        .inject_incoming(DID, "7575550123", Some(DID))
        .unwrap();
    expect_state(&mut events, CallState::Ringing).await;
    assert!(ok(session
        .request(&Command::Answer {
            call: Some(ringing.clone()),
            endpoint: None
        })
        .await
        .unwrap()));
    assert_eq!(
        expect_state(&mut events, CallState::Connected).await.id,
        ringing
    );
    assert!(ok(session
        .request(&Command::Ignore { call: None })
        .await
        .unwrap()));
    assert_eq!(
        expect_state(&mut events, CallState::Deleted).await.id,
        third
    );
    assert!(!ok(session
        .request(&Command::Answer {
            call: Some(third.clone()),
            endpoint: None
        })
        .await
        .unwrap()));

    match session
        .request(&Command::ListCalls { endpoint: None })
        .await
        .unwrap()
    {
        Some(ResultValue::Calls(calls)) => {
            let mut ids: Vec<&CallId> = calls.iter().map(|c| &c.id).collect();
            ids.sort();
            let mut expected = vec![&out.id, &ringing];
            expected.sort();
            assert_eq!(ids, expected);
            assert!(calls.iter().all(|c| c.state == CallState::Connected));
        }
        other => panic!("expected calls, got {other:?}"),
    }
    assert!(ok(session
        .request(&Command::Release {
            call: Some(out.id.clone())
        })
        .await
        .unwrap()));
    assert_eq!(
        expect_state(&mut events, CallState::Deleted).await.id,
        out.id
    );
    assert!(ok(session
        .request(&Command::Release { call: None })
        .await
        .unwrap()));
    assert_eq!(
        expect_state(&mut events, CallState::Deleted).await.id,
        ringing
    );
    match session
        .request(&Command::ListCalls {
            endpoint: Some(ENDPOINT.into()),
        })
        .await
        .unwrap()
    {
        Some(ResultValue::Calls(calls)) => assert!(calls.is_empty()),
        other => panic!("expected an empty list, got {other:?}"),
    }
}

#[tokio::test]
async fn one_shot_commands_over_post_and_get() {
    let sim = sim().await;
    let client = client(&sim);
    for transport in [Transport::Post, Transport::Get] {
        let before = sim.state().commands_since(0).len();
        assert!(ok(client
            .call(
                &Command::Dial {
                    number: "6465551234".into(),
                    endpoint: None
                },
                transport
            )
            .await
            .unwrap()));
        let log = sim.state().commands_since(0);
        assert_eq!(log.len(), before + 1);
        let last = log.last().unwrap();
        assert_eq!(
            last.transport,
            if transport == Transport::Get {
                "get"
            } else {
                "post"
            }
        );
        assert_eq!(last.args, vec!["6465551234".to_string(), String::new()]);
        assert_eq!(last.name, "org.m5.apps.v1.cti.ClickToDial.dial");
    }
    assert_eq!(sim.state().calls(DID).unwrap().len(), 2);
    assert!(ok(client
        .call(&Command::Release { call: None }, Transport::Get)
        .await
        .unwrap()));
    match client
        .call(&Command::ListCalls { endpoint: None }, Transport::Get)
        .await
        .unwrap()
    {
        Some(ResultValue::Calls(calls)) => assert_eq!(calls.len(), 1),
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        client.call(&Command::Subscribe, Transport::Get).await,
        Err(ClientError::SubscribeOverGet)
    ));
}

#[tokio::test]
async fn wrong_pin_unknown_user_and_blocked_user_get_error_5() {
    let sim = sim().await;
    let wrong = client_for(&sim, DID, "54321");
    let err = wrong
        .call(&Command::ListCalls { endpoint: None }, Transport::Post)
        .await
        .unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::AuthFailed);
    let text = err.to_string();
    assert!(
        text.contains("API error 5") && text.contains("PIN"),
        "{text}"
    );
    assert!(
        !text.contains("54321"),
        "the PIN must not appear in errors: {text}"
    );

    let unknown = client_for(&sim, "2120000000", PIN);
    let err = unknown
        .call(&Command::Hold { call: None }, Transport::Get)
        .await
        .unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::AuthFailed);

    let blocked = client_for(&sim, "6465559999", "99999");
    let err = blocked
        .call(&Command::Hold { call: None }, Transport::Post)
        .await
        .unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::Blocked);
    assert!(err.to_string().contains("skysupport@shoretel.com"));

    // blocking at runtime works for a session too
    let client = client(&sim);
    let (session, _events) = client.connect();
    sim.state().set_blocked(DID, true).unwrap();
    let err = session.request(&Command::Subscribe).await.unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::Blocked);
}

#[tokio::test]
async fn rate_limited_list_calls_gets_error_6() {
    let sim = sim().await;
    sim.state()
        .set_rate_limit(2, std::time::Duration::from_secs(3600));
    let client = client(&sim);
    let (session, _events) = client.connect();
    for _ in 0..2 {
        session
            .request(&Command::ListCalls { endpoint: None })
            .await
            .unwrap();
    }
    let err = session
        .request(&Command::ListCalls { endpoint: None })
        .await
        .unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::RateLimited);
    // other commands are not limited
    session
        .request(&Command::Hold { call: None })
        .await
        .unwrap();
}

#[tokio::test]
async fn logged_out_phone_and_wrong_endpoint_get_error_8() {
    let sim = sim().await;
    let client = client(&sim);
    let err = client
        .call(
            &Command::Dial {
                number: "6465551234".into(),
                endpoint: Some("00aabbccddee".into()),
            },
            Transport::Post,
        )
        .await
        .unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::PhoneNotFound);
    // the MAC matches whatever its case and separators
    client
        .call(
            &Command::Dial {
                number: "6465551234".into(),
                endpoint: Some("00:10:49:2E:12:34".into()),
            },
            Transport::Post,
        )
        .await
        .unwrap();
    sim.state().set_logged_in(DID, false).unwrap();
    let err = client
        .call(&Command::ListCalls { endpoint: None }, Transport::Post)
        .await
        .unwrap_err();
    assert_eq!(api_kind(&err), ApiErrorKind::PhoneNotFound);
    assert!(err.to_string().contains("log"), "{err}");
    sim.state().set_logged_in(DID, true).unwrap();
    client
        .call(&Command::ListCalls { endpoint: None }, Transport::Post)
        .await
        .unwrap();
}

#[tokio::test]
async fn error_17_stops_events_until_subscribing_again() {
    let sim = sim().await;
    let client = client(&sim);
    let (session, mut events) = subscribed(&client).await;
    assert_eq!(sim.state().force_unsubscribe(Some(DID)).unwrap(), 1);
    assert!(matches!(
        next_event(&mut events).await,
        SessionEvent::Unsubscribed
    ));
    // no events while unsubscribed
    sim.state()
        .inject_incoming(DID, "2125550142", None)
        .unwrap();
    assert!(
        tokio::time::timeout(std::time::Duration::from_millis(300), events.recv())
            .await
            .is_err(),
        "events must stop after error 17"
    );
    session.request(&Command::Subscribe).await.unwrap();
    sim.state().remote_hangup(DID, None).unwrap();
    expect_state(&mut events, CallState::Deleted).await;
}

#[tokio::test]
async fn dropped_connection_mid_document_closes_the_session() {
    let sim = sim().await;
    let client = client(&sim);
    let (session, mut events) = subscribed(&client).await;
    assert_eq!(sim.state().drop_connections(), 1);
    match next_event(&mut events).await {
        SessionEvent::Closed(err) => {
            assert!(matches!(err, ClientError::ConnectionLost { .. }), "{err:?}");
            assert!(err.is_transient());
        }
        other => panic!("expected Closed, got {other:?}"),
    }
    let err = session
        .request(&Command::ListCalls { endpoint: None })
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::ConnectionLost { .. }), "{err:?}");
    // a new session works
    let (session, _events) = subscribed(&client).await;
    session
        .request(&Command::ListCalls { endpoint: None })
        .await
        .unwrap();
}

#[tokio::test]
async fn the_known_issue_burst_arrives_as_three_documents() {
    let sim = sim().await;
    let client = client(&sim);
    let (_session, mut events) = subscribed(&client).await;
    let id = sim.state().inject_known_issue(DID, "2125550142").unwrap();
    for state in [CallState::Pending, CallState::Connected, CallState::Deleted] {
        let call = expect_state(&mut events, state).await;
        assert_eq!(call.id, id);
        assert!(!call.originated);
    }
}

#[tokio::test]
async fn connection_refused_is_a_connect_error() {
    let sim = sim().await;
    let client = client(&sim);
    drop(sim);
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    let err = client
        .call(&Command::ListCalls { endpoint: None }, Transport::Post)
        .await
        .unwrap_err();
    assert!(matches!(err, ClientError::Connect { .. }), "{err:?}");
    assert!(err.to_string().contains("could not connect"), "{err}");
}
