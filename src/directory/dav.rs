//! WebDAV and CardDAV XML: the request bodies skydial sends, and a streaming
//! reader of `multistatus` answers (RFC 4918, 6352, 6578, 5397).
//!
//! The reader keeps only what skydial asks for, never builds a tree, nests at
//! most [`MAX_XML_DEPTH`] elements and refuses a document type declaration
//! outright: entities it could declare (the "billion laughs", external
//! files) are never expanded. Only XML's five predefined entities and
//! character references are read.

use super::limits::MAX_XML_DEPTH;
use quick_xml::NsReader;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::name::ResolveResult;

const DAV: &str = "DAV:";
const CARDDAV: &str = "urn:ietf:params:xml:ns:carddav";

/// Why an answer could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DavError {
    #[error(
        "XML with a document type declaration (<!DOCTYPE>), which could declare entities; refused"
    )]
    DocType,
    #[error("XML with the entity &{0}; (only XML's own five are read)")]
    Entity(String),
    #[error("XML nested deeper than {MAX_XML_DEPTH} elements")]
    TooDeep,
    #[error("XML that is not well formed ({0})")]
    Malformed(String),
    #[error("an answer that is not a WebDAV multistatus")]
    NotMultistatus,
}

/// What one `response` said, from its propstats with a 2xx status.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Response {
    pub href: String,
    /// The response's own status (`404` for a card deleted, in a sync report).
    pub status: Option<u16>,
    pub etag: Option<String>,
    pub address_data: Option<String>,
    pub displayname: Option<String>,
    pub collection: bool,
    pub addressbook: bool,
    pub principal: Option<String>,
    pub homes: Vec<String>,
    pub sync_token: Option<String>,
    pub supports_sync: bool,
}

/// A `multistatus`: the responses, and the new sync token of a sync report.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Multistatus {
    pub responses: Vec<Response>,
    pub sync_token: Option<String>,
}

/// The status code in `HTTP/1.1 404 Not Found`.
fn status_code(text: &str) -> Option<u16> {
    text.split_whitespace().nth(1)?.parse().ok()
}

#[derive(Default)]
struct PropStat {
    props: Response,
    status: Option<u16>,
}

/// Reads a multistatus answer.
pub fn parse_multistatus(body: &str) -> Result<Multistatus, DavError> {
    let mut reader = NsReader::from_str(body);
    // (namespace is DAV:, namespace is CardDAV, local name) of each open element.
    let mut path: Vec<(u8, String)> = Vec::new();
    let mut text = String::new();
    let mut out = Multistatus::default();
    let mut response: Option<Response> = None;
    let mut propstat: Option<PropStat> = None;
    let mut seen_root = false;
    loop {
        let (ns, event) = reader
            .read_resolved_event()
            .map_err(|e| DavError::Malformed(e.to_string()))?;
        let space = match ns {
            ResolveResult::Bound(n) if n.0 == DAV => 1,
            ResolveResult::Bound(n) if n.0 == CARDDAV => 2,
            _ => 0,
        };
        match event {
            Event::DocType(_) => return Err(DavError::DocType),
            Event::Start(e) => {
                if path.len() >= MAX_XML_DEPTH {
                    return Err(DavError::TooDeep);
                }
                let local = e.local_name().as_ref().to_string();
                if path.is_empty() {
                    if space != 1 || local != "multistatus" {
                        return Err(DavError::NotMultistatus);
                    }
                    seen_root = true;
                }
                open(space, &local, &path, &mut response, &mut propstat);
                path.push((space, local));
                text.clear();
            }
            Event::Empty(e) => {
                let local = e.local_name().as_ref().to_string();
                if path.is_empty() {
                    return Err(DavError::NotMultistatus);
                }
                open(space, &local, &path, &mut response, &mut propstat);
                path.push((space, local));
                text.clear();
                close(&path, "", &mut out, &mut response, &mut propstat);
                path.pop();
            }
            Event::End(_) => {
                close(&path, text.trim(), &mut out, &mut response, &mut propstat);
                path.pop();
                text.clear();
            }
            Event::Text(t) => text.push_str(&t.xml10_content()),
            Event::CData(c) => text.push_str(&c.xml10_content()),
            Event::GeneralRef(r) => match r
                .resolve_char_ref()
                .map_err(|e| DavError::Malformed(e.to_string()))?
            {
                Some(c) => text.push(c),
                None => {
                    let name = r.xml10_content();
                    let resolved = resolve_predefined_entity(&name).ok_or_else(|| {
                        DavError::Entity(crate::protocol::text::truncate_chars(&name, 40))
                    })?;
                    text.push_str(resolved);
                }
            },
            Event::Eof => break,
            Event::Decl(_) | Event::PI(_) | Event::Comment(_) => {}
        }
    }
    if !seen_root {
        return Err(DavError::NotMultistatus);
    }
    if !path.is_empty() {
        return Err(DavError::Malformed(
            "the answer ends inside an element".into(),
        ));
    }
    Ok(out)
}

fn is(entry: Option<&(u8, String)>, space: u8, local: &str) -> bool {
    entry.is_some_and(|(s, l)| *s == space && l == local)
}

fn open(
    space: u8,
    local: &str,
    path: &[(u8, String)],
    response: &mut Option<Response>,
    propstat: &mut Option<PropStat>,
) {
    let parent = path.last();
    if space == 1 && local == "response" && path.len() == 1 {
        *response = Some(Response::default());
    } else if space == 1 && local == "propstat" && is(parent, 1, "response") {
        *propstat = Some(PropStat::default());
    }
}

fn close(
    path: &[(u8, String)],
    text: &str,
    out: &mut Multistatus,
    response: &mut Option<Response>,
    propstat: &mut Option<PropStat>,
) {
    let Some((space, local)) = path.last() else {
        return;
    };
    let parent = path.len().checked_sub(2).and_then(|i| path.get(i));
    let grandparent = path.len().checked_sub(3).and_then(|i| path.get(i));
    let in_prop = path.len() >= 2 && path.iter().any(|(s, l)| *s == 1 && l == "prop");
    match (*space, local.as_str()) {
        (1, "response") if path.len() == 2 => {
            if let Some(r) = response.take() {
                out.responses.push(r);
            }
        }
        (1, "href") if is(parent, 1, "response") => {
            if let Some(r) = response.as_mut() {
                r.href = text.to_string();
            }
        }
        (1, "status") if is(parent, 1, "response") => {
            if let Some(r) = response.as_mut() {
                r.status = status_code(text);
            }
        }
        (1, "status") if is(parent, 1, "propstat") => {
            if let Some(p) = propstat.as_mut() {
                p.status = status_code(text);
            }
        }
        (1, "propstat") => {
            if let (Some(p), Some(r)) = (propstat.take(), response.as_mut())
                && p.status.is_none_or(|s| (200..300).contains(&s))
            {
                merge(r, p.props);
            }
        }
        (1, "sync-token") if path.len() == 2 => out.sync_token = Some(text.to_string()),
        _ if in_prop => {
            let Some(p) = propstat.as_mut() else {
                return;
            };
            let props = &mut p.props;
            match (*space, local.as_str()) {
                (1, "getetag") => props.etag = Some(text.to_string()),
                (2, "address-data") => props.address_data = Some(text.to_string()),
                (1, "displayname") => props.displayname = Some(text.to_string()),
                (1, "collection") if is(parent, 1, "resourcetype") => props.collection = true,
                (2, "addressbook") if is(parent, 1, "resourcetype") => props.addressbook = true,
                (1, "href") if is(parent, 1, "current-user-principal") => {
                    props.principal = Some(text.to_string());
                }
                (1, "href") if is(parent, 2, "addressbook-home-set") => {
                    props.homes.push(text.to_string());
                }
                (1, "sync-token") if is(parent, 1, "prop") => {
                    props.sync_token = Some(text.to_string());
                }
                (1, "sync-collection")
                    if is(parent, 1, "report") && is(grandparent, 1, "supported-report") =>
                {
                    props.supports_sync = true;
                }
                _ => {}
            }
        }
        _ => {}
    }
}

fn merge(into: &mut Response, from: Response) {
    into.etag = into.etag.take().or(from.etag);
    into.address_data = into.address_data.take().or(from.address_data);
    into.displayname = into.displayname.take().or(from.displayname);
    into.collection |= from.collection;
    into.addressbook |= from.addressbook;
    into.principal = into.principal.take().or(from.principal);
    into.homes.extend(from.homes);
    into.sync_token = into.sync_token.take().or(from.sync_token);
    into.supports_sync |= from.supports_sync;
}

fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    quick_xml::escape::escape(text)
}

/// PROPFIND for where the user's address books are.
pub fn propfind_principal() -> String {
    r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:current-user-principal/><d:resourcetype/><c:addressbook-home-set/></d:prop></d:propfind>"#
        .to_string()
}

/// PROPFIND (depth 1) listing a home's collections.
pub fn propfind_books() -> String {
    r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:displayname/><d:sync-token/><d:supported-report-set/></d:prop></d:propfind>"#
        .to_string()
}

/// PROPFIND (depth 1) listing an address book's cards with their ETags.
pub fn propfind_etags() -> String {
    r#"<?xml version="1.0" encoding="utf-8"?>
<d:propfind xmlns:d="DAV:"><d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>"#
        .to_string()
}

/// REPORT sync-collection (RFC 6578) from `token` (empty: everything).
pub fn sync_collection(token: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<d:sync-collection xmlns:d="DAV:"><d:sync-token>{}</d:sync-token><d:sync-level>1</d:sync-level><d:prop><d:getetag/></d:prop></d:sync-collection>"#,
        escape(token)
    )
}

/// REPORT addressbook-multiget for these cards.
pub fn multiget(hrefs: &[String]) -> String {
    let mut body = String::from(
        r#"<?xml version="1.0" encoding="utf-8"?>
<c:addressbook-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:carddav"><d:prop><d:getetag/><c:address-data/></d:prop>"#,
    );
    for href in hrefs {
        body.push_str("<d:href>");
        body.push_str(&escape(href));
        body.push_str("</d:href>");
    }
    body.push_str("</c:addressbook-multiget>");
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_discovery_listing_and_sync_answers() {
        let principal = r#"<?xml version="1.0"?>
<multistatus xmlns="DAV:" xmlns:CR="urn:ietf:params:xml:ns:carddav"><response><href>/</href>
<propstat><prop><current-user-principal><href>/ada/</href></current-user-principal></prop><status>HTTP/1.1 200 OK</status></propstat>
<propstat><prop><CR:addressbook-home-set/></prop><status>HTTP/1.1 404 Not Found</status></propstat></response></multistatus>"#;
        let ms = parse_multistatus(principal).unwrap();
        assert_eq!(ms.responses[0].principal.as_deref(), Some("/ada/"));
        assert!(ms.responses[0].homes.is_empty());
        let books = r#"<D:multistatus xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
<D:response><D:href>/ada/book%201/</D:href><D:propstat><D:prop>
<D:resourcetype><D:collection/><C:addressbook/></D:resourcetype><D:displayname>Work &amp; friends</D:displayname>
<D:sync-token>http://radicale.org/ns/sync/abc</D:sync-token>
<D:supported-report-set><D:supported-report><D:report><D:sync-collection/></D:report></D:supported-report></D:supported-report-set>
</D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
<D:response><D:href>/ada/cal/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
</D:multistatus>"#;
        let ms = parse_multistatus(books).unwrap();
        let book = &ms.responses[0];
        assert!(book.addressbook && book.collection && book.supports_sync);
        assert_eq!(book.displayname.as_deref(), Some("Work & friends"));
        assert!(!ms.responses[1].addressbook);
        let sync = r#"<multistatus xmlns="DAV:"><response><href>/b/1.vcf</href><propstat><prop><getetag>"e1"</getetag></prop><status>HTTP/1.1 200 OK</status></propstat></response>
<response><href>/b/2.vcf</href><status>HTTP/1.1 404 Not Found</status></response><sync-token>t2</sync-token></multistatus>"#;
        let ms = parse_multistatus(sync).unwrap();
        assert_eq!(ms.sync_token.as_deref(), Some("t2"));
        assert_eq!(ms.responses[0].etag.as_deref(), Some("\"e1\""));
        assert_eq!(ms.responses[1].status, Some(404));
        let cards = "<d:multistatus xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:carddav\"><d:response><d:href>/b/1.vcf</d:href><d:propstat><d:prop><d:getetag>\"e\"</d:getetag><c:address-data><![CDATA[BEGIN:VCARD\r\nFN:A\r\nEND:VCARD]]></c:address-data></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response></d:multistatus>";
        let ms = parse_multistatus(cards).unwrap();
        assert!(
            ms.responses[0]
                .address_data
                .as_deref()
                .unwrap()
                .contains("FN:A")
        );
    }

    #[test]
    fn entities_and_hostile_shapes_are_refused() {
        let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><multistatus xmlns="DAV:"><response><href>&lol2;</href></response></multistatus>"#;
        assert_eq!(parse_multistatus(laughs), Err(DavError::DocType));
        let undeclared =
            r#"<multistatus xmlns="DAV:"><response><href>&xxe;</href></response></multistatus>"#;
        assert_eq!(
            parse_multistatus(undeclared),
            Err(DavError::Entity("xxe".into()))
        );
        let deep = format!("<multistatus xmlns=\"DAV:\">{}", "<a>".repeat(100_000));
        assert_eq!(parse_multistatus(&deep), Err(DavError::TooDeep));
        assert_eq!(
            parse_multistatus("<html><body>Login</body></html>"),
            Err(DavError::NotMultistatus)
        );
        assert_eq!(parse_multistatus(""), Err(DavError::NotMultistatus));
        assert!(parse_multistatus("<multistatus xmlns=\"DAV:\"><response>").is_err());
        assert!(parse_multistatus("<multistatus xmlns=\"DAV:\"></oops>").is_err());
    }

    #[test]
    fn requests_escape_what_they_carry() {
        let body = multiget(&["/b/<x>&.vcf".into()]);
        assert!(body.contains("<d:href>/b/&lt;x&gt;&amp;.vcf</d:href>"));
        assert!(sync_collection("a<b").contains("a&lt;b"));
    }
}
