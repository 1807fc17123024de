//! What can go wrong talking to the server, each with what to do about it.

use crate::protocol::{ApiError, FrameError, ParseError};

#[derive(Debug, Clone, thiserror::Error)]
pub enum ClientError {
    /// The server answered with an API error.
    #[error("{0}")]
    Api(#[from] ApiError),
    #[error(
        "refusing to send your PIN unencrypted to {host}: use an https:// server URL (plain http is only allowed for this computer, e.g. the simulator)"
    )]
    InsecureServer { host: String },
    #[error("the server URL \u{201c}{url}\u{201d} is not valid: {reason}")]
    BadUrl { url: String, reason: String },
    #[error("cannot use the CA certificate file {path}: {reason}")]
    CaFile { path: String, reason: String },
    #[error(
        "could not connect to {server}: {detail}. Check the server address and your network, then try again"
    )]
    Connect { server: String, detail: String },
    #[error(
        "the certificate of {server} is not trusted ({detail}). If you are behind a company TLS proxy or use `skydial sim --tls`, pass its CA certificate with --ca-file PATH"
    )]
    Certificate { server: String, detail: String },
    #[error("{server} did not answer within {seconds} s. Check your network and try again")]
    Timeout { server: String, seconds: u64 },
    #[error(
        "{server} answered HTTP {status} instead of an API response. Check the server URL (the API lives at /bobl/bobl)"
    )]
    HttpStatus { server: String, status: u16 },
    #[error(
        "{server} answered with a redirect (HTTP {status}) to {location}. skydial does not follow redirects, because your PIN would go along; if you trust that address, use it as the server"
    )]
    Redirect {
        server: String,
        status: u16,
        location: String,
    },
    #[error(
        "the connection to {server} was lost: {detail}. skydial reconnects by itself where it can; otherwise try again"
    )]
    ConnectionLost { server: String, detail: String },
    #[error(
        "the server sent something that is not an API response: {0}. Report this if it persists"
    )]
    Protocol(String),
    #[error("`subscribe` cannot be sent as a GET request; use the default POST connection")]
    SubscribeOverGet,
}

impl From<FrameError> for ClientError {
    fn from(e: FrameError) -> Self {
        Self::Protocol(e.to_string())
    }
}

impl From<ParseError> for ClientError {
    fn from(e: ParseError) -> Self {
        Self::Protocol(e.to_string())
    }
}

impl ClientError {
    /// The API error, if the server sent one.
    pub fn api(&self) -> Option<&ApiError> {
        match self {
            Self::Api(e) => Some(e),
            _ => None,
        }
    }

    /// Whether a later retry might succeed without the user changing anything.
    pub fn is_transient(&self) -> bool {
        matches!(
            self,
            Self::Connect { .. }
                | Self::Timeout { .. }
                | Self::ConnectionLost { .. }
                | Self::HttpStatus { .. }
                | Self::Redirect { .. }
                | Self::Protocol(_)
        )
    }
}

/// Reads a reqwest error into ours. The URL is never kept: a GET URL holds the PIN.
pub(crate) fn from_reqwest(err: reqwest::Error, server: &str) -> ClientError {
    let err = err.without_url();
    let detail = root_cause(&err);
    let server = server.to_string();
    if is_certificate_error(&err) {
        return ClientError::Certificate { server, detail };
    }
    if err.is_timeout() {
        return ClientError::Timeout {
            server,
            seconds: super::REQUEST_TIMEOUT.as_secs(),
        };
    }
    if err.is_connect() {
        return ClientError::Connect { server, detail };
    }
    ClientError::ConnectionLost { server, detail }
}

fn root_cause(err: &(dyn std::error::Error + 'static)) -> String {
    let mut last = err.to_string();
    let mut source = err.source();
    while let Some(s) = source {
        last = s.to_string();
        source = s.source();
    }
    last
}

fn is_certificate_error(err: &(dyn std::error::Error + 'static)) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(s) = source {
        if let Some(rustls::Error::InvalidCertificate(_)) = s.downcast_ref::<rustls::Error>() {
            return true;
        }
        if let Some(io) = s.downcast_ref::<std::io::Error>()
            && let Some(inner) = io.get_ref()
            && let Some(rustls::Error::InvalidCertificate(_)) =
                inner.downcast_ref::<rustls::Error>()
        {
            return true;
        }
        let text = s.to_string();
        if text.contains("invalid peer certificate") || text.contains("UnknownIssuer") {
            return true;
        }
        source = s.source();
    }
    false
}
