//! The engine: one background task that owns the subscription connection,
//! keeps the one store of call state, writes the history and tells the rest
//! of the program what happened.
//!
//! ```text
//!  EngineHandle::send(EngineCommand) ── mpsc ──►  engine task ── duplex POST ──► server
//!  EngineHandle::snapshot()          ◄── watch ──  (status, calls, last error)
//!  EngineHandle::events()            ◄── broadcast (ringing, changed, ended)
//! ```
//!
//! The parts, as async-nats splits its connector: [`connect`] dials, subscribes
//! and decides how long to wait after a failure; [`live`] serves one
//! subscribed session; [`schedule`] and [`backoff`] are the pure policies
//! they follow; [`store`] is the call state.
//!
//! Dead connections are noticed two ways: TCP keepalive (first probe after
//! 30 s of silence, then every 10 s, 3 tries: a vanished peer is seen in
//! about 60 s), and a read-idle probe: after [`EngineConfig::idle_probe_after`]
//! (120 s) without a document the engine sends `listCalls`; no document at
//! all within the request timeout (20 s) means the line is dead. A quiet but
//! healthy line answers the probe, so the policy cannot misfire; worst case 140 s.

pub mod backoff;
mod commit;
mod connect;
mod live;
pub mod schedule;
pub mod store;
mod work;

use crate::client::{Client, ClientConfig, ClientError, Seq};
use crate::contacts::Contact;
use crate::history::people::{ContactChange, Person};
use crate::history::reminders::NewReminder;
use crate::history::{History, HistoryEntry, HistoryError, MissedEntry, Reminder, now_ms};
use crate::i18n::English;
use crate::protocol::{Call, CallId, CallState, DialNumber};
use crate::t;
use backoff::Backoff;
use std::time::Duration;
pub use store::{CallStore, Change, Listed, LiveCall, MAX_LIVE_CALLS};
use tokio::sync::{broadcast, mpsc, oneshot, watch};
use tokio::time::Instant;

/// Timings and places. The defaults are what the app uses.
#[derive(Debug, Clone)]
pub struct EngineConfig {
    /// First reconnect delay; doubles per failure up to `backoff_cap` (with jitter).
    pub backoff_base: Duration,
    pub backoff_cap: Duration,
    /// A connection that stayed up this long resets the backoff.
    pub healthy_after: Duration,
    /// Retry delay while the phone is logged out (error 8).
    pub phone_retry: Duration,
    /// First retry delay for a rate-limited `listCalls` (error 6); doubles up to `list_retry_cap`.
    pub list_retry_base: Duration,
    pub list_retry_cap: Duration,
    /// Lists owed after (re)subscribing: this many at once, then one per
    /// `list_refill` (3 and 8 s: at most 10 in any minute).
    pub list_burst: u32,
    pub list_refill: Duration,
    /// Send a `listCalls` probe after this long without a document.
    pub idle_probe_after: Duration,
    /// The history database; `None` keeps no history.
    pub history_path: Option<std::path::PathBuf>,
    /// The most calls the history keeps.
    pub history_max_rows: i64,
}

impl Default for EngineConfig {
    fn default() -> Self {
        Self {
            backoff_base: Duration::from_secs(1),
            backoff_cap: Duration::from_secs(60),
            healthy_after: Duration::from_secs(30),
            phone_retry: Duration::from_secs(60),
            list_retry_base: Duration::from_secs(30),
            list_retry_cap: Duration::from_secs(300),
            list_burst: 3,
            list_refill: Duration::from_secs(8),
            idle_probe_after: Duration::from_secs(120),
            history_path: crate::history::default_path(),
            history_max_rows: crate::history::MAX_HISTORY_ROWS,
        }
    }
}

/// What the rest of the program asks of the engine.
#[derive(Debug, Clone)]
pub enum EngineCommand {
    /// Connect as this user (replacing any other).
    SignIn(ClientConfig),
    SignOut,
    /// Dial a number (read once, where it entered: the dial field, the
    /// clipboard, a link, a favourite).
    Dial {
        number: DialNumber,
        endpoint: Option<String>,
    },
    Answer {
        call: Option<CallId>,
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
    /// Ask the server for the current calls now.
    Refresh,
    /// Mark a missed call (by history row), or all, as seen.
    MarkSeen {
        row: Option<i64>,
    },
}

/// Shown in the user's language (`Display`).
#[derive(Debug, Clone, thiserror::Error)]
pub enum EngineError {
    #[error("{}", t!("engine-signed-out"))]
    SignedOut,
    #[error("{}", t!("engine-not-connected", status = .0))]
    NotConnected(String),
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error(transparent)]
    History(#[from] HistoryError),
    #[error("{}", t!("engine-gone"))]
    Gone,
    #[error("{}", .0.clone().unwrap_or_else(|| t!("engine-no-history")))]
    NoHistory(Option<String>),
}

/// The connection as a user would describe it.
#[derive(Debug, Clone, PartialEq)]
pub enum ConnectionStatus {
    SignedOut,
    Connecting,
    Connected,
    /// Lost or refused; the next try is at `retry_at`. No events have
    /// arrived since `blind_since`.
    Reconnecting {
        attempt: u32,
        retry_at: Instant,
        reason: String,
        blind_since: Instant,
    },
    /// Error 8: the desk phone is not logged in; retrying slowly.
    PhoneLoggedOut {
        retry_at: Instant,
    },
    /// Error 5: no more tries until the user signs in again.
    Stopped {
        reason: String,
    },
}

impl ConnectionStatus {
    /// Plain words for a status line, in the user's language.
    pub fn describe(&self, now: Instant) -> String {
        let secs = |at: &Instant| at.saturating_duration_since(now).as_secs_f64().ceil() as u64;
        match self {
            Self::SignedOut => t!("status-signed-out"),
            Self::Connecting => t!("status-connecting"),
            Self::Connected => t!("status-connected"),
            Self::Reconnecting {
                retry_at,
                reason,
                blind_since,
                ..
            } => t!(
                "status-reconnecting",
                seconds = secs(retry_at),
                reason = reason.as_str(),
                blind = now.saturating_duration_since(*blind_since).as_secs()
            ),
            Self::PhoneLoggedOut { retry_at } => {
                t!("status-phone-logged-out", seconds = secs(retry_at))
            }
            Self::Stopped { reason } => t!("status-stopped", reason = reason.as_str()),
        }
    }

    /// The status for the log, in English (a reason is logged with its error).
    fn logged(&self, now: Instant) -> String {
        let secs = |at: &Instant| at.saturating_duration_since(now).as_secs_f64().ceil() as u64;
        match self {
            Self::SignedOut => "signed out".into(),
            Self::Connecting => "connecting".into(),
            Self::Connected => "connected".into(),
            Self::Reconnecting { retry_at, .. } => format!("reconnecting in {} s", secs(retry_at)),
            Self::PhoneLoggedOut { retry_at } => {
                format!(
                    "the desk phone is not logged in; retrying in {} s",
                    secs(retry_at)
                )
            }
            Self::Stopped { .. } => "stopped until the user signs in again".into(),
        }
    }
}

/// Everything the UI draws, published on every change.
#[derive(Debug, Clone)]
pub struct Snapshot {
    pub status: ConnectionStatus,
    /// The signed-in DID.
    pub user: Option<String>,
    /// Live calls, in the order they appeared.
    pub calls: Vec<LiveCall>,
    /// The last problem worth showing, with what to do.
    pub last_error: Option<String>,
    /// Why history is not being saved, if it is not.
    pub history_error: Option<String>,
    /// Missed calls not yet seen.
    pub unseen_missed: u64,
    /// Open entries of the missed-calls list (what the History tab, the tray
    /// and its badge count).
    pub open_missed: u64,
    /// How long call events last stopped (the connection was lost) until
    /// skydial was subscribed again; a call list then catches up on the gap.
    pub last_blind: Option<Duration>,
}

impl Default for Snapshot {
    fn default() -> Self {
        Self {
            status: ConnectionStatus::SignedOut,
            user: None,
            calls: Vec::new(),
            last_error: None,
            history_error: None,
            unseen_missed: 0,
            open_missed: 0,
            last_blind: None,
        }
    }
}

/// Something that happened to a call. Besides `Changed`, each change that
/// matters to the rest of the program is said once, as what it means.
#[derive(Debug, Clone)]
pub enum EngineEvent {
    /// Any state change of any call, in order (what `watch` prints).
    Changed(LiveCall),
    /// A call started ringing into the phone (raise a screen pop).
    Ringing(LiveCall),
    /// A ringing call was answered (connected, on this phone or one that
    /// shares its line).
    Answered(LiveCall),
    /// A ringing call stopped ringing and goes on unanswered (to a state
    /// other than connected; a call that ends is `Ended`).
    StoppedRinging(LiveCall),
    /// A call ended; `missed` when inbound and never answered. The API does
    /// not say who ended it (the caller, this phone, a transfer, the
    /// voicemail): DELETED is all it sends.
    Ended { call: LiveCall, missed: bool },
    /// A call that ended missed joined `entry` of the missed-calls list
    /// (said just after its `Ended`; not for a call ignored as spam, nor
    /// without a history): the notification that it was missed can be shown.
    Missed { call: LiveCall, entry: i64 },
    /// Entries of the missed-calls list were resolved (a call with their
    /// number connected, or *Done*): their notifications can go.
    MissedResolved { entries: Vec<i64> },
}

impl EngineEvent {
    /// What one change of the store means, besides `Changed`.
    fn meaning(change: Change) -> Option<Self> {
        match change {
            Change::Added(c) if c.call.state == CallState::Ringing => Some(Self::Ringing(c)),
            Change::Updated { call, from } if call.call.state == CallState::Ringing => {
                (from != CallState::Ringing).then_some(Self::Ringing(call))
            }
            Change::Updated {
                call,
                from: CallState::Ringing,
            } => Some(
                if matches!(call.call.state, CallState::Connected | CallState::Holding) {
                    Self::Answered(call)
                } else {
                    Self::StoppedRinging(call)
                },
            ),
            Change::Ended { call, missed } => Some(Self::Ended { call, missed }),
            _ => None,
        }
    }
}

struct Request {
    command: EngineCommand,
    reply: oneshot::Sender<Result<bool, EngineError>>,
}

type Answer<T> = oneshot::Sender<Result<T, EngineError>>;

/// What the history database is asked, by the one that owns it: the engine.
enum Data {
    History {
        limit: usize,
        answer: Answer<Vec<HistoryEntry>>,
    },
    SearchContacts {
        query: String,
        answer: Answer<Vec<Contact>>,
    },
    ImportContacts {
        contacts: Vec<Contact>,
        answer: Answer<usize>,
    },
    SearchPeople {
        query: String,
        limit: usize,
        answer: Answer<Vec<Person>>,
    },
    ChangeContact {
        change: ContactChange,
        answer: Answer<bool>,
    },
    Work(work::Ask),
}

/// What reaches the engine's task.
enum Message {
    Command(Request),
    Data(Data),
}

/// The rest of the program's view of the engine. Cheap to clone.
#[derive(Clone)]
pub struct EngineHandle {
    commands: mpsc::Sender<Message>,
    /// The history database, for exports (read on a connection of their own).
    history_path: Option<std::path::PathBuf>,
    snapshot: watch::Receiver<Snapshot>,
    events: broadcast::Sender<EngineEvent>,
}

impl EngineHandle {
    /// Sends a command and waits for its outcome: `Ok(true)` done, `Ok(false)`
    /// the server found nothing to act on.
    pub async fn send(&self, command: EngineCommand) -> Result<bool, EngineError> {
        self.request(command)
            .await
            .map_err(|_| EngineError::Gone)?
            .await
            .map_err(|_| EngineError::Gone)?
    }

    /// Queues a command (commands are carried out in the order queued) and
    /// returns its outcome to wait for, so that whoever queues need not
    /// hold up the next command while the server answers this one.
    pub async fn queue(
        &self,
        command: EngineCommand,
    ) -> impl Future<Output = Result<bool, EngineError>> + Send + 'static {
        let queued = self.request(command).await;
        async move {
            queued
                .map_err(|_| EngineError::Gone)?
                .await
                .map_err(|_| EngineError::Gone)?
        }
    }

    async fn request(
        &self,
        command: EngineCommand,
    ) -> Result<oneshot::Receiver<Result<bool, EngineError>>, mpsc::error::SendError<()>> {
        let (reply, rx) = oneshot::channel();
        self.commands
            .send(Message::Command(Request { command, reply }))
            .await
            .map_err(|_| mpsc::error::SendError(()))?;
        Ok(rx)
    }

    async fn ask<T>(&self, data: impl FnOnce(Answer<T>) -> Data) -> Result<T, EngineError> {
        let (answer, rx) = oneshot::channel();
        self.commands
            .send(Message::Data(data(answer)))
            .await
            .map_err(|_| EngineError::Gone)?;
        rx.await.map_err(|_| EngineError::Gone)?
    }

    /// The most recent calls in the history, newest first.
    pub async fn history(&self, limit: usize) -> Result<Vec<HistoryEntry>, EngineError> {
        self.ask(|answer| Data::History { limit, answer }).await
    }

    /// Contacts whose name or number contains `query`.
    pub async fn search_contacts(&self, query: String) -> Result<Vec<Contact>, EngineError> {
        self.ask(|answer| Data::SearchContacts { query, answer })
            .await
    }

    /// Adds contacts (read from a file by the caller); returns how many were new.
    pub async fn import_contacts(&self, contacts: Vec<Contact>) -> Result<usize, EngineError> {
        self.ask(|answer| Data::ImportContacts { contacts, answer })
            .await
    }

    /// People in the contacts and synced directories matching `query` (words
    /// of the name or company, runs of digits), the contacts first.
    pub async fn search_people(
        &self,
        query: String,
        limit: usize,
    ) -> Result<Vec<Person>, EngineError> {
        self.ask(|answer| Data::SearchPeople {
            query,
            limit,
            answer,
        })
        .await
    }

    /// Adds, changes or deletes one of the user's contacts; `Ok(false)`: no
    /// such contact.
    pub async fn change_contact(&self, change: ContactChange) -> Result<bool, EngineError> {
        self.ask(|answer| Data::ChangeContact { change, answer })
            .await
    }

    /// The latest snapshot, and a way to wait for the next.
    pub fn snapshot(&self) -> watch::Receiver<Snapshot> {
        self.snapshot.clone()
    }

    /// Call events from now on.
    pub fn events(&self) -> broadcast::Receiver<EngineEvent> {
        self.events.subscribe()
    }
}

/// Starts the engine on the current tokio runtime.
pub fn spawn(config: EngineConfig) -> EngineHandle {
    let (commands_tx, commands) = mpsc::channel(64);
    let (snapshot_tx, snapshot) = watch::channel(Snapshot::default());
    let (events, _) = broadcast::channel(1024);
    let history_path = config.history_path.clone();
    let mut engine = Engine {
        subscribed_at: None,
        blind_since: None,
        lists: schedule::ListSchedule::new(list_timings(&config), Instant::now()),
        backoff: Backoff::new(config.backoff_base, config.backoff_cap),
        config,
        commands,
        snapshot_tx,
        events: events.clone(),
        store: CallStore::new(),
        history: None,
        client: None,
        snap: Snapshot::default(),
    };
    engine.open_history();
    engine.publish();
    tokio::spawn(engine.run());
    EngineHandle {
        commands: commands_tx,
        history_path,
        snapshot,
        events,
    }
}

fn list_timings(config: &EngineConfig) -> schedule::ListTimings {
    schedule::ListTimings {
        burst: config.list_burst,
        refill: config.list_refill,
        retry_base: config.list_retry_base,
        retry_cap: config.list_retry_cap,
        idle_after: config.idle_probe_after,
    }
}

/// Why serving a connection stopped.
enum Exit {
    /// Every handle is gone.
    Shutdown,
    /// Signed in as someone else, or out.
    AccountChanged,
    Lost(ClientError),
}

struct Engine {
    /// When the current session's subscription started.
    subscribed_at: Option<Instant>,
    /// Since when no call events arrive (a session was lost), until caught up.
    blind_since: Option<Instant>,
    /// When to list calls; kept across sessions (the rate limit is the server's).
    lists: schedule::ListSchedule,
    config: EngineConfig,
    commands: mpsc::Receiver<Message>,
    snapshot_tx: watch::Sender<Snapshot>,
    events: broadcast::Sender<EngineEvent>,
    store: CallStore,
    history: Option<History>,
    client: Option<Client>,
    backoff: Backoff,
    snap: Snapshot,
}

impl Engine {
    fn open_history(&mut self) {
        let Some(path) = self.config.history_path.clone() else {
            return;
        };
        match History::open_keeping(&path, self.config.history_max_rows) {
            Ok(h) => {
                self.snap.unseen_missed = h.unseen_missed().unwrap_or(0);
                self.snap.open_missed = h.open_missed().unwrap_or(0);
                self.history = Some(h);
            }
            Err(e) => {
                tracing::warn!("history is off: {}", English(&e));
                self.snap.history_error =
                    Some(t!("engine-history-not-saved", error = e.to_string()));
            }
        }
    }

    fn publish(&mut self) {
        self.snap.calls = self.store.calls().to_vec();
        self.snapshot_tx.send_replace(self.snap.clone());
    }

    fn set_status(&mut self, status: ConnectionStatus) {
        if self.snap.status != status {
            tracing::info!("connection: {}", status.logged(Instant::now()));
            self.snap.status = status;
            self.publish();
        }
    }

    /// Handles a command while not connected. True when the account changed.
    fn handle_offline(&mut self, req: Request) -> bool {
        let status = self.snap.status.describe(Instant::now());
        let result = match req.command {
            EngineCommand::SignIn(config) => {
                let result = self.sign_in(config);
                let _ = req.reply.send(result);
                return true;
            }
            EngineCommand::SignOut => {
                self.sign_out();
                let _ = req.reply.send(Ok(true));
                return true;
            }
            EngineCommand::MarkSeen { row } => self.mark_seen(row),
            _ => Err(self.not_connected(status)),
        };
        let _ = req.reply.send(result);
        false
    }

    /// Takes a message off the queue: history questions are answered at once
    /// (whatever the connection's state); a command is returned to the caller.
    fn take(&mut self, message: Message) -> Option<Request> {
        match message {
            Message::Command(req) => Some(req),
            Message::Data(data) => {
                self.answer_data(data);
                None
            }
        }
    }

    fn answer_data(&mut self, data: Data) {
        let history = self
            .history
            .as_mut()
            .ok_or_else(|| EngineError::NoHistory(self.snap.history_error.clone()));
        match data {
            Data::History { limit, answer } => {
                let _ = answer.send(history.and_then(|h| Ok(h.recent(limit, false)?)));
            }
            Data::SearchContacts { query, answer } => {
                let _ = answer.send(history.and_then(|h| Ok(h.search_contacts(&query, 200)?)));
            }
            Data::ImportContacts { contacts, answer } => {
                let _ = answer.send(history.and_then(|h| Ok(h.import_contacts(&contacts)?)));
            }
            Data::SearchPeople {
                query,
                limit,
                answer,
            } => {
                let _ = answer.send(history.and_then(|h| Ok(h.search_people(&query, limit)?)));
            }
            Data::ChangeContact { change, answer } => {
                let _ = answer.send(history.and_then(|h| Ok(h.change_contact(&change)?)));
            }
            Data::Work(ask) => self.answer_work(ask),
        }
    }

    fn not_connected(&self, status: String) -> EngineError {
        if self.client.is_none() {
            EngineError::SignedOut
        } else {
            EngineError::NotConnected(status)
        }
    }

    fn sign_in(&mut self, config: ClientConfig) -> Result<bool, EngineError> {
        crate::secure::holding_pin();
        let client = Client::new(config)?;
        if self.snap.user.as_deref() != Some(client.user()) {
            self.store.clear();
        } else {
            // The new client counts stream positions from the start again.
            self.store.rebase();
        }
        self.snap.user = Some(client.user().to_string());
        self.snap.last_error = None;
        self.client = Some(client);
        self.backoff.reset();
        self.set_status(ConnectionStatus::Connecting);
        Ok(true)
    }

    fn sign_out(&mut self) {
        self.client = None;
        self.store.clear();
        self.snap.user = None;
        self.snap.last_error = None;
        self.snap.status = ConnectionStatus::SignedOut;
        self.publish();
    }

    fn mark_seen(&mut self, row: Option<i64>) -> Result<bool, EngineError> {
        let Some(history) = &self.history else {
            return Ok(false);
        };
        let n = history.mark_seen(row)?;
        self.snap.unseen_missed = history.unseen_missed()?;
        self.publish();
        Ok(n > 0)
    }

    /// Applies call event documents, each with its place in the stream.
    fn apply_calls(&mut self, documents: Vec<(Vec<Call>, Seq)>) {
        let now = Instant::now();
        let history = &self.history;
        let mut changes: Vec<Change> = Vec::new();
        for (calls, seq) in documents {
            for call in calls {
                changes.extend(
                    self.store
                        .apply(call, seq, now, |c| lookup(history, &c.ani)),
                );
            }
        }
        self.commit(changes);
    }

    /// Makes the store agree with a list answer.
    fn apply_list(&mut self, listed: Listed) {
        let now = Instant::now();
        let history = &self.history;
        let changes = self
            .store
            .reconcile(listed, now, |c| lookup(history, &c.ani));
        self.commit(changes);
    }

    /// Says so when the store left calls out for its cap, and stops saying
    /// so once there is room again.
    fn note_overflow(&mut self) {
        let message = t!("engine-too-many-calls", max = MAX_LIVE_CALLS);
        if self.store.take_overflow() {
            if self.snap.last_error.as_deref() != Some(message.as_str()) {
                tracing::warn!(
                    "the server reports more than {MAX_LIVE_CALLS} calls at once; the others are shown once some end"
                );
            }
            self.snap.last_error = Some(message);
        } else if self.store.calls().len() < MAX_LIVE_CALLS
            && self.snap.last_error.as_deref() == Some(message.as_str())
        {
            self.snap.last_error = None;
        }
    }
}

/// The caller's name for a number, from the contacts or a synced directory
/// (the index in the history database; never the network). A failed lookup
/// is logged; the call still shows its number.
fn lookup(history: &Option<History>, number: &str) -> Option<crate::history::people::Caller> {
    match history.as_ref()?.lookup_name(number) {
        Ok(caller) => caller,
        Err(e) => {
            tracing::warn!("caller name lookup failed: {}", English(&e));
            None
        }
    }
}

/// A few words on why the connection dropped, for the status line.
fn short_reason(err: &ClientError) -> String {
    match err {
        ClientError::Connect { .. } => t!("status-reason-cannot-reach"),
        ClientError::Timeout { .. } => t!("status-reason-not-answering"),
        ClientError::ConnectionLost { .. } => t!("status-reason-connection-lost"),
        ClientError::Certificate { .. } => t!("status-reason-certificate"),
        ClientError::HttpStatus { status, .. } => {
            t!("status-reason-http-status", status = *status)
        }
        ClientError::Redirect { .. } => t!("status-reason-redirect"),
        ClientError::Api(e) => t!(
            "status-reason-api-error",
            meaning = e.kind().meaning(),
            code = e.code
        ),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests;
