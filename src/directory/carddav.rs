//! CardDAV address books (RFC 6352): found from a server URL (RFC 6764's
//! `/.well-known/carddav`, the user's principal and its
//! `addressbook-home-set`), synced with `sync-collection` (RFC 6578) and
//! ETags, or by a full listing of ETags where the server has no
//! sync-collection; cards fetched with `addressbook-multiget`.
//!
//! reqwest (rustls, as the API uses) and quick-xml (`dav.rs`). HTTPS with
//! basic auth; plain HTTP only to this computer. Redirects are followed
//! only on the same server: the password never goes to another host. Every
//! answer is bounded ([`MAX_BODY`](super::limits::MAX_BODY)) and read
//! without expanding entities.

use super::dav::{self, Multistatus};
use super::index::{Entry, Sweep};
use super::limits::MAX_BODY;
use super::sync::{SyncOptions, Writer};
use super::vcard;
use super::{CONNECT_TIMEOUT, DirectoryConfig, DirectoryError, Login, Password, Target};
use futures_util::StreamExt;
use reqwest::{Method, StatusCode, Url};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

/// Cards asked for in one multiget.
const MULTIGET_BATCH: usize = 250;
/// Redirects followed (on the same server) before giving up.
const MAX_REDIRECTS: usize = 5;
/// Rounds of a truncated sync report (507) followed in one sync.
const MAX_SYNC_ROUNDS: usize = 100;

/// An address book found on the server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Book {
    /// Its path, as the server writes it.
    pub href: String,
    pub url: Url,
    /// Its display name, else the last part of its path.
    pub name: String,
    pub supports_sync: bool,
}

/// What a sync remembers for the next one: each address book's sync token.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct State {
    #[serde(default)]
    tokens: BTreeMap<String, String>,
}

/// A connection to one CardDAV server as one user.
pub struct Client {
    http: reqwest::Client,
    base: Url,
    server: String,
    user: Option<String>,
    password: Option<Password>,
    timeout: Duration,
    /// Requests sent, for the report.
    pub requests: usize,
}

/// An answer: its status and its body (read whole, bounded).
struct Answer {
    status: StatusCode,
    url: Url,
    body: String,
}

impl Client {
    pub fn new(
        config: &DirectoryConfig,
        password: Option<&Password>,
        timeout: Duration,
    ) -> Result<Self, DirectoryError> {
        let Target::CardDav { url, loopback } = config.check()? else {
            return Err(DirectoryError::Usage(crate::t!(
                "directory-error-not-carddav",
                url = config.url.as_str()
            )));
        };
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true)
            .user_agent(concat!("skydial/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &config.ca_file {
            let certs = super::tls::load_ca(path)?
                .into_iter()
                .filter_map(|der| reqwest::Certificate::from_der(&der).ok())
                .collect::<Vec<_>>();
            builder = builder.tls_certs_merge(certs);
        }
        if loopback {
            builder = builder.no_proxy();
        }
        let server = url.origin().ascii_serialization();
        let http = builder.build().map_err(|e| DirectoryError::CaFile {
            path: config
                .ca_file
                .as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            reason: format!("the TLS set-up failed ({})", e.without_url()),
        })?;
        let user = match config.login() {
            Login::User(user) => Some(user),
            Login::Anonymous | Login::Dn(_) => None,
        };
        Ok(Self {
            http,
            base: url,
            server,
            user,
            password: password.cloned(),
            timeout,
            requests: 0,
        })
    }

    fn error(&self, e: &reqwest::Error) -> DirectoryError {
        let (certificate, detail) = super::tls::describe(e);
        if certificate {
            DirectoryError::Certificate {
                server: self.server.clone(),
                detail,
            }
        } else if e.is_timeout() {
            DirectoryError::Timeout {
                server: self.server.clone(),
                seconds: self.timeout.as_secs().max(1),
            }
        } else {
            DirectoryError::Connect {
                server: self.server.clone(),
                detail,
            }
        }
    }

    /// Sends one request, following redirects on the same server, and
    /// reads the answer whole (at most [`MAX_BODY`] bytes).
    async fn send(
        &mut self,
        method: &str,
        url: &Url,
        depth: Option<&str>,
        body: &str,
    ) -> Result<Answer, DirectoryError> {
        let method = Method::from_bytes(method.as_bytes())
            .map_err(|e| DirectoryError::Usage(e.to_string()))?;
        let mut url = url.clone();
        for _ in 0..=MAX_REDIRECTS {
            self.requests += 1;
            let mut request = self
                .http
                .request(method.clone(), url.clone())
                .timeout(self.timeout)
                .header(
                    reqwest::header::CONTENT_TYPE,
                    "application/xml; charset=utf-8",
                )
                .body(body.to_string());
            if let Some(depth) = depth {
                request = request.header("Depth", depth);
            }
            if let Some(user) = &self.user {
                request = request.basic_auth(user, self.password.as_ref().map(Password::expose));
            }
            let response = request.send().await.map_err(|e| self.error(&e))?;
            let status = response.status();
            if status.is_redirection() {
                let location = response
                    .headers()
                    .get(reqwest::header::LOCATION)
                    .and_then(|l| l.to_str().ok())
                    .and_then(|l| url.join(l).ok())
                    .ok_or_else(|| DirectoryError::Garbage {
                        server: self.server.clone(),
                        detail: format!("a redirect ({status}) without a usable Location"),
                    })?;
                if location.origin() != url.origin() {
                    return Err(DirectoryError::Redirect {
                        server: self.server.clone(),
                        location: crate::client::url::display_location(&location),
                    });
                }
                url = location;
                continue;
            }
            if status == StatusCode::UNAUTHORIZED {
                return Err(DirectoryError::Auth {
                    server: self.server.clone(),
                    detail: format!("HTTP {status}"),
                });
            }
            let body = self.read_body(response).await?;
            return Ok(Answer { status, url, body });
        }
        Err(DirectoryError::Garbage {
            server: self.server.clone(),
            detail: format!("more than {MAX_REDIRECTS} redirects"),
        })
    }

    async fn read_body(&self, response: reqwest::Response) -> Result<String, DirectoryError> {
        let too_large = || DirectoryError::TooLarge {
            server: self.server.clone(),
            what: super::TooLargeWhat::Answer,
            limit_mb: MAX_BODY >> 20,
        };
        if response
            .content_length()
            .is_some_and(|n| n > MAX_BODY as u64)
        {
            return Err(too_large());
        }
        let mut body: Vec<u8> = Vec::new();
        let mut stream = response.bytes_stream();
        while let Some(chunk) = stream.next().await {
            let chunk = chunk.map_err(|e| self.error(&e))?;
            if body.len() + chunk.len() > MAX_BODY {
                return Err(too_large());
            }
            body.extend_from_slice(&chunk);
        }
        String::from_utf8(body).map_err(|_| DirectoryError::Garbage {
            server: self.server.clone(),
            detail: "an answer that is not UTF-8 text".into(),
        })
    }

    /// A multistatus answer read, or an error saying what came instead.
    fn multistatus(&self, answer: &Answer) -> Result<Multistatus, DirectoryError> {
        if answer.status != StatusCode::MULTI_STATUS && answer.status != StatusCode::OK {
            return Err(self.status_error(answer));
        }
        dav::parse_multistatus(&answer.body).map_err(|e| DirectoryError::Garbage {
            server: self.server.clone(),
            detail: e.to_string(),
        })
    }

    fn status_error(&self, answer: &Answer) -> DirectoryError {
        DirectoryError::Server {
            server: self.server.clone(),
            detail: format!(
                "HTTP {} for {}",
                answer.status,
                crate::client::url::display_location(&answer.url)
            ),
        }
    }

    fn resolve(&self, href: &str) -> Option<Url> {
        self.base
            .join(href)
            .ok()
            .filter(|u| u.origin() == self.base.origin())
    }

    /// Where the user's address books are: a home (or an address book, when
    /// the URL names one). `None`: nothing here says.
    async fn probe(&mut self, url: &Url) -> Result<Option<(Url, bool)>, DirectoryError> {
        let answer = self
            .send("PROPFIND", url, Some("0"), &dav::propfind_principal())
            .await?;
        if matches!(answer.status.as_u16(), 404 | 405 | 501) {
            return Ok(None);
        }
        let ms = self.multistatus(&answer)?;
        let Some(here) = ms.responses.into_iter().next() else {
            return Ok(None);
        };
        if here.addressbook {
            return Ok(Some((answer.url, true)));
        }
        if let Some(home) = here.homes.first().and_then(|h| self.resolve(h)) {
            return Ok(Some((home, false)));
        }
        let Some(principal) = here.principal.as_deref().and_then(|p| self.resolve(p)) else {
            return Ok(None);
        };
        let answer = self
            .send(
                "PROPFIND",
                &principal,
                Some("0"),
                &dav::propfind_principal(),
            )
            .await?;
        let ms = self.multistatus(&answer)?;
        Ok(ms
            .responses
            .into_iter()
            .find_map(|r| r.homes.first().and_then(|h| self.resolve(h)))
            .map(|home| (home, false)))
    }

    /// Every address book of the user.
    pub async fn discover(&mut self) -> Result<Vec<Book>, DirectoryError> {
        let well_known = self
            .base
            .join("/.well-known/carddav")
            .map_err(|e| DirectoryError::Usage(e.to_string()))?;
        let candidates = if matches!(self.base.path(), "" | "/") {
            vec![well_known, self.base.clone()]
        } else {
            vec![self.base.clone(), well_known]
        };
        let mut found = None;
        for url in candidates {
            if let Some(place) = self.probe(&url).await? {
                found = Some(place);
                break;
            }
        }
        let Some((url, is_book)) = found else {
            return Err(DirectoryError::NoAddressBooks {
                server: self.server.clone(),
                why: super::NoAddressBook::NoHome,
            });
        };
        let answer = self
            .send(
                "PROPFIND",
                &url,
                Some(if is_book { "0" } else { "1" }),
                &dav::propfind_books(),
            )
            .await?;
        let ms = self.multistatus(&answer)?;
        let books: Vec<Book> = ms
            .responses
            .into_iter()
            .filter(|r| r.addressbook)
            .filter_map(|r| {
                let url = self.resolve(&r.href)?;
                let name = r
                    .displayname
                    .filter(|n| !n.trim().is_empty())
                    .unwrap_or_else(|| {
                        url.path_segments()
                            .and_then(|mut s| s.rfind(|p| !p.is_empty()))
                            .map(super::text::percent_decode)
                            .unwrap_or_default()
                    });
                Some(Book {
                    href: url.path().to_string(),
                    url,
                    name: super::clean_text(&name),
                    supports_sync: r.supports_sync,
                })
            })
            .collect();
        if books.is_empty() {
            return Err(DirectoryError::NoAddressBooks {
                server: self.server.clone(),
                why: super::NoAddressBook::ForUser,
            });
        }
        Ok(books)
    }

    /// Fetches cards by path, in batches, writing each batch; a card that
    /// cannot be read is left out (and what the index has of it stays).
    async fn fetch(
        &mut self,
        book: &Book,
        hrefs: &[String],
        writer: &mut Writer,
    ) -> Result<(), DirectoryError> {
        for batch in hrefs.chunks(MULTIGET_BATCH) {
            let answer = self
                .send("REPORT", &book.url, Some("1"), &dav::multiget(batch))
                .await?;
            let ms = self.multistatus(&answer)?;
            let mut entries = Vec::new();
            let mut kept = Vec::new();
            for r in ms.responses {
                let Some(url) = self.resolve(&r.href) else {
                    continue;
                };
                let uid = url.path().to_string();
                let Some(data) = r.address_data else { continue };
                writer.report.fetched += 1;
                match vcard::parse_card(&data) {
                    Ok(card) => {
                        let (mut entry, over) = Entry::new(
                            uid,
                            &card.name,
                            &card.company,
                            &card.department,
                            &card.title,
                            card.numbers,
                        );
                        if over > 0 {
                            writer.warn(format!(
                                "{}: {over} numbers left out (at most {} per card)",
                                entry.name,
                                super::limits::MAX_NUMBERS
                            ));
                        }
                        entry.book = book.href.clone();
                        entry.etag = r.etag;
                        entries.push(entry);
                    }
                    Err(e) => {
                        writer.warn(format!(
                            "the card {} was left out: {e}",
                            crate::protocol::number::bounded(&uid, 120)
                        ));
                        kept.push(uid);
                    }
                }
            }
            writer.write(entries, kept, Vec::new()).await?;
        }
        Ok(())
    }

    /// Changes since `token` (`None`: since the start). `Ok(None)`: the
    /// server has no sync-collection, or no longer knows the token.
    async fn changes(
        &mut self,
        book: &Book,
        token: Option<&str>,
    ) -> Result<Option<Changes>, DirectoryError> {
        let mut out = Changes::default();
        let mut token = token.unwrap_or("").to_string();
        for _ in 0..MAX_SYNC_ROUNDS {
            let answer = self
                .send(
                    "REPORT",
                    &book.url,
                    Some("0"),
                    &dav::sync_collection(&token),
                )
                .await?;
            if matches!(
                answer.status.as_u16(),
                400 | 403 | 404 | 405 | 409 | 412 | 415 | 501
            ) {
                return Ok(None);
            }
            let ms = self.multistatus(&answer)?;
            let mut truncated = false;
            for r in ms.responses {
                let Some(url) = self.resolve(&r.href) else {
                    continue;
                };
                let path = url.path().to_string();
                if path.trim_end_matches('/') == book.href.trim_end_matches('/') {
                    truncated |= r.status == Some(507);
                    continue;
                }
                match r.status {
                    Some(404 | 410) => out.gone.push(path),
                    _ => {
                        out.changed.insert(path, (r.href, r.etag));
                    }
                }
            }
            let Some(next) = ms.sync_token else {
                return Err(DirectoryError::Garbage {
                    server: self.server.clone(),
                    detail: "a sync report without a sync token".into(),
                });
            };
            token = next;
            if !truncated {
                out.token = token;
                return Ok(Some(out));
            }
        }
        out.token = token;
        Ok(Some(out))
    }

    /// Every card of an address book with its ETag (a full listing).
    async fn listing(
        &mut self,
        book: &Book,
    ) -> Result<HashMap<String, (String, Option<String>)>, DirectoryError> {
        let answer = self
            .send("PROPFIND", &book.url, Some("1"), &dav::propfind_etags())
            .await?;
        let ms = self.multistatus(&answer)?;
        let mut out = HashMap::new();
        for r in ms.responses {
            if r.collection {
                continue;
            }
            let Some(url) = self.resolve(&r.href) else {
                continue;
            };
            out.insert(url.path().to_string(), (r.href, r.etag));
        }
        Ok(out)
    }
}

/// What changed in an address book since a sync token.
#[derive(Debug, Default)]
struct Changes {
    /// Path -> (href as the server wrote it, ETag).
    changed: HashMap<String, (String, Option<String>)>,
    gone: Vec<String>,
    token: String,
}

/// Picks the chosen address books (by name or path; none chosen: all).
fn choose(books: Vec<Book>, chosen: &[String], server: &str) -> Result<Vec<Book>, DirectoryError> {
    if chosen.is_empty() {
        return Ok(books);
    }
    let mut out = Vec::new();
    for want in chosen {
        let want = want.trim();
        let found = books.iter().find(|b| {
            b.name.eq_ignore_ascii_case(want)
                || b.href.trim_end_matches('/') == want.trim_end_matches('/')
                || b.href.trim_end_matches('/').rsplit('/').next() == Some(want.trim_matches('/'))
        });
        match found {
            Some(book) if !out.contains(book) => out.push(book.clone()),
            Some(_) => {}
            None => {
                return Err(DirectoryError::NoAddressBooks {
                    server: server.to_string(),
                    why: super::NoAddressBook::Named {
                        want: want.to_string(),
                        has: books.iter().map(|b| b.name.clone()).collect(),
                    },
                });
            }
        }
    }
    Ok(out)
}

/// Syncs the address books of a CardDAV directory.
pub(crate) async fn sync(
    config: &DirectoryConfig,
    password: Option<&Password>,
    options: &SyncOptions,
    previous: Option<&str>,
    writer: &mut Writer,
) -> Result<(Sweep, Option<String>), DirectoryError> {
    let mut client = Client::new(config, password, options.timeout)?;
    let books = choose(
        client.discover().await?,
        &config.address_books,
        &client.server,
    )?;
    let old: State = previous
        .and_then(|s| serde_json::from_str(s).ok())
        .unwrap_or_default();
    let mut state = State::default();
    let known = writer.etags().await?;
    let mut listed = Vec::new();
    let mut gone = Vec::new();
    let mut incremental = !books.is_empty();
    for book in &books {
        let token = old.tokens.get(&book.href).map(String::as_str);
        let (changes, from_token) = match client.changes(book, token).await? {
            Some(c) => (Some(c), token.is_some()),
            // A token the server no longer knows: start over from none.
            None if token.is_some() => (client.changes(book, None).await?, false),
            None => (None, false),
        };
        match changes {
            Some(changes) => {
                incremental &= from_token;
                if !from_token {
                    // From no token the report lists every card: a full
                    // listing, so what it lacks is gone.
                    listed.push(book.href.clone());
                }
                let (fetch, seen) = split_known(changes.changed, &known, book);
                client.fetch(book, &fetch, writer).await?;
                writer.write(Vec::new(), seen, Vec::new()).await?;
                gone.extend(changes.gone);
                state.tokens.insert(book.href.clone(), changes.token);
            }
            None => {
                incremental = false;
                let listing = client.listing(book).await?;
                let (fetch, seen) = split_known(listing, &known, book);
                client.fetch(book, &fetch, writer).await?;
                writer.write(Vec::new(), seen, Vec::new()).await?;
                listed.push(book.href.clone());
            }
        }
    }
    // Deletions the server reported are applied last: a sync that failed
    // before here removed nothing.
    writer.write(Vec::new(), Vec::new(), gone).await?;
    writer.report.requests = client.requests;
    writer.report.incremental = incremental;
    writer.report.encrypted = client.base.scheme() == "https";
    let state = serde_json::to_string(&state).ok();
    Ok((
        Sweep::Books {
            listed,
            books: books.iter().map(|b| b.href.clone()).collect(),
        },
        state,
    ))
}

/// Cards to fetch (new, or with another ETag) and cards unchanged (by path).
fn split_known(
    listed: HashMap<String, (String, Option<String>)>,
    known: &HashMap<String, Option<String>>,
    book: &Book,
) -> (Vec<String>, Vec<String>) {
    let mut fetch = Vec::new();
    let mut seen = Vec::new();
    for (path, (href, etag)) in listed {
        if path.trim_end_matches('/') == book.href.trim_end_matches('/') {
            continue;
        }
        match (known.get(&path), &etag) {
            (Some(Some(old)), Some(new)) if old == new => seen.push(path),
            _ => fetch.push(href),
        }
    }
    fetch.sort();
    (fetch, seen)
}

/// The address books of a server, for `directory add` to show.
pub async fn address_books(
    config: &DirectoryConfig,
    password: Option<&Password>,
    timeout: Duration,
) -> Result<Vec<Book>, DirectoryError> {
    Client::new(config, password, timeout)?.discover().await
}
