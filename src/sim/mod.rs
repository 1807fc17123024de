//! A faithful simulator of the Sky Hosted API server: a real HTTP server on a
//! socket, speaking GET and the long-lived chunked POST on `/bobl/bobl`, with a
//! simulated phone per user and a control interface under `/control/`.

mod control;
pub mod state;
pub mod tls;
pub mod users;

use crate::protocol::{ApiError, ApiErrorKind, Framer, RawCommand, Response as ApiResponse};
use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
pub use state::{CommandRecord, ControlError, SimConfig, SimEvent, SimState};
use std::convert::Infallible;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::{broadcast, mpsc};
use tokio::task::{JoinHandle, JoinSet};
pub use users::{SimUser, demo_users, load_users};

/// The API's resource path.
pub const API_PATH: &str = "/bobl/bobl";

pub(crate) type SimBody = UnsyncBoxBody<Bytes, io::Error>;

pub(crate) fn full(body: impl Into<Bytes>) -> SimBody {
    Full::new(body.into())
        .map_err(|never: Infallible| match never {})
        .boxed_unsync()
}

pub(crate) fn text_response(status: StatusCode, text: &'static str) -> Response<SimBody> {
    let mut response = Response::new(full(text));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

fn xml_response(body: SimBody) -> Response<SimBody> {
    let mut response = Response::new(body);
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/xml; charset=utf-8"),
    );
    response
}

/// How to start a simulator.
#[derive(Debug, Clone)]
pub struct SimOptions {
    pub bind: IpAddr,
    /// 0 picks a free port.
    pub port: u16,
    pub users: Vec<SimUser>,
    pub config: SimConfig,
    /// Serve HTTPS with a freshly generated certificate.
    pub tls: bool,
}

impl Default for SimOptions {
    fn default() -> Self {
        SimOptions {
            bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 0,
            users: demo_users(),
            config: SimConfig::default(),
            tls: false,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("cannot listen on {addr}: {source}")]
    Bind { addr: SocketAddr, source: io::Error },
    #[error(transparent)]
    Tls(#[from] tls::TlsSetupError),
}

/// A running simulator. Dropping it stops the server and closes its connections.
pub struct Simulator {
    state: Arc<SimState>,
    addr: SocketAddr,
    ca_pem: Option<String>,
    accept: JoinHandle<()>,
}

impl Simulator {
    /// Binds and starts serving in the background (on the current tokio runtime).
    pub async fn start(options: SimOptions) -> Result<Simulator, SimError> {
        let addr = SocketAddr::new(options.bind, options.port);
        let listener = TcpListener::bind(addr)
            .await
            .map_err(|source| SimError::Bind { addr, source })?;
        let addr = listener
            .local_addr()
            .map_err(|source| SimError::Bind { addr, source })?;
        let tls = if options.tls {
            Some(tls::generate()?)
        } else {
            None
        };
        let ca_pem = tls.as_ref().map(|t| t.ca_pem.clone());
        let acceptor = tls.map(|t| t.acceptor);
        let state = SimState::new(options.users, options.config);
        if state.config().demo_calls {
            tokio::spawn(demo_ringer(Arc::downgrade(&state)));
        }
        let accept = tokio::spawn(accept_loop(listener, acceptor, state.clone()));
        Ok(Simulator {
            state,
            addr,
            ca_pem,
            accept,
        })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The base URL clients use (`http://127.0.0.1:PORT`, `https://localhost:PORT`).
    pub fn base_url(&self) -> String {
        match (&self.ca_pem, self.addr.ip()) {
            (Some(_), ip) if ip.is_loopback() => format!("https://localhost:{}", self.addr.port()),
            (Some(_), _) => format!("https://{}", self.addr),
            (None, _) => format!("http://{}", self.addr),
        }
    }

    /// The CA certificate (PEM) to trust when serving HTTPS.
    pub fn ca_pem(&self) -> Option<&str> {
        self.ca_pem.as_deref()
    }

    pub fn state(&self) -> &Arc<SimState> {
        &self.state
    }
}

impl Drop for Simulator {
    fn drop(&mut self) {
        // Aborting the accept loop drops its JoinSet, which aborts every connection.
        self.accept.abort();
    }
}

async fn accept_loop(
    listener: TcpListener,
    acceptor: Option<tokio_rustls::TlsAcceptor>,
    state: Arc<SimState>,
) {
    let mut connections = JoinSet::new();
    loop {
        let (stream, _) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(err) => {
                    tracing::warn!("simulator accept failed: {err}");
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    continue;
                }
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => continue,
        };
        let _ = stream.set_nodelay(true);
        let state = state.clone();
        let acceptor = acceptor.clone();
        connections.spawn(async move {
            let service = service_fn(move |req| {
                let state = state.clone();
                async move { Ok::<_, Infallible>(route(state, req)) }
            });
            let builder = hyper::server::conn::http1::Builder::new();
            let result = match acceptor {
                Some(acceptor) => match acceptor.accept(stream).await {
                    Ok(tls) => builder.serve_connection(TokioIo::new(tls), service).await,
                    Err(err) => {
                        tracing::debug!("simulator TLS handshake failed: {err}");
                        return;
                    }
                },
                None => {
                    builder
                        .serve_connection(TokioIo::new(stream), service)
                        .await
                }
            };
            if let Err(err) = result {
                tracing::debug!("simulator connection ended: {err}");
            }
        });
    }
}

fn route(state: Arc<SimState>, req: Request<Incoming>) -> Response<SimBody> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    if path == API_PATH {
        return match method {
            Method::GET => {
                let raw = RawCommand::parse_query(req.uri().query().unwrap_or(""));
                let reply = match state.execute(&raw, "get") {
                    state::Outcome::Reply(r) | state::Outcome::Subscribed { reply: r, .. } => r,
                };
                xml_response(full(reply.to_xml()))
            }
            Method::POST => post_session(state, req.into_body()),
            _ => text_response(
                StatusCode::METHOD_NOT_ALLOWED,
                "use GET or POST on /bobl/bobl\n",
            ),
        };
    }
    if let Some(action) = path.strip_prefix("/control/") {
        return control::handle(&state, &method, action, req.uri().query());
    }
    text_response(
        StatusCode::NOT_FOUND,
        "not found: the API is at /bobl/bobl, the control interface at /control/\n",
    )
}

type Chunk = Result<Bytes, io::Error>;

fn post_session(state: Arc<SimState>, body: Incoming) -> Response<SimBody> {
    let (tx, rx) = mpsc::channel::<Chunk>(64);
    tokio::spawn(session(state, body, tx));
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk.map(Frame::data), rx))
    });
    xml_response(BodyExt::boxed_unsync(StreamBody::new(stream)))
}

/// The subscription of one connection: its events and the `Id` they carry.
struct Subscription {
    events: broadcast::Receiver<SimEvent>,
    id: Option<String>,
}

async fn next_event(sub: &mut Option<Subscription>) -> SimEvent {
    let Some(s) = sub.as_mut() else {
        return std::future::pending().await;
    };
    loop {
        match s.events.recv().await {
            Ok(event) => return event,
            Err(broadcast::error::RecvError::Lagged(n)) => {
                tracing::warn!("a subscriber fell {n} events behind; they are lost");
            }
            Err(broadcast::error::RecvError::Closed) => return std::future::pending().await,
        }
    }
}

fn unmarshall_error(detail: impl std::fmt::Display) -> ApiResponse {
    ApiResponse::error_response(
        Some(rand::random::<u32>().to_string()),
        ApiError::with_message(
            ApiErrorKind::BadXml,
            format!("Failed to unmarshall XML: {detail}"),
        ),
    )
}

/// One long-lived POST: answers each command as soon as its document is
/// complete, pushes events once subscribed, ends when the request body ends.
async fn session(state: Arc<SimState>, mut body: Incoming, tx: mpsc::Sender<Chunk>) {
    let mut framer = Framer::new();
    let mut kill = state.kill_signal();
    let mut sub: Option<Subscription> = None;
    loop {
        tokio::select! {
            frame = body.frame() => {
                let data = match frame {
                    None => break,
                    Some(Err(_)) => return,
                    Some(Ok(frame)) => match frame.into_data() {
                        Ok(data) => data,
                        Err(_) => continue,
                    },
                };
                let mut out = String::new();
                let mut fatal = false;
                match framer.push(&data) {
                    Ok(()) => loop {
                        match framer.next_document() {
                            Ok(Some(doc)) => out.push_str(&answer(&state, &doc, &mut sub)),
                            Ok(None) => break,
                            Err(err) => {
                                out.push_str(&unmarshall_error(err).to_xml());
                                fatal = true;
                                break;
                            }
                        }
                    },
                    Err(err) => {
                        out.push_str(&unmarshall_error(err).to_xml());
                        fatal = true;
                    }
                }
                if !out.is_empty() && tx.send(Ok(Bytes::from(out))).await.is_err() {
                    return;
                }
                if fatal {
                    return;
                }
            }
            event = next_event(&mut sub) => {
                let id = sub.as_ref().and_then(|s| s.id.clone());
                let out = match event {
                    SimEvent::Changes(calls) => calls
                        .into_iter()
                        .map(|call| ApiResponse::calls(id.clone(), vec![call]).to_xml())
                        .collect::<String>(),
                    SimEvent::Unsubscribed => {
                        sub = None;
                        ApiResponse::error_response(id, ApiError::new(ApiErrorKind::Unsubscribed))
                            .to_xml()
                    }
                };
                if tx.send(Ok(Bytes::from(out))).await.is_err() {
                    return;
                }
            }
            _ = kill.recv() => {
                let doc = ApiResponse::calls(Some("0".into()), Vec::new()).to_xml();
                let half = Bytes::copy_from_slice(&doc.as_bytes()[..doc.len() / 2]);
                let _ = tx.send(Ok(half)).await;
                let _ = tx
                    .send(Err(io::Error::new(io::ErrorKind::ConnectionAborted, "dropped by the simulator")))
                    .await;
                return;
            }
        }
    }
}

fn answer(state: &Arc<SimState>, doc: &[u8], sub: &mut Option<Subscription>) -> String {
    let raw = match RawCommand::parse_xml(doc) {
        Ok(raw) => raw,
        Err(err) => return unmarshall_error(err).to_xml(),
    };
    match state.execute(&raw, "post") {
        state::Outcome::Reply(reply) => reply.to_xml(),
        state::Outcome::Subscribed { reply, events } => {
            *sub = Some(Subscription {
                events,
                id: reply.id.clone(),
            });
            reply.to_xml()
        }
    }
}

/// Callers and numbers the demo rings with.
pub const DEMO_CALLERS: &[(&str, &str)] = &[
    ("Ada Lovelace", "2125550142"),
    ("Grace Hopper", "+1 (415) 555-0199"),
    ("Alan Turing", "+44 20 7946 0958"),
    ("Katherine Johnson", "7575550123"),
    ("Reception", "1000"),
];

/// In demo mode: every 20 to 45 seconds, a call rings for a user who has none ringing.
async fn demo_ringer(state: std::sync::Weak<SimState>) {
    let mut turn = 0usize;
    loop {
        let wait = rand::random_range(20..=45);
        tokio::time::sleep(std::time::Duration::from_secs(wait)).await;
        let Some(state) = state.upgrade() else { return };
        for did in state.active_users() {
            if state.is_ringing(&did) {
                continue;
            }
            let (_, number) = DEMO_CALLERS[turn % DEMO_CALLERS.len()];
            turn += 1;
            let ani: String = number.chars().filter(|c| c.is_ascii_digit()).collect();
            let clid = (!turn.is_multiple_of(3)).then_some(did.as_str());
            if let Err(err) = state.inject_incoming(&did, &ani, clid) {
                tracing::warn!("demo call failed: {err}");
            }
        }
    }
}
