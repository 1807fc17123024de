//! The guard between an LDAP server and the LDAP client library: every
//! message the server sends is framed here and checked against the shapes
//! LDAP gives its answers (RFC 4511) before the library sees it.
//!
//! The library (ldap3) trusts the server: its BER reader recurses once per
//! nesting level with no limit (a server sending a few hundred kilobytes of
//! nested headers would overflow the stack), waits for any length a header
//! claims (memory), and its decoders panic on shapes they do not expect.
//! So a message is passed on only when it is complete, at most
//! [`MAX_LDAP_MESSAGE`](super::limits::MAX_LDAP_MESSAGE) bytes, and shaped
//! like one of the answers skydial asks for; anything else ends the
//! connection with a reason the user can read.

use super::limits::MAX_LDAP_MESSAGE;

/// Why a message from the server was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BerError {
    #[error("an LDAP message of {0} bytes, over the limit of {MAX_LDAP_MESSAGE}")]
    TooLarge(usize),
    #[error("not an LDAP message: {0}")]
    Malformed(&'static str),
}

const UNIVERSAL: u8 = 0;
const APPLICATION: u8 = 1;
const CONTEXT: u8 = 2;

const BOOLEAN: u8 = 1;
const INTEGER: u8 = 2;
const OCTET_STRING: u8 = 4;
const ENUMERATED: u8 = 10;
const SEQUENCE: u8 = 16;
const SET: u8 = 17;

/// The paged results control (RFC 2696).
pub const PAGED_RESULTS_OID: &str = "1.2.840.113556.1.4.319";
/// The StartTLS extended operation (RFC 4511 4.14).
pub const START_TLS_OID: &str = "1.3.6.1.4.1.1466.20037";

/// One BER element: its class, whether it is constructed, its tag number
/// and its contents.
#[derive(Debug, Clone, Copy)]
struct Tlv<'a> {
    class: u8,
    constructed: bool,
    tag: u8,
    body: &'a [u8],
}

/// An element's header: class, constructed, tag, header length, content length.
type Header = (u8, bool, u8, usize, usize);

/// The header of the element at the start of `buf`. `Ok(None)`: more bytes needed.
fn header(buf: &[u8]) -> Result<Option<Header>, BerError> {
    let Some(&first) = buf.first() else {
        return Ok(None);
    };
    let class = first >> 6;
    let constructed = first & 0x20 != 0;
    let tag = first & 0x1f;
    if tag == 0x1f {
        return Err(BerError::Malformed("a tag number LDAP never uses"));
    }
    let Some(&len0) = buf.get(1) else {
        return Ok(None);
    };
    if len0 < 0x80 {
        return Ok(Some((class, constructed, tag, 2, usize::from(len0))));
    }
    let n = usize::from(len0 & 0x7f);
    if n == 0 {
        return Err(BerError::Malformed(
            "an indefinite length, which LDAP forbids",
        ));
    }
    if n > 4 {
        return Err(BerError::Malformed("a length of more than 4 bytes"));
    }
    let Some(bytes) = buf.get(2..2 + n) else {
        return Ok(None);
    };
    let len = bytes
        .iter()
        .fold(0usize, |acc, &b| (acc << 8) | usize::from(b));
    Ok(Some((class, constructed, tag, 2 + n, len)))
}

/// How long the message at the start of `buf` is, once its header is in:
/// `Ok(None)` while the header is incomplete. Refuses what is not an LDAP
/// message (a SEQUENCE) or is over the size limit, before reading it.
pub fn message_len(buf: &[u8]) -> Result<Option<usize>, BerError> {
    let Some((class, constructed, tag, head, len)) = header(buf)? else {
        return Ok(None);
    };
    if (class, constructed, tag) != (UNIVERSAL, true, SEQUENCE) {
        return Err(BerError::Malformed("it does not start with a SEQUENCE"));
    }
    let total = head.saturating_add(len);
    if total > MAX_LDAP_MESSAGE {
        return Err(BerError::TooLarge(total));
    }
    Ok(Some(total))
}

fn read(buf: &[u8]) -> Result<(Tlv<'_>, &[u8]), BerError> {
    let (class, constructed, tag, head, len) =
        header(buf)?.ok_or(BerError::Malformed("an element cut short"))?;
    let end = head
        .checked_add(len)
        .filter(|&end| end <= buf.len())
        .ok_or(BerError::Malformed("an element longer than what holds it"))?;
    Ok((
        Tlv {
            class,
            constructed,
            tag,
            body: &buf[head..end],
        },
        &buf[end..],
    ))
}

fn children(tlv: Tlv<'_>) -> Result<Vec<Tlv<'_>>, BerError> {
    if !tlv.constructed {
        return Err(BerError::Malformed(
            "a primitive element where a constructed one belongs",
        ));
    }
    let mut rest = tlv.body;
    let mut out = Vec::new();
    while !rest.is_empty() {
        let (child, after) = read(rest)?;
        out.push(child);
        rest = after;
    }
    Ok(out)
}

fn expect(
    tlv: Tlv<'_>,
    class: u8,
    constructed: bool,
    tag: u8,
    what: &'static str,
) -> Result<(), BerError> {
    if (tlv.class, tlv.constructed, tlv.tag) == (class, constructed, tag) {
        Ok(())
    } else {
        Err(BerError::Malformed(what))
    }
}

fn small_integer(tlv: Tlv<'_>, tag: u8, what: &'static str) -> Result<(), BerError> {
    expect(tlv, UNIVERSAL, false, tag, what)?;
    if tlv.body.is_empty() || tlv.body.len() > 4 {
        return Err(BerError::Malformed(what));
    }
    Ok(())
}

fn text(tlv: Tlv<'_>, what: &'static str) -> Result<(), BerError> {
    if tlv.constructed {
        return Err(BerError::Malformed(what));
    }
    std::str::from_utf8(tlv.body).map_err(|_| BerError::Malformed(what))?;
    Ok(())
}

fn octets(tlv: Tlv<'_>, what: &'static str) -> Result<(), BerError> {
    expect(tlv, UNIVERSAL, false, OCTET_STRING, what)
}

/// Checks one complete message from the server (as [`message_len`] framed it).
pub fn check_response(msg: &[u8]) -> Result<(), BerError> {
    let (top, rest) = read(msg)?;
    if !rest.is_empty() {
        return Err(BerError::Malformed("bytes after the message"));
    }
    expect(
        top,
        UNIVERSAL,
        true,
        SEQUENCE,
        "it does not start with a SEQUENCE",
    )?;
    let parts = children(top)?;
    if !(2..=3).contains(&parts.len()) {
        return Err(BerError::Malformed("a message without an id and an answer"));
    }
    small_integer(
        parts[0],
        INTEGER,
        "a message id that is not a small INTEGER",
    )?;
    let op = parts[1];
    if op.class != APPLICATION || !op.constructed {
        return Err(BerError::Malformed("an answer of an unknown kind"));
    }
    match op.tag {
        // BindResponse: the result and serverSaslCreds [7].
        1 => ldap_result(op, &[(3, true), (7, false)])?,
        4 => search_entry(op)?,
        5 => ldap_result(op, &[(3, true)])?,
        19 => {
            let uris = children(op)?;
            if uris.is_empty() {
                return Err(BerError::Malformed("a referral without a URI"));
            }
            for uri in uris {
                octets(uri, "a referral that is not text")?;
                text(uri, "a referral that is not text")?;
            }
        }
        // ExtendedResponse: responseName [10], responseValue [11].
        24 => ldap_result(op, &[(3, true), (10, false), (11, false)])?,
        _ => return Err(BerError::Malformed("an answer skydial did not ask for")),
    }
    if let Some(&extra) = parts.get(2) {
        match (extra.class, extra.tag) {
            (CONTEXT, 0) => controls(extra)?,
            // Active Directory puts a Notice of Disconnection's name here;
            // the library skips it.
            (CONTEXT, 10) => {}
            _ => {
                return Err(BerError::Malformed(
                    "something after the answer that is not a control",
                ));
            }
        }
    }
    Ok(())
}

/// An LDAPResult: resultCode, matchedDN, diagnosticMessage, then only the
/// optional parts `extras` allows (context tag, constructed).
fn ldap_result(op: Tlv<'_>, extras: &[(u8, bool)]) -> Result<(), BerError> {
    let parts = children(op)?;
    if parts.len() < 3 {
        return Err(BerError::Malformed(
            "a result without its code and messages",
        ));
    }
    small_integer(
        parts[0],
        ENUMERATED,
        "a result code that is not an ENUMERATED",
    )?;
    octets(parts[1], "a matched DN that is not text")?;
    text(parts[1], "a matched DN that is not text")?;
    octets(parts[2], "a diagnostic message that is not text")?;
    text(parts[2], "a diagnostic message that is not text")?;
    for part in &parts[3..] {
        if part.class != CONTEXT || !extras.contains(&(part.tag, part.constructed)) {
            return Err(BerError::Malformed("an unknown part in a result"));
        }
        match part.tag {
            3 => {
                for uri in children(*part)? {
                    octets(uri, "a referral that is not text")?;
                    text(uri, "a referral that is not text")?;
                }
            }
            10 => text(*part, "an extended response name that is not text")?,
            _ => {}
        }
    }
    Ok(())
}

/// SearchResultEntry: objectName, then a SEQUENCE of (type, SET of values).
fn search_entry(op: Tlv<'_>) -> Result<(), BerError> {
    let parts = children(op)?;
    if parts.len() != 2 {
        return Err(BerError::Malformed(
            "an entry without a name and attributes",
        ));
    }
    octets(parts[0], "an entry whose name is not text")?;
    text(parts[0], "an entry whose name is not text")?;
    expect(
        parts[1],
        UNIVERSAL,
        true,
        SEQUENCE,
        "an entry whose attributes are not a SEQUENCE",
    )?;
    for attribute in children(parts[1])? {
        expect(
            attribute,
            UNIVERSAL,
            true,
            SEQUENCE,
            "an attribute that is not a SEQUENCE",
        )?;
        let pair = children(attribute)?;
        if pair.len() != 2 {
            return Err(BerError::Malformed(
                "an attribute without a type and values",
            ));
        }
        octets(pair[0], "an attribute type that is not text")?;
        text(pair[0], "an attribute type that is not text")?;
        expect(
            pair[1],
            UNIVERSAL,
            true,
            SET,
            "attribute values that are not a SET",
        )?;
        for value in children(pair[1])? {
            octets(value, "an attribute value that is not an OCTET STRING")?;
        }
    }
    Ok(())
}

/// Controls [0]: each a SEQUENCE of type, criticality, value; the paged
/// results control's value is read by the library, so it is checked too.
fn controls(list: Tlv<'_>) -> Result<(), BerError> {
    for control in children(list)? {
        expect(
            control,
            UNIVERSAL,
            true,
            SEQUENCE,
            "a control that is not a SEQUENCE",
        )?;
        let parts = children(control)?;
        let Some((&kind, rest)) = parts.split_first() else {
            return Err(BerError::Malformed("a control without a type"));
        };
        octets(kind, "a control type that is not text")?;
        text(kind, "a control type that is not text")?;
        let mut rest = rest.iter().copied();
        let mut value = None;
        match rest.next() {
            None => {}
            Some(b) if (b.class, b.constructed, b.tag) == (UNIVERSAL, false, BOOLEAN) => {
                if b.body.len() != 1 {
                    return Err(BerError::Malformed(
                        "a control's criticality that is not a BOOLEAN",
                    ));
                }
                if let Some(v) = rest.next() {
                    octets(v, "a control value that is not an OCTET STRING")?;
                    value = Some(v);
                }
            }
            Some(v) => {
                octets(v, "a control value that is not an OCTET STRING")?;
                value = Some(v);
            }
        }
        if rest.next().is_some() {
            return Err(BerError::Malformed("a control with extra parts"));
        }
        if kind.body == PAGED_RESULTS_OID.as_bytes() {
            let value = value.ok_or(BerError::Malformed(
                "a paged results control without a value",
            ))?;
            let (seq, after) = read(value.body)?;
            if !after.is_empty() {
                return Err(BerError::Malformed(
                    "a paged results value with extra bytes",
                ));
            }
            expect(
                seq,
                UNIVERSAL,
                true,
                SEQUENCE,
                "a paged results value that is not a SEQUENCE",
            )?;
            let parts = children(seq)?;
            if parts.len() != 2 {
                return Err(BerError::Malformed(
                    "a paged results value without a size and a cookie",
                ));
            }
            small_integer(
                parts[0],
                INTEGER,
                "a paged results size that is not a small INTEGER",
            )?;
            octets(
                parts[1],
                "a paged results cookie that is not an OCTET STRING",
            )?;
        }
    }
    Ok(())
}

/// One element: `tag` (the identifier byte) and `content`, length encoded.
pub fn element(tag: u8, content: &[u8]) -> Vec<u8> {
    let mut out = vec![tag];
    let len = content.len();
    if len < 0x80 {
        out.push(len as u8);
    } else {
        let bytes = len.to_be_bytes();
        let skip = bytes.iter().take_while(|&&b| b == 0).count();
        out.push(0x80 | (bytes.len() - skip) as u8);
        out.extend_from_slice(&bytes[skip..]);
    }
    out.extend_from_slice(content);
    out
}

/// The StartTLS request, as message `id`.
pub fn start_tls_request(id: u8) -> Vec<u8> {
    let name = element(0x80, START_TLS_OID.as_bytes());
    let mut body = element(0x02, &[id]);
    body.extend(element(0x77, &name));
    element(0x30, &body)
}

/// The result code of an ExtendedResponse (a checked message), with its
/// diagnostic message.
pub fn extended_result(msg: &[u8]) -> Result<(u32, String), BerError> {
    check_response(msg)?;
    let (top, _) = read(msg)?;
    let parts = children(top)?;
    let op = parts[1];
    if op.tag != 24 {
        return Err(BerError::Malformed(
            "an answer to StartTLS that is not an extended response",
        ));
    }
    let result = children(op)?;
    let code = result[0]
        .body
        .iter()
        .fold(0u32, |acc, &b| (acc << 8) | u32::from(b));
    let diagnostic = String::from_utf8_lossy(result[2].body).into_owned();
    Ok((code, diagnostic))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seq(parts: &[Vec<u8>]) -> Vec<u8> {
        element(0x30, &parts.concat())
    }
    fn octet(s: &[u8]) -> Vec<u8> {
        element(0x04, s)
    }
    fn result(tag: u8, code: u8) -> Vec<u8> {
        element(
            tag,
            &[element(0x0a, &[code]), octet(b""), octet(b"ok")].concat(),
        )
    }
    fn message(op: Vec<u8>, controls: Option<Vec<u8>>) -> Vec<u8> {
        let mut parts = vec![element(0x02, &[7]), op];
        parts.extend(controls);
        seq(&parts)
    }
    fn entry(dn: &[u8], attrs: &[(&[u8], &[&[u8]])]) -> Vec<u8> {
        let attrs: Vec<Vec<u8>> = attrs
            .iter()
            .map(|(t, vals)| {
                let vals: Vec<Vec<u8>> = vals.iter().map(|v| octet(v)).collect();
                seq(&[octet(t), element(0x31, &vals.concat())])
            })
            .collect();
        element(0x64, &[octet(dn), seq(&attrs)].concat())
    }
    fn paged(value: Vec<u8>) -> Vec<u8> {
        element(
            0xa0,
            &seq(&[octet(PAGED_RESULTS_OID.as_bytes()), octet(&value)]),
        )
    }

    #[test]
    fn answers_ldap_gives_are_let_through() {
        let bind = message(result(0x61, 0), None);
        assert_eq!(message_len(&bind).unwrap(), Some(bind.len()));
        check_response(&bind).unwrap();
        let e = message(
            entry(
                b"cn=Ada,dc=x",
                &[(b"cn", &[b"Ada"]), (b"jpegPhoto", &[&[0xff, 0xd8]])],
            ),
            None,
        );
        check_response(&e).unwrap();
        let cookie = seq(&[element(0x02, &[0]), octet(b"abc")]);
        check_response(&message(result(0x65, 0), Some(paged(cookie)))).unwrap();
        check_response(&message(element(0x73, &octet(b"ldap://other/")), None)).unwrap();
        let tls = message(
            element(
                0x78,
                &[
                    element(0x0a, &[0]),
                    octet(b""),
                    octet(b""),
                    element(0x8a, START_TLS_OID.as_bytes()),
                ]
                .concat(),
            ),
            None,
        );
        assert_eq!(extended_result(&tls).unwrap(), (0, String::new()));
        assert_eq!(start_tls_request(1)[..4], [0x30, 0x1d, 0x02, 0x01]);
    }

    #[test]
    fn shapes_the_library_would_panic_on_are_refused() {
        let refused = |bytes: Vec<u8>| {
            let r = check_response(&bytes);
            assert!(r.is_err(), "{bytes:02x?}");
        };
        // An empty SEQUENCE (the library pops two elements out of it).
        refused(seq(&[]));
        refused(seq(&[element(0x02, &[1])]));
        // An answer to something skydial never asks.
        refused(message(result(0x67, 0), None));
        // An IntermediateResponse (the library would read it as an entry).
        refused(message(element(0x79, &[]), None));
        // A result without its messages, or with a BIT STRING tagged 3.
        refused(message(element(0x65, &element(0x0a, &[0])), None));
        refused(message(
            element(
                0x65,
                &[
                    element(0x0a, &[0]),
                    octet(b""),
                    octet(b""),
                    element(0x03, b"x"),
                ]
                .concat(),
            ),
            None,
        ));
        // A DN that is not UTF-8; attribute values that are not a SET.
        refused(message(entry(&[0xff, 0xfe], &[]), None));
        refused(message(
            element(
                0x64,
                &[octet(b"cn=x"), seq(&[seq(&[octet(b"cn"), octet(b"x")])])].concat(),
            ),
            None,
        ));
        // A criticality with no byte; a paged results control without a
        // value, or with a value that is not a SEQUENCE of size and cookie.
        refused(message(
            result(0x65, 0),
            Some(element(0xa0, &seq(&[octet(b"1.2.3"), element(0x01, &[])]))),
        ));
        refused(message(
            result(0x65, 0),
            Some(element(0xa0, &seq(&[octet(PAGED_RESULTS_OID.as_bytes())]))),
        ));
        refused(message(result(0x65, 0), Some(paged(octet(b"x")))));
        refused(message(
            result(0x65, 0),
            Some(paged(seq(&[element(0x02, &[0])]))),
        ));
        // An element claiming more bytes than its parent holds.
        let mut cut = message(result(0x61, 0), None);
        cut[3] = 0x70;
        refused(cut);
    }

    #[test]
    fn framing_is_bounded_before_reading() {
        assert_eq!(message_len(&[]).unwrap(), None);
        assert_eq!(message_len(&[0x30]).unwrap(), None);
        assert_eq!(message_len(&[0x30, 0x84, 0x00]).unwrap(), None);
        assert!(matches!(
            message_len(&[0x30, 0x84, 0x7f, 0xff, 0xff, 0xff]),
            Err(BerError::TooLarge(_))
        ));
        assert!(message_len(&[0x30, 0x80]).is_err(), "indefinite length");
        assert!(message_len(&[0x30, 0x89]).is_err(), "9-byte length");
        assert!(message_len(b"HTTP/1.1 400 Bad Request\r\n").is_err());
        // Deep nesting: a stack of SEQUENCE headers is refused without recursion.
        let depth = 100_000usize;
        let mut deep = Vec::with_capacity(depth * 6);
        for level in 0..depth {
            deep.push(0x30);
            deep.push(0x84);
            deep.extend_from_slice(&(((depth - level - 1) * 6) as u32).to_be_bytes());
        }
        assert!(message_len(&deep).is_ok(), "under the size limit");
        assert!(check_response(&deep).is_err());
    }
}
