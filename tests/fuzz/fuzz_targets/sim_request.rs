//! What the simulator reads from a client: `RawCommand::parse_xml` on the
//! bytes and `RawCommand::parse_query` on them as text, then `.command()`.
//! Nothing may panic; a command read from a query, written back as a query
//! (`to_query`), reads as the same command; written as XML (`to_xml`), it
//! reads again.
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::protocol::{Command, Credentials, Pin, RawCommand};

fn round_trip(command: &Command, raw: &RawCommand) {
    let credentials = Credentials::new(raw.user.clone(), raw.password.clone());
    let query = command.to_query(&credentials);
    let back = RawCommand::parse_query(&query);
    assert_eq!(
        back.command().as_ref(),
        Ok(command),
        "query round trip: {query}"
    );
    assert_eq!(back.user, raw.user, "query round trip of the user: {query}");
    let xml = command.to_xml(&credentials, Some(7));
    let back = RawCommand::parse_xml(xml.as_bytes())
        .unwrap_or_else(|e| panic!("to_xml() of a command does not parse: {e}\n{xml}"));
    assert!(
        back.command().is_ok(),
        "to_xml() of a command reads as a bad command:\n{xml}"
    );
    assert_eq!(back.id.as_deref(), Some("7"));
}

fuzz_target!(|data: &[u8]| {
    if let Ok(raw) = RawCommand::parse_xml(data) {
        let _ = format!("{raw:?}");
        if let Ok(command) = raw.command() {
            let _ = (command.name(), command.args(), command.allows_get());
            let _ = command.to_xml(&Credentials::new(raw.user.clone(), Pin::new("1")), None);
        }
    }
    let text = String::from_utf8_lossy(data);
    let raw = RawCommand::parse_query(&text);
    if let Ok(command) = raw.command() {
        round_trip(&command, &raw);
    }
});
