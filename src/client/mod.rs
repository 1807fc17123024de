//! The client: one-shot commands (POST or GET) and the long-lived duplex session.

mod error;
pub mod url;

pub use error::ClientError;
use error::from_reqwest;

use crate::protocol::{
    ApiErrorKind, Call, CallId, Command, Credentials, DialNumber, Framer, Response, ResultValue,
    SkippedItem,
};
use crate::t;
use bytes::Bytes;
use futures_util::StreamExt;
use reqwest::Url;
use reqwest::header::{CONTENT_TYPE, HeaderValue};
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

/// How long one command may wait for its response.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// How long connecting (TCP and TLS) may take.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// TCP keepalive: the first probe after 30 s of silence, then every 10 s, 3
/// times. A peer that vanished without closing is noticed in about a minute.
pub const KEEPALIVE_IDLE: Duration = Duration::from_secs(30);
pub const KEEPALIVE_INTERVAL: Duration = Duration::from_secs(10);
pub const KEEPALIVE_RETRIES: u32 = 3;

/// How a one-shot command travels.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Transport {
    /// The command as an XML document in a POST body (the PIN stays out of URLs).
    #[default]
    Post,
    /// The spec's GET query. The PIN is in the URL: only when the user asks.
    Get,
}

/// Where and as whom to connect.
#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// The API URL (see [`url::api_url`]).
    pub url: Url,
    pub credentials: Credentials,
    /// Extra CA certificates (PEM) to trust, e.g. a company proxy's or the simulator's.
    pub ca_file: Option<PathBuf>,
}

/// Talks to one server as one user. Cheap to clone.
#[derive(Clone)]
pub struct Client {
    http: reqwest::Client,
    url: Url,
    server: String,
    credentials: Credentials,
    next_id: Arc<AtomicU64>,
    /// The order of documents read, across this client's sessions.
    next_seq: Arc<AtomicU64>,
    /// Kinds of unreadable call items already logged.
    skipped_kinds: Arc<Mutex<HashSet<String>>>,
}

fn load_ca(path: &Path) -> Result<Vec<reqwest::Certificate>, ClientError> {
    let shown = path.display().to_string();
    let pem = std::fs::read(path).map_err(|e| ClientError::CaFile {
        path: shown.clone(),
        reason: e.to_string(),
    })?;
    let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| ClientError::CaFile {
        path: shown.clone(),
        reason: e.without_url().to_string(),
    })?;
    if certs.is_empty() {
        return Err(ClientError::CaFile {
            path: shown,
            reason: t!("client-ca-no-certificate"),
        });
    }
    Ok(certs)
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Self, ClientError> {
        // TLS through ring (smaller than aws-lc, and it builds for every
        // target skydial ships on). Installed once per process; a second
        // install is refused, which is fine.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::Client::builder()
            // A redirect would carry the request (and the PIN in its body, or in
            // a GET URL and the Referer) to wherever it points: never followed.
            .redirect(reqwest::redirect::Policy::none())
            .referer(false)
            .http1_only()
            .connect_timeout(CONNECT_TIMEOUT)
            .tcp_nodelay(true)
            .tcp_keepalive(KEEPALIVE_IDLE)
            .tcp_keepalive_interval(KEEPALIVE_INTERVAL)
            .tcp_keepalive_retries(KEEPALIVE_RETRIES)
            .user_agent(concat!("skydial/", env!("CARGO_PKG_VERSION")));
        if let Some(path) = &config.ca_file {
            builder = builder.tls_certs_merge(load_ca(path)?);
        }
        if config.url.host().is_some_and(|h| url::is_loopback_host(&h)) {
            // HTTP_PROXY and friends must not send this computer's traffic
            // (PIN included) to another host.
            builder = builder.no_proxy();
        }
        let server = url::display_server(&config.url);
        let http = builder.build().map_err(|e| match &config.ca_file {
            // Building fails only in the TLS set-up: with extra roots, that
            // is the system's certificate store refusing them (Wine's has
            // no chain engine for extra roots, for one).
            Some(path) => ClientError::CaFile {
                path: path.display().to_string(),
                reason: t!("client-ca-refused", error = e.without_url().to_string()),
            },
            None => ClientError::Connect {
                server: server.clone(),
                detail: e.without_url().to_string(),
            },
        })?;
        Ok(Self {
            http,
            url: config.url,
            server,
            credentials: config.credentials,
            next_id: Arc::new(AtomicU64::new(1)),
            next_seq: Arc::new(AtomicU64::new(1)),
            skipped_kinds: Arc::default(),
        })
    }

    /// The server, for messages (`https://hostedconnect.m5net.com`).
    pub fn server(&self) -> &str {
        &self.server
    }

    pub fn user(&self) -> &str {
        &self.credentials.user
    }

    fn next_id(&self) -> u64 {
        self.next_id.fetch_add(1, Ordering::Relaxed)
    }

    fn next_seq(&self) -> Seq {
        self.next_seq.fetch_add(1, Ordering::Relaxed)
    }

    /// Sends one command on its own request and returns the server's answer.
    /// An API error in the answer is returned as `ClientError::Api`.
    /// Sends a command whose answer is true or false (dial, answer, ignore,
    /// release, hold, resume): `Ok(false)`, the server found nothing to act on.
    pub async fn call_bool(
        &self,
        command: &Command,
        transport: Transport,
    ) -> Result<bool, ClientError> {
        match self.call(command, transport).await? {
            Some(ResultValue::Boolean(done)) => Ok(done),
            other => Err(ClientError::Protocol(format!(
                "the server answered {} with {} instead of true or false",
                command.method(),
                describe_result(other.as_ref())
            ))),
        }
    }

    pub async fn call(
        &self,
        command: &Command,
        transport: Transport,
    ) -> Result<Option<ResultValue>, ClientError> {
        let request = match transport {
            Transport::Post => self
                .http
                .post(self.url.clone())
                .header(
                    CONTENT_TYPE,
                    HeaderValue::from_static("text/xml; charset=utf-8"),
                )
                .body(command.to_xml(&self.credentials, Some(self.next_id()))),
            Transport::Get => {
                if !command.allows_get() {
                    return Err(ClientError::SubscribeOverGet);
                }
                let mut url = self.url.clone();
                url.set_query(Some(&command.to_query(&self.credentials)));
                self.http.get(url)
            }
        };
        tracing::debug!(
            command = command.method(),
            ?transport,
            "sending one-shot command"
        );
        let response = request
            .timeout(REQUEST_TIMEOUT)
            .send()
            .await
            .map_err(|e| from_reqwest(e, &self.server))?;
        check_status(&response, &self.server)?;
        let mut framer = Framer::new();
        let mut body = response.bytes_stream();
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| from_reqwest(e, &self.server))?;
            framer.push(&chunk)?;
            if let Some(doc) = framer.next_document()? {
                let response = Response::parse(&doc)?;
                self.note_skipped(&response.skipped);
                return Ok(response.into_result()?);
            }
        }
        Err(ClientError::ConnectionLost {
            server: self.server.clone(),
            detail: t!("client-no-answer"),
        })
    }

    /// Opens the long-lived duplex session and returns at once: commands can be
    /// sent before the server has answered the request. Whatever is sent first
    /// (normally `subscribe`) goes out in the request body while the client
    /// waits for the response head, so a server that answers the head only
    /// with its first answer (as the spec's C# sample allows) works as well as
    /// one that answers the head at once. Events (after `subscribe`) arrive on
    /// the returned receiver; it ends with [`SessionEvent::Closed`].
    pub fn connect(&self) -> (Session, mpsc::Receiver<SessionEvent>) {
        let (outgoing, body_rx) = mpsc::channel::<Bytes>(32);
        let body_stream = futures_util::stream::unfold(body_rx, |mut rx| async move {
            rx.recv()
                .await
                .map(|b| (Ok::<Bytes, std::io::Error>(b), rx))
        });
        let request = self
            .http
            .post(self.url.clone())
            .header(
                CONTENT_TYPE,
                HeaderValue::from_static("text/xml; charset=utf-8"),
            )
            .body(reqwest::Body::wrap_stream(body_stream));
        let shared = Arc::new(Shared {
            pending: Mutex::new(HashMap::new()),
            ended: Mutex::new(None),
        });
        let (events_tx, events_rx) = mpsc::channel(1024);
        let reader = tokio::spawn(read_session(
            request,
            shared.clone(),
            events_tx,
            self.clone(),
        ));
        (
            Session {
                client: self.clone(),
                outgoing,
                shared,
                reader,
            },
            events_rx,
        )
    }

    /// Logs, once per kind for this client, the call items a document could
    /// not be understood (and that were left out).
    fn note_skipped(&self, skipped: &[SkippedItem]) {
        for item in skipped {
            let first = self
                .skipped_kinds
                .lock()
                .map(|mut seen| seen.len() < 64 && seen.insert(item.reason.key()))
                .unwrap_or(false);
            if first {
                tracing::warn!(
                    "left out what the server sent and skydial cannot read ({}); the other calls are kept. Reported once",
                    item.reason
                );
            }
        }
    }
}

/// A document's place in the order this client read them (across its sessions).
pub type Seq = u64;

/// An answer, with where it came in the stream.
#[derive(Debug)]
struct Stamped {
    response: Response,
    seq: Seq,
}

/// What the answer to a command is expected to hold: a `Calls` document
/// carrying the `Id` of a command that expects a boolean is an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Boolean,
    Int,
    Calls,
}

impl Expect {
    fn of(command: &Command) -> Self {
        match command {
            Command::Subscribe => Self::Int,
            Command::ListCalls { .. } => Self::Calls,
            _ => Self::Boolean,
        }
    }

    /// Whether `response` can be this command's answer.
    fn fits(self, response: &Response) -> bool {
        let is_calls = matches!(response.result, Some(ResultValue::Calls(_)));
        !response.errors.is_empty() || self == Self::Calls || !is_calls
    }
}

struct Waiter {
    expect: Expect,
    answer: oneshot::Sender<Result<Stamped, ClientError>>,
}

/// What the session's reader and its commands share.
struct Shared {
    pending: Mutex<HashMap<String, Waiter>>,
    /// Why the session ended, once it has.
    ended: Mutex<Option<ClientError>>,
}

impl Shared {
    fn pending(&self) -> std::sync::MutexGuard<'_, HashMap<String, Waiter>> {
        self.pending.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn ended(&self) -> Option<ClientError> {
        self.ended.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }
}

/// What arrives on a session besides answers to our own commands.
#[derive(Debug, Clone)]
pub enum SessionEvent {
    /// Call state changes pushed by the subscription, in order; `seq` is the
    /// document's place in the stream.
    Calls { calls: Vec<Call>, seq: Seq },
    /// Error 17: the server dropped the subscription; subscribe again. Sent
    /// whatever `Id` the error carries.
    Unsubscribed,
    /// An API error that answers none of our commands.
    ServerError(crate::protocol::ApiError),
    /// A document we could not read; the session goes on.
    BadDocument(String),
    /// The session is over (the last event).
    Closed(ClientError),
}

/// A `listCalls` answer: the calls, the ids of calls the server listed in a
/// form skydial cannot read (they exist: do not end them), and where the
/// answer came in the stream (events after it are newer than the list).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallList {
    pub calls: Vec<Call>,
    pub unreadable: Vec<CallId>,
    pub seq: Seq,
}

/// One long-lived duplex POST. Commands are correlated with their answers by
/// `Id`; dropping the session ends the request (the 0-length chunk).
pub struct Session {
    client: Client,
    outgoing: mpsc::Sender<Bytes>,
    shared: Arc<Shared>,
    reader: JoinHandle<()>,
}

impl Session {
    /// Sends a command on this session and waits for its answer.
    pub async fn request(&self, command: &Command) -> Result<Option<ResultValue>, ClientError> {
        Ok(self.exchange(command).await?.response.into_result()?)
    }

    /// Sends `listCalls` and returns the list with its place in the stream.
    pub async fn list_calls(&self, endpoint: Option<String>) -> Result<CallList, ClientError> {
        let answer = self.exchange(&Command::ListCalls { endpoint }).await?;
        let seq = answer.seq;
        let unreadable = answer
            .response
            .skipped
            .iter()
            .filter_map(|s| s.id.clone())
            .collect();
        match answer.response.into_result()? {
            Some(ResultValue::Calls(calls)) => Ok(CallList {
                calls,
                unreadable,
                seq,
            }),
            other => Err(ClientError::Protocol(t!(
                "client-list-not-calls",
                result = describe_result(other.as_ref())
            ))),
        }
    }

    async fn exchange(&self, command: &Command) -> Result<Stamped, ClientError> {
        let id = self.client.next_id();
        let (tx, rx) = oneshot::channel();
        self.shared.pending().insert(
            id.to_string(),
            Waiter {
                expect: Expect::of(command),
                answer: tx,
            },
        );
        let xml = command.to_xml(&self.client.credentials, Some(id));
        tracing::debug!(command = command.method(), id, "sending on session");
        let lost = || {
            self.shared
                .ended()
                .unwrap_or_else(|| ClientError::ConnectionLost {
                    server: self.client.server.clone(),
                    detail: t!("client-session-closed"),
                })
        };
        if self.outgoing.send(Bytes::from(xml)).await.is_err() {
            self.shared.pending().remove(&id.to_string());
            return Err(lost());
        }
        match tokio::time::timeout(REQUEST_TIMEOUT, rx).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(_)) => Err(lost()),
            Err(_) => {
                self.shared.pending().remove(&id.to_string());
                Err(ClientError::Timeout {
                    server: self.client.server.clone(),
                    seconds: REQUEST_TIMEOUT.as_secs(),
                })
            }
        }
    }

    /// The server, for messages.
    pub fn server(&self) -> &str {
        self.client.server()
    }

    /// Whether the session can still carry commands.
    pub fn is_open(&self) -> bool {
        !self.reader.is_finished() && !self.outgoing.is_closed()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

/// A response that is not a success is an error; a redirect names where it
/// pointed (without its query: that could hold anything).
fn check_status(response: &reqwest::Response, server: &str) -> Result<(), ClientError> {
    let status = response.status();
    if status.is_redirection() {
        let location = response
            .headers()
            .get(reqwest::header::LOCATION)
            .and_then(|l| l.to_str().ok())
            .and_then(|l| response.url().join(l).ok())
            .map(|u| url::display_location(&u))
            .unwrap_or_else(|| t!("client-unreadable-location"));
        return Err(ClientError::Redirect {
            server: server.to_string(),
            status: status.as_u16(),
            location,
        });
    }
    if !status.is_success() {
        return Err(ClientError::HttpStatus {
            server: server.to_string(),
            status: status.as_u16(),
        });
    }
    Ok(())
}

/// A few words on a result, for messages (never the whole document).
/// Dials `number` from the phone with one request and no session: the
/// command line's `dial`, and a link with no app running. `Ok(false)`: the
/// server did not place the call.
pub async fn dial_once(
    config: ClientConfig,
    number: &DialNumber,
    endpoint: Option<String>,
    transport: Transport,
) -> Result<bool, ClientError> {
    let command = Command::Dial {
        number: number.ex_tn().to_string(),
        endpoint,
    };
    Client::new(config)?.call_bool(&command, transport).await
}

pub fn describe_result(result: Option<&ResultValue>) -> String {
    match result {
        None => t!("client-result-none"),
        Some(ResultValue::Boolean(b)) => t!("client-result-boolean", value = b.to_string()),
        Some(ResultValue::Int(i)) => t!("client-result-number", value = i.to_string()),
        Some(ResultValue::Calls(c)) => t!("client-result-calls", count = c.len()),
        Some(ResultValue::Text(text)) => t!(
            "client-result-text",
            text = crate::protocol::text::quoted(&text.chars().take(40).collect::<String>())
        ),
    }
}

/// Sends the request, waits (bounded) for the response head, then reads
/// documents until the stream ends. Commands may already be waiting: their
/// bytes are in the body stream, and each gets its answer or the error that
/// ended the session.
async fn read_session(
    request: reqwest::RequestBuilder,
    shared: Arc<Shared>,
    events: mpsc::Sender<SessionEvent>,
    client: Client,
) {
    let server = client.server.clone();
    let end = read_documents(request, &shared, &events, &client)
        .await
        .unwrap_or_else(|| ClientError::ConnectionLost {
            server: server.clone(),
            detail: t!("client-session-ended"),
        });
    *shared.ended.lock().unwrap_or_else(|p| p.into_inner()) = Some(end.clone());
    let waiting: Vec<Waiter> = shared.pending().drain().map(|(_, w)| w).collect();
    for waiter in waiting {
        let _ = waiter.answer.send(Err(end.clone()));
    }
    let _ = events.send(SessionEvent::Closed(end)).await;
}

/// The documents of one session; returns why it ended (`None`: the server
/// ended the stream).
async fn read_documents(
    request: reqwest::RequestBuilder,
    shared: &Shared,
    events: &mpsc::Sender<SessionEvent>,
    client: &Client,
) -> Option<ClientError> {
    let server = &client.server;
    // Only the wait for the response head is bounded: the stream itself lives on.
    let response = match tokio::time::timeout(REQUEST_TIMEOUT, request.send()).await {
        Err(_) => {
            return Some(ClientError::Timeout {
                server: server.clone(),
                seconds: REQUEST_TIMEOUT.as_secs(),
            });
        }
        Ok(Err(e)) => return Some(from_reqwest(e, server)),
        Ok(Ok(response)) => response,
    };
    if let Err(e) = check_status(&response, server) {
        return Some(e);
    }
    let mut framer = Framer::new();
    let mut body = response.bytes_stream();
    loop {
        let chunk = match body.next().await? {
            Ok(chunk) => chunk,
            Err(e) => return Some(from_reqwest(e, server)),
        };
        if let Err(e) = framer.push(&chunk) {
            return Some(e.into());
        }
        loop {
            match framer.next_document() {
                Ok(Some(doc)) => {
                    let seq = client.next_seq();
                    if let Some(event) = dispatch(&doc, seq, shared, client) {
                        // Nobody may listen for events any more; answers still flow.
                        let _ = events.send(event).await;
                    }
                }
                Ok(None) => break,
                Err(e) => return Some(e.into()),
            }
        }
    }
}

/// Hands a document to the command waiting for its `Id`, or turns it into an event.
fn dispatch(doc: &[u8], seq: Seq, shared: &Shared, client: &Client) -> Option<SessionEvent> {
    let response = match Response::parse(doc) {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!("unreadable document from the server: {e}");
            return Some(SessionEvent::BadDocument(e.to_string()));
        }
    };
    client.note_skipped(&response.skipped);
    let unsubscribed = response
        .error()
        .is_some_and(|e| e.kind() == ApiErrorKind::Unsubscribed);
    if let Some(id) = &response.id {
        let mut pending = shared.pending();
        let answers = pending.get(id).is_some_and(|w| {
            // Error 17 means "subscribe again" whatever Id it carries; it only
            // answers a `subscribe` (that one failed). Any other command keeps
            // waiting for its own answer.
            let is_subscribe = w.expect == Expect::Int;
            w.expect.fits(&response) && (!unsubscribed || is_subscribe)
        });
        if answers && let Some(waiter) = pending.remove(id) {
            drop(pending);
            let _ = waiter.answer.send(Ok(Stamped { response, seq }));
            return None;
        }
    }
    if unsubscribed {
        return Some(SessionEvent::Unsubscribed);
    }
    if let Some(err) = response.error() {
        return Some(SessionEvent::ServerError(err.clone()));
    }
    match response.result {
        Some(ResultValue::Calls(calls)) => Some(SessionEvent::Calls { calls, seq }),
        _ => None,
    }
}
