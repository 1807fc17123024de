//! The API's error codes, each with its meaning and what the user should do
//! (in the user's language; the server's own message is kept as sent).

use crate::t;
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

    /// What the code means, in a few plain words (in the user's language).
    pub fn meaning(self) -> String {
        match self {
            Self::MissingClassName => t!("api-meaning-missing-class"),
            Self::MissingMethodName => t!("api-meaning-missing-method"),
            Self::NoSuchMethod => t!("api-meaning-no-such-method"),
            Self::AuthFailed => t!("api-meaning-auth-failed"),
            Self::Blocked => t!("api-meaning-blocked"),
            Self::RateLimited => t!("api-meaning-rate-limited"),
            Self::PhoneNotFound => t!("api-meaning-phone-not-found"),
            Self::BadArguments => t!("api-meaning-bad-arguments"),
            Self::Unsubscribed => t!("api-meaning-unsubscribed"),
            Self::BadXml => t!("api-meaning-bad-xml"),
            Self::Other(_) => t!("api-meaning-other"),
        }
    }

    /// One sentence telling the user what to do (in the user's language).
    pub fn advice(self) -> String {
        match self {
            Self::MissingClassName | Self::MissingMethodName | Self::NoSuchMethod => {
                t!("api-advice-unknown-command")
            }
            Self::AuthFailed => t!("api-advice-auth-failed"),
            Self::Blocked => t!("api-advice-blocked"),
            Self::RateLimited => t!("api-advice-rate-limited"),
            Self::PhoneNotFound => t!("api-advice-phone-not-found"),
            Self::BadArguments => t!("api-advice-bad-arguments"),
            Self::Unsubscribed => t!("api-advice-unsubscribed"),
            Self::BadXml => t!("api-advice-bad-xml"),
            Self::Other(_) => t!("api-advice-other"),
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

    pub fn advice(&self) -> String {
        self.kind().advice()
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The server's own words stay as the server sent them.
        let kind = self.kind();
        let message = self.message.trim().trim_end_matches('.');
        // What happened and what to do come first, the code last.
        f.write_str(&t!(
            "api-error",
            code = self.code,
            meaning = capitalised(&kind.meaning()),
            message = message,
            advice = kind.advice()
        ))
    }
}

impl std::error::Error for ApiError {}

/// `text` with its first letter in capitals, to open a sentence.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, scoped};

    #[test]
    fn an_api_error_in_each_language_says_what_happened_first_and_the_code_last() {
        let err = ApiError::new(ApiErrorKind::AuthFailed);
        let said = |tag: &str| scoped(Locale::parse(tag).unwrap(), || err.to_string());
        assert_eq!(
            said("en"),
            "Wrong DID or PIN: Authorization or authentication failed. Check your DID (your full 10-digit number) and the PIN you use for voicemail, then try again. (API error 5)"
        );
        assert_eq!(
            said("de"),
            "Falsche DID oder PIN: Authorization or authentication failed. Prüfen Sie Ihre DID (Ihre vollständige 10-stellige Rufnummer) und die PIN Ihrer Mailbox und versuchen Sie es erneut. (API-Fehler 5)"
        );
        assert!(
            said("fr").starts_with(
                "DID ou code PIN incorrect\u{a0}: Authorization or authentication failed. "
            ) && said("fr").ends_with(" (erreur d’API 5)"),
            "{}",
            said("fr")
        );
        assert!(
            said("es")
                .starts_with("DID o PIN incorrecto: Authorization or authentication failed. ")
                && said("es").contains("el PIN de tu buzón de voz")
                && said("es").ends_with(" (error de la API 5)"),
            "{}",
            said("es")
        );
    }

    #[test]
    fn a_code_the_spec_does_not_list_still_opens_with_words() {
        let err = ApiError {
            code: 42,
            minor: 0,
            message: "Something new.".into(),
        };
        let text = scoped(Locale::parse("en").unwrap(), || err.to_string());
        assert_eq!(
            text,
            "Unexpected error: Something new. Contact skysupport@shoretel.com with this code and message. (API error 42)"
        );
    }

    #[test]
    fn capitalised_opens_a_sentence() {
        assert_eq!(capitalised("wrong DID"), "Wrong DID");
        assert_eq!(capitalised("él"), "Él");
        assert_eq!(capitalised(""), "");
    }
}
