//! LDAP directories (Active Directory, OpenLDAP) through the ldap3 crate.
//!
//! skydial opens the connection itself (TCP, then TLS for `ldaps://` or
//! StartTLS for `ldap://`, rustls with the system's roots and `--ca-file`)
//! and hands ldap3 a plain local socket whose far end is a relay: every
//! message from the server is framed and checked by [`super::ber`] on the
//! way, so a hostile or broken server gets a clear error instead of
//! whatever the library would do with it (see there). ldap3 does what it is
//! good at: binds, paged searches, results.
//!
//! Binds are simple binds, as a DN, as `user@domain` (Active Directory takes
//! it as is; a server that wants a DN gets the user's DN found by
//! `userPrincipalName`, `mail` or `uid` first), or anonymous.

use super::ber;
use super::filter;
use super::index::{Entry, NumberKind};
use super::sync::Writer;
use super::{CONNECT_TIMEOUT, DirectoryConfig, DirectoryError, LdapTls, Login, Password, Target};
use ldap3::adapters::{EntriesOnly, PagedResults};
use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, LdapError, Scope, SearchEntry, StdStream};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};

/// Entries per page: Active Directory's most (its MaxPageSize).
pub const PAGE_SIZE: i32 = 1000;

/// Where and how to reach an LDAP server.
#[derive(Debug, Clone)]
pub struct LdapOptions {
    pub host: String,
    pub port: u16,
    pub tls: LdapTls,
    pub loopback: bool,
    pub base: Option<String>,
    pub login: Login,
    pub ca_file: Option<std::path::PathBuf>,
    /// How long one operation (and each search result) may take.
    pub timeout: Duration,
}

impl LdapOptions {
    pub fn from_config(
        config: &DirectoryConfig,
        timeout: Duration,
    ) -> Result<Self, DirectoryError> {
        let Target::Ldap {
            host,
            port,
            tls,
            base,
            loopback,
        } = config.check()?
        else {
            return Err(DirectoryError::Usage(crate::t!(
                "directory-error-not-ldap",
                url = config.url.as_str()
            )));
        };
        let base = config
            .base
            .as_deref()
            .map(str::trim)
            .filter(|b| !b.is_empty())
            .map(str::to_string)
            .or(base);
        Ok(Self {
            host,
            port,
            tls,
            loopback,
            base,
            login: config.login(),
            ca_file: config.ca_file.clone(),
            timeout,
        })
    }

    fn server(&self) -> String {
        let scheme = if self.tls == LdapTls::Direct {
            "ldaps"
        } else {
            "ldap"
        };
        if self.host.contains(':') {
            format!("{scheme}://[{}]:{}", self.host, self.port)
        } else {
            format!("{scheme}://{}:{}", self.host, self.port)
        }
    }
}

/// Why the relay ended the connection, when it did.
type Fault = Arc<Mutex<Option<ber::BerError>>>;

/// A connection, bound, with the base to search.
pub struct Session {
    ldap: Ldap,
    fault: Fault,
    server: String,
    timeout: Duration,
    pub base: String,
    /// Whether the connection is encrypted (plain only on this computer,
    /// to a server without TLS).
    pub encrypted: bool,
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

fn io_error(server: &str, e: &std::io::Error) -> DirectoryError {
    let (certificate, detail) = super::tls::describe(e);
    if certificate {
        DirectoryError::Certificate {
            server: server.to_string(),
            detail,
        }
    } else {
        DirectoryError::Connect {
            server: server.to_string(),
            detail,
        }
    }
}

fn timeout_error(server: &str, d: Duration) -> DirectoryError {
    DirectoryError::Timeout {
        server: server.to_string(),
        seconds: d.as_secs().max(1),
    }
}

/// Reads one whole, checked message from the server (StartTLS's answer).
async fn read_message<S: AsyncRead + Unpin>(
    stream: &mut S,
    server: &str,
) -> Result<Vec<u8>, DirectoryError> {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match ber::message_len(&buf) {
            Ok(Some(n)) if buf.len() >= n => {
                buf.truncate(n);
                return Ok(buf);
            }
            Ok(_) => {}
            Err(e) => return Err(garbage(server, &e)),
        }
        let read = stream
            .read(&mut chunk)
            .await
            .map_err(|e| io_error(server, &e))?;
        if read == 0 {
            return Err(DirectoryError::Connect {
                server: server.to_string(),
                detail: "the server closed the connection".into(),
            });
        }
        buf.extend_from_slice(&chunk[..read]);
    }
}

fn garbage(server: &str, e: &ber::BerError) -> DirectoryError {
    match e {
        ber::BerError::TooLarge(_) => DirectoryError::TooLarge {
            server: server.to_string(),
            what: super::TooLargeWhat::LdapMessage,
            limit_mb: super::limits::MAX_LDAP_MESSAGE >> 20,
        },
        ber::BerError::Malformed(_) => DirectoryError::Garbage {
            server: server.to_string(),
            detail: e.to_string(),
        },
    }
}

async fn tls_handshake(
    tcp: tokio::net::TcpStream,
    o: &LdapOptions,
    server: &str,
) -> Result<Box<dyn Stream>, DirectoryError> {
    let config = super::tls::client_config(o.ca_file.as_deref())?;
    let name = rustls::pki_types::ServerName::try_from(o.host.clone()).map_err(|e| {
        DirectoryError::BadUrl {
            url: server.to_string(),
            reason: e.to_string(),
        }
    })?;
    let connector = tokio_rustls::TlsConnector::from(config);
    let tls = tokio::time::timeout(CONNECT_TIMEOUT, connector.connect(name, tcp))
        .await
        .map_err(|_| timeout_error(server, CONNECT_TIMEOUT))?
        .map_err(|e| io_error(server, &e))?;
    Ok(Box::new(tls))
}

/// Connects: TCP, then TLS or StartTLS. Returns the stream and whether it
/// is encrypted.
async fn open(o: &LdapOptions) -> Result<(Box<dyn Stream>, bool), DirectoryError> {
    let server = o.server();
    let mut tcp = tokio::time::timeout(
        CONNECT_TIMEOUT,
        tokio::net::TcpStream::connect((o.host.as_str(), o.port)),
    )
    .await
    .map_err(|_| timeout_error(&server, CONNECT_TIMEOUT))?
    .map_err(|e| io_error(&server, &e))?;
    let _ = tcp.set_nodelay(true);
    match o.tls {
        LdapTls::Direct => Ok((tls_handshake(tcp, o, &server).await?, true)),
        LdapTls::StartTls => {
            tcp.write_all(&ber::start_tls_request(1))
                .await
                .map_err(|e| io_error(&server, &e))?;
            let answer = tokio::time::timeout(o.timeout, read_message(&mut tcp, &server))
                .await
                .map_err(|_| timeout_error(&server, o.timeout))??;
            let (code, _) = ber::extended_result(&answer).map_err(|e| garbage(&server, &e))?;
            if code == 0 {
                Ok((tls_handshake(tcp, o, &server).await?, true))
            } else if o.loopback {
                // This computer's own server without TLS: nothing travels.
                tracing::debug!("{server} has no StartTLS (result {code}); plain on this computer");
                Ok((Box::new(tcp), false))
            } else {
                Err(DirectoryError::NoStartTls { server })
            }
        }
    }
}

/// The relay: the client's bytes to the server as they are; the server's
/// messages to the client one by one, each checked whole first.
async fn relay<C>(server: Box<dyn Stream>, client: C, fault: Fault)
where
    C: AsyncRead + AsyncWrite + Unpin + Send,
{
    let (mut server_read, mut server_write) = tokio::io::split(server);
    let (mut client_read, mut client_write) = tokio::io::split(client);
    let up = async {
        let _ = tokio::io::copy(&mut client_read, &mut server_write).await;
        let _ = server_write.shutdown().await;
    };
    let down = async {
        let mut buf: Vec<u8> = Vec::with_capacity(64 * 1024);
        let mut chunk = vec![0u8; 64 * 1024];
        loop {
            let Ok(read) = server_read.read(&mut chunk).await else {
                return;
            };
            if read == 0 {
                return;
            }
            buf.extend_from_slice(&chunk[..read]);
            let mut done = 0;
            loop {
                match ber::message_len(&buf[done..]) {
                    Ok(Some(n)) if buf.len() - done >= n => {
                        let message = &buf[done..done + n];
                        if let Err(e) = ber::check_response(message) {
                            tracing::debug!("LDAP message refused: {e}");
                            if let Ok(mut f) = fault.lock() {
                                *f = Some(e);
                            }
                            return;
                        }
                        if client_write.write_all(message).await.is_err() {
                            return;
                        }
                        done += n;
                    }
                    Ok(_) => break,
                    Err(e) => {
                        tracing::debug!("LDAP message refused: {e}");
                        if let Ok(mut f) = fault.lock() {
                            *f = Some(e);
                        }
                        return;
                    }
                }
            }
            buf.drain(..done);
        }
    };
    tokio::select! {
        () = up => {}
        () = down => {}
    }
}

/// The local end ldap3 talks to, and the URL that tells it which kind.
#[cfg(unix)]
fn local_pair() -> std::io::Result<(StdStream, tokio::net::UnixStream, &'static str)> {
    let (theirs, ours) = std::os::unix::net::UnixStream::pair()?;
    ours.set_nonblocking(true)?;
    Ok((
        StdStream::Unix(theirs),
        tokio::net::UnixStream::from_std(ours)?,
        "ldapi://skydial",
    ))
}

#[cfg(not(unix))]
fn local_pair() -> std::io::Result<(StdStream, tokio::net::TcpStream, &'static str)> {
    // No socket pairs: a loopback connection to a listener that takes this
    // one connection (and only from the socket just opened).
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    let theirs = std::net::TcpStream::connect(listener.local_addr()?)?;
    loop {
        let (ours, peer) = listener.accept()?;
        if peer == theirs.local_addr()? {
            ours.set_nonblocking(true)?;
            return Ok((
                StdStream::Tcp(theirs),
                tokio::net::TcpStream::from_std(ours)?,
                "ldap://127.0.0.1",
            ));
        }
    }
}

impl Session {
    /// Connects, binds and finds the base.
    pub async fn connect(
        o: &LdapOptions,
        password: Option<&Password>,
    ) -> Result<Self, DirectoryError> {
        let server = o.server();
        let (stream, encrypted) = open(o).await?;
        let fault: Fault = Arc::default();
        let (theirs, ours, url) = local_pair().map_err(|e| io_error(&server, &e))?;
        tokio::spawn(relay(stream, ours, fault.clone()));
        let settings = LdapConnSettings::new().set_std_stream(theirs);
        let (conn, ldap) = LdapConnAsync::with_settings(settings, url)
            .await
            .map_err(|e| DirectoryError::Connect {
                server: server.clone(),
                detail: e.to_string(),
            })?;
        tokio::spawn(async move {
            if let Err(e) = conn.drive().await {
                tracing::debug!("LDAP connection ended: {e}");
            }
        });
        let mut session = Self {
            ldap,
            fault,
            server,
            timeout: o.timeout,
            base: String::new(),
            encrypted,
        };
        session.bind(o, password).await?;
        session.base = match &o.base {
            Some(base) => base.clone(),
            None => session.default_base().await?,
        };
        Ok(session)
    }

    /// An ldap3 error in words, preferring what the relay saw.
    fn error(&self, e: LdapError) -> DirectoryError {
        if let Some(fault) = self.fault.lock().ok().and_then(|f| f.clone()) {
            return garbage(&self.server, &fault);
        }
        match e {
            LdapError::Timeout { .. } => timeout_error(&self.server, self.timeout),
            LdapError::LdapResult { result } => self.result_error(result.rc, &result.text),
            other => DirectoryError::Connect {
                server: self.server.clone(),
                detail: match other {
                    LdapError::EndOfStream
                    | LdapError::ResultRecv { .. }
                    | LdapError::OpSend { .. } => "the server closed the connection".into(),
                    other => other.to_string(),
                },
            },
        }
    }

    fn result_error(&self, rc: u32, text: &str) -> DirectoryError {
        let text = super::text::clean_bounded(text, 200);
        let detail = if text.is_empty() {
            format!("LDAP result {rc} ({})", result_name(rc))
        } else {
            format!("LDAP result {rc} ({}): {text}", result_name(rc))
        };
        match rc {
            48..=50 => DirectoryError::Auth {
                server: self.server.clone(),
                detail,
            },
            _ => DirectoryError::Server {
                server: self.server.clone(),
                detail,
            },
        }
    }

    async fn simple_bind(&mut self, who: &str, password: &str) -> Result<u32, DirectoryError> {
        let result = self
            .ldap
            .with_timeout(self.timeout)
            .simple_bind(who, password)
            .await
            .map_err(|e| self.error(e))?;
        Ok(result.rc)
    }

    async fn bind(
        &mut self,
        o: &LdapOptions,
        password: Option<&Password>,
    ) -> Result<(), DirectoryError> {
        let (who, password) = match (&o.login, password) {
            (Login::Anonymous, _) => return Ok(()),
            (Login::Dn(who) | Login::User(who), Some(p)) => (who.clone(), p),
            (Login::Dn(_) | Login::User(_), None) => {
                return Err(DirectoryError::Auth {
                    server: self.server.clone(),
                    detail: "no password was given".into(),
                });
            }
        };
        if password.expose().is_empty() {
            // An empty password is an anonymous bind on most servers: refuse it.
            return Err(DirectoryError::Auth {
                server: self.server.clone(),
                detail: "the password is empty".into(),
            });
        }
        let rc = self.simple_bind(&who, password.expose()).await?;
        match rc {
            0 => Ok(()),
            // invalidDNSyntax: a server that takes only DNs. Find the user's.
            34 if matches!(o.login, Login::User(_)) => {
                let dn = self.find_user(o, &who).await?;
                match self.simple_bind(&dn, password.expose()).await? {
                    0 => Ok(()),
                    rc => Err(self.result_error(rc, "")),
                }
            }
            rc => Err(self.result_error(rc, "")),
        }
    }

    /// The DN of a user name, looked up anonymously by `userPrincipalName`,
    /// `mail` or `uid` (the name escaped into the filter).
    async fn find_user(&mut self, o: &LdapOptions, user: &str) -> Result<String, DirectoryError> {
        // The whole naming context: the account may live outside the base
        // searched for people (in a service OU, say).
        let base = match self.naming_contexts(o.base.as_deref()).await {
            Ok(base) => base,
            Err(_) => o.base.clone().unwrap_or_default(),
        };
        let (entries, _) = self
            .ldap
            .with_timeout(self.timeout)
            .search(
                &base,
                Scope::Subtree,
                &filter::user_entry(user),
                vec!["1.1"],
            )
            .await
            .map_err(|e| self.error(e))?
            .success()
            .map_err(|e| self.error(e))?;
        match entries.as_slice() {
            [one] => Ok(SearchEntry::construct(one.clone()).dn),
            _ => Err(DirectoryError::Auth {
                server: self.server.clone(),
                detail: "no single entry has that user name".into(),
            }),
        }
    }

    /// The base from the root DSE: Active Directory's
    /// `defaultNamingContext`, else the first naming context.
    async fn default_base(&mut self) -> Result<String, DirectoryError> {
        self.naming_contexts(None).await
    }

    /// The root DSE's naming context holding `within` (a DN), else
    /// Active Directory's `defaultNamingContext`, else the first one.
    async fn naming_contexts(&mut self, within: Option<&str>) -> Result<String, DirectoryError> {
        let (entries, _) = self
            .ldap
            .with_timeout(self.timeout)
            .search(
                "",
                Scope::Base,
                "(objectClass=*)",
                vec!["defaultNamingContext", "namingContexts"],
            )
            .await
            .map_err(|e| self.error(e))?
            .success()
            .map_err(|e| self.error(e))?;
        let root = entries.into_iter().next().map(SearchEntry::construct);
        let values = |name: &str| -> Vec<String> {
            root.as_ref()
                .and_then(|r| {
                    r.attrs
                        .iter()
                        .find(|(k, _)| k.eq_ignore_ascii_case(name))
                        .map(|(_, v)| v.clone())
                })
                .unwrap_or_default()
        };
        let normal = |dn: &str| dn.replace(' ', "").to_ascii_lowercase();
        let holding = within.and_then(|dn| {
            values("namingContexts")
                .into_iter()
                .find(|c| !c.is_empty() && normal(dn).ends_with(&normal(c)))
        });
        holding
            .or_else(|| values("defaultNamingContext").into_iter().next())
            .or_else(|| values("namingContexts").into_iter().next())
            .filter(|b| !b.is_empty())
            .ok_or_else(|| {
                DirectoryError::Usage(crate::t!(
                    "directory-error-no-base",
                    server = self.server.as_str()
                ))
            })
    }

    /// Reads every person with a number under the base, a page at a time,
    /// writing each page to the index as it comes. Stops with an error
    /// past [`MAX_ENTRIES`](super::limits::MAX_ENTRIES).
    pub async fn people(&mut self, writer: &mut Writer) -> Result<usize, DirectoryError> {
        let attrs: Vec<&str> = filter::ATTRIBUTES.to_vec();
        let filter = filter::people_with_numbers();
        let base = self.base.clone();
        let adapters: Vec<Box<dyn ldap3::adapters::Adapter<'_, &str, Vec<&str>>>> = vec![
            Box::new(EntriesOnly::new()),
            Box::new(PagedResults::new(PAGE_SIZE)),
        ];
        let mut stream = self
            .ldap
            .with_timeout(self.timeout)
            .streaming_search_with(adapters, &base, Scope::Subtree, &filter, attrs)
            .await
            .map_err(|e| self.error(e))?;
        let mut batch = Vec::with_capacity(PAGE_SIZE as usize);
        let mut over = 0;
        let mut without = 0;
        let mut total = 0usize;
        writer.report.requests = 1;
        loop {
            let next = match stream.next().await {
                Ok(next) => next,
                Err(e) => return Err(self.error(e)),
            };
            let Some(raw) = next else { break };
            total += 1;
            if total > super::limits::MAX_ENTRIES {
                let _ = stream.finish().await;
                return Err(DirectoryError::TooMany {
                    server: self.server.clone(),
                    limit: super::limits::MAX_ENTRIES,
                });
            }
            match to_entry(SearchEntry::construct(raw)) {
                Some((entry, cut)) => {
                    over += cut;
                    batch.push(entry);
                }
                None => without += 1,
            }
            if total.is_multiple_of(PAGE_SIZE as usize) {
                writer.report.requests += 1;
                writer
                    .write(std::mem::take(&mut batch), Vec::new(), Vec::new())
                    .await?;
            }
        }
        let done = stream.finish().await;
        if let Some(fault) = self.fault.lock().ok().and_then(|f| f.clone()) {
            return Err(garbage(&self.server, &fault));
        }
        if done.rc != 0 {
            return Err(self.result_error(done.rc, &done.text));
        }
        writer.write(batch, Vec::new(), Vec::new()).await?;
        writer.report.fetched = total;
        if over > 0 {
            writer.warn(format!(
                "{over} numbers left out: an entry keeps at most {} numbers",
                super::limits::MAX_NUMBERS
            ));
        }
        if without > 0 {
            writer.warn(format!(
                "{without} entries without a readable name or number left out"
            ));
        }
        Ok(total)
    }

    /// A live search of the directory by name (every word of `query`,
    /// escaped): for finding someone the index does not have yet.
    pub async fn search(&mut self, query: &str, limit: i32) -> Result<Vec<Entry>, DirectoryError> {
        let Some(filter) = filter::people_named(query) else {
            return Ok(Vec::new());
        };
        let base = self.base.clone();
        let result = self
            .ldap
            .with_timeout(self.timeout)
            .with_search_options(ldap3::SearchOptions::new().sizelimit(limit))
            .search(&base, Scope::Subtree, &filter, filter::ATTRIBUTES.to_vec())
            .await
            .map_err(|e| self.error(e))?;
        // sizeLimitExceeded (4) still gives the entries found.
        if result.1.rc != 0 && result.1.rc != 4 {
            return Err(self.result_error(result.1.rc, &result.1.text));
        }
        Ok(result
            .0
            .into_iter()
            .filter_map(|e| to_entry(SearchEntry::construct(e)).map(|(e, _)| e))
            .collect())
    }

    /// Says goodbye (best effort).
    pub async fn close(mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.ldap.unbind()).await;
    }
}

fn result_name(rc: u32) -> &'static str {
    match rc {
        1 => "operations error",
        2 => "protocol error",
        3 => "time limit exceeded",
        4 => "size limit exceeded",
        7 => "auth method not supported",
        8 => "stronger auth required",
        10 => "referral",
        11 => "admin limit exceeded",
        13 => "confidentiality required",
        32 => "no such object",
        34 => "invalid DN syntax",
        48 => "inappropriate authentication",
        49 => "invalid credentials",
        50 => "insufficient access rights",
        51 => "busy",
        52 => "unavailable",
        53 => "unwilling to perform",
        _ => "error",
    }
}

/// An LDAP entry as an index entry: the DN is its identity; the name from
/// `displayName`, else `cn`, else given and family name.
fn to_entry(e: SearchEntry) -> Option<(Entry, usize)> {
    let attrs: HashMap<String, Vec<String>> = e
        .attrs
        .into_iter()
        .map(|(k, v)| (k.to_ascii_lowercase(), v))
        .collect();
    let first = |name: &str| {
        attrs
            .get(&name.to_ascii_lowercase())
            .and_then(|v| v.iter().find(|s| !s.trim().is_empty()))
            .map(String::as_str)
    };
    let name = first("displayName")
        .or_else(|| first("cn"))
        .map(str::to_string)
        .or_else(|| {
            let joined = format!(
                "{} {}",
                first("givenName").unwrap_or(""),
                first("sn").unwrap_or("")
            );
            let joined = joined.trim();
            (!joined.is_empty()).then(|| joined.to_string())
        })?;
    let kinds = [
        ("telephoneNumber", NumberKind::Work),
        ("ipPhone", NumberKind::Ip),
        ("mobile", NumberKind::Mobile),
        ("homePhone", NumberKind::Home),
        ("otherTelephone", NumberKind::Work),
    ];
    let numbers = kinds.iter().flat_map(|(attr, kind)| {
        attrs
            .get(&attr.to_ascii_lowercase())
            .into_iter()
            .flatten()
            .map(move |n| (*kind, n.clone()))
    });
    let (entry, over) = Entry::new(
        e.dn,
        &name,
        first("company").or_else(|| first("o")).unwrap_or(""),
        first("department").or_else(|| first("ou")).unwrap_or(""),
        first("title").unwrap_or(""),
        numbers,
    );
    (!entry.numbers.is_empty() && !entry.name.is_empty()).then_some((entry, over))
}
