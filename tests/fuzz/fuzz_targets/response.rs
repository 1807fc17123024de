//! `Response::parse`: never panics; a response it reads, written back with
//! `to_xml()`, reads again, and writing that gives the same document (the
//! simulator's writer and the client's reader agree).
#![no_main]

use libfuzzer_sys::fuzz_target;
use skydial::protocol::Response;

fuzz_target!(|data: &[u8]| {
    let Ok(response) = Response::parse(data) else {
        return;
    };
    let _ = response.error();
    let xml = response.to_xml();
    let again = Response::parse(xml.as_bytes())
        .unwrap_or_else(|e| panic!("to_xml() of a parsed response does not parse: {e}\n{xml}"));
    let xml_again = again.to_xml();
    assert_eq!(xml, xml_again, "to_xml() is not stable across a parse");
    let _ = again.into_result();
});
