//! What can go wrong talking to the server, each with what to do about it.

use crate::protocol::{ApiError, FrameError, ParseError};
use crate::t;

/// Shown in the user's language (`Display`); log it through
/// [`English`](crate::i18n::English).
#[derive(Debug, Clone, thiserror::Error)]
pub enum ClientError {
    /// The server answered with an API error.
    #[error("{0}")]
    Api(#[from] ApiError),
    #[error("{}", t!("client-insecure-server", host = host))]
    InsecureServer { host: String },
    #[error("{}", t!("client-bad-url", url = url, reason = reason))]
    BadUrl { url: String, reason: String },
    #[error("{}", t!("client-ca-file", path = path, reason = reason))]
    CaFile { path: String, reason: String },
    #[error("{}", t!("client-connect", server = server, detail = detail))]
    Connect { server: String, detail: String },
    #[error("{}", t!("client-certificate", server = server, detail = detail))]
    Certificate { server: String, detail: String },
    #[error("{}", t!("client-timeout", server = server, seconds = seconds))]
    Timeout { server: String, seconds: u64 },
    #[error("{}", t!("client-http-status", server = server, status = status))]
    HttpStatus { server: String, status: u16 },
    #[error(
        "{}",
        t!("client-redirect", server = server, status = status, location = location)
    )]
    Redirect {
        server: String,
        status: u16,
        location: String,
    },
    #[error("{}", t!("client-connection-lost", server = server, detail = detail))]
    ConnectionLost { server: String, detail: String },
    #[error("{}", t!("client-protocol", detail = .0))]
    Protocol(String),
    #[error("{}", t!("client-subscribe-over-get"))]
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
