//! The engine's commit: what applying an event or a list changed goes to
//! the history, the snapshot and the events, in the order a ringing call
//! needs (announced before its history write, which may wait for a lock).

use super::{Change, Engine, EngineEvent};
use crate::history::now_ms;
use crate::i18n::English;
use crate::protocol::CallState;
use crate::t;

impl Engine {
    /// Writes changes to the history, publishes the snapshot and the events.
    pub(super) fn commit(&mut self, changes: Vec<Change>) {
        self.note_overflow();
        if changes.is_empty() {
            self.publish();
            return;
        }
        // A call that starts ringing is announced before its history is
        // written: the write may wait for SQLite's lock (a directory sync
        // writing the people index), and the pop must not. What reacts to
        // the event asks the engine, which handles it after this write.
        let ringing_first = changes.iter().all(|c| !matches!(c, Change::Ended { .. }))
            && changes.iter().any(|c| {
                matches!(c, Change::Added(_)) && c.call().call.state == CallState::Ringing
            });
        if ringing_first {
            self.publish();
            for change in changes.clone() {
                let _ = self
                    .events
                    .send(EngineEvent::Changed(change.call().clone()));
                if let Some(event) = EngineEvent::meaning(change) {
                    let _ = self.events.send(event);
                }
            }
        }
        let mut resolved = Vec::new();
        let mut missed: Vec<(String, i64)> = Vec::new();
        if let (Some(history), Some(user)) = (&mut self.history, &self.snap.user) {
            let now = now_ms();
            let written = history.batch(|b| {
                let mut new_missed = 0u64;
                for change in &changes {
                    match change {
                        Change::Added(c) | Change::Updated { call: c, .. } => {
                            b.record(user, &c.call, c.name.as_deref(), now)?
                        }
                        Change::Ended { call, missed } => {
                            let name = call.name.as_deref();
                            new_missed += u64::from(b.end(user, &call.call, name, *missed, now)?);
                        }
                    }
                }
                Ok((new_missed, b.resolved().to_vec(), b.missed().to_vec()))
            });
            match written {
                Ok((new_missed, entries, joined)) => {
                    self.snap.history_error = None;
                    self.snap.unseen_missed = self.snap.unseen_missed.saturating_add(new_missed);
                    // Counted again (the open entries only, by their index)
                    // when a call ended or connected: another skydial
                    // writing the same history may have opened or resolved
                    // an entry for it.
                    let settles = changes.iter().any(|c| {
                        matches!(c, Change::Ended { .. })
                            || matches!(
                                c.call().call.state,
                                CallState::Connected | CallState::Holding
                            )
                    });
                    if settles {
                        self.snap.open_missed =
                            history.open_missed().unwrap_or(self.snap.open_missed);
                    }
                    resolved = entries;
                    missed = joined;
                }
                Err(e) => {
                    tracing::warn!("history not saved: {}", English(&e));
                    self.snap.history_error =
                        Some(t!("engine-history-not-saved", error = e.to_string()));
                }
            }
        }
        self.publish();
        for change in changes.into_iter().filter(|_| !ringing_first) {
            let _ = self
                .events
                .send(EngineEvent::Changed(change.call().clone()));
            let joined = match &change {
                Change::Ended { call, missed: true } => missed
                    .iter()
                    .find(|(id, _)| id == call.call.id.as_str())
                    .map(|&(_, entry)| (call.clone(), entry)),
                _ => None,
            };
            if let Some(event) = EngineEvent::meaning(change) {
                let _ = self.events.send(event);
            }
            if let Some((call, entry)) = joined {
                let _ = self.events.send(EngineEvent::Missed { call, entry });
            }
        }
        if !resolved.is_empty() {
            let _ = self
                .events
                .send(EngineEvent::MissedResolved { entries: resolved });
        }
    }
}
