//! The simulated phones and everything the server remembers.

use super::users::SimUser;
use crate::protocol::{
    ApiError, ApiErrorKind, Call, CallId, CallState, Command, RawCommand, Response,
};
use serde::Serialize;
use std::collections::{HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::broadcast;
use tokio::time::Instant;

/// How many received commands the simulator remembers for `/control/commands`.
const LOG_CAPACITY: usize = 10_000;
/// Call ids start here, like the spec's examples (65885, 66517).
const FIRST_CALL_ID: u64 = 65_000;

/// Which `Id` a forced error 17 carries. The spec leaves it open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Error17Id {
    /// The subscription's (the `subscribe` command's), as the spec's events carry.
    #[default]
    Subscription,
    /// The next command the connection sends (other than `subscribe`): the
    /// error is written just before that command's own answer.
    NextCommand,
}

/// How `dial` answers a number the spec calls invalid. The spec leaves it open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum InvalidNumberReply {
    /// `false`: the call was not placed.
    #[default]
    False,
    /// API error 13 (the command's arguments are wrong).
    BadArguments,
}

/// What the simulator does by itself, and how it plays the choices the spec
/// leaves open (a real server may make any of them).
#[derive(Debug, Clone)]
pub struct SimConfig {
    /// An inbound call nobody answers stops ringing (goes to voicemail) after this.
    pub ring_timeout: Option<Duration>,
    /// The far end answers an outbound call after this.
    pub auto_answer: Option<Duration>,
    /// Calls ring now and then by themselves.
    pub demo_calls: bool,
    /// At most this many `listCalls` per user in `list_calls_window` (error 6 past it).
    pub list_calls_max: u32,
    pub list_calls_window: Duration,
    /// A POST session's response head is sent only with the answer to its
    /// first command (servlet-style), not as soon as the request arrives.
    pub late_head: bool,
    /// Call lists and events also carry items the spec does not describe: a
    /// call in the state `PARKED` and an item without an `Id`.
    pub unknown_items: bool,
    pub error_17_id: Error17Id,
    /// Every `listCalls` answer is followed, in the same write, by the event
    /// of a call that starts ringing just after the list was taken.
    pub ring_after_list: bool,
    pub invalid_number: InvalidNumberReply,
}

impl Default for SimConfig {
    /// Nothing happens by itself: what tests want.
    fn default() -> Self {
        Self {
            ring_timeout: None,
            auto_answer: None,
            demo_calls: false,
            list_calls_max: 10,
            list_calls_window: Duration::from_secs(60),
            late_head: false,
            unknown_items: false,
            error_17_id: Error17Id::Subscription,
            ring_after_list: false,
            invalid_number: InvalidNumberReply::False,
        }
    }
}

/// What a subscribed connection is sent.
#[derive(Debug, Clone)]
pub enum SimEvent {
    /// Call state changes, one document each, written in one go.
    Changes(Vec<Call>),
    /// The server drops the subscription (error 17).
    Unsubscribed,
}

/// One command as the simulator received it (the PIN is never kept).
#[derive(Debug, Clone, Serialize)]
pub struct CommandRecord {
    pub seq: u64,
    pub user: String,
    pub name: String,
    pub args: Vec<String>,
    pub id: Option<String>,
    pub transport: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ControlError {
    #[error("no user with DID {0}")]
    UnknownUser(String),
    #[error("no matching call for user {0}")]
    NoSuchCall(String),
    #[error("{0}")]
    BadRequest(String),
}

struct SimCall {
    id: CallId,
    ani: String,
    clid: Option<String>,
    originated: bool,
    state: CallState,
    started: Instant,
}

struct Phone {
    user: SimUser,
    logged_in: bool,
    /// The next this many subscriptions are dropped (error 17) right after they start.
    flapping: u32,
    calls: Vec<SimCall>,
    events: broadcast::Sender<SimEvent>,
    list_calls_at: VecDeque<Instant>,
}

impl Phone {
    fn snapshot(&self, call: &SimCall, now: Instant) -> Call {
        Call {
            id: call.id.clone(),
            state: call.state,
            ani: call.ani.clone(),
            clid: call.clid.clone(),
            did: self.user.did.clone(),
            duration: now.saturating_duration_since(call.started).as_secs(),
            endpoint: self.user.endpoint.clone(),
            originated: call.originated,
        }
    }

    /// Moves a call to `to`, tells subscribers, forgets it once deleted.
    fn transition(&mut self, index: usize, to: CallState) -> Call {
        let now = Instant::now();
        self.calls[index].state = to;
        let snapshot = self.snapshot(&self.calls[index], now);
        if to == CallState::Deleted {
            self.calls.remove(index);
        }
        // No subscribers is fine: nobody is listening.
        let _ = self.events.send(SimEvent::Changes(vec![snapshot.clone()]));
        snapshot
    }

    /// The call a command means: the given id (if it is in one of `states`),
    /// or the first call in the first of `states` that has one.
    fn pick(&self, id: Option<&CallId>, states: &[CallState]) -> Option<usize> {
        match id {
            Some(id) => self
                .calls
                .iter()
                .position(|c| &c.id == id && states.contains(&c.state)),
            None => states
                .iter()
                .find_map(|s| self.calls.iter().position(|c| c.state == *s)),
        }
    }

    fn live_calls(&self) -> Vec<Call> {
        let now = Instant::now();
        self.calls.iter().map(|c| self.snapshot(c, now)).collect()
    }
}

struct Inner {
    phones: HashMap<String, Phone>,
    log: VecDeque<CommandRecord>,
    log_seq: u64,
    list_calls_max: u32,
    list_calls_window: Duration,
}

impl Inner {
    fn phone(&mut self, did: &str) -> Result<&mut Phone, ControlError> {
        self.phones
            .get_mut(did)
            .ok_or_else(|| ControlError::UnknownUser(did.to_string()))
    }
}

/// What the server answers a command with.
pub enum Outcome {
    Reply(Response),
    /// A successful `subscribe`: the reply, then these events on this connection.
    Subscribed {
        reply: Response,
        events: broadcast::Receiver<SimEvent>,
    },
}

/// The simulator's shared state: every phone, the command log, and the signal
/// that drops every connection.
pub struct SimState {
    inner: Mutex<Inner>,
    config: SimConfig,
    kill: broadcast::Sender<()>,
    call_ids: AtomicU64,
}

impl SimState {
    pub fn new(users: Vec<SimUser>, config: SimConfig) -> Arc<Self> {
        let phones = users
            .into_iter()
            .map(|user| {
                let (events, _) = broadcast::channel(1024);
                let did = user.did.clone();
                let phone = Phone {
                    user,
                    logged_in: true,
                    flapping: 0,
                    calls: Vec::new(),
                    events,
                    list_calls_at: VecDeque::new(),
                };
                (did, phone)
            })
            .collect();
        let (kill, _) = broadcast::channel(4);
        Arc::new(Self {
            inner: Mutex::new(Inner {
                phones,
                log: VecDeque::new(),
                log_seq: 0,
                list_calls_max: config.list_calls_max,
                list_calls_window: config.list_calls_window,
            }),
            config,
            kill,
            call_ids: AtomicU64::new(FIRST_CALL_ID),
        })
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A panic while holding the lock cannot leave the phones half-changed in a
        // way that matters to a simulator; keep serving.
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn new_call_id(&self) -> CallId {
        CallId((self.call_ids.fetch_add(1, Ordering::Relaxed) + 1).to_string())
    }

    pub fn config(&self) -> &SimConfig {
        &self.config
    }

    /// A receiver that fires when every connection must be dropped.
    pub fn kill_signal(&self) -> broadcast::Receiver<()> {
        self.kill.subscribe()
    }

    /// Runs one command as the server would; `id` is echoed or made up.
    pub fn execute(self: &Arc<Self>, raw: &RawCommand, transport: &'static str) -> Outcome {
        let id = Some(
            raw.id
                .clone()
                .unwrap_or_else(|| rand::random::<u32>().to_string()),
        );
        let reply = |result: Result<Response, ApiError>| match result {
            Ok(r) => r,
            Err(e) => Response::error_response(id.clone(), e),
        };
        let mut inner = self.lock();
        inner.log_seq += 1;
        let record = CommandRecord {
            seq: inner.log_seq,
            user: raw.user.clone(),
            name: raw.name.clone(),
            args: raw.args.clone(),
            id: raw.id.clone(),
            transport,
        };
        if inner.log.len() >= LOG_CAPACITY {
            inner.log.pop_front();
        }
        inner.log.push_back(record);

        let command = match raw.command() {
            Ok(c) => c,
            Err(e) => return Outcome::Reply(reply(Err(e))),
        };
        let Some(phone) = inner.phones.get(&raw.user) else {
            return Outcome::Reply(reply(Err(ApiError::new(ApiErrorKind::AuthFailed))));
        };
        if phone.user.pin != raw.password.expose() {
            return Outcome::Reply(reply(Err(ApiError::new(ApiErrorKind::AuthFailed))));
        }
        if phone.user.blocked {
            return Outcome::Reply(reply(Err(ApiError::new(ApiErrorKind::Blocked))));
        }
        if !phone.logged_in {
            return Outcome::Reply(reply(Err(ApiError::new(ApiErrorKind::PhoneNotFound))));
        }
        if matches!(command, Command::Subscribe) {
            if transport == "get" {
                return Outcome::Reply(reply(Err(ApiError::with_message(
                    ApiErrorKind::NoSuchMethod,
                    "subscribe cannot be used with a GET request",
                ))));
            }
            return Outcome::Subscribed {
                reply: Response::int(id.clone(), 0),
                events: phone.events.subscribe(),
            };
        }
        let result = self.run(&mut inner, &raw.user, command, id.clone());
        Outcome::Reply(reply(result))
    }

    fn run(
        self: &Arc<Self>,
        inner: &mut Inner,
        did: &str,
        command: Command,
        id: Option<String>,
    ) -> Result<Response, ApiError> {
        use CallState::*;
        let window = inner.list_calls_window;
        let max = inner.list_calls_max as usize;
        let phone = inner
            .phone(did)
            .map_err(|_| ApiError::new(ApiErrorKind::AuthFailed))?;
        let check_endpoint = |endpoint: &Option<String>, phone: &Phone| match endpoint {
            Some(e) if !same_mac(e, &phone.user.endpoint) => {
                Err(ApiError::new(ApiErrorKind::PhoneNotFound))
            }
            _ => Ok(()),
        };
        let ok = |done: bool| Ok(Response::boolean(id.clone(), done));
        match command {
            Command::Dial { number, endpoint } => {
                check_endpoint(&endpoint, phone)?;
                if let Err(why) = crate::protocol::DialNumber::from_ex_tn(&number) {
                    // The real server refuses what the spec calls invalid.
                    return match self.config.invalid_number {
                        InvalidNumberReply::False => ok(false),
                        InvalidNumberReply::BadArguments => Err(ApiError::with_message(
                            ApiErrorKind::BadArguments,
                            format!(
                                "The command expected arguments of different type or amount: {number:?} is not a valid number ({why})"
                            ),
                        )),
                    };
                }
                let new_id = self.new_call_id();
                phone.calls.push(SimCall {
                    id: new_id.clone(),
                    ani: number,
                    clid: None,
                    originated: true,
                    state: Pending,
                    started: Instant::now(),
                });
                let index = phone.calls.len() - 1;
                // Announce the new call (transition to its own state).
                phone.transition(index, Pending);
                if let Some(delay) = self.config.auto_answer {
                    self.after(delay, did, new_id, &[Pending], Connected);
                }
                ok(true)
            }
            Command::Answer { call, endpoint } => {
                check_endpoint(&endpoint, phone)?;
                self.change(phone, call.as_ref(), &[Ringing], Connected, ok)
            }
            Command::Ignore { call } => self.change(phone, call.as_ref(), &[Ringing], Deleted, ok),
            Command::Release { call } => self.change(
                phone,
                call.as_ref(),
                &[Connected, Holding, Pending, Ringing],
                Deleted,
                ok,
            ),
            Command::Hold { call } => self.change(phone, call.as_ref(), &[Connected], Holding, ok),
            Command::Resume { call } => {
                self.change(phone, call.as_ref(), &[Holding], Connected, ok)
            }
            Command::ListCalls { endpoint } => {
                check_endpoint(&endpoint, phone)?;
                let now = Instant::now();
                while phone
                    .list_calls_at
                    .front()
                    .is_some_and(|t| now.saturating_duration_since(*t) >= window)
                {
                    phone.list_calls_at.pop_front();
                }
                if phone.list_calls_at.len() >= max {
                    return Err(ApiError::new(ApiErrorKind::RateLimited));
                }
                phone.list_calls_at.push_back(now);
                Ok(Response::calls(id, phone.live_calls()))
            }
            Command::Subscribe => Ok(Response::int(id, 0)),
        }
    }

    fn change(
        &self,
        phone: &mut Phone,
        call: Option<&CallId>,
        from: &[CallState],
        to: CallState,
        ok: impl Fn(bool) -> Result<Response, ApiError>,
    ) -> Result<Response, ApiError> {
        match phone.pick(call, from) {
            Some(index) => {
                phone.transition(index, to);
                ok(true)
            }
            None => ok(false),
        }
    }

    /// After `delay`, moves the call to `to` if it is still in one of `from`.
    fn after(
        self: &Arc<Self>,
        delay: Duration,
        did: &str,
        call: CallId,
        from: &'static [CallState],
        to: CallState,
    ) {
        let state = Arc::downgrade(self);
        let did = did.to_string();
        tokio::spawn(async move {
            tokio::time::sleep(delay).await;
            if let Some(state) = state.upgrade() {
                let mut inner = state.lock();
                if let Ok(phone) = inner.phone(&did)
                    && let Some(index) = phone.pick(Some(&call), from)
                {
                    phone.transition(index, to);
                }
            }
        });
    }

    // ---- control interface ----

    /// A call rings into the user's phone from `ani`. `clid` is the number the
    /// caller dialled (`None`: the field is left out).
    pub fn inject_incoming(
        self: &Arc<Self>,
        did: &str,
        ani: &str,
        clid: Option<&str>,
    ) -> Result<CallId, ControlError> {
        let id = self.new_call_id();
        let mut inner = self.lock();
        let phone = inner.phone(did)?;
        phone.calls.push(SimCall {
            id: id.clone(),
            ani: ani.to_string(),
            clid: clid.map(str::to_string),
            originated: false,
            state: CallState::Ringing,
            started: Instant::now(),
        });
        let index = phone.calls.len() - 1;
        phone.transition(index, CallState::Ringing);
        if let Some(timeout) = self.config.ring_timeout {
            self.after(
                timeout,
                did,
                id.clone(),
                &[CallState::Ringing],
                CallState::Deleted,
            );
        }
        Ok(id)
    }

    /// A call rings in right after a list was taken (`ring_after_list`):
    /// returns its RINGING state, which subscribers are also sent.
    pub fn ring_after_list(self: &Arc<Self>, did: &str) -> Result<Call, ControlError> {
        let id = self.inject_incoming(did, "7185550100", Some(did))?;
        let mut inner = self.lock();
        let phone = inner.phone(did)?;
        let now = Instant::now();
        phone
            .calls
            .iter()
            .find(|c| c.id == id)
            .map(|c| phone.snapshot(c, now))
            .ok_or_else(|| ControlError::NoSuchCall(did.to_string()))
    }

    /// The endpoint (MAC) of a user's phone.
    pub fn endpoint(&self, did: &str) -> Option<String> {
        self.lock().phones.get(did).map(|p| p.user.endpoint.clone())
    }

    /// The spec's known issue: an inbound call arrives as PENDING, CONNECTED and
    /// DELETED all at once (call screening or find-me moved it elsewhere).
    pub fn inject_known_issue(
        self: &Arc<Self>,
        did: &str,
        ani: &str,
    ) -> Result<CallId, ControlError> {
        let id = self.new_call_id();
        let mut inner = self.lock();
        let phone = inner.phone(did)?;
        let call = SimCall {
            id: id.clone(),
            ani: ani.to_string(),
            clid: Some(did.to_string()),
            originated: false,
            state: CallState::Pending,
            started: Instant::now(),
        };
        let now = Instant::now();
        let burst = [CallState::Pending, CallState::Connected, CallState::Deleted]
            .into_iter()
            .map(|state| {
                let mut c = phone.snapshot(&call, now);
                c.state = state;
                c
            })
            .collect();
        let _ = phone.events.send(SimEvent::Changes(burst));
        Ok(id)
    }

    /// The far end answers an outbound (PENDING) call.
    pub fn remote_answer(&self, did: &str, call: Option<&CallId>) -> Result<CallId, ControlError> {
        self.control_change(did, call, &[CallState::Pending], CallState::Connected)
    }

    /// The far end hangs up (or the caller gives up on a ringing call).
    pub fn remote_hangup(&self, did: &str, call: Option<&CallId>) -> Result<CallId, ControlError> {
        use CallState::*;
        self.control_change(did, call, &[Connected, Holding, Pending, Ringing], Deleted)
    }

    fn control_change(
        &self,
        did: &str,
        call: Option<&CallId>,
        from: &[CallState],
        to: CallState,
    ) -> Result<CallId, ControlError> {
        let mut inner = self.lock();
        let phone = inner.phone(did)?;
        let index = phone
            .pick(call, from)
            .ok_or_else(|| ControlError::NoSuchCall(did.to_string()))?;
        Ok(phone.transition(index, to).id)
    }

    /// Sends error 17 to every subscription of `did` (every user when `None`)
    /// and stops their events until they subscribe again. Returns how many
    /// subscriptions were told.
    pub fn force_unsubscribe(&self, did: Option<&str>) -> Result<usize, ControlError> {
        let inner = self.lock();
        match did {
            Some(did) => {
                let phone = inner
                    .phones
                    .get(did)
                    .ok_or_else(|| ControlError::UnknownUser(did.to_string()))?;
                Ok(phone.events.send(SimEvent::Unsubscribed).unwrap_or(0))
            }
            None => Ok(inner
                .phones
                .values()
                .map(|p| p.events.send(SimEvent::Unsubscribed).unwrap_or(0))
                .sum()),
        }
    }

    /// The next `times` subscriptions of `did` each get error 17 right after
    /// they start ("if this error occurs immediately following a subscription
    /// request", as the spec puts it).
    pub fn flap_subscriptions(&self, did: &str, times: u32) -> Result<(), ControlError> {
        self.lock().phone(did)?.flapping = times;
        Ok(())
    }

    /// Whether this new subscription of `did` is to be dropped at once.
    pub(crate) fn take_flap(&self, did: &str) -> bool {
        let mut inner = self.lock();
        match inner.phones.get_mut(did) {
            Some(p) if p.flapping > 0 => {
                p.flapping -= 1;
                true
            }
            _ => false,
        }
    }

    /// Drops every open POST connection in the middle of a document.
    pub fn drop_connections(&self) -> usize {
        self.kill.send(()).unwrap_or(0)
    }

    pub fn set_logged_in(&self, did: &str, logged_in: bool) -> Result<(), ControlError> {
        self.lock().phone(did)?.logged_in = logged_in;
        Ok(())
    }

    pub fn set_blocked(&self, did: &str, blocked: bool) -> Result<(), ControlError> {
        self.lock().phone(did)?.user.blocked = blocked;
        Ok(())
    }

    pub fn set_rate_limit(&self, max: u32, window: Duration) {
        let mut inner = self.lock();
        inner.list_calls_max = max;
        inner.list_calls_window = window;
        for phone in inner.phones.values_mut() {
            phone.list_calls_at.clear();
        }
    }

    /// Received commands with a sequence number above `since`.
    pub fn commands_since(&self, since: u64) -> Vec<CommandRecord> {
        self.lock()
            .log
            .iter()
            .filter(|r| r.seq > since)
            .cloned()
            .collect()
    }

    pub fn calls(&self, did: &str) -> Result<Vec<Call>, ControlError> {
        Ok(self.lock().phone(did)?.live_calls())
    }

    /// DIDs of users whose phone is logged in and who are not blocked.
    pub fn active_users(&self) -> Vec<String> {
        let inner = self.lock();
        let mut dids: Vec<String> = inner
            .phones
            .values()
            .filter(|p| p.logged_in && !p.user.blocked)
            .map(|p| p.user.did.clone())
            .collect();
        dids.sort();
        dids
    }

    /// Whether the user has a call ringing right now.
    pub fn is_ringing(&self, did: &str) -> bool {
        self.lock()
            .phones
            .get(did)
            .is_some_and(|p| p.calls.iter().any(|c| c.state == CallState::Ringing))
    }
}

/// MAC addresses compare without case or separators.
fn same_mac(a: &str, b: &str) -> bool {
    let clean = |s: &str| -> String {
        s.chars()
            .filter(|c| c.is_ascii_hexdigit())
            .map(|c| c.to_ascii_lowercase())
            .collect()
    };
    clean(a) == clean(b)
}
