//! How a request ended, as an exit status: the one table of outcomes, used
//! by the command line and by the running app when it answers another
//! skydial's request (a link, `skydial dial`), so the same failure gives the
//! same status both ways.

use crate::client::ClientError;
use crate::engine::EngineError;
use crate::instance::Reply;
use crate::protocol::ApiErrorKind;

/// The distinct exit statuses, documented in the README (and `skydial --help`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok = 0,
    /// The API answered `false`: nothing to act on.
    False = 1,
    /// Bad arguments, an undialable number, no PIN.
    Usage = 2,
    /// API error 5: wrong DID/PIN, or the user is blocked; or not signed in.
    Auth = 3,
    /// Any other API error (and the history database).
    Api = 4,
    /// Could not reach the server, TLS refused, connection lost, timeout.
    Connection = 5,
    /// The user said no (Cancel on a link's question).
    Cancelled = 6,
}

impl Status {
    /// The status as a process exits with it (and as another skydial hears it).
    pub fn code(self) -> u8 {
        self as u8
    }

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

    /// The answer another skydial gets: this status, and what to tell the user.
    pub fn reply(self, message: impl Into<String>) -> Reply {
        Reply::failed(self.code(), message)
    }

    /// What a failed request to the API means.
    pub fn of_client(err: &ClientError) -> Self {
        match err {
            ClientError::Api(api) => match api.kind() {
                ApiErrorKind::AuthFailed | ApiErrorKind::Blocked => Self::Auth,
                _ => Self::Api,
            },
            ClientError::InsecureServer { .. }
            | ClientError::BadUrl { .. }
            | ClientError::CaFile { .. }
            | ClientError::SubscribeOverGet => Self::Usage,
            ClientError::Connect { .. }
            | ClientError::Certificate { .. }
            | ClientError::Timeout { .. }
            | ClientError::HttpStatus { .. }
            | ClientError::Redirect { .. }
            | ClientError::ConnectionLost { .. }
            | ClientError::Protocol(_) => Self::Connection,
        }
    }

    /// What a command the engine could not carry out means.
    pub fn of_engine(err: &EngineError) -> Self {
        match err {
            EngineError::SignedOut => Self::Auth,
            EngineError::NotConnected(_) | EngineError::Gone => Self::Connection,
            EngineError::Client(e) => Self::of_client(e),
            EngineError::History(_) | EngineError::NoHistory(_) => Self::Api,
        }
    }
}

impl From<Status> for std::process::ExitCode {
    fn from(status: Status) -> Self {
        Self::from(status.code())
    }
}

/// A failure for the user: what went wrong and what to do, and the exit
/// status it means.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
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

    /// `err`, after `context` (`Cannot dial (646) 555-1234`), with its status.
    pub fn client(context: &str, err: &ClientError) -> Self {
        Self::new(Status::of_client(err), format!("{context}: {err}"))
    }

    /// `err`, after `context`, with its status.
    pub fn engine(context: &str, err: &EngineError) -> Self {
        Self::new(Status::of_engine(err), format!("{context}: {err}"))
    }
}

impl From<ClientError> for Failure {
    fn from(err: ClientError) -> Self {
        Self::new(Status::of_client(&err), err.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::ApiError;

    #[test]
    fn api_errors_mean_the_same_status_from_the_client_and_the_engine() {
        let phone = ClientError::Api(ApiError::new(ApiErrorKind::PhoneNotFound));
        let auth = ClientError::Api(ApiError::new(ApiErrorKind::AuthFailed));
        assert_eq!(Status::of_client(&phone), Status::Api);
        assert_eq!(Status::of_client(&auth), Status::Auth);
        assert_eq!(Status::of_engine(&EngineError::Client(phone)), Status::Api);
        assert_eq!(Status::of_engine(&EngineError::SignedOut), Status::Auth);
        for status in [
            Status::Ok,
            Status::False,
            Status::Usage,
            Status::Auth,
            Status::Api,
            Status::Connection,
            Status::Cancelled,
        ] {
            assert_eq!(Status::from_code(status.code()), status);
        }
    }
}
