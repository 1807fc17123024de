//! The one store of call state. Pure: events in, changes out.
//!
//! It applies events in the order they come and tolerates what the real
//! server does: the known issue (PENDING, CONNECTED and DELETED for one call
//! in one burst), duplicates, stale events for calls already ended, events for
//! calls it never saw, and a `listCalls` that disagrees with it (the server wins).

use crate::protocol::{Call, CallId, CallState};
use serde::Serialize;
use std::collections::{HashSet, VecDeque};
use tokio::time::Instant;

/// How many ended call ids are remembered, to drop late events for them.
const ENDED_MEMORY: usize = 512;

/// A call the store holds, with what skydial knows beyond the server's fields.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LiveCall {
    #[serde(flatten)]
    pub call: Call,
    /// The caller's name from the contacts, when known.
    pub name: Option<String>,
    /// Whether the call was ever CONNECTED (or HOLDING).
    pub ever_connected: bool,
    /// When the server's `duration` was last received; durations tick from there.
    #[serde(skip)]
    pub updated_at: Instant,
}

impl LiveCall {
    /// The call's duration now, ticking from the server's last value.
    pub fn duration_at(&self, now: Instant) -> u64 {
        self.call
            .duration
            .saturating_add(now.saturating_duration_since(self.updated_at).as_secs())
    }

    /// An inbound call that ended without ever being answered.
    pub fn is_missed(&self) -> bool {
        !self.call.originated && !self.ever_connected
    }
}

/// What applying an event did.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// A call the store did not hold.
    Added(LiveCall),
    /// A held call moved to another state.
    Updated { call: LiveCall, from: CallState },
    /// A call ended (and left the store).
    Ended { call: LiveCall, missed: bool },
}

impl Change {
    pub fn call(&self) -> &LiveCall {
        match self {
            Change::Added(c) | Change::Updated { call: c, .. } | Change::Ended { call: c, .. } => c,
        }
    }
}

#[derive(Debug, Default)]
pub struct CallStore {
    calls: Vec<LiveCall>,
    ended: HashSet<CallId>,
    ended_order: VecDeque<CallId>,
}

impl CallStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// The live calls, in the order they appeared.
    pub fn calls(&self) -> &[LiveCall] {
        &self.calls
    }

    pub fn get(&self, id: &CallId) -> Option<&LiveCall> {
        self.calls.iter().find(|c| &c.call.id == id)
    }

    fn remember_ended(&mut self, id: CallId) {
        if self.ended.insert(id.clone()) {
            self.ended_order.push_back(id);
            if self.ended_order.len() > ENDED_MEMORY
                && let Some(old) = self.ended_order.pop_front()
            {
                self.ended.remove(&old);
            }
        }
    }

    /// Applies one call event. `name` is looked up only for new calls.
    pub fn apply(
        &mut self,
        call: Call,
        now: Instant,
        name: impl FnOnce(&Call) -> Option<String>,
    ) -> Option<Change> {
        let index = self.calls.iter().position(|c| c.call.id == call.id);
        if call.state == CallState::Deleted {
            return match index {
                Some(i) => {
                    let mut live = self.calls.remove(i);
                    live.call.duration = call.duration.max(live.call.duration);
                    live.call.state = CallState::Deleted;
                    live.updated_at = now;
                    self.remember_ended(live.call.id.clone());
                    let missed = live.is_missed();
                    Some(Change::Ended { call: live, missed })
                }
                // Already ended: a duplicate.
                None if self.ended.contains(&call.id) => None,
                // Ended before we ever saw it (it rang while we were away).
                None => {
                    self.remember_ended(call.id.clone());
                    let live = LiveCall {
                        name: name(&call),
                        ever_connected: false,
                        updated_at: now,
                        call,
                    };
                    let missed = live.is_missed();
                    Some(Change::Ended { call: live, missed })
                }
            };
        }
        if self.ended.contains(&call.id) {
            // A late event for a call that already ended: no ghost.
            return None;
        }
        let connected = matches!(call.state, CallState::Connected | CallState::Holding);
        match index {
            Some(i) => {
                let live = &mut self.calls[i];
                // Durations only grow: an event with a clearly smaller one is older
                // than what we hold (one second of slack for rounding).
                if call.duration.saturating_add(1) < live.call.duration {
                    return None;
                }
                let from = live.call.state;
                live.ever_connected |= connected;
                live.updated_at = now;
                live.call.duration = call.duration;
                if from == call.state {
                    live.call = call;
                    return None;
                }
                live.call = call;
                Some(Change::Updated {
                    call: live.clone(),
                    from,
                })
            }
            None => {
                let live = LiveCall {
                    name: name(&call),
                    ever_connected: connected,
                    updated_at: now,
                    call,
                };
                self.calls.push(live.clone());
                Some(Change::Added(live))
            }
        }
    }

    /// Makes the store agree with a `listCalls` result: calls missing from it
    /// have ended; the listed states win.
    pub fn reconcile(
        &mut self,
        listed: Vec<Call>,
        now: Instant,
        mut name: impl FnMut(&Call) -> Option<String>,
    ) -> Vec<Change> {
        let mut changes = Vec::new();
        let gone: Vec<CallId> = self
            .calls
            .iter()
            .filter(|c| !listed.iter().any(|l| l.id == c.call.id))
            .map(|c| c.call.id.clone())
            .collect();
        for id in gone {
            if let Some(i) = self.calls.iter().position(|c| c.call.id == id) {
                let mut ended = self.calls[i].call.clone();
                ended.state = CallState::Deleted;
                changes.extend(self.apply(ended, now, |_| None));
            }
        }
        for call in listed {
            // The server's list is the truth even for a call we thought ended.
            if call.state != CallState::Deleted && self.ended.remove(&call.id) {
                self.ended_order.retain(|id| id != &call.id);
            }
            // The list's duration is current: never treat it as stale.
            if let Some(live) = self.calls.iter_mut().find(|c| c.call.id == call.id) {
                live.call.duration = live.call.duration.min(call.duration);
            }
            changes.extend(self.apply(call, now, &mut name));
        }
        changes
    }

    /// Forgets every call (signing out).
    pub fn clear(&mut self) {
        self.calls.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(id: &str, state: CallState, originated: bool, duration: u64) -> Call {
        Call {
            id: CallId::new(id),
            state,
            ani: "2125550142".into(),
            clid: None,
            did: "6465551000".into(),
            duration,
            endpoint: "0010492e1234".into(),
            originated,
        }
    }

    fn apply(store: &mut CallStore, c: Call) -> Option<Change> {
        store.apply(c, Instant::now(), |_| Some("Ada".into()))
    }

    #[test]
    fn ringing_then_ignored_is_missed() {
        let mut s = CallStore::new();
        assert!(
            matches!(apply(&mut s, call("1", CallState::Ringing, false, 0)), Some(Change::Added(c)) if c.name.as_deref() == Some("Ada"))
        );
        assert!(
            apply(&mut s, call("1", CallState::Ringing, false, 1)).is_none(),
            "duplicate"
        );
        assert!(matches!(
            apply(&mut s, call("1", CallState::Deleted, false, 5)),
            Some(Change::Ended { missed: true, .. })
        ));
        assert!(s.calls().is_empty());
        assert!(
            apply(&mut s, call("1", CallState::Deleted, false, 5)).is_none(),
            "duplicate end"
        );
        assert!(
            apply(&mut s, call("1", CallState::Ringing, false, 0)).is_none(),
            "stale event, no ghost"
        );
    }

    #[test]
    fn known_issue_burst_ends_as_one_completed_call() {
        let mut s = CallStore::new();
        let changes: Vec<_> = [CallState::Pending, CallState::Connected, CallState::Deleted]
            .into_iter()
            .filter_map(|st| apply(&mut s, call("7", st, false, 0)))
            .collect();
        assert_eq!(changes.len(), 3);
        assert!(matches!(&changes[2], Change::Ended { missed: false, .. }));
        assert!(s.calls().is_empty());
    }

    #[test]
    fn outbound_calls_are_never_missed_and_stale_durations_are_dropped() {
        let mut s = CallStore::new();
        apply(&mut s, call("2", CallState::Pending, true, 0));
        apply(&mut s, call("2", CallState::Connected, true, 10));
        assert!(
            apply(&mut s, call("2", CallState::Pending, true, 3)).is_none(),
            "older event"
        );
        assert_eq!(
            s.get(&CallId::new("2")).unwrap().call.state,
            CallState::Connected
        );
        assert!(matches!(
            apply(&mut s, call("2", CallState::Deleted, true, 20)),
            Some(Change::Ended { missed: false, .. })
        ));
    }

    #[test]
    fn unseen_call_that_ended_is_recorded_once() {
        let mut s = CallStore::new();
        assert!(matches!(
            apply(&mut s, call("3", CallState::Deleted, false, 9)),
            Some(Change::Ended { missed: true, .. })
        ));
        assert!(apply(&mut s, call("3", CallState::Deleted, false, 9)).is_none());
    }

    #[test]
    fn reconcile_lets_the_server_win() {
        let mut s = CallStore::new();
        apply(&mut s, call("4", CallState::Ringing, false, 0));
        apply(&mut s, call("5", CallState::Connected, true, 0));
        let changes = s.reconcile(
            vec![
                call("5", CallState::Holding, true, 30),
                call("6", CallState::Ringing, false, 2),
            ],
            Instant::now(),
            |_| None,
        );
        assert_eq!(changes.len(), 3, "{changes:?}");
        assert!(
            matches!(&changes[0], Change::Ended { missed: true, call } if call.call.id.as_str() == "4")
        );
        assert!(matches!(
            &changes[1],
            Change::Updated {
                from: CallState::Connected,
                ..
            }
        ));
        assert!(matches!(&changes[2], Change::Added(c) if c.call.id.as_str() == "6"));
        let ids: Vec<_> = s.calls().iter().map(|c| c.call.id.as_str()).collect();
        assert_eq!(ids, vec!["5", "6"]);
    }

    #[test]
    fn durations_tick_from_the_server_value() {
        let mut s = CallStore::new();
        let t0 = Instant::now();
        s.apply(call("8", CallState::Connected, true, 46), t0, |_| None);
        let live = s.get(&CallId::new("8")).unwrap();
        assert_eq!(
            live.duration_at(t0 + std::time::Duration::from_secs(14)),
            60
        );
    }

    #[test]
    fn absurd_durations_do_not_overflow() {
        let mut s = CallStore::new();
        apply(&mut s, call("9", CallState::Connected, true, u64::MAX));
        assert!(apply(&mut s, call("9", CallState::Holding, true, u64::MAX)).is_some());
        let live = s.get(&CallId::new("9")).unwrap();
        assert_eq!(
            live.duration_at(Instant::now() + std::time::Duration::from_secs(5)),
            u64::MAX
        );
        let dir = tempfile::tempdir().unwrap();
        let mut h = crate::history::History::open(&dir.path().join("h.sqlite3")).unwrap();
        h.batch(|b| b.record("1", &live.call, None, 0)).unwrap();
    }

    #[test]
    fn ended_memory_is_bounded() {
        let mut s = CallStore::new();
        for i in 0..(ENDED_MEMORY + 100) {
            apply(&mut s, call(&i.to_string(), CallState::Deleted, true, 0));
        }
        assert_eq!(s.ended.len(), ENDED_MEMORY);
        assert_eq!(s.ended_order.len(), ENDED_MEMORY);
    }
}
