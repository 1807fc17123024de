//! The client: one-shot commands (POST or GET) and the long-lived duplex session.

mod error;
pub mod url;

pub use error::ClientError;
use error::from_reqwest;

use crate::protocol::{ApiErrorKind, Call, Command, Credentials, Framer, Response, ResultValue};
use bytes::Bytes;
use futures_util::StreamExt;
use reqwest::Url;
use reqwest::header::{CONTENT_TYPE, HeaderValue};
use std::collections::HashMap;
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
            reason: "it holds no PEM certificate".into(),
        });
    }
    Ok(certs)
}

impl Client {
    pub fn new(config: ClientConfig) -> Result<Client, ClientError> {
        let mut builder = reqwest::Client::builder()
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
        let server = url::display_server(&config.url);
        let http = builder.build().map_err(|e| ClientError::Connect {
            server: server.clone(),
            detail: e.without_url().to_string(),
        })?;
        Ok(Client {
            http,
            url: config.url,
            server,
            credentials: config.credentials,
            next_id: Arc::new(AtomicU64::new(1)),
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

    /// Sends one command on its own request and returns the server's answer.
    /// An API error in the answer is returned as `ClientError::Api`.
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
        let status = response.status();
        if !status.is_success() {
            return Err(ClientError::HttpStatus {
                server: self.server.clone(),
                status: status.as_u16(),
            });
        }
        let mut framer = Framer::new();
        let mut body = response.bytes_stream();
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| from_reqwest(e, &self.server))?;
            framer.push(&chunk)?;
            if let Some(doc) = framer.next_document()? {
                return Ok(Response::parse(&doc)?.into_result()?);
            }
        }
        Err(ClientError::ConnectionLost {
            server: self.server.clone(),
            detail: "the server closed the response without an answer".into(),
        })
    }

    /// Opens the long-lived duplex session. Events (after `subscribe`) arrive on
    /// the returned receiver; it ends with [`SessionEvent::Closed`].
    pub async fn connect(&self) -> Result<(Session, mpsc::Receiver<SessionEvent>), ClientError> {
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
        // Only the wait for the response headers is bounded: the stream itself lives on.
        let response = tokio::time::timeout(REQUEST_TIMEOUT, request.send())
            .await
            .map_err(|_| ClientError::Timeout {
                server: self.server.clone(),
                seconds: REQUEST_TIMEOUT.as_secs(),
            })?
            .map_err(|e| from_reqwest(e, &self.server))?;
        if !response.status().is_success() {
            return Err(ClientError::HttpStatus {
                server: self.server.clone(),
                status: response.status().as_u16(),
            });
        }
        let pending: Pending = Arc::new(Mutex::new(HashMap::new()));
        let (events_tx, events_rx) = mpsc::channel(1024);
        let reader = tokio::spawn(read_session(
            response,
            pending.clone(),
            events_tx,
            self.server.clone(),
        ));
        Ok((
            Session {
                client: self.clone(),
                outgoing,
                pending,
                reader,
            },
            events_rx,
        ))
    }
}

type Waiter = oneshot::Sender<Result<Response, ClientError>>;
type Pending = Arc<Mutex<HashMap<String, Waiter>>>;

fn lock(pending: &Pending) -> std::sync::MutexGuard<'_, HashMap<String, Waiter>> {
    pending.lock().unwrap_or_else(|p| p.into_inner())
}

/// What arrives on a session besides answers to our own commands.
#[derive(Debug, Clone)]
pub enum SessionEvent {
    /// Call state changes pushed by the subscription, in order.
    Calls(Vec<Call>),
    /// Error 17: the server dropped the subscription; subscribe again.
    Unsubscribed,
    /// An API error that answers none of our commands.
    ServerError(crate::protocol::ApiError),
    /// A document we could not read; the session goes on.
    BadDocument(String),
    /// The session is over (the last event).
    Closed(ClientError),
}

/// One long-lived duplex POST. Commands are correlated with their answers by
/// `Id`; dropping the session ends the request (the 0-length chunk).
pub struct Session {
    client: Client,
    outgoing: mpsc::Sender<Bytes>,
    pending: Pending,
    reader: JoinHandle<()>,
}

impl Session {
    /// Sends a command on this session and waits for its answer.
    pub async fn request(&self, command: &Command) -> Result<Option<ResultValue>, ClientError> {
        let id = self.client.next_id();
        let (tx, rx) = oneshot::channel();
        lock(&self.pending).insert(id.to_string(), tx);
        let xml = command.to_xml(&self.client.credentials, Some(id));
        tracing::debug!(command = command.method(), id, "sending on session");
        let lost = || ClientError::ConnectionLost {
            server: self.client.server.clone(),
            detail: "the session is closed".into(),
        };
        if self.outgoing.send(Bytes::from(xml)).await.is_err() {
            lock(&self.pending).remove(&id.to_string());
            return Err(lost());
        }
        match tokio::time::timeout(REQUEST_TIMEOUT, rx).await {
            Ok(Ok(answer)) => Ok(answer?.into_result()?),
            Ok(Err(_)) => Err(lost()),
            Err(_) => {
                lock(&self.pending).remove(&id.to_string());
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

async fn read_session(
    response: reqwest::Response,
    pending: Pending,
    events: mpsc::Sender<SessionEvent>,
    server: String,
) {
    let mut framer = Framer::new();
    let mut body = response.bytes_stream();
    let end = loop {
        let chunk = match body.next().await {
            Some(Ok(chunk)) => chunk,
            Some(Err(e)) => break from_reqwest(e, &server),
            None => {
                break ClientError::ConnectionLost {
                    server: server.clone(),
                    detail: "the server ended the session".into(),
                };
            }
        };
        if let Err(e) = framer.push(&chunk) {
            break e.into();
        }
        let mut failed = None;
        loop {
            match framer.next_document() {
                Ok(Some(doc)) => {
                    if let Some(event) = dispatch(&doc, &pending)
                        && events.send(event).await.is_err()
                    {
                        // Nobody listens for events any more; answers still flow.
                    }
                }
                Ok(None) => break,
                Err(e) => {
                    failed = Some(e);
                    break;
                }
            }
        }
        if let Some(e) = failed {
            break e.into();
        }
    };
    for (_, waiter) in lock(&pending).drain() {
        let _ = waiter.send(Err(end.clone()));
    }
    let _ = events.send(SessionEvent::Closed(end)).await;
}

/// Hands a document to the command waiting for its `Id`, or turns it into an event.
fn dispatch(doc: &[u8], pending: &Pending) -> Option<SessionEvent> {
    let response = match Response::parse(doc) {
        Ok(r) => r,
        Err(e) => {
            tracing::warn!("unreadable document from the server: {e}");
            return Some(SessionEvent::BadDocument(e.to_string()));
        }
    };
    if let Some(id) = &response.id
        && let Some(waiter) = lock(pending).remove(id)
    {
        let _ = waiter.send(Ok(response));
        return None;
    }
    if let Some(err) = response.error() {
        return Some(if err.kind() == ApiErrorKind::Unsubscribed {
            SessionEvent::Unsubscribed
        } else {
            SessionEvent::ServerError(err.clone())
        });
    }
    match response.result {
        Some(ResultValue::Calls(calls)) => Some(SessionEvent::Calls(calls)),
        _ => None,
    }
}
