//! Connecting: open the duplex session, subscribe, and after a failure decide
//! how long to wait (or whether to stop), answering commands all the while.

use super::backoff::reconnect_delay;
use super::{ConnectionStatus, Engine, Exit, short_reason};
use crate::client::{Client, ClientError, Session, SessionEvent};
use crate::i18n::English;
use crate::protocol::{ApiErrorKind, Command};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::Instant;

impl Engine {
    pub(super) async fn run(mut self) {
        loop {
            let idle = self.client.is_none()
                || matches!(self.snap.status, ConnectionStatus::Stopped { .. });
            if idle {
                match self.commands.recv().await {
                    None => return,
                    Some(message) => {
                        if let Some(req) = self.take(message) {
                            self.handle_offline(req);
                        }
                    }
                }
                continue;
            }
            let Some(client) = self.client.clone() else {
                continue;
            };
            self.set_status(ConnectionStatus::Connecting);
            let exit = match self.connect(&client).await {
                Ok(Some((session, events))) => self.serve(session, events).await,
                Ok(None) => Exit::AccountChanged,
                Err(Exit::Shutdown) => return,
                Err(other) => other,
            };
            match exit {
                Exit::Shutdown => return,
                Exit::AccountChanged => continue,
                Exit::Lost(err) => {
                    let lasted = self
                        .subscribed_at
                        .take()
                        .map(|t| Instant::now().saturating_duration_since(t));
                    if !self.wait_after(err, lasted).await {
                        return;
                    }
                }
            }
        }
    }

    /// Connects and subscribes, answering commands meanwhile (they fail fast).
    /// `Ok(None)`: the account changed while connecting.
    async fn connect(
        &mut self,
        client: &Client,
    ) -> Result<Option<(Arc<Session>, mpsc::Receiver<SessionEvent>)>, Exit> {
        // `subscribe` is the first thing in the request body: a server that
        // answers the response head only once it has read a command gets one.
        let (session, events) = client.connect();
        let session = Arc::new(session);
        let subscribing = session.clone();
        let attempt = async move {
            subscribing.request(&Command::Subscribe).await?;
            Ok::<_, ClientError>(())
        };
        tokio::pin!(attempt);
        loop {
            tokio::select! {
                result = &mut attempt => {
                    return result.map(|()| Some((session, events))).map_err(Exit::Lost);
                }
                message = self.commands.recv() => match message {
                    None => return Err(Exit::Shutdown),
                    Some(message) => {
                        if let Some(req) = self.take(message)
                            && self.handle_offline(req)
                        {
                            return Ok(None);
                        }
                    }
                },
            }
        }
    }

    /// After a lost or refused connection: decides the wait (or stop) and
    /// waits, answering commands. `lasted`: how long the lost session's
    /// subscription held. False when the engine should end.
    async fn wait_after(&mut self, err: ClientError, lasted: Option<Duration>) -> bool {
        let now = Instant::now();
        let kind = err.api().map(|e| e.kind());
        let delay = match kind {
            Some(ApiErrorKind::AuthFailed | ApiErrorKind::Blocked) => {
                self.blind_since = None;
                let reason = err.to_string();
                self.snap.last_error = Some(reason.clone());
                self.set_status(ConnectionStatus::Stopped { reason });
                return true;
            }
            Some(ApiErrorKind::PhoneNotFound) => {
                self.snap.last_error = Some(err.to_string());
                let retry_at = now + self.config.phone_retry;
                self.set_status(ConnectionStatus::PhoneLoggedOut { retry_at });
                self.config.phone_retry
            }
            _ => {
                let delay = reconnect_delay(
                    &mut self.backoff,
                    lasted,
                    self.config.healthy_after,
                    rand::random::<f64>(),
                );
                self.snap.last_error = Some(err.to_string());
                let blind_since = *self.blind_since.get_or_insert(now);
                self.set_status(ConnectionStatus::Reconnecting {
                    attempt: self.backoff.attempt(),
                    retry_at: now + delay,
                    reason: short_reason(&err),
                    blind_since,
                });
                delay
            }
        };
        tracing::warn!(
            "connection: {}; next try in {:.1} s",
            English(&err),
            delay.as_secs_f64()
        );
        let deadline = tokio::time::sleep(delay);
        tokio::pin!(deadline);
        loop {
            tokio::select! {
                _ = &mut deadline => return true,
                message = self.commands.recv() => match message {
                    None => return false,
                    Some(message) => {
                        if let Some(req) = self.take(message)
                            && self.handle_offline(req)
                        {
                            return true;
                        }
                    }
                },
            }
        }
    }
}
