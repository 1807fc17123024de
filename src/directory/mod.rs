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
            return Err(DirectoryError::Usage(crate::t!(
                "directory-error-bind-not-carddav"
            )));
        }
        Ok(target)
    }
}

/// A directory's name: what the user calls it, shown as a caller's source.
pub fn check_name(name: &str) -> Result<(), DirectoryError> {
    let trimmed = name.trim();
    if trimmed.is_empty() || trimmed.chars().count() > 64 {
        return Err(DirectoryError::Usage(crate::t!(
            "directory-error-name-length"
        )));
    }
    if trimmed != name
        || name
            .chars()
            .any(|c| c.is_control() || text::is_reordering(c))
    {
        return Err(DirectoryError::Usage(crate::t!(
            "directory-error-name-characters"
        )));
    }
    if name.eq_ignore_ascii_case(CONTACTS_SOURCE) {
        return Err(DirectoryError::Usage(crate::t!(
            "directory-error-name-contacts",
            name = CONTACTS_SOURCE
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
        let bad = |reason: String| DirectoryError::BadUrl {
            url: shown.clone(),
            reason,
        };
        let url = url::Url::parse(text.trim()).map_err(|e| bad(e.to_string()))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(crate::t!("directory-url-no-user")));
        }
        if url.query().is_some() || url.fragment().is_some() {
            return Err(bad(crate::t!("directory-url-no-query")));
        }
        let host = url
            .host()
            .ok_or_else(|| bad(crate::t!("directory-url-no-host")))?;
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
            return Err(bad(crate::t!("directory-url-no-host")));
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
            other => Err(bad(crate::t!("directory-url-scheme", scheme = other))),
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
/// what to do next), in the user's language (`Display`). Never holds the
/// password.
#[derive(Debug, Clone, thiserror::Error)]
pub enum DirectoryError {
    /// Text already in the user's language.
    Usage(String),
    BadUrl {
        url: String,
        reason: String,
    },
    Insecure {
        host: String,
    },
    NotFound(String),
    Exists(String),
    CaFile {
        path: String,
        reason: String,
    },
    Connect {
        server: String,
        detail: String,
    },
    Timeout {
        server: String,
        seconds: u64,
    },
    Certificate {
        server: String,
        detail: String,
    },
    NoStartTls {
        server: String,
    },
    Auth {
        server: String,
        detail: String,
    },
    NoPassword {
        name: String,
    },
    Garbage {
        server: String,
        detail: String,
    },
    TooLarge {
        server: String,
        what: TooLargeWhat,
        limit_mb: usize,
    },
    Server {
        server: String,
        detail: String,
    },
    Redirect {
        server: String,
        location: String,
    },
    NoAddressBooks {
        server: String,
        why: NoAddressBook,
    },
    TooMany {
        server: String,
        limit: usize,
    },
    Index(#[from] crate::history::HistoryError),
    Settings(String),
}

/// What a server sent that was too large.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TooLargeWhat {
    /// One LDAP message.
    LdapMessage,
    /// One HTTP answer (CardDAV).
    Answer,
}

/// Why a CardDAV server has no address book to sync.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoAddressBook {
    /// It names no address book home for this user.
    NoHome,
    /// It has none for this user.
    ForUser,
    /// None has the name asked for; `has`: the names it has.
    Named { want: String, has: Vec<String> },
}

/// A name as Rust's `{:?}` quotes it (control characters escaped), without
/// the quotes: each language puts its own around it.
fn escaped(name: &str) -> String {
    let quoted = format!("{name:?}");
    quoted
        .strip_prefix('"')
        .and_then(|q| q.strip_suffix('"'))
        .unwrap_or(&quoted)
        .to_string()
}

impl std::fmt::Display for DirectoryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let text = match self {
            Self::Usage(text) => return f.write_str(text),
            Self::BadUrl { url, reason } => {
                t!(
                    "directory-error-bad-url",
                    url = url.as_str(),
                    reason = reason.as_str()
                )
            }
            Self::Insecure { host } => t!("directory-error-insecure", host = host.as_str()),
            Self::NotFound(name) => t!("directory-error-not-found", name = escaped(name)),
            Self::Exists(name) => t!("directory-error-exists", name = escaped(name)),
            Self::CaFile { path, reason } => {
                t!(
                    "directory-error-ca-file",
                    path = path.as_str(),
                    reason = reason.as_str()
                )
            }
            Self::Connect { server, detail } => t!(
                "directory-error-connect",
                server = server.as_str(),
                detail = detail.as_str()
            ),
            Self::Timeout { server, seconds } => t!(
                "directory-error-timeout",
                server = server.as_str(),
                seconds = *seconds
            ),
            Self::Certificate { server, detail } => t!(
                "directory-error-certificate",
                server = server.as_str(),
                detail = detail.as_str()
            ),
            Self::NoStartTls { server } => {
                t!("directory-error-no-starttls", server = server.as_str())
            }
            Self::Auth { server, detail } => t!(
                "directory-error-auth",
                server = server.as_str(),
                detail = detail.as_str()
            ),
            Self::NoPassword { name } => t!("directory-error-no-password", name = name.as_str()),
            Self::Garbage { server, detail } => t!(
                "directory-error-garbage",
                server = server.as_str(),
                detail = detail.as_str()
            ),
            Self::TooLarge {
                server,
                what,
                limit_mb,
            } => t!(
                "directory-error-too-large",
                server = server.as_str(),
                what = match what {
                    TooLargeWhat::LdapMessage => "ldap",
                    TooLargeWhat::Answer => "answer",
                },
                limit_mb = *limit_mb
            ),
            Self::Server { server, detail } => t!(
                "directory-error-server",
                server = server.as_str(),
                detail = detail.as_str()
            ),
            Self::Redirect { server, location } => t!(
                "directory-error-redirect",
                server = server.as_str(),
                location = location.as_str()
            ),
            Self::NoAddressBooks { server, why } => match why {
                NoAddressBook::NoHome => {
                    t!(
                        "directory-error-no-address-book-home",
                        server = server.as_str()
                    )
                }
                NoAddressBook::ForUser => {
                    t!("directory-error-no-address-book", server = server.as_str())
                }
                NoAddressBook::Named { want, has } => t!(
                    "directory-error-no-address-book-named",
                    server = server.as_str(),
                    want = escaped(want),
                    has = has.join(", ")
                ),
            },
            Self::TooMany { server, limit } => t!(
                "directory-error-too-many",
                server = server.as_str(),
                limit = *limit
            ),
            Self::Index(e) => return std::fmt::Display::fmt(e, f),
            Self::Settings(error) => {
                t!("directory-error-settings", error = error.as_str())
            }
        };
        f.write_str(&text)
    }
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
    fn errors_read_in_the_users_language_and_logs_in_english() {
        use crate::i18n::{English, Locale, scoped};
        let de = Locale::parse("de").unwrap();
        let missing = DirectoryError::NotFound("Corp\u{7}".into());
        let english = "no directory is named \"Corp\\u{7}\"; `skydial directory list` shows them";
        assert_eq!(missing.to_string(), english);
        assert_eq!(
            scoped(de, || missing.to_string()),
            "Kein Verzeichnis heißt „Corp\\u{7}“; `skydial directory list` zeigt sie an"
        );
        assert_eq!(scoped(de, || English(&missing).to_string()), english);
        let big = DirectoryError::TooLarge {
            server: "ldaps://dc1:636".into(),
            what: TooLargeWhat::LdapMessage,
            limit_mb: 8,
        };
        assert_eq!(
            big.to_string(),
            "ldaps://dc1:636 sent an LDAP message larger than 8 MB; skydial stops reading there and keeps the names it has"
        );
        assert!(
            scoped(de, || big.to_string())
                .starts_with("ldaps://dc1:636 hat eine LDAP-Nachricht größer als 8 MB gesendet"),
            "{}",
            scoped(de, || big.to_string())
        );
        let none = DirectoryError::NoAddressBooks {
            server: "https://dav".into(),
            why: NoAddressBook::Named {
                want: "Work".into(),
                has: vec!["Home".into(), "Shared".into()],
            },
        };
        assert_eq!(
            none.to_string(),
            "https://dav has no address book named \"Work\"; it has: Home, Shared"
        );
        // Settings' Directories section shows what check() finds.
        let err = scoped(de, || {
            DirectoryConfig::new(" Corp", "ldaps://dc1")
                .check()
                .unwrap_err()
                .to_string()
        });
        assert!(err.contains("Steuerzeichen"), "{err}");
        let err = scoped(de, || Target::parse("ftp://x").unwrap_err().to_string());
        assert!(
            err.starts_with("Die Verzeichnis-URL ftp://x kann nicht"),
            "{err}"
        );
        assert!(err.contains("nicht ftp://"), "{err}");
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
