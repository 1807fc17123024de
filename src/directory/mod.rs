//! Who is calling: company directories (LDAP: Active Directory and OpenLDAP;
//! CardDAV address books) synced into a local index beside the call
//! history, and the user's own contacts, editable.
//!
//! ```text
//!  settings.json: directories (no secrets)      keyring: each one's password
//!        │                                              │
//!  service (background task) ── every 15 min, at start, on demand ──┐
//!        │ fetch::run: ldap.rs / carddav.rs ── network (bounded) ──  │
//!        ▼                                                           │
//!  index.rs: people, numbers, FTS5 (history.sqlite3) ◄── written in small
//!        ▲                                              transactions
//!        └── History::lookup_name on a ring (an indexed read; never the network)
//! ```
//!
//! A sync never deletes what it has not proved gone: entries leave the
//! index only when a complete listing no longer has them (or a CardDAV
//! server says they were deleted). A failed or partial sync keeps the last
//! synced names working and says when and why it failed.

mod ber;
pub mod carddav;
mod dav;
pub mod fetch;
pub mod filter;
pub mod ldap;
pub mod service;
pub mod sync;
mod tls;
pub mod vcard;

/// The index of people callers are named after lives in the history database.
pub use crate::history::people as index;
pub use crate::history::people::text;
pub use index::{Caller, Index, Number, NumberKind, Person, Source};
pub use service::{DirectoryHandle, DirectoryStatus, ServiceConfig};
pub use sync::SyncReport;
pub use text::clean_text;

use serde::{Deserialize, Serialize};
use std::path::PathBuf;
use std::time::Duration;

pub use crate::history::people::CONTACTS_SOURCE;

/// Minutes between background syncs unless a directory says otherwise.
pub const DEFAULT_SYNC_MINUTES: u32 = 15;

/// How long one request (an LDAP operation, an HTTP request) may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// How long connecting (TCP and TLS) may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Limits on what a directory server sends. Entries past a limit are cut
/// (names, numbers) or the sync stops with a message (too many entries, a
/// message or body too large); nothing already synced is lost either way.
pub mod limits {
    /// Entries one directory may hold in the index.
    pub const MAX_ENTRIES: usize = 500_000;
    pub use crate::history::people::{MAX_NUMBERS, MAX_TEXT_CHARS};
    /// One LDAP message from the server.
    pub const MAX_LDAP_MESSAGE: usize = 8 << 20;
    /// One HTTP response body from a CardDAV server.
    pub const MAX_BODY: usize = 32 << 20;
    /// Lines in one vCard (a card of a person has tens).
    pub const MAX_CARD_LINES: usize = 5_000;
    /// Bytes of one vCard.
    pub const MAX_CARD_BYTES: usize = 2 << 20;
    /// Nesting of XML elements in a WebDAV answer.
    pub const MAX_XML_DEPTH: usize = 64;
}

/// One directory, as the settings file keeps it (never its password).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DirectoryConfig {
    /// The user's name for it (`Corp`, `Shared contacts`), shown as a caller's source.
    pub name: String,
    /// `ldap://`, `ldaps://` (LDAP) or `https://` (CardDAV).
    pub url: String,
    /// LDAP: where people are searched (`DC=corp,DC=example,DC=com`);
    /// blank: the server's default naming context.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base: Option<String>,
    /// LDAP: the DN to bind as.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bind: Option<String>,
    /// LDAP: `user@domain` to bind as (Active Directory); CardDAV: the user name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub user: Option<String>,
    /// Extra CA certificates (PEM) to trust for this server.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ca_file: Option<PathBuf>,
    /// CardDAV: the address books to sync (their names or paths); empty: all.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub address_books: Vec<String>,
    /// Minutes between background syncs (default 15; 0: only on demand).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sync_minutes: Option<u32>,
    /// Keys this version does not know: kept as they were.
    #[serde(flatten)]
    pub other: serde_json::Map<String, serde_json::Value>,
}

impl DirectoryConfig {
    pub fn new(name: impl Into<String>, url: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            url: url.into(),
            base: None,
            bind: None,
            user: None,
            ca_file: None,
            address_books: Vec::new(),
            sync_minutes: None,
            other: serde_json::Map::new(),
        }
    }

    /// Who signs in: a bind DN, a user name, or nobody.
    pub fn login(&self) -> Login {
        let blank = |v: &Option<String>| {
            v.as_deref()
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_string)
        };
        match (blank(&self.bind), blank(&self.user)) {
            (Some(dn), _) => Login::Dn(dn),
            (None, Some(user)) => Login::User(user),
            (None, None) => Login::Anonymous,
        }
    }

    /// Where the password is kept in the keyring: the server and who signs
    /// in, so that a password kept for one server is never sent to another.
    pub fn keyring_key(&self) -> String {
        let who = match self.login() {
            Login::Dn(dn) => dn,
            Login::User(user) => user,
            Login::Anonymous => String::new(),
        };
        let url =
            Target::parse(&self.url).map_or_else(|_| self.url.trim().to_string(), |t| t.origin());
        format!("directory:{who}@{url}")
    }

    /// Minutes between syncs.
    pub fn sync_every(&self) -> Option<Duration> {
        match self.sync_minutes.unwrap_or(DEFAULT_SYNC_MINUTES) {
            0 => None,
            m => Some(Duration::from_secs(u64::from(m) * 60)),
        }
    }

    /// Checks what can be checked without the network: the name and the URL.
    pub fn check(&self) -> Result<Target, DirectoryError> {
        check_name(&self.name)?;
        let target = Target::parse(&self.url)?;
        if matches!(target, Target::CardDav { .. }) && matches!(self.login(), Login::Dn(_)) {
            return Err(DirectoryError::Usage(
                "--bind takes an LDAP DN; a CardDAV server takes --user".into(),
            ));
        }
        Ok(target)
    }
}

/// A directory's name: what the user calls it, shown as a caller's source.
pub fn check_name(name: &str) -> Result<(), DirectoryError> {
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 64 {
        return Err(DirectoryError::Usage(
            "a directory's name is 1 to 64 characters, like Corp or Shared".into(),
        ));
    }
    if trimmed != name
        || name
            .chars()
            .any(|c| c.is_control() || text::is_reordering(c))
    {
        return Err(DirectoryError::Usage(
            "a directory's name has no control characters or spaces around it".into(),
        ));
    }
    if name.eq_ignore_ascii_case(CONTACTS_SOURCE) {
        return Err(DirectoryError::Usage(format!(
            "{CONTACTS_SOURCE:?} names your own contacts; pick another name"
        )));
    }
    Ok(())
}

/// Who signs in to a directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Login {
    Anonymous,
    /// An LDAP DN (`CN=Ada,OU=Staff,DC=corp,DC=example,DC=com`).
    Dn(String),
    /// `user@domain` (Active Directory) or a CardDAV user name.
    User(String),
}

pub use crate::secrets::Password;

/// The environment variable a directory's password comes from, before the keyring.
pub const PASSWORD_VARIABLE: &str = "SKYDIAL_DIRECTORY_PASSWORD";

/// Where directory passwords come from: `SKYDIAL_DIRECTORY_PASSWORD`, else
/// the keyring (each directory's own entry). Every lookup may block (the
/// keyring speaks D-Bus): call it off the async threads.
#[derive(Clone)]
pub struct Passwords {
    secrets: Option<crate::secrets::Secrets>,
    from_env: Option<Password>,
}

impl Passwords {
    /// `SKYDIAL_DIRECTORY_PASSWORD` if set, and this keyring.
    pub fn new(secrets: Option<crate::secrets::Secrets>) -> Self {
        let from_env = std::env::var(PASSWORD_VARIABLE)
            .ok()
            .filter(|p| !p.is_empty())
            .map(Password::new);
        if from_env.is_some() {
            crate::secure::holding_pin();
        }
        Self { secrets, from_env }
    }

    /// The password for `config` (`None`: it signs in anonymously).
    pub fn get(&self, config: &DirectoryConfig) -> Result<Option<Password>, DirectoryError> {
        if config.login() == Login::Anonymous {
            return Ok(None);
        }
        if let Some(p) = &self.from_env {
            return Ok(Some(p.clone()));
        }
        let kept = self
            .secrets
            .as_ref()
            .filter(|s| s.available())
            .map(|s| s.load_directory(&config.keyring_key()));
        match kept {
            Some(Ok(Some(p))) => {
                crate::secure::holding_pin();
                Ok(Some(p))
            }
            Some(Err(e)) => {
                tracing::warn!(
                    "cannot read the keyring for the directory {}: {e}",
                    config.name
                );
                Err(DirectoryError::NoPassword {
                    name: config.name.clone(),
                })
            }
            Some(Ok(None)) | None => Err(DirectoryError::NoPassword {
                name: config.name.clone(),
            }),
        }
    }
}

/// How an LDAP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LdapTls {
    /// `ldaps://`: TLS from the first byte.
    Direct,
    /// `ldap://`: StartTLS; on this computer, plain when the server has no TLS.
    StartTls,
}

/// Where a directory is, read from its URL once.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    Ldap {
        host: String,
        port: u16,
        tls: LdapTls,
        /// A base DN written in the URL's path (`ldap://host/dc=example,dc=org`).
        base: Option<String>,
        loopback: bool,
    },
    CardDav {
        url: url::Url,
        loopback: bool,
    },
}

impl Target {
    pub fn parse(text: &str) -> Result<Self, DirectoryError> {
        let shown = shown_url(text);
        let bad = |reason: &str| DirectoryError::BadUrl {
            url: shown.clone(),
            reason: reason.to_string(),
        };
        let url = url::Url::parse(text.trim()).map_err(|e| bad(&e.to_string()))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(
                "leave user names and passwords out of the URL: use --user or --bind, and SKYDIAL_DIRECTORY_PASSWORD or the prompt for the password",
            ));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad(
                "a directory URL has no query (?...) or fragment (#...)",
            ));
        }
        let host = url.host().ok_or_else(|| bad("it has no host"))?;
        // ldap:// is not a scheme the URL standard knows: its host comes as
        // text even when it is an address.
        let host_text = match &host {
            url::Host::Domain(d) => d.trim_start_matches('[').trim_end_matches(']').to_string(),
            url::Host::Ipv4(ip) => ip.to_string(),
            url::Host::Ipv6(ip) => ip.to_string(),
        };
        let loopback = crate::client::url::is_loopback_host(&host)
            || host_text
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback());
        if host_text.is_empty() {
            return Err(bad("it has no host"));
        }
        match url.scheme() {
            "ldap" | "ldaps" => {
                let tls = if url.scheme() == "ldaps" {
                    LdapTls::Direct
                } else {
                    LdapTls::StartTls
                };
                let port = url
                    .port()
                    .unwrap_or(if tls == LdapTls::Direct { 636 } else { 389 });
                let path = url.path().trim_start_matches('/');
                let base = (!path.is_empty()).then(|| text::percent_decode(path));
                Ok(Self::Ldap {
                    host: host_text,
                    port,
                    tls,
                    base,
                    loopback,
                })
            }
            "https" => Ok(Self::CardDav { url, loopback }),
            "http" if loopback => Ok(Self::CardDav { url, loopback }),
            "http" => Err(DirectoryError::Insecure { host: host_text }),
            other => Err(bad(&format!(
                "use ldap://, ldaps:// (LDAP, Active Directory) or https:// (CardDAV), not {other}://"
            ))),
        }
    }

    /// `ldaps://host:636`, `https://host`: for messages and keyring keys.
    pub fn origin(&self) -> String {
        match self {
            Self::Ldap {
                host, port, tls, ..
            } => {
                let scheme = if *tls == LdapTls::Direct {
                    "ldaps"
                } else {
                    "ldap"
                };
                if host.contains(':') {
                    format!("{scheme}://[{host}]:{port}")
                } else {
                    format!("{scheme}://{host}:{port}")
                }
            }
            Self::CardDav { url, .. } => url.origin().ascii_serialization(),
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Self::Ldap { .. } => "LDAP",
            Self::CardDav { .. } => "CardDAV",
        }
    }
}

/// A URL as typed, for messages: no user information, query or fragment.
fn shown_url(typed: &str) -> String {
    let typed = typed.trim();
    let end = typed.find(['?', '#']).unwrap_or(typed.len());
    let cut = &typed[..end];
    let shown = match cut.split_once("://") {
        Some((scheme, rest)) => {
            let authority_end = rest.find('/').unwrap_or(rest.len());
            let at = rest[..authority_end].rfind('@').map_or(0, |at| at + 1);
            format!("{scheme}://{}", &rest[at..])
        }
        None => cut.to_string(),
    };
    crate::protocol::number::bounded(&crate::protocol::text::printable(&shown), 120)
}

/// What can go wrong with a directory, in words for the user (each says
/// what to do next). Never holds the password.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DirectoryError {
    #[error("{0}")]
    Usage(String),
    #[error("the directory URL {url} cannot be used: {reason}")]
    BadUrl { url: String, reason: String },
    #[error(
        "{host} is another computer: its password and names would travel unencrypted over plain http:// or ldap://. Use https:// (CardDAV) or ldaps:// (LDAP)"
    )]
    Insecure { host: String },
    #[error("no directory is named {0:?}; `skydial directory list` shows them")]
    NotFound(String),
    #[error("a directory named {0:?} exists already; remove it first or pick another name")]
    Exists(String),
    #[error("cannot use the CA file {path}: {reason}")]
    CaFile { path: String, reason: String },
    #[error("cannot reach the directory server {server} ({detail}); check the URL and the network")]
    Connect { server: String, detail: String },
    #[error(
        "the directory server {server} did not answer within {seconds} s; it may be overloaded or a firewall drops the connection. skydial keeps the names it synced and tries again later"
    )]
    Timeout { server: String, seconds: u64 },
    #[error(
        "the certificate of {server} is not trusted ({detail}); if your company has its own certificate authority, pass its certificate with --ca-file"
    )]
    Certificate { server: String, detail: String },
    #[error(
        "{server} does not offer StartTLS, and the password and names would travel unencrypted; use ldaps://, or ask the directory's administrator to turn TLS on"
    )]
    NoStartTls { server: String },
    #[error("{server} refused the sign-in ({detail}); check the user name and the password")]
    Auth { server: String, detail: String },
    #[error(
        "no password for the directory {name}: set SKYDIAL_DIRECTORY_PASSWORD, or add the directory again to keep its password in the keyring"
    )]
    NoPassword { name: String },
    #[error(
        "{server} answered with something skydial cannot read ({detail}); is this the right URL?"
    )]
    Garbage { server: String, detail: String },
    #[error(
        "{server} sent {what} larger than {limit_mb} MB; skydial stops reading there and keeps the names it has"
    )]
    TooLarge {
        server: String,
        what: &'static str,
        limit_mb: usize,
    },
    #[error("{server} answered: {detail}")]
    Server { server: String, detail: String },
    #[error(
        "{server} redirects to {location}, another server: add the directory with that URL if you trust it"
    )]
    Redirect { server: String, location: String },
    #[error("{server} has no address book{detail}")]
    NoAddressBooks { server: String, detail: String },
    #[error(
        "{server} holds more than {limit} entries; skydial keeps up to {limit} per directory. Narrow it with --base"
    )]
    TooMany { server: String, limit: usize },
    #[error(transparent)]
    Index(#[from] crate::history::HistoryError),
    #[error("cannot save the settings: {0}")]
    Settings(String),
}

impl DirectoryError {
    /// What kind of failure, for exit statuses.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Usage(_)
            | Self::BadUrl { .. }
            | Self::Insecure { .. }
            | Self::NotFound(_)
            | Self::Exists(_)
            | Self::CaFile { .. }
            | Self::NoPassword { .. } => ErrorKind::Usage,
            Self::Auth { .. } => ErrorKind::Auth,
            Self::Connect { .. }
            | Self::Timeout { .. }
            | Self::Certificate { .. }
            | Self::NoStartTls { .. }
            | Self::Garbage { .. }
            | Self::TooLarge { .. }
            | Self::Redirect { .. } => ErrorKind::Connection,
            Self::Server { .. }
            | Self::NoAddressBooks { .. }
            | Self::TooMany { .. }
            | Self::Index(_)
            | Self::Settings(_) => ErrorKind::Other,
        }
    }
}

/// Kinds of [`DirectoryError`], as the command line's exit statuses see them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    Usage,
    Auth,
    Connection,
    Other,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_are_read_once_and_insecure_ones_refused() {
        assert_eq!(
            Target::parse("ldaps://dc1.corp.example.com").unwrap(),
            Target::Ldap {
                host: "dc1.corp.example.com".into(),
                port: 636,
                tls: LdapTls::Direct,
                base: None,
                loopback: false
            }
        );
        assert!(matches!(
            Target::parse("ldap://127.0.0.1:3890/dc=example,dc=org").unwrap(),
            Target::Ldap { port: 3890, tls: LdapTls::StartTls, base: Some(b), loopback: true, .. } if b == "dc=example,dc=org"
        ));
        assert!(matches!(
            Target::parse("https://dav.example.com/").unwrap(),
            Target::CardDav {
                loopback: false,
                ..
            }
        ));
        assert!(matches!(
            Target::parse("http://dav.example.com/"),
            Err(DirectoryError::Insecure { .. })
        ));
        assert!(Target::parse("http://localhost:5232/").is_ok());
        let err = Target::parse("https://ada:s3cret@dav.example.com/")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cret"), "{err}");
        assert!(err.contains("out of the URL"), "{err}");
        let err = Target::parse("https://dav.example.com/?password=s3cret")
            .unwrap_err()
            .to_string();
        assert!(!err.contains("s3cret"), "{err}");
        assert!(Target::parse("ftp://x").is_err());
    }

    #[test]
    fn names_and_keyring_keys() {
        assert!(check_name("Corp").is_ok());
        assert!(check_name("contacts").is_err());
        assert!(check_name(" Corp").is_err());
        assert!(check_name("a\u{202e}b").is_err());
        assert!(check_name("").is_err());
        let mut a = DirectoryConfig::new("Corp", "ldaps://dc1.corp.example.com/");
        a.user = Some("ada@corp.example.com".into());
        let mut b = a.clone();
        b.url = "ldaps://evil.example.com".into();
        assert_ne!(a.keyring_key(), b.keyring_key(), "keyed by server");
        assert_eq!(
            a.keyring_key(),
            "directory:ada@corp.example.com@ldaps://dc1.corp.example.com:636"
        );
        assert_eq!(
            format!("{:?}", Password::new("s3cret")),
            "Password(<redacted>)"
        );
    }
}
