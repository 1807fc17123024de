//! Serving one subscribed session: commands out, events in, the lists the
//! schedule asks for, and subscribing again after error 17.

use super::schedule::{ListDue, Resubscribe};
use super::{ConnectionStatus, Engine, EngineCommand, EngineError, Exit, Listed, Request};
use crate::client::{CallList, ClientError, Seq, Session, SessionEvent};
use crate::i18n::English;
use crate::protocol::{ApiErrorKind, Call, Command, ResultValue};
use crate::t;
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot};
use tokio::time::Instant;

type Reply = oneshot::Sender<Result<bool, EngineError>>;

/// A `listCalls` coming back to the loop.
struct ListDone {
    result: Result<CallList, ClientError>,
    sent: Instant,
    /// Asked for by the schedule (not by the user's Refresh).
    scheduled: bool,
    reply: Option<Reply>,
}

/// What the loop is waiting for besides commands and events.
struct Pending {
    lists: mpsc::Sender<ListDone>,
    resubscribed: mpsc::Sender<Result<(), ClientError>>,
    /// A subscribe is in flight.
    resubscribing: bool,
    /// Error 17 came while one was in flight: subscribe again after it.
    dropped_again: bool,
    /// The next subscribe waits until then (17 repeated).
    resubscribe_at: Option<Instant>,
    /// The note shown about repeated 17s, while it is shown.
    note_17: Option<String>,
    policy: Resubscribe,
}

/// Said (instead of nothing) once error 17 keeps coming right after subscribing.
fn repeated_17_note(delay: std::time::Duration) -> String {
    t!("engine-repeated-17", seconds = delay.as_secs().max(1))
}

impl Engine {
    /// Serves one connected session until it ends.
    pub(super) async fn serve(
        &mut self,
        session: Arc<Session>,
        mut events: mpsc::Receiver<SessionEvent>,
    ) -> Exit {
        let (list_tx, mut list_rx) = mpsc::channel::<ListDone>(8);
        let (resub_tx, mut resub_rx) = mpsc::channel::<Result<(), ClientError>>(2);
        let mut pending = Pending {
            lists: list_tx,
            resubscribed: resub_tx,
            resubscribing: false,
            dropped_again: false,
            resubscribe_at: None,
            note_17: None,
            policy: Resubscribe::new(
                std::time::Duration::from_secs(1),
                std::time::Duration::from_secs(60),
                std::time::Duration::from_secs(60),
            ),
        };
        let now = Instant::now();
        self.lists.new_session(now);
        self.subscribed_at = Some(now);
        if let Some(since) = self.blind_since.take() {
            // Subscribed again: events flow; the owed list catches up on the gap.
            let blind = now.saturating_duration_since(since);
            tracing::info!(
                "call events resumed after {:.1} s without them; listing calls to catch up",
                blind.as_secs_f64()
            );
            self.snap.last_blind = Some(blind);
        }
        self.snap.last_error = None;
        self.set_status(ConnectionStatus::Connected);
        loop {
            let wake = self.lists.next_at();
            tokio::select! {
                message = self.commands.recv() => {
                    let Some(message) = message else { return Exit::Shutdown };
                    if let Some(req) = self.take(message)
                        && let Some(exit) = self.handle_connected(req, &session, &pending)
                    {
                        return exit;
                    }
                }
                event = events.recv() => {
                    self.lists.on_document(Instant::now());
                    let Some(event) = event else {
                        return Exit::Lost(ClientError::ConnectionLost {
                            server: session.server().to_string(),
                            detail: "the session ended".into(),
                        });
                    };
                    if let Some(exit) = self.on_session_event(event, &mut events, &session, &mut pending) {
                        return exit;
                    }
                    self.forget_17_note(&mut pending);
                }
                Some(done) = list_rx.recv() => {
                    if let Some(exit) = self.on_list(done) {
                        return exit;
                    }
                    self.forget_17_note(&mut pending);
                }
                Some(result) = resub_rx.recv() => {
                    pending.resubscribing = false;
                    match result {
                        // Events only cover changes from now on: list what changed meanwhile.
                        Ok(()) => self.lists.owe(),
                        // The subscribe itself was answered with 17: the same as a 17 after it.
                        Err(err) if err.api().is_some_and(|e| e.kind() == ApiErrorKind::Unsubscribed) => {
                            pending.dropped_again = true;
                        }
                        Err(err) => return Exit::Lost(err),
                    }
                    if std::mem::take(&mut pending.dropped_again) {
                        self.on_unsubscribed(&session, &mut pending);
                    }
                }
                _ = sleep_until(pending.resubscribe_at), if pending.resubscribe_at.is_some() => {
                    pending.resubscribe_at = None;
                    resubscribe(&session, &mut pending);
                }
                _ = sleep_until(wake), if wake.is_some() => {
                    if let Some(due) = self.lists.due(Instant::now()) {
                        if due == ListDue::Probe {
                            tracing::debug!("no document for {:?}; probing with listCalls", self.config.idle_probe_after);
                        }
                        spawn_list(&session, &pending.lists, true, None);
                    }
                }
            }
        }
    }

    fn on_session_event(
        &mut self,
        event: SessionEvent,
        events: &mut mpsc::Receiver<SessionEvent>,
        session: &Arc<Session>,
        pending: &mut Pending,
    ) -> Option<Exit> {
        match event {
            SessionEvent::Calls { calls, seq } => {
                // Take every call event already waiting, to write them in one transaction.
                let mut batch: Vec<(Vec<Call>, Seq)> = vec![(calls, seq)];
                let mut after = None;
                while let Ok(next) = events.try_recv() {
                    match next {
                        SessionEvent::Calls { calls, seq } => batch.push((calls, seq)),
                        other => {
                            after = Some(other);
                            break;
                        }
                    }
                }
                self.apply_calls(batch);
                if let Some(other) = after {
                    return self.on_session_event(other, events, session, pending);
                }
                None
            }
            SessionEvent::Unsubscribed => {
                if pending.resubscribing {
                    // After the subscribe in flight, subscribe again.
                    pending.dropped_again = true;
                } else if pending.resubscribe_at.is_none() {
                    self.on_unsubscribed(session, pending);
                }
                None
            }
            SessionEvent::ServerError(err) => {
                let kind = err.kind();
                tracing::warn!("server error on the session: {}", English(&err));
                if matches!(
                    kind,
                    ApiErrorKind::AuthFailed | ApiErrorKind::Blocked | ApiErrorKind::PhoneNotFound
                ) {
                    return Some(Exit::Lost(err.into()));
                }
                self.snap.last_error = Some(err.to_string());
                self.publish();
                None
            }
            SessionEvent::BadDocument(detail) => {
                tracing::warn!("skipped an unreadable document: {detail}");
                None
            }
            SessionEvent::Closed(err) => Some(Exit::Lost(err)),
        }
    }

    /// Error 17: subscribe again, without telling the user, at once the first
    /// time and backing off when it keeps coming right after subscribing;
    /// once subscribed, the schedule lists what changed meanwhile.
    fn on_unsubscribed(&mut self, session: &Arc<Session>, pending: &mut Pending) {
        let now = Instant::now();
        let delay = pending.policy.after_17(now);
        if delay.is_zero() {
            tracing::info!("server dropped the subscription (17); subscribing again");
            resubscribe(session, pending);
            return;
        }
        tracing::warn!(
            "server dropped the subscription (17) {} times in a row right after subscribing; subscribing again in {:.0} s",
            pending.policy.repeats() + 1,
            delay.as_secs_f64()
        );
        if pending.policy.repeats() >= 3 {
            let note = repeated_17_note(delay);
            pending.note_17 = Some(note.clone());
            self.snap.last_error = Some(note);
            self.publish();
        }
        pending.resubscribe_at = Some(now + delay);
    }

    /// The note about repeated 17s goes once a subscription has held.
    fn forget_17_note(&mut self, pending: &mut Pending) {
        let noted = pending.note_17.is_some() && self.snap.last_error == pending.note_17;
        if noted
            && !pending.resubscribing
            && pending.resubscribe_at.is_none()
            && pending.policy.held(Instant::now())
        {
            pending.note_17 = None;
            self.snap.last_error = None;
            self.publish();
        }
    }

    /// A list came back: reconcile, or back off, or give up on the line.
    fn on_list(&mut self, done: ListDone) -> Option<Exit> {
        let now = Instant::now();
        let ListDone {
            result,
            sent,
            scheduled,
            reply,
        } = done;
        let answer = |reply: Option<Reply>, result: Result<bool, EngineError>| {
            if let Some(reply) = reply {
                let _ = reply.send(result);
            }
        };
        match result {
            Ok(list) => {
                let warning_gone = if scheduled {
                    self.lists.on_listed(now)
                } else {
                    self.lists.on_document(now);
                    false
                };
                if warning_gone {
                    // The rate-limit warning no longer holds.
                    self.snap.last_error = None;
                }
                self.apply_list(Listed {
                    calls: list.calls,
                    unreadable: list.unreadable,
                    seq: list.seq,
                });

                answer(reply, Ok(true));
                None
            }
            Err(err) if err.api().map(|e| e.kind()) == Some(ApiErrorKind::RateLimited) => {
                // Error 6: slow down, try again later, never hammer.
                let delay = if scheduled {
                    self.lists.on_rate_limited(now)
                } else {
                    self.lists.rate_limit(now)
                };
                self.snap.last_error =
                    Some(t!("engine-lists-rate-limited", seconds = delay.as_secs()));
                self.publish();
                answer(reply, Err(err.into()));
                None
            }
            Err(err @ (ClientError::Timeout { .. } | ClientError::Protocol(_)))
                if !self.lists.silent_since(sent) =>
            {
                // Unanswered (or answered with something else) while other
                // documents still arrive: the line is alive; try again later.
                tracing::warn!("listCalls got no usable answer: {}", English(&err));
                if scheduled {
                    self.lists.on_failed();
                }
                answer(reply, Err(err.into()));
                None
            }
            Err(err) => {
                answer(reply, Err(err.clone().into()));
                Some(Exit::Lost(err))
            }
        }
    }

    /// Runs a command on the connected session. Some(exit) when the account changed.
    fn handle_connected(
        &mut self,
        req: Request,
        session: &Arc<Session>,
        pending: &Pending,
    ) -> Option<Exit> {
        let command = match req.command {
            EngineCommand::SignIn(_) | EngineCommand::SignOut => {
                self.handle_offline(req);
                return Some(Exit::AccountChanged);
            }
            EngineCommand::MarkSeen { row } => {
                let _ = req.reply.send(self.mark_seen(row));
                return None;
            }
            EngineCommand::Refresh => {
                spawn_list(session, &pending.lists, false, Some(req.reply));
                return None;
            }
            EngineCommand::Dial { number, endpoint } => Command::Dial {
                number: number.ex_tn().to_string(),
                endpoint,
            },
            EngineCommand::Answer { call } => Command::Answer {
                call,
                endpoint: None,
            },
            EngineCommand::Ignore { call } => Command::Ignore { call },
            EngineCommand::Release { call } => Command::Release { call },
            EngineCommand::Hold { call } => Command::Hold { call },
            EngineCommand::Resume { call } => Command::Resume { call },
        };
        let session = session.clone();
        tokio::spawn(async move {
            let result = match session.request(&command).await {
                Ok(Some(ResultValue::Boolean(done))) => Ok(done),
                Ok(_) => Ok(true),
                Err(e) => Err(e.into()),
            };
            let _ = req.reply.send(result);
        });
        None
    }
}

fn resubscribe(session: &Arc<Session>, pending: &mut Pending) {
    pending.resubscribing = true;
    let session = session.clone();
    let done = pending.resubscribed.clone();
    tokio::spawn(async move {
        let result = session.request(&Command::Subscribe).await.map(|_| ());
        let _ = done.send(result).await;
    });
}

fn spawn_list(
    session: &Arc<Session>,
    lists: &mpsc::Sender<ListDone>,
    scheduled: bool,
    reply: Option<Reply>,
) {
    let session = session.clone();
    let lists = lists.clone();
    let sent = Instant::now();
    tokio::spawn(async move {
        let result = session.list_calls(None).await;
        let _ = lists
            .send(ListDone {
                result,
                sent,
                scheduled,
                reply,
            })
            .await;
    });
}

/// Sleeps until `at` (forever when `None`; the select! guard keeps it unpolled then).
async fn sleep_until(at: Option<Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}
