//! The API's error codes, each with its meaning and what the user should do.

use std::fmt;

/// What kind of failure an API error code stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ApiErrorKind {
    /// 2: the command name has no class part.
    MissingClassName,
    /// 3: the command name has no method part.
    MissingMethodName,
    /// 4: no such command.
    NoSuchMethod,
    /// 5: wrong DID or PIN.
    AuthFailed,
    /// 5: the user is blocked for API abuse.
    Blocked,
    /// 6: rate limited.
    RateLimited,
    /// 8: no phone is logged in for this DID.
    PhoneNotFound,
    /// 13: wrong number or type of arguments.
    BadArguments,
    /// 17: the server dropped the subscription; subscribe again.
    Unsubscribed,
    /// 19: the server could not read the XML.
    BadXml,
    /// Any code the spec does not list.
    Other(u32),
}

impl ApiErrorKind {
    /// The numeric code on the wire.
    pub fn code(self) -> u32 {
        match self {
            Self::MissingClassName => 2,
            Self::MissingMethodName => 3,
            Self::NoSuchMethod => 4,
            Self::AuthFailed | Self::Blocked => 5,
            Self::RateLimited => 6,
            Self::PhoneNotFound => 8,
            Self::BadArguments => 13,
            Self::Unsubscribed => 17,
            Self::BadXml => 19,
            Self::Other(code) => code,
        }
    }

    /// The message the server sends with this code, word for word from the spec.
    pub fn server_message(self) -> &'static str {
        match self {
            Self::MissingClassName => "Command is missing a class name.",
            Self::MissingMethodName => "Command is missing a method name.",
            Self::NoSuchMethod => "No such method",
            Self::AuthFailed => "Authorization or authentication failed",
            Self::Blocked => "Your user has been temporarily blocked for API abuse.",
            Self::RateLimited => "This application has been temporarily blocked for API misuse.",
            Self::PhoneNotFound => "Endpoint not found. Log into your phone.",
            Self::BadArguments => "The command expected arguments of different type or amount",
            Self::Unsubscribed => {
                "A temporary problem forced the unsubscription from updates. Try subscribing again. Notify system@m5net.com if this condition persists"
            }
            Self::BadXml => "Failed to unmarshall XML",
            Self::Other(_) => "Unknown error",
        }
    }

    /// What the code means, in a few plain words.
    pub fn meaning(self) -> &'static str {
        match self {
            Self::MissingClassName => "command is missing a class name",
            Self::MissingMethodName => "command is missing a method name",
            Self::NoSuchMethod => "no such command",
            Self::AuthFailed => "wrong DID or PIN",
            Self::Blocked => "user blocked for API abuse",
            Self::RateLimited => "rate limited",
            Self::PhoneNotFound => "phone not logged in",
            Self::BadArguments => "wrong arguments",
            Self::Unsubscribed => "subscription dropped by the server",
            Self::BadXml => "server could not read the request",
            Self::Other(_) => "unexpected error",
        }
    }

    /// One sentence telling the user what to do.
    pub fn advice(self) -> &'static str {
        match self {
            Self::MissingClassName | Self::MissingMethodName | Self::NoSuchMethod => {
                "The server did not recognise the command; update skydial, and if it persists report it (skysupport@shoretel.com can confirm the command list)."
            }
            Self::AuthFailed => {
                "Check your DID (your full 10-digit number) and the PIN you use for voicemail, then try again."
            }
            Self::Blocked => {
                "ShoreTel has blocked this user from the API; contact skysupport@shoretel.com to learn why and how to lift the block."
            }
            Self::RateLimited => {
                "Too many requests in a short time; wait a minute before trying again."
            }
            Self::PhoneNotFound => {
                "Check that your desk phone is connected and logged in (log it out and back in), then retry; if it persists contact skysupport@shoretel.com."
            }
            Self::BadArguments => {
                "The server rejected the command's arguments; update skydial, and report it if it persists."
            }
            Self::Unsubscribed => {
                "Subscribe again (skydial does this by itself); if it keeps happening contact skysupport@shoretel.com."
            }
            Self::BadXml => {
                "The server could not read skydial's request; update skydial, and report it if it persists."
            }
            Self::Other(_) => "Contact skysupport@shoretel.com with this code and message.",
        }
    }
}

/// An error reported by the API in a response's `Errors` list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub code: u32,
    pub minor: u32,
    pub message: String,
}

impl ApiError {
    /// The error the server sends for `kind`, with the spec's message.
    pub fn new(kind: ApiErrorKind) -> Self {
        Self {
            code: kind.code(),
            minor: 0,
            message: kind.server_message().to_string(),
        }
    }

    /// The same error with a more specific message (the server does this for 19).
    pub fn with_message(kind: ApiErrorKind, message: impl Into<String>) -> Self {
        Self {
            code: kind.code(),
            minor: 0,
            message: message.into(),
        }
    }

    /// Which kind of error this is. Code 5 covers two cases, told apart by the message.
    pub fn kind(&self) -> ApiErrorKind {
        match self.code {
            2 => ApiErrorKind::MissingClassName,
            3 => ApiErrorKind::MissingMethodName,
            4 => ApiErrorKind::NoSuchMethod,
            5 if self.message.to_ascii_lowercase().contains("block") => ApiErrorKind::Blocked,
            5 => ApiErrorKind::AuthFailed,
            6 => ApiErrorKind::RateLimited,
            8 => ApiErrorKind::PhoneNotFound,
            13 => ApiErrorKind::BadArguments,
            17 => ApiErrorKind::Unsubscribed,
            19 => ApiErrorKind::BadXml,
            other => ApiErrorKind::Other(other),
        }
    }

    pub fn advice(&self) -> &'static str {
        self.kind().advice()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = self.kind();
        let message = self.message.trim().trim_end_matches('.');
        write!(
            f,
            "API error {} ({}): {}. {}",
            self.code,
            kind.meaning(),
            message,
            kind.advice()
        )
    }
}

impl std::error::Error for ApiError {}
