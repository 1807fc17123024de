//! The server's address: where `/bobl/bobl` lives, and whether plain HTTP is allowed.

use super::error::ClientError;
use crate::protocol::API_PATH;
use crate::t;
use reqwest::Url;
use std::net::IpAddr;

/// The spec's server.
pub const DEFAULT_SERVER: &str = "https://hostedconnect.m5net.com";

/// Whether `host` is this computer (plain HTTP allowed there).
pub fn is_loopback_host(host: &url::Host<&str>) -> bool {
    match host {
        url::Host::Domain(d) => d.eq_ignore_ascii_case("localhost"),
        url::Host::Ipv4(ip) => IpAddr::V4(*ip).is_loopback(),
        url::Host::Ipv6(ip) => IpAddr::V6(*ip).is_loopback(),
    }
}

/// Turns the `--server` value into the API's URL: the base URL plus
/// `/bobl/bobl`, or the URL as is when it already ends in it.
pub fn api_url(server: &str) -> Result<Url, ClientError> {
    let bad = |reason: &str| ClientError::BadUrl {
        url: shown(server),
        reason: reason.to_string(),
    };
    let mut url = Url::parse(server.trim()).map_err(|e| bad(&e.to_string()))?;
    match url.scheme() {
        "https" => {}
        "http" => {
            let host = url.host().ok_or_else(|| bad(&t!("client-url-no-host")))?;
            if !is_loopback_host(&host) {
                return Err(ClientError::InsecureServer {
                    host: host.to_string(),
                });
            }
        }
        other => return Err(bad(&t!("client-url-scheme", scheme = other))),
    }
    if url.host().is_none() {
        return Err(bad(&t!("client-url-no-host")));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(bad(&t!("client-url-credentials")));
    }
    if url.query().is_some() || url.fragment().is_some() {
        // The spec's GET URL carries the PIN in its query: never keep one.
        return Err(bad(&t!("client-url-query")));
    }
    let path = url.path().trim_end_matches('/').to_string();
    if path.ends_with(API_PATH) {
        url.set_path(&path);
    } else {
        url.set_path(&format!("{path}{API_PATH}"));
    }
    Ok(url)
}

/// A URL as typed, for messages: without its query, fragment and user
/// information (any of them could hold the PIN).
fn shown(typed: &str) -> String {
    let typed = typed.trim();
    let end = typed.find(['?', '#']).unwrap_or(typed.len());
    let cut = &typed[..end];
    match cut.split_once("://") {
        Some((scheme, rest)) => {
            let host_start = rest
                .find('/')
                .map_or(rest, |slash| &rest[..slash])
                .rfind('@')
                .map_or(0, |at| at + 1);
            let rest = &rest[host_start..];
            let dots = if end < typed.len() { "…" } else { "" };
            format!("{scheme}://{rest}{dots}")
        }
        None => cut.chars().take(80).collect(),
    }
}

/// The base URL to save and show (`https://hostedconnect.m5net.com`, or with
/// a path for a proxy): the API URL without `/bobl/bobl` and without a
/// trailing slash. Never a query, a fragment or credentials.
pub fn base_url(api: &Url) -> String {
    let path = api.path().trim_end_matches('/');
    let path = path.strip_suffix(API_PATH).unwrap_or(path);
    format!(
        "{}{}",
        api.origin().ascii_serialization(),
        path.trim_end_matches('/')
    )
}

/// Where a redirect pointed, for messages: scheme, host, port and path only
/// (no user, password, query or fragment).
pub fn display_location(url: &Url) -> String {
    let path = url.path();
    let path = if path == "/" { "" } else { path };
    format!("{}{}", url.origin().ascii_serialization(), path)
}

/// The URL without path, for messages (`https://hostedconnect.m5net.com`).
pub fn display_server(url: &Url) -> String {
    url.origin().ascii_serialization()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adds_the_api_path() {
        assert_eq!(
            api_url("http://127.0.0.1:8080").unwrap().as_str(),
            "http://127.0.0.1:8080/bobl/bobl"
        );
        assert_eq!(
            api_url("http://127.0.0.1:8080/").unwrap().as_str(),
            "http://127.0.0.1:8080/bobl/bobl"
        );
        assert_eq!(
            api_url("https://hostedconnect.m5net.com/bobl/bobl")
                .unwrap()
                .as_str(),
            "https://hostedconnect.m5net.com/bobl/bobl"
        );
        assert_eq!(
            api_url("https://proxy.example/sky/").unwrap().as_str(),
            "https://proxy.example/sky/bobl/bobl"
        );
        assert!(api_url("http://[::1]:9/").is_ok());
        assert_eq!(
            api_url("http://127.0.0.1:1/bobl/bobl/").unwrap().path(),
            "/bobl/bobl"
        );
        for (typed, base) in [
            ("http://127.0.0.1:8080/", "http://127.0.0.1:8080"),
            (
                "https://hostedconnect.m5net.com/bobl/bobl/",
                "https://hostedconnect.m5net.com",
            ),
            ("https://proxy.example/sky/", "https://proxy.example/sky"),
        ] {
            assert_eq!(base_url(&api_url(typed).unwrap()), base, "{typed}");
        }
    }

    #[test]
    fn messages_never_repeat_a_query_or_credentials() {
        for url in [
            "https://h.example/bobl/bobl?password=12345",
            "https://u:12345@h.example/x",
            "ftp://u:12345@h.example/?password=12345",
        ] {
            let err = api_url(url).unwrap_err().to_string();
            assert!(!err.contains("12345"), "{err}");
            assert!(err.contains("h.example"), "{err}");
        }
    }

    #[test]
    fn refuses_a_query_or_fragment_that_could_hold_the_pin() {
        for url in [
            "http://localhost:1/bobl/bobl?x=1",
            "https://hostedconnect.m5net.com/bobl/bobl?name=x&user=1&password=12345",
            "https://hostedconnect.m5net.com/#password=12345",
        ] {
            let err = api_url(url).unwrap_err().to_string();
            assert!(err.contains("query"), "{err}");
        }
    }

    #[test]
    fn refuses_plain_http_off_this_computer() {
        assert!(matches!(
            api_url("http://hostedconnect.m5net.com"),
            Err(ClientError::InsecureServer { .. })
        ));
        assert!(matches!(
            api_url("http://10.0.0.1"),
            Err(ClientError::InsecureServer { .. })
        ));
        assert!(matches!(
            api_url("ftp://x"),
            Err(ClientError::BadUrl { .. })
        ));
        assert!(matches!(
            api_url("not a url"),
            Err(ClientError::BadUrl { .. })
        ));
        assert!(matches!(
            api_url("https://u:p@host"),
            Err(ClientError::BadUrl { .. })
        ));
    }
}
