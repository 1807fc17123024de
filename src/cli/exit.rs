//! Exit statuses, one per kind of failure, and the error type that carries them.

use skydial::client::ClientError;
use skydial::protocol::ApiErrorKind;
use std::process::ExitCode;

/// The distinct exit statuses, documented in the README.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok = 0,
    /// The API answered `false`: nothing to act on.
    False = 1,
    /// Bad arguments, an undialable number, no PIN.
    Usage = 2,
    /// API error 5: wrong DID/PIN, or the user is blocked.
    Auth = 3,
    /// Any other API error.
    Api = 4,
    /// Could not reach the server, TLS refused, connection lost, timeout.
    Connection = 5,
    /// The user said no (Cancel on a link's question).
    Cancelled = 6,
}

impl Status {
    /// The status a running skydial answered with.
    pub fn from_code(code: u8) -> Self {
        match code {
            0 => Self::Ok,
            1 => Self::False,
            2 => Self::Usage,
            3 => Self::Auth,
            4 => Self::Api,
            6 => Self::Cancelled,
            _ => Self::Connection,
        }
    }
}

impl From<Status> for ExitCode {
    fn from(s: Status) -> Self {
        Self::from(s as u8)
    }
}

/// An error for the user: the message, and the status to exit with.
#[derive(Debug)]
pub struct Failure {
    pub status: Status,
    pub message: String,
}

impl Failure {
    pub fn new(status: Status, message: impl Into<String>) -> Self {
        Self {
            status,
            message: message.into(),
        }
    }

    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(Status::Usage, message)
    }
}

impl From<ClientError> for Failure {
    fn from(err: ClientError) -> Self {
        let status = match &err {
            ClientError::Api(api) => match api.kind() {
                ApiErrorKind::AuthFailed | ApiErrorKind::Blocked => Status::Auth,
                _ => Status::Api,
            },
            ClientError::InsecureServer { .. }
            | ClientError::BadUrl { .. }
            | ClientError::CaFile { .. }
            | ClientError::SubscribeOverGet => Status::Usage,
            ClientError::Connect { .. }
            | ClientError::Certificate { .. }
            | ClientError::Timeout { .. }
            | ClientError::HttpStatus { .. }
            | ClientError::Redirect { .. }
            | ClientError::ConnectionLost { .. }
            | ClientError::Protocol(_) => Status::Connection,
        };
        Self::new(status, err.to_string())
    }
}
