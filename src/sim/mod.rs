//! A faithful simulator of the Sky Hosted API server: a real HTTP server on a
//! socket, speaking GET and the long-lived chunked POST on `/bobl/bobl`, with a
//! simulated phone per user and a control interface under `/control/`.

mod control;
pub mod state;
pub mod tls;
pub mod users;

use crate::protocol::{
    API_PATH, ApiError, ApiErrorKind, CallId, CallState, Command, Framer, RawCommand,
    Response as ApiResponse, ResultValue,
};
use bytes::Bytes;
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};
use hyper::header::{CONTENT_TYPE, HeaderValue};
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
pub use state::{
    CommandRecord, ControlError, Error17Id, InvalidNumberReply, SimConfig, SimEvent, SimState,
};
use std::convert::Infallible;
use std::io;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;
use tokio::net::TcpListener;
use tokio::sync::{broadcast, mpsc, oneshot};
use tokio::task::{JoinHandle, JoinSet};
pub use users::{SimUser, demo_users, load_users};

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
        Self {
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
    pub async fn start(options: SimOptions) -> Result<Self, SimError> {
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
        Ok(Self {
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
                async move { Ok::<_, Infallible>(route(state, req).await) }
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

async fn route(state: Arc<SimState>, req: Request<Incoming>) -> Response<SimBody> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    if path == API_PATH {
        return match method {
            Method::GET => {
                let raw = RawCommand::parse_query(req.uri().query().unwrap_or(""));
                let reply = match state.execute(&raw, "get") {
                    state::Outcome::Reply(r) | state::Outcome::Subscribed { reply: r, .. } => r,
                };
                xml_response(full(reply_xml(&state, &raw.user, &reply)))
            }
            Method::POST => post_session(state, req.into_body()).await,
            _ => text_response(
                StatusCode::METHOD_NOT_ALLOWED,
                "use GET or POST on /bobl/bobl\n",
            ),
        };
    }
    if let Some(action) = path.strip_prefix("/control/") {
        // A web page on another site can send simple POSTs to a known port on
        // this computer: refuse anything a browser marks as from elsewhere.
        let origin = req.headers().get(hyper::header::ORIGIN);
        if let Some(origin) = origin
            && !is_own_origin(origin.as_bytes(), req.headers().get(hyper::header::HOST))
        {
            return text_response(
                StatusCode::FORBIDDEN,
                "control requests from web pages are refused (this request carried another site's Origin)\n",
            );
        }
        return control::handle(&state, &method, action, req.uri().query());
    }
    text_response(
        StatusCode::NOT_FOUND,
        "not found: the API is at /bobl/bobl, the control interface at /control/\n",
    )
}

/// Whether an `Origin` header names this server itself (its own `Host`).
fn is_own_origin(origin: &[u8], host: Option<&HeaderValue>) -> bool {
    let Ok(origin) = std::str::from_utf8(origin) else {
        return false;
    };
    let Some(host) = host.and_then(|h| h.to_str().ok()) else {
        return false;
    };
    origin
        .strip_prefix("http://")
        .or_else(|| origin.strip_prefix("https://"))
        .is_some_and(|o| o.eq_ignore_ascii_case(host))
}

type Chunk = Result<Bytes, io::Error>;

/// One long-lived POST. With `late_head` the response head waits for the
/// answer to the first command, as servlet-style servers do.
async fn post_session(state: Arc<SimState>, body: Incoming) -> Response<SimBody> {
    let (tx, rx) = mpsc::channel::<Chunk>(64);
    let (head_tx, head_rx) = oneshot::channel::<()>();
    let late_head = state.config().late_head;
    tokio::spawn(session(state, body, tx, late_head.then_some(head_tx)));
    if late_head {
        // Fires once the first answer is queued (or the session ends without one).
        let _ = head_rx.await;
    }
    let stream = futures_util::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|chunk| (chunk.map(Frame::data), rx))
    });
    xml_response(BodyExt::boxed_unsync(StreamBody::new(stream)))
}

/// The subscription of one connection: its events and the `Id` they carry.
struct Subscription {
    events: broadcast::Receiver<SimEvent>,
    id: Option<String>,
    user: String,
    /// An event this connection already wrote itself (after a list): not twice.
    already_sent: Option<(CallId, CallState)>,
}

/// What one POST connection remembers.
#[derive(Default)]
struct Connection {
    sub: Option<Subscription>,
    /// A forced error 17 waiting for the next command's `Id` (`Error17Id::NextCommand`).
    error_17_due: bool,
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

/// A response as written, with `unknown_items` added to call lists.
fn reply_xml(state: &SimState, user: &str, reply: &ApiResponse) -> String {
    let xml = reply.to_xml();
    if state.config().unknown_items && matches!(reply.result, Some(ResultValue::Calls(_))) {
        with_unknown_items(xml, user, &state.endpoint(user).unwrap_or_default())
    } else {
        xml
    }
}

/// The id of the `PARKED` call `unknown_items` shows.
pub const PARKED_CALL_ID: &str = "64999";

/// Adds, to a call list's XML, a call in a state the spec does not list and an
/// item without an `Id`, as a newer server might send.
fn with_unknown_items(xml: String, did: &str, endpoint: &str) -> String {
    let items = format!(
        "    <item xsi:type=\"org.m5.data.v1.cti.Call\">\n      <Ani>2125550100</Ani>\n      <DID>{did}</DID>\n      <Duration>12</Duration>\n      <Endpoint>{endpoint}</Endpoint>\n      <Id>{PARKED_CALL_ID}</Id>\n      <Originated>false</Originated>\n      <State>PARKED</State>\n    </item>\n    <item xsi:type=\"org.m5.data.v1.cti.Call\">\n      <Ani>2125550101</Ani>\n      <DID>{did}</DID>\n      <State>RINGING</State>\n    </item>\n"
    );
    let Some(start) = xml.find("<Result xsi:type=\"xmlList\"") else {
        return xml;
    };
    let Some(tag_end) = xml[start..].find('>').map(|i| start + i) else {
        return xml;
    };
    if xml[..tag_end].ends_with('/') {
        // An empty list is written self-closing: open it.
        format!(
            "{}>\n{items}  </Result>{}",
            &xml[..tag_end - 1],
            &xml[tag_end + 1..]
        )
    } else {
        match xml.find("  </Result>") {
            Some(close) => format!("{}{items}{}", &xml[..close], &xml[close..]),
            None => xml,
        }
    }
}

/// One long-lived POST: answers each command as soon as its document is
/// complete, pushes events once subscribed, ends when the request body ends.
async fn session(
    state: Arc<SimState>,
    mut body: Incoming,
    tx: mpsc::Sender<Chunk>,
    mut head: Option<oneshot::Sender<()>>,
) {
    let mut framer = Framer::new();
    let mut kill = state.kill_signal();
    let mut conn = Connection::default();
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
                            Ok(Some(doc)) => out.push_str(&answer(&state, &doc, &mut conn)),
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
                if !out.is_empty() {
                    if tx.send(Ok(Bytes::from(out))).await.is_err() {
                        return;
                    }
                    if let Some(head) = head.take() {
                        let _ = head.send(());
                    }
                }
                if fatal {
                    return;
                }
            }
            event = next_event(&mut conn.sub) => {
                let Some(sub) = conn.sub.as_mut() else { continue };
                let id = sub.id.clone();
                let user = sub.user.clone();
                let out = match event {
                    SimEvent::Changes(calls) => {
                        let mut out = String::new();
                        for call in calls {
                            if sub.already_sent.as_ref() == Some(&(call.id.clone(), call.state)) {
                                sub.already_sent = None;
                                continue;
                            }
                            out.push_str(&reply_xml(&state, &user, &ApiResponse::calls(id.clone(), vec![call])));
                        }
                        out
                    }
                    SimEvent::Unsubscribed => {
                        conn.sub = None;
                        if state.config().error_17_id == state::Error17Id::NextCommand {
                            conn.error_17_due = true;
                            continue;
                        }
                        ApiResponse::error_response(id, ApiError::new(ApiErrorKind::Unsubscribed))
                            .to_xml()
                    }
                };
                if !out.is_empty() && tx.send(Ok(Bytes::from(out))).await.is_err() {
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

fn answer(state: &Arc<SimState>, doc: &[u8], conn: &mut Connection) -> String {
    let raw = match RawCommand::parse_xml(doc) {
        Ok(raw) => raw,
        Err(err) => return unmarshall_error(err).to_xml(),
    };
    let subscribing = matches!(raw.command(), Ok(Command::Subscribe));
    match state.execute(&raw, "post") {
        state::Outcome::Reply(reply) => {
            let mut out = String::new();
            if conn.error_17_due && !subscribing {
                // The forced 17 carries this command's Id, before its own answer.
                conn.error_17_due = false;
                out.push_str(
                    &ApiResponse::error_response(
                        reply.id.clone(),
                        ApiError::new(ApiErrorKind::Unsubscribed),
                    )
                    .to_xml(),
                );
            }
            out.push_str(&reply_xml(state, &raw.user, &reply));
            let listed = matches!(reply.result, Some(ResultValue::Calls(_)));
            if listed
                && state.config().ring_after_list
                && let Some(sub) = conn.sub.as_mut()
                && let Ok(call) = state.ring_after_list(&sub.user)
            {
                // In the same write, right after the list: a call that began just after it.
                sub.already_sent = Some((call.id.clone(), call.state));
                let user = sub.user.clone();
                let event = ApiResponse::calls(sub.id.clone(), vec![call]);
                out.push_str(&reply_xml(state, &user, &event));
            }
            out
        }
        state::Outcome::Subscribed { reply, events } => {
            conn.error_17_due = false;
            if state.take_flap(&raw.user) {
                // Subscribed, and dropped at once.
                conn.sub = None;
                return reply.to_xml()
                    + &ApiResponse::error_response(
                        reply.id.clone(),
                        ApiError::new(ApiErrorKind::Unsubscribed),
                    )
                    .to_xml();
            }
            conn.sub = Some(Subscription {
                events,
                id: reply.id.clone(),
                user: raw.user.clone(),
                already_sent: None,
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
