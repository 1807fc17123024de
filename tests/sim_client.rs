//! The client against the simulator over a real socket: every command, both
//! transports, every error code, subscriptions, 17, dropped connections.

mod common;

use common::*;
use skydial::client::{ClientError, SessionEvent, Transport};
use skydial::protocol::{ApiErrorKind, CallId, CallState, Command, ResultValue};

fn api_kind(err: &ClientError) -> ApiErrorKind {
    err.api().unwrap_or_else(|| panic!("expected an API error, got {err}")).kind()
}

#[tokio::test]
async fn subscription_delivers_an_incoming_call() {
    let sim = sim().await;
    let client = client(&sim);
    let (session, mut events) = client.connect().await.unwrap();
    assert_eq!(
        session.request(&Command::Subscribe).await.unwrap(),
        Some(ResultValue::Int(0))
    );
    let id = sim
        .state()
        .inject_incoming(DID, "2125550142", Some(DID))
        .unwrap();
    match next_event(&mut events).await {
        SessionEvent::Calls(calls) => {
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
