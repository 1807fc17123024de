//! The one store of call state. Pure: events in, changes out.
//!
//! It applies events and tolerates what the real server does: the known issue
//! (PENDING, CONNECTED and DELETED for one call in one burst), duplicates,
//! stale events for calls already ended, events for calls it never saw, and a
//! `listCalls` that disagrees with it (the server wins).
//!
//! Every update carries its place in the server's stream (`Seq`): a list
//! reconciles what was true when it was answered, and an event read after the
//! list stays on top of it, whichever the engine gets to first.

use crate::client::Seq;
use crate::history::people::{Caller, Source};
use crate::protocol::{Call, CallId, CallState};
use std::collections::{HashMap, HashSet, VecDeque};
use tokio::time::Instant;

/// A looked-up caller as the name and its source.
fn named(caller: Option<Caller>) -> (Option<String>, Option<Source>) {
    match caller {
        Some(c) => (Some(c.name), Some(c.source)),
        None => (None, None),
    }
}

/// How many ended call ids are remembered, to drop late events for them.
const ENDED_MEMORY: usize = 512;

/// The most calls held at once. A desk phone has a handful of lines; a
/// server that reports more is broken or hostile, and every call held costs
/// a row in the window and possibly a screen pop.
pub const MAX_LIVE_CALLS: usize = 64;

/// A call the store holds, with what skydial knows beyond the server's fields.
#[derive(Debug, Clone, PartialEq)]
pub struct LiveCall {
    pub call: Call,
    /// The caller's name from the contacts or a directory, when known.
    pub name: Option<String>,
    /// Where the name came from: the contacts or which directory.
    pub source: Option<Source>,
    /// Whether the call was ever CONNECTED (or HOLDING).
    pub ever_connected: bool,
    /// How long it rang before it was first CONNECTED (or HOLDING), in the
    /// server's seconds; 0 for a call first seen connected (its ring time is
    /// not known). `None` until then.
    pub rang_for: Option<u64>,
    /// When the server's `duration` was last received; durations tick from there.
    pub updated_at: Instant,
    /// The stream position of what the store last learnt about this call.
    pub seq: Seq,
}

impl LiveCall {
    /// The call's duration now, ticking from the server's last value.
    pub fn duration_at(&self, now: Instant) -> u64 {
        self.call
            .duration
            .saturating_add(now.saturating_duration_since(self.updated_at).as_secs())
    }

    /// How long the call has been talked (held time included), counted
    /// from its answer: the server's duration counts the ring too. `None`
    /// before it was answered.
    pub fn talk_at(&self, now: Instant) -> Option<u64> {
        let rang = self.rang_for?;
        Some(self.duration_at(now).saturating_sub(rang))
    }

    /// How the caller (or the one called) is named: the contact's name, else
    /// the number.
    pub fn label(&self) -> String {
        crate::contacts::caller_label(self.name.as_deref(), &self.call.ani)
    }

    /// What *Save as contact* on the call's screen pop saves: the caller's
    /// number and the name the call carried (a directory's), when the
    /// caller is not one of the user's contacts and the number is one a
    /// contact can hold.
    pub fn to_save_as_contact(&self) -> Option<(String, Option<String>)> {
        let contact = self.source == Some(Source::Contacts);
        if contact || crate::contacts::match_key(&self.call.ani).is_none() {
            return None;
        }
        Some((self.call.ani.clone(), self.name.clone()))
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
            Self::Added(c) | Self::Updated { call: c, .. } | Self::Ended { call: c, .. } => c,
        }
    }
}

/// A `listCalls` answer as the store takes it.
#[derive(Debug, Clone, Default)]
pub struct Listed {
    pub calls: Vec<Call>,
    /// Calls the server listed in a form skydial cannot read: they exist.
    pub unreadable: Vec<CallId>,
    /// The answer's place in the stream.
    pub seq: Seq,
}

#[derive(Debug, Default)]
pub struct CallStore {
    calls: Vec<LiveCall>,
    /// Ended calls, with the stream position of their end.
    ended: HashMap<CallId, Seq>,
    ended_order: VecDeque<CallId>,
    /// The position of the last list, and the calls it held (readable or not).
    listed_seq: Seq,
    listed_ids: HashSet<CallId>,
    /// Calls were left out because [`MAX_LIVE_CALLS`] were held.
    overflowed: bool,
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

    fn remember_ended(&mut self, id: CallId, seq: Seq) {
        if self.ended.insert(id.clone(), seq).is_none() {
            self.ended_order.push_back(id);
            if self.ended_order.len() > ENDED_MEMORY
                && let Some(old) = self.ended_order.pop_front()
            {
                self.ended.remove(&old);
            }
        }
    }

    fn forget_ended(&mut self, id: &CallId) {
        if self.ended.remove(id).is_some() {
            self.ended_order.retain(|e| e != id);
        }
    }

    /// Applies one call event read at `seq`. `name` is looked up only for new calls.
    pub fn apply(
        &mut self,
        call: Call,
        seq: Seq,
        now: Instant,
        name: impl FnOnce(&Call) -> Option<Caller>,
    ) -> Option<Change> {
        let index = self.calls.iter().position(|c| c.call.id == call.id);
        if let Some(i) = index
            && self.calls[i].seq > seq
        {
            // Older than what we hold (a list answered after it): stale.
            return None;
        }
        if index.is_none() && seq < self.listed_seq && !self.listed_ids.contains(&call.id) {
            // A newer list did not have this call: it was over by then. Only its
            // end is news (it rang and ended unseen).
            if call.state != CallState::Deleted {
                return None;
            }
        }
        if call.state == CallState::Deleted {
            return match index {
                Some(i) => {
                    let mut live = self.calls.remove(i);
                    live.call.duration = call.duration.max(live.call.duration);
                    live.call.state = CallState::Deleted;
                    live.updated_at = now;
                    live.seq = seq;
                    self.remember_ended(live.call.id.clone(), seq);
                    let missed = live.is_missed();
                    Some(Change::Ended { call: live, missed })
                }
                // Already ended: a duplicate.
                None if self.ended.contains_key(&call.id) => None,
                // Ended before we ever saw it (it rang while we were away).
                None => {
                    self.remember_ended(call.id.clone(), seq);
                    let (name, source) = named(name(&call));
                    let live = LiveCall {
                        name,
                        source,
                        ever_connected: false,
                        rang_for: None,
                        updated_at: now,
                        seq,
                        call,
                    };
                    let missed = live.is_missed();
                    Some(Change::Ended { call: live, missed })
                }
            };
        }
        if self.ended.contains_key(&call.id) {
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
                if connected && live.rang_for.is_none() {
                    live.rang_for = Some(call.duration);
                }
                live.updated_at = now;
                live.seq = seq;
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
            None if self.calls.len() >= MAX_LIVE_CALLS => {
                self.overflowed = true;
                None
            }
            None => {
                let (name, source) = named(name(&call));
                let live = LiveCall {
                    name,
                    source,
                    ever_connected: connected,
                    rang_for: connected.then_some(0),
                    updated_at: now,
                    seq,
                    call,
                };
                self.calls.push(live.clone());
                Some(Change::Added(live))
            }
        }
    }

    /// Makes the store agree with a `listCalls` answer: calls it does not hold
    /// have ended and the listed states win, except where the store already
    /// knows something newer than the list (an event read after the answer).
    pub fn reconcile(
        &mut self,
        listed: Listed,
        now: Instant,
        mut name: impl FnMut(&Call) -> Option<Caller>,
    ) -> Vec<Change> {
        let seq = listed.seq;
        let ids: HashSet<CallId> = listed
            .calls
            .iter()
            .map(|c| c.id.clone())
            .chain(listed.unreadable.iter().cloned())
            .collect();
        let mut changes = Vec::new();
        let gone: Vec<Call> = self
            .calls
            .iter()
            .filter(|c| c.seq < seq && !ids.contains(&c.call.id))
            .map(|c| Call {
                state: CallState::Deleted,
                ..c.call.clone()
            })
            .collect();
        for ended in gone {
            changes.extend(self.apply(ended, seq, now, |_| None));
        }
        for call in listed.calls {
            match self.ended.get(&call.id) {
                // It ended after the list was answered.
                Some(&end) if end > seq => continue,
                // The server's list is the truth even for a call we thought ended.
                Some(_) => self.forget_ended(&call.id),
                None => {}
            }
            if let Some(live) = self.calls.iter_mut().find(|c| c.call.id == call.id) {
                if live.seq > seq {
                    continue;
                }
                // The list's duration is current: never treat it as stale.
                live.call.duration = live.call.duration.min(call.duration);
            }
            changes.extend(self.apply(call, seq, now, &mut name));
        }
        if seq >= self.listed_seq {
            self.listed_seq = seq;
            self.listed_ids = ids;
        }
        changes
    }

    /// Whether calls were left out for the cap since the last ask.
    pub fn take_overflow(&mut self) -> bool {
        std::mem::take(&mut self.overflowed)
    }

    /// Forgets every call (signing out).
    pub fn clear(&mut self) {
        self.calls.clear();
        self.listed_ids.clear();
        self.rebase();
    }

    /// A new client starts counting stream positions again: what the store
    /// holds counts as older than anything the new connection reads.
    pub fn rebase(&mut self) {
        for call in &mut self.calls {
            call.seq = 0;
        }
        for seq in self.ended.values_mut() {
            *seq = 0;
        }
        self.listed_seq = 0;
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
        let seq = store.calls.iter().map(|c| c.seq).max().unwrap_or(0) + 1;
        store.apply(c, seq, Instant::now(), |_| {
            Some(Caller {
                name: "Ada".into(),
                source: Source::Contacts,
            })
        })
    }

    fn listed(calls: Vec<Call>, seq: Seq) -> Listed {
        Listed {
            calls,
            unreadable: Vec::new(),
            seq,
        }
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
            listed(
                vec![
                    call("5", CallState::Holding, true, 30),
                    call("6", CallState::Ringing, false, 2),
                ],
                10,
            ),
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
        s.apply(call("8", CallState::Connected, true, 46), 1, t0, |_| None);
        let live = s.get(&CallId::new("8")).unwrap();
        assert_eq!(
            live.duration_at(t0 + std::time::Duration::from_secs(14)),
            60
        );
    }

    #[test]
    fn talk_time_counts_from_the_answer() {
        let mut s = CallStore::new();
        let t0 = Instant::now();
        let at = |secs| t0 + std::time::Duration::from_secs(secs);
        s.apply(call("7", CallState::Ringing, false, 0), 1, t0, |_| None);
        let id = CallId::new("7");
        assert_eq!(s.get(&id).unwrap().talk_at(at(5)), None, "not answered");
        // Answered after 29 s of ringing: the server's duration says 29.
        s.apply(
            call("7", CallState::Connected, false, 29),
            2,
            at(29),
            |_| None,
        );
        let live = s.get(&id).unwrap();
        assert_eq!(live.talk_at(at(29)), Some(0));
        assert_eq!(live.talk_at(at(31)), Some(2));
        assert_eq!(live.duration_at(at(31)), 31, "the whole call");
        // Held and resumed: still counted from the first answer.
        s.apply(call("7", CallState::Holding, false, 40), 3, at(40), |_| {
            None
        });
        s.apply(
            call("7", CallState::Connected, false, 50),
            4,
            at(50),
            |_| None,
        );
        assert_eq!(s.get(&id).unwrap().talk_at(at(50)), Some(21));
        // A call first seen connected (at sign-in): its ring time is unknown.
        s.apply(call("8", CallState::Connected, true, 46), 5, at(50), |_| {
            None
        });
        assert_eq!(s.get(&CallId::new("8")).unwrap().talk_at(at(50)), Some(46));
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

    #[test]
    fn a_list_never_undoes_what_events_read_after_it_said() {
        let t = Instant::now();
        let mut s = CallStore::new();
        s.apply(call("1", CallState::Connected, true, 5), 1, t, |_| None);
        // Read after the list (seq 10): a new call rings, call 1 goes on hold.
        s.apply(call("2", CallState::Ringing, false, 0), 11, t, |_| None);
        s.apply(call("1", CallState::Holding, true, 6), 12, t, |_| None);
        // The list (answered before those events) knew neither.
        let changes = s.reconcile(
            listed(vec![call("1", CallState::Connected, true, 5)], 10),
            t,
            |_| None,
        );
        assert!(changes.is_empty(), "{changes:?}");
        let states: Vec<_> = s.calls().iter().map(|c| c.call.state).collect();
        assert_eq!(states, vec![CallState::Holding, CallState::Ringing]);
    }

    #[test]
    fn an_event_older_than_the_list_is_stale_whenever_it_is_applied() {
        let t = Instant::now();
        let mut s = CallStore::new();
        s.reconcile(
            listed(vec![call("1", CallState::Holding, true, 9)], 10),
            t,
            |_| None,
        );
        // Read before the list, handled after it.
        assert!(
            s.apply(call("1", CallState::Connected, true, 8), 9, t, |_| None)
                .is_none()
        );
        assert_eq!(s.calls()[0].call.state, CallState::Holding);
        // A call the list did not have rang before it: over by then, no ghost...
        assert!(
            s.apply(call("3", CallState::Ringing, false, 0), 8, t, |_| None)
                .is_none()
        );
        assert!(s.get(&CallId::new("3")).is_none());
        // ...but its end is recorded (it rang unseen).
        assert!(matches!(
            s.apply(call("3", CallState::Deleted, false, 4), 9, t, |_| None),
            Some(Change::Ended { missed: true, .. })
        ));
        // A call that ended after the list is not brought back by it.
        s.apply(call("1", CallState::Deleted, true, 12), 12, t, |_| None);
        s.reconcile(
            listed(vec![call("1", CallState::Holding, true, 9)], 11),
            t,
            |_| None,
        );
        assert!(s.calls().is_empty());
    }

    #[test]
    fn calls_listed_in_an_unknown_form_are_not_ended() {
        let t = Instant::now();
        let mut s = CallStore::new();
        s.apply(call("1", CallState::Connected, true, 5), 1, t, |_| None);
        s.apply(call("2", CallState::Connected, true, 5), 2, t, |_| None);
        let changes = s.reconcile(
            Listed {
                calls: Vec::new(),
                unreadable: vec![CallId::new("1")],
                seq: 3,
            },
            t,
            |_| None,
        );
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert!(matches!(&changes[0], Change::Ended { call, .. } if call.call.id.as_str() == "2"));
        assert_eq!(s.calls().len(), 1);
        assert_eq!(s.calls()[0].call.state, CallState::Connected);
    }
}
