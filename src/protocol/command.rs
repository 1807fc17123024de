//! The eight API commands, written out exactly as the spec shows them.

use super::call::CallId;
use super::error::{ApiError, ApiErrorKind};
use super::xml::{self, Element, XmlError, escape};
use std::fmt;
use std::fmt::Write as _;

/// The API's resource path: GET and the long-lived POST both go here.
pub const API_PATH: &str = "/bobl/bobl";

/// Every command name starts with this class.
pub const CLASS: &str = "org.m5.apps.v1.cti.ClickToDial";

/// The user's PIN. It has no `Display` and its `Debug` is redacted, so it cannot
/// end up in a log line, an error text or a panic message by accident; its
/// memory is wiped when it is dropped.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct Pin(zeroize::Zeroizing<String>);

impl Pin {
    pub fn new(pin: impl Into<String>) -> Self {
        Self(zeroize::Zeroizing::new(pin.into()))
    }

    /// The PIN itself, for the request body only.
    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for Pin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Pin(<redacted>)")
    }
}

/// Who runs the commands: the DID (user name) and the PIN (password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credentials {
    pub user: String,
    pub pin: Pin,
}

impl Credentials {
    pub fn new(user: impl Into<String>, pin: Pin) -> Self {
        Self {
            user: user.into(),
            pin,
        }
    }
}

/// One API command with its arguments. `None` means the argument is left blank,
/// which the spec allows for call ids (first call in the right state) and endpoints.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Dial {
        number: String,
        endpoint: Option<String>,
    },
    Answer {
        call: Option<CallId>,
        endpoint: Option<String>,
    },
    Ignore {
        call: Option<CallId>,
    },
    Release {
        call: Option<CallId>,
    },
    Hold {
        call: Option<CallId>,
    },
    Resume {
        call: Option<CallId>,
    },
    ListCalls {
        endpoint: Option<String>,
    },
    Subscribe,
}

fn opt(value: &Option<String>) -> &str {
    value.as_deref().unwrap_or("")
}

fn opt_call(value: &Option<CallId>) -> &str {
    value.as_ref().map(CallId::as_str).unwrap_or("")
}

fn non_blank(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_string())
}

impl Command {
    /// The method part of the name: `dial`, `listCalls`, ...
    pub fn method(&self) -> &'static str {
        match self {
            Self::Dial { .. } => "dial",
            Self::Answer { .. } => "answer",
            Self::Ignore { .. } => "ignore",
            Self::Release { .. } => "release",
            Self::Hold { .. } => "hold",
            Self::Resume { .. } => "resume",
            Self::ListCalls { .. } => "listCalls",
            Self::Subscribe => "subscribe",
        }
    }

    /// The full command name, as sent in `<Name>` or `name=`.
    pub fn name(&self) -> String {
        format!("{CLASS}.{}", self.method())
    }

    /// The arguments in order, blanks included.
    pub fn args(&self) -> Vec<&str> {
        match self {
            Self::Dial { number, endpoint } => vec![number.as_str(), opt(endpoint)],
            Self::Answer { call, endpoint } => vec![opt_call(call), opt(endpoint)],
            Self::Ignore { call }
            | Self::Release { call }
            | Self::Hold { call }
            | Self::Resume { call } => vec![opt_call(call)],
            Self::ListCalls { endpoint } => vec![opt(endpoint)],
            Self::Subscribe => vec![],
        }
    }

    /// Whether the command can be sent as a GET request (all but `subscribe`).
    pub fn allows_get(&self) -> bool {
        !matches!(self, Self::Subscribe)
    }

    /// The command as the spec's XML request, byte for byte. `id` is the
    /// correlation `Id`; without it the server picks a random one.
    pub fn to_xml(&self, credentials: &Credentials, id: Option<u64>) -> String {
        let mut out = String::with_capacity(512);
        out.push_str(XML_DECL);
        out.push_str("\n<Command>\n");
        let _ = writeln!(out, "  <Name>{}</Name>", self.name());
        let _ = writeln!(out, "  <User>{}</User>", escape(&credentials.user));
        let _ = writeln!(
            out,
            "  <Password>{}</Password>",
            escape(credentials.pin.expose())
        );
        for arg in self.args() {
            let _ = writeln!(out, "  <Arguments {ARG_ATTRS}>{}</Arguments>", escape(arg));
        }
        if let Some(id) = id {
            let _ = writeln!(out, "  <Id>{id}</Id>");
        }
        out.push_str("</Command>\n");
        out
    }

    /// The command as the spec's GET query string (without the leading `?`).
    /// It holds the PIN: never log it.
    pub fn to_query(&self, credentials: &Credentials) -> String {
        let mut out = format!(
            "name={}&user={}&password={}",
            query_escape(&self.name()),
            query_escape(&credentials.user),
            query_escape(credentials.pin.expose())
        );
        for arg in self.args() {
            out.push_str("&args=");
            out.push_str(&query_escape(arg));
        }
        out
    }

    /// Reads a typed command from a name and its arguments, with the error the
    /// server gives for a bad name (2, 3, 4) or the wrong number of arguments (13).
    pub fn from_parts(name: &str, args: &[String]) -> Result<Self, ApiError> {
        let name = name.trim();
        let (class, method) = match name.rfind('.') {
            Some(dot) => (&name[..dot], &name[dot + 1..]),
            None => ("", name),
        };
        if class.is_empty() {
            return Err(ApiError::new(ApiErrorKind::MissingClassName));
        }
        if method.is_empty() {
            return Err(ApiError::new(ApiErrorKind::MissingMethodName));
        }
        if class != CLASS {
            return Err(ApiError::new(ApiErrorKind::NoSuchMethod));
        }
        let expected = match method {
            "dial" | "answer" => 2,
            "ignore" | "release" | "hold" | "resume" | "listCalls" => 1,
            "subscribe" => 0,
            _ => return Err(ApiError::new(ApiErrorKind::NoSuchMethod)),
        };
        if args.len() != expected {
            return Err(ApiError::new(ApiErrorKind::BadArguments));
        }
        let arg = |i: usize| non_blank(&args[i]);
        let call = |i: usize| non_blank(&args[i]).map(CallId);
        Ok(match method {
            "dial" => Self::Dial {
                number: args[0].trim().to_string(),
                endpoint: arg(1),
            },
            "answer" => Self::Answer {
                call: call(0),
                endpoint: arg(1),
            },
            "ignore" => Self::Ignore { call: call(0) },
            "release" => Self::Release { call: call(0) },
            "hold" => Self::Hold { call: call(0) },
            "resume" => Self::Resume { call: call(0) },
            "listCalls" => Self::ListCalls { endpoint: arg(0) },
            _ => Self::Subscribe,
        })
    }
}

/// The XML declaration every document starts with.
pub const XML_DECL: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"#;

const ARG_ATTRS: &str = r#"xsi:type="ns3:string" xmlns:ns3="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance""#;

fn query_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                out.push(b as char)
            }
            _ => {
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
    out
}

/// Decodes one `application/x-www-form-urlencoded` value.
pub fn query_unescape(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A command as it arrives at the server, before its name and arguments are checked.
#[derive(Clone, PartialEq, Eq, Default)]
pub struct RawCommand {
    pub name: String,
    pub user: String,
    pub password: Pin,
    pub args: Vec<String>,
    /// The correlation id, if the client sent one.
    pub id: Option<String>,
}

impl fmt::Debug for RawCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RawCommand")
            .field("name", &self.name)
            .field("user", &self.user)
            .field("password", &self.password)
            .field("args", &self.args)
            .field("id", &self.id)
            .finish()
    }
}

impl RawCommand {
    /// Reads one `<Command>` document.
    pub fn parse_xml(doc: &[u8]) -> Result<Self, XmlError> {
        let root = xml::parse(doc)?;
        Self::from_element(&root)
    }

    fn from_element(root: &Element) -> Result<Self, XmlError> {
        if root.name != "Command" {
            return Err(XmlError::Malformed(format!(
                "expected <Command>, found <{}>",
                root.name
            )));
        }
        Ok(Self {
            name: root.child_text("Name").unwrap_or("").trim().to_string(),
            user: root.child_text("User").unwrap_or("").trim().to_string(),
            password: Pin::new(root.child_text("Password").unwrap_or("").trim()),
            args: root
                .children_named("Arguments")
                .map(|a| a.text.trim().to_string())
                .collect(),
            id: root.child_text("Id").and_then(non_blank),
        })
    }

    /// Reads a GET query string (`name=...&user=...&password=...&args=...`).
    pub fn parse_query(query: &str) -> Self {
        let mut raw = Self::default();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = query_unescape(value);
            match query_unescape(key).as_str() {
                "name" => raw.name = value,
                "user" => raw.user = value,
                "password" => raw.password = Pin::new(value),
                "args" => raw.args.push(value),
                "id" | "Id" => raw.id = non_blank(&value),
                _ => {}
            }
        }
        raw
    }

    /// The typed command, or the API error the server answers with.
    pub fn command(&self) -> Result<Command, ApiError> {
        Command::from_parts(&self.name, &self.args)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_escape_round_trips() {
        for text in ["", "a b&c=d", "100%", "é+ü", "%zz", "%4"] {
            assert_eq!(query_unescape(&query_escape(text)), text);
        }
        assert_eq!(query_unescape("%zz"), "%zz");
        assert_eq!(query_unescape("a%4"), "a%4");
    }
}
