//! The simulator against hand-made requests: the spec's error codes for bad
//! commands, commands split across chunks, whole-POST clients without `Id`,
//! and the 0-length chunk that ends a session.

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

mod common;

use bytes::Bytes;
use common::*;
use futures_util::StreamExt;
use skydial::protocol::{ApiErrorKind, Framer, Response, ResultValue};
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::sync::mpsc;

const ARG: &str = r#"<Arguments xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#;

fn command(name: &str, args: &[&str], id: Option<&str>) -> String {
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Command>\n  <Name>{name}</Name>\n  <User>{DID}</User>\n  <Password>{PIN}</Password>\n"
    );
    for a in args {
        xml.push_str(&format!("  {ARG}{a}</Arguments>\n"));
    }
    if let Some(id) = id {
        xml.push_str(&format!("  <Id>{id}</Id>\n"));
    }
    xml.push_str("</Command>\n");
    xml
}

/// A plain reqwest client for hand-made requests. skydial builds reqwest
/// without a default TLS provider (its `Client::new` installs ring); a test
/// that builds its own client first must install it too, or reqwest panics.
fn raw_http(builder: reqwest::ClientBuilder) -> reqwest::Client {
    let _ = rustls::crypto::ring::default_provider().install_default();
    builder.build().unwrap()
}

/// A duplex POST whose body chunks the test writes by hand; returns the
/// sender for chunks and a receiver of parsed response documents.
async fn duplex(base: &str, content_type: &str) -> (mpsc::Sender<Bytes>, mpsc::Receiver<Response>) {
    let (tx, rx) = mpsc::channel::<Bytes>(16);
    let body = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|b| (Ok::<_, std::io::Error>(b), rx))
    });
    let http = raw_http(reqwest::Client::builder().http1_only());
    let response = http
        .post(format!("{base}/bobl/bobl"))
        .header("content-type", content_type)
        .body(reqwest::Body::wrap_stream(body))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let (doc_tx, doc_rx) = mpsc::channel(64);
    tokio::spawn(async move {
        let mut framer = Framer::new();
        let mut stream = response.bytes_stream();
        while let Some(Ok(chunk)) = stream.next().await {
            framer.push(&chunk).unwrap();
            while let Some(doc) = framer.next_document().unwrap() {
                let _ = doc_tx.send(Response::parse(&doc).unwrap()).await;
            }
        }
    });
    (tx, doc_rx)
}

async fn next(rx: &mut mpsc::Receiver<Response>) -> Response {
    tokio::time::timeout(Duration::from_secs(5), rx.recv())
        .await
        .expect("no response within 5 s")
        .expect("response stream ended")
}

fn error_code(response: &Response) -> u32 {
    response
        .error()
        .map(|e| e.code)
        .unwrap_or_else(|| panic!("expected an error: {response:?}"))
}

#[tokio::test]
async fn bad_names_arguments_and_xml_get_the_specs_error_codes() {
    let sim = sim().await;
    let (tx, mut rx) = duplex(&sim.base_url(), "text/xml").await;
    let cases: Vec<(String, u32)> = vec![
        (command("dial", &["6465551234", ""], Some("1")), 2),
        (
            command(
                "org.m5.apps.v1.cti.ClickToDial.",
                &["6465551234", ""],
                Some("2"),
            ),
            3,
        ),
        (
            command("org.m5.apps.v1.cti.ClickToDial.transfer", &["1"], Some("3")),
            4,
        ),
        (
            command(
                "org.m5.apps.v1.cti.Other.dial",
                &["6465551234", ""],
                Some("4"),
            ),
            4,
        ),
        // the blank endpoint argument left out: 13
        (
            command(
                "org.m5.apps.v1.cti.ClickToDial.dial",
                &["6465551234"],
                Some("5"),
            ),
            13,
        ),
        (
            command("org.m5.apps.v1.cti.ClickToDial.subscribe", &[""], Some("6")),
            13,
        ),
        (
            command("org.m5.apps.v1.cti.ClickToDial.hold", &[], Some("7")),
            13,
        ),
    ];
    for (xml, code) in &cases {
        tx.send(Bytes::from(xml.clone())).await.unwrap();
        let response = next(&mut rx).await;
        assert_eq!(error_code(&response), *code, "for {xml}");
        assert!(response.result.is_none());
    }
    // malformed XML: 19, with the reason, and the session goes on
    tx.send(Bytes::from_static(b"<Command><Name>x</Nmae></Command>"))
        .await
        .unwrap();
    let response = next(&mut rx).await;
    assert_eq!(error_code(&response), 19);
    let err = response.error().unwrap();
    assert_eq!(err.kind(), ApiErrorKind::BadXml);
    assert!(
        err.message.starts_with("Failed to unmarshall XML"),
        "{}",
        err.message
    );
    tx.send(Bytes::from(command(
        "org.m5.apps.v1.cti.ClickToDial.listCalls",
        &[""],
        Some("9"),
    )))
    .await
    .unwrap();
    let response = next(&mut rx).await;
    assert_eq!(response.id.as_deref(), Some("9"));
    assert_eq!(response.result, Some(ResultValue::Calls(vec![])));
}

#[tokio::test]
async fn a_command_split_across_chunks_is_answered_once_complete() {
    let sim = sim().await;
    let (tx, mut rx) = duplex(&sim.base_url(), "text/xml").await;
    let xml = command(
        "org.m5.apps.v1.cti.ClickToDial.dial",
        &["6465551234", ""],
        Some("42"),
    );
    let bytes = xml.as_bytes();
    for piece in bytes.chunks(7) {
        tx.send(Bytes::copy_from_slice(piece)).await.unwrap();
    }
    let response = next(&mut rx).await;
    assert_eq!(response.id.as_deref(), Some("42"));
    assert_eq!(response.result, Some(ResultValue::Boolean(true)));
    // two commands in one chunk: two answers, in order
    let two = format!(
        "{}{}",
        command("org.m5.apps.v1.cti.ClickToDial.hold", &[""], Some("43")),
        command("org.m5.apps.v1.cti.ClickToDial.release", &[""], Some("44"))
    );
    tx.send(Bytes::from(two)).await.unwrap();
    assert_eq!(next(&mut rx).await.id.as_deref(), Some("43"));
    assert_eq!(next(&mut rx).await.id.as_deref(), Some("44"));
}

#[tokio::test]
async fn a_whole_post_with_text_plain_and_no_id_gets_a_random_id() {
    let sim = sim().await;
    let http = raw_http(reqwest::Client::builder());
    let xml = command(
        "org.m5.apps.v1.cti.ClickToDial.dial",
        &["6465551234", ""],
        None,
    );
    // A whole POST body sent as one chunked stream (no Content-Length).
    let body = futures_util::stream::iter(vec![Ok::<_, std::io::Error>(Bytes::from(xml))]);
    let text = http
        .post(format!("{}/bobl/bobl", sim.base_url()))
        .header("content-type", "text/plain")
        .body(reqwest::Body::wrap_stream(body))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let response = Response::parse(text.as_bytes()).unwrap();
    assert_eq!(response.result, Some(ResultValue::Boolean(true)));
    let id = response.id.expect("a random Id");
    assert!(id.parse::<u64>().is_ok(), "{id}");
    assert_eq!(sim.state().calls(DID).unwrap().len(), 1);
}

/// Raw sockets: the 0-length chunk ends the session; a request after it is ignored.
#[tokio::test]
async fn the_zero_length_chunk_ends_the_session() {
    let sim = sim().await;
    let mut socket = tokio::net::TcpStream::connect(sim.addr()).await.unwrap();
    let dial = command(
        "org.m5.apps.v1.cti.ClickToDial.dial",
        &["6465551234", ""],
        Some("1"),
    );
    let hold = command("org.m5.apps.v1.cti.ClickToDial.hold", &[""], Some("2"));
    let mut request = format!(
        "POST /bobl/bobl HTTP/1.1\r\nHost: {}\r\nContent-Type: text/xml\r\nTransfer-Encoding: chunked\r\n\r\n",
        sim.addr()
    )
    .into_bytes();
    request.extend(format!("{:x}\r\n{dial}\r\n0\r\n\r\n", dial.len()).as_bytes());
    request.extend(format!("{:x}\r\n{hold}\r\n", hold.len()).as_bytes());
    socket.write_all(&request).await.unwrap();
    let mut out = Vec::new();
    let _ = tokio::time::timeout(Duration::from_secs(5), socket.read_to_end(&mut out)).await;
    let text = String::from_utf8_lossy(&out);
    assert!(text.starts_with("HTTP/1.1 200"), "{text}");
    assert!(text.contains("<Id>1</Id>"), "{text}");
    assert!(
        !text.contains("<Id>2</Id>"),
        "the command after the 0-length chunk must be ignored: {text}"
    );
    assert!(text.contains("\r\n0\r\n\r\n"), "the response ends: {text}");
    assert_eq!(sim.state().calls(DID).unwrap().len(), 1);
    assert_eq!(
        sim.state().calls(DID).unwrap()[0].state,
        skydial::protocol::CallState::Pending
    );
}

#[tokio::test]
async fn garbage_outside_xml_gets_19_and_the_session_ends() {
    let sim = sim().await;
    let (tx, mut rx) = duplex(&sim.base_url(), "text/xml").await;
    tx.send(Bytes::from_static(b"hello there")).await.unwrap();
    let response = next(&mut rx).await;
    assert_eq!(error_code(&response), 19);
    assert!(
        tokio::time::timeout(Duration::from_secs(5), rx.recv())
            .await
            .unwrap()
            .is_none(),
        "the session ends"
    );
}

#[tokio::test]
async fn control_interface_over_http() {
    let sim = sim().await;
    let http = raw_http(reqwest::Client::builder());
    let base = sim.base_url();
    let body: serde_json::Value = http
        .post(format!(
            "{base}/control/incoming?user={DID}&from=2125550142"
        ))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .map(|t| serde_json::from_str(&t).unwrap())
        .unwrap();
    let id = body["call"].as_str().unwrap().to_string();
    let calls: serde_json::Value = http
        .get(format!("{base}/control/calls?user={DID}"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .map(|t| serde_json::from_str(&t).unwrap())
        .unwrap();
    assert_eq!(calls[0]["id"], id.as_str());
    assert_eq!(calls[0]["state"], "RINGING");
    let missing = http
        .post(format!("{base}/control/incoming?user=1"))
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    let bad = http
        .post(format!("{base}/control/rate-limit?max=x"))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let get_action = http
        .get(format!("{base}/control/drop"))
        .send()
        .await
        .unwrap();
    assert_eq!(get_action.status(), 405);
    // the command log never holds the PIN
    let client = client(&sim);
    client
        .call(
            &skydial::protocol::Command::Hold { call: None },
            skydial::client::Transport::Get,
        )
        .await
        .unwrap();
    let log = http
        .get(format!("{base}/control/commands"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(log.contains("ClickToDial.hold"), "{log}");
    assert!(!log.contains(PIN), "{log}");
}
