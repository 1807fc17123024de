//! Every example document in the spec, both ways: we read each one, and what we
//! write is the spec's text byte for byte (its PDF line wraps inside tags joined).

#![allow(clippy::unwrap_used, clippy::expect_used)] // test code

use skydial::protocol::{
    ApiErrorKind, Call, CallId, CallState, Command, Credentials, Pin, RawCommand, Response,
    ResultValue,
};

/// The spec's documents wrap long tags across lines; on the wire they are one line.
fn unwrap_spec(text: &str) -> String {
    text.replace("\nxmlns:", " xmlns:")
}

fn creds() -> Credentials {
    Credentials::new("6465551000", Pin::new("12345"))
}

const DIAL_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Command>
  <Name>org.m5.apps.v1.cti.ClickToDial.dial</Name>
  <User>6465551000</User>
  <Password>12345</Password>
  <Arguments xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">6465551234</Arguments>
  <Arguments xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></Arguments>
  <Id>1</Id>
</Command>
"#;

/// The spec's template for the one-argument call commands, with `<Call ID>` filled in.
fn one_arg_command(method: &str, arg: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Command>
  <Name>org.m5.apps.v1.cti.ClickToDial.{method}</Name>
  <User>6465551000</User>
  <Password>12345</Password>
  <Arguments xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">{arg}</Arguments>
  <Id>1</Id>
</Command>
"#
    )
}

const ANSWER_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Command>
  <Name>org.m5.apps.v1.cti.ClickToDial.answer</Name>
  <User>6465551000</User>
  <Password>12345</Password>
  <Arguments xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">66517</Arguments>
  <Arguments xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"></Arguments>
  <Id>1</Id>
</Command>
"#;

const SUBSCRIBE_XML: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Command>
  <Name>org.m5.apps.v1.cti.ClickToDial.subscribe</Name>
  <User>6465551000</User>
  <Password>12345</Password>
  <Id>1</Id>
</Command>
"#;

const BOOLEAN_REPLY: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<org.m5.api.v1.Response xmlns:m5="http://www.m5net.com/org/m5/data/v2/cti"
xmlns:csta="http://www.ecma-international.org/standards/ecma-323/csta/ed5">
  <ErrorCount>0</ErrorCount>
  <Id>1</Id>
  <Result xsi:type="ns5:boolean" xmlns:ns5="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">true</Result>
</org.m5.api.v1.Response>
"#;

const SUBSCRIBE_REPLY: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<org.m5.api.v1.Response xmlns:m5="http://www.m5net.com/org/m5/data/v2/cti"
xmlns:csta="http://www.ecma-international.org/standards/ecma-323/csta/ed5">
  <ErrorCount>0</ErrorCount>
  <Id>1</Id>
  <Result xsi:type="ns5:int" xmlns:ns5="http://www.w3.org/2001/XMLSchema"
xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">0</Result>
</org.m5.api.v1.Response>
"#;

const LIST_CALLS_REPLY: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<org.m5.api.v1.Response xmlns:m5="http://www.m5net.com/org/m5/data/v2/cti"
xmlns:csta="http://www.ecma-international.org/standards/ecma-323/csta/ed5">
  <ErrorCount>0</ErrorCount>
  <Id>1</Id>
  <Result xsi:type="xmlList" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <item xsi:type="org.m5.data.v1.cti.Call">
      <Ani>16465551234</Ani>
      <DID>6465551000</DID>
      <Duration>46</Duration>
      <Endpoint>0010492e1234</Endpoint>
      <Id>65885</Id>
      <Originated>true</Originated>
      <State>CONNECTED</State>
    </item>
  </Result>
</org.m5.api.v1.Response>
"#;

const EVENT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<org.m5.api.v1.Response xmlns:m5="http://www.m5net.com/org/m5/data/v2/cti"
xmlns:csta="http://www.ecma-international.org/standards/ecma-323/csta/ed5">
  <ErrorCount>0</ErrorCount>
  <Id>1</Id>
  <Result xsi:type="xmlList" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <item xsi:type="org.m5.data.v1.cti.Call">
      <Ani>6465551234</Ani>
      <CLID>6465551000</CLID>
      <DID>6465551000</DID>
      <Duration>0</Duration>
      <Endpoint>0010492e1234</Endpoint>
      <Id>66517</Id>
      <Originated>false</Originated>
      <State>RINGING</State>
    </item>
  </Result>
</org.m5.api.v1.Response>
"#;

const ERROR_REPLY: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<org.m5.api.v1.Response xmlns:m5="http://www.m5net.com/org/m5/data/v2/cti"
xmlns:csta="http://www.ecma-international.org/standards/ecma-323/csta/ed5">
  <ErrorCount>1</ErrorCount>
  <Errors>
    <item xsi:type="org.m5.api.v1.Error" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
      <MajorErrorCode>5</MajorErrorCode>
      <Message>Authorization or authentication failed</Message>
      <MinorErrorCode>0</MinorErrorCode>
    </item>
  </Errors>
  <Id>13</Id>
</org.m5.api.v1.Response>
"#;

fn spec_event_call() -> Call {
    Call {
        id: CallId::new("66517"),
        state: CallState::Ringing,
        ani: "6465551234".into(),
        clid: Some("6465551000".into()),
        did: "6465551000".into(),
        duration: 0,
        endpoint: "0010492e1234".into(),
        originated: false,
    }
}

fn spec_list_call() -> Call {
    Call {
        id: CallId::new("65885"),
        state: CallState::Connected,
        ani: "16465551234".into(),
        clid: None,
        did: "6465551000".into(),
        duration: 46,
        endpoint: "0010492e1234".into(),
        originated: true,
    }
}

#[test]
fn dial_request_is_written_byte_for_byte() {
    let dial = Command::Dial {
        number: "6465551234".into(),
        endpoint: None,
    };
    assert_eq!(dial.to_xml(&creds(), Some(1)), unwrap_spec(DIAL_XML));
}

#[test]
fn every_command_template_is_written_byte_for_byte() {
    let call = Some(CallId::new("66517"));
    let cases = [
        (
            Command::Ignore { call: call.clone() },
            one_arg_command("ignore", "66517"),
        ),
        (
            Command::Release { call: call.clone() },
            one_arg_command("release", "66517"),
        ),
        (
            Command::Hold { call: call.clone() },
            one_arg_command("hold", "66517"),
        ),
        (
            Command::Resume { call: call.clone() },
            one_arg_command("resume", "66517"),
        ),
        (
            Command::ListCalls { endpoint: None },
            one_arg_command("listCalls", ""),
        ),
        (
            Command::Answer {
                call: call.clone(),
                endpoint: None,
            },
            ANSWER_XML.to_string(),
        ),
        (Command::Subscribe, SUBSCRIBE_XML.to_string()),
    ];
    for (command, spec) in cases {
        assert_eq!(
            command.to_xml(&creds(), Some(1)),
            unwrap_spec(&spec),
            "{command:?}"
        );
    }
}

#[test]
fn every_command_template_reads_back() {
    let docs = [
        DIAL_XML.to_string(),
        ANSWER_XML.to_string(),
        SUBSCRIBE_XML.to_string(),
        one_arg_command("ignore", "66517"),
        one_arg_command("release", ""),
        one_arg_command("hold", "66517"),
        one_arg_command("resume", "66517"),
        one_arg_command("listCalls", ""),
    ];
    for doc in docs {
        let raw = RawCommand::parse_xml(doc.as_bytes()).unwrap();
        assert_eq!(raw.user, "6465551000");
        assert_eq!(raw.password.expose(), "12345");
        assert_eq!(raw.id.as_deref(), Some("1"));
        let command = raw.command().unwrap();
        // and written again, it is the same document
        assert_eq!(command.to_xml(&creds(), Some(1)), unwrap_spec(&doc));
    }
    let raw = RawCommand::parse_xml(DIAL_XML.as_bytes()).unwrap();
    assert_eq!(raw.args, vec!["6465551234".to_string(), String::new()]);
}

#[test]
fn get_requests_match_the_spec() {
    let dial = Command::Dial {
        number: "6465551234".into(),
        endpoint: None,
    };
    let spec = "name=org.m5.apps.v1.cti.ClickToDial.dial&user=6465551000&password=12345&args=6465551234&args=";
    assert_eq!(dial.to_query(&creds()), spec);
    let raw = RawCommand::parse_query(spec);
    assert_eq!(raw.command().unwrap(), dial);
    let answer = Command::Answer {
        call: None,
        endpoint: None,
    };
    assert_eq!(
        answer.to_query(&creds()),
        "name=org.m5.apps.v1.cti.ClickToDial.answer&user=6465551000&password=12345&args=&args="
    );
    assert_eq!(
        Command::Hold {
            call: Some(CallId::new("65885"))
        }
        .to_query(&creds()),
        "name=org.m5.apps.v1.cti.ClickToDial.hold&user=6465551000&password=12345&args=65885"
    );
    // special characters are escaped both ways
    let odd = Credentials::new("6465551000", Pin::new("a&b=c d"));
    let q = Command::ListCalls { endpoint: None }.to_query(&odd);
    assert!(q.contains("password=a%26b%3Dc%20d"), "{q}");
    assert_eq!(RawCommand::parse_query(&q).password.expose(), "a&b=c d");
}

#[test]
fn boolean_reply_both_ways() {
    let parsed = Response::parse(BOOLEAN_REPLY.as_bytes()).unwrap();
    assert_eq!(parsed, Response::boolean(Some("1".into()), true));
    assert_eq!(parsed.to_xml(), unwrap_spec(BOOLEAN_REPLY));
}

#[test]
fn subscribe_reply_both_ways() {
    let parsed = Response::parse(SUBSCRIBE_REPLY.as_bytes()).unwrap();
    assert_eq!(parsed, Response::int(Some("1".into()), 0));
    assert_eq!(parsed.to_xml(), unwrap_spec(SUBSCRIBE_REPLY));
}

#[test]
fn list_calls_reply_without_clid_both_ways() {
    let parsed = Response::parse(LIST_CALLS_REPLY.as_bytes()).unwrap();
    assert_eq!(
        parsed,
        Response::calls(Some("1".into()), vec![spec_list_call()])
    );
    assert_eq!(parsed.to_xml(), unwrap_spec(LIST_CALLS_REPLY));
}

#[test]
fn subscription_event_both_ways() {
    let parsed = Response::parse(EVENT.as_bytes()).unwrap();
    assert_eq!(
        parsed,
        Response::calls(Some("1".into()), vec![spec_event_call()])
    );
    assert_eq!(parsed.to_xml(), unwrap_spec(EVENT));
}

#[test]
fn error_reply_both_ways() {
    let parsed = Response::parse(ERROR_REPLY.as_bytes()).unwrap();
    assert_eq!(parsed.error_count, 1);
    assert_eq!(parsed.id.as_deref(), Some("13"));
    let err = parsed.error().unwrap();
    assert_eq!((err.code, err.minor), (5, 0));
    assert_eq!(err.kind(), ApiErrorKind::AuthFailed);
    assert_eq!(parsed.to_xml(), unwrap_spec(ERROR_REPLY));
    assert_eq!(
        Response::error_response(
            Some("13".into()),
            skydial::protocol::ApiError::new(ApiErrorKind::AuthFailed)
        ),
        parsed
    );
}

#[test]
fn empty_list_is_self_closing_and_reads_back() {
    let empty = Response::calls(Some("7".into()), vec![]);
    let xml = empty.to_xml();
    assert!(xml.contains(
        r#"<Result xsi:type="xmlList" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>"#
    ));
    assert_eq!(Response::parse(xml.as_bytes()).unwrap(), empty);
    // and the open/close form of an empty list too
    let open_close = xml.replace("instance\"/>", "instance\">\n  </Result>");
    assert_eq!(
        Response::parse(open_close.as_bytes()).unwrap().result,
        Some(ResultValue::Calls(vec![]))
    );
}

#[test]
fn unknown_extra_elements_are_ignored() {
    let doc = EVENT
        .replace("<CLID>", "<Transferred>no</Transferred><CLID>")
        .replace(
            "<ErrorCount>",
            "<Server><Name>x</Name></Server><ErrorCount>",
        )
        .replace(
            "</Result>",
            "<item xsi:type=\"org.m5.data.v1.cti.Other\"><Id>1</Id></item></Result>",
        );
    let parsed = Response::parse(doc.as_bytes()).unwrap();
    assert_eq!(
        parsed.result,
        Some(ResultValue::Calls(vec![spec_event_call()]))
    );
}

#[test]
fn every_error_code_reads_with_its_meaning_and_advice() {
    let cases = [
        (
            2,
            "Command is missing a class name.",
            ApiErrorKind::MissingClassName,
        ),
        (
            3,
            "Command is missing a method name.",
            ApiErrorKind::MissingMethodName,
        ),
        (4, "No such method", ApiErrorKind::NoSuchMethod),
        (
            5,
            "Authorization or authentication failed",
            ApiErrorKind::AuthFailed,
        ),
        (
            5,
            "Your user has been temporarily blocked for API abuse.",
            ApiErrorKind::Blocked,
        ),
        (
            6,
            "This application has been temporarily blocked for API misuse.",
            ApiErrorKind::RateLimited,
        ),
        (
            8,
            "Endpoint not found. Log into your phone.",
            ApiErrorKind::PhoneNotFound,
        ),
        (
            13,
            "The command expected arguments of different type or amount",
            ApiErrorKind::BadArguments,
        ),
        (
            17,
            "A temporary problem forced the unsubscription from updates. Try again.",
            ApiErrorKind::Unsubscribed,
        ),
        (
            19,
            "Failed to unmarshall XML: unexpected end",
            ApiErrorKind::BadXml,
        ),
        (42, "Something new", ApiErrorKind::Other(42)),
    ];
    for (code, message, kind) in cases {
        let doc = ERROR_REPLY
            .replace("<MajorErrorCode>5<", &format!("<MajorErrorCode>{code}<"))
            .replace("Authorization or authentication failed", message);
        let parsed = Response::parse(doc.as_bytes()).unwrap();
        let err = parsed.into_result().unwrap_err();
        assert_eq!(err.kind(), kind, "{message}");
        let text = err.to_string();
        assert!(text.ends_with(&format!(" (API error {code})")), "{text}");
        // What happened first (the meaning opens the sentence, capitalised).
        let opening = format!("{}: ", kind.meaning()).to_lowercase();
        assert!(text.to_lowercase().starts_with(&opening), "{text}");
        assert!(text.starts_with(char::is_uppercase), "{text}");
        assert!(text.contains(&err.advice()), "{text}");
    }
}

#[test]
fn malformed_documents_are_errors_not_panics() {
    let cases: &[&[u8]] = &[
        b"",
        b"<org.m5.api.v1.Response>",
        b"<org.m5.api.v1.Response><ErrorCount>x</ErrorCount></org.m5.api.v1.Response>",
        b"<Other/>",
        b"<org.m5.api.v1.Response><Result xsi:type=\"ns5:boolean\">maybe</Result></org.m5.api.v1.Response>",
        b"<org.m5.api.v1.Response><Id>&bogus;</Id></org.m5.api.v1.Response>",
        b"\xff\xfe<a/>",
    ];
    for doc in cases {
        assert!(
            Response::parse(doc).is_err(),
            "{:?}",
            String::from_utf8_lossy(doc)
        );
    }
    let deep = format!("{}{}", "<a>".repeat(10_000), "</a>".repeat(10_000));
    assert!(Response::parse(deep.as_bytes()).is_err());
}

#[test]
fn call_items_that_cannot_be_read_are_skipped_and_the_rest_kept() {
    use skydial::protocol::{CallId, SkipReason, SkippedItem};
    // A newer server's state, an item without an Id and a duration that is not a
    // number, around the spec's own call: the spec's call is kept.
    let doc = EVENT.replace(
        "<item xsi:type=\"org.m5.data.v1.cti.Call\">",
        "<item xsi:type=\"org.m5.data.v1.cti.Call\"><Id>70001</Id><State>PARKED</State></item>\
         <item><Ani>2125550142</Ani><State>RINGING</State></item>\
         <item><Id>70002</Id><State>RINGING</State><Duration>soon</Duration></item>\
         <item xsi:type=\"org.m5.data.v1.cti.Call\">",
    );
    let parsed = Response::parse(doc.as_bytes()).unwrap();
    assert_eq!(
        parsed.result,
        Some(ResultValue::Calls(vec![spec_event_call()]))
    );
    assert_eq!(
        parsed.skipped,
        vec![
            SkippedItem {
                id: Some(CallId::new("70001")),
                reason: SkipReason::UnknownState("PARKED".into()),
            },
            SkippedItem {
                id: None,
                reason: SkipReason::NoId,
            },
            SkippedItem {
                id: Some(CallId::new("70002")),
                reason: SkipReason::BadField {
                    field: "Duration",
                    what: "number"
                },
            },
        ]
    );
    // A list of nothing readable is an empty list, not an error.
    let only_unknown = EVENT.replace("<State>RINGING</State>", "<State>PARKED</State>");
    let parsed = Response::parse(only_unknown.as_bytes()).unwrap();
    assert_eq!(parsed.result, Some(ResultValue::Calls(vec![])));
    assert_eq!(parsed.skipped.len(), 1);
}
