//! A call rings, is answered or ends: the one place that decides what
//! happens (do not disturb, the screen pop, the call page and hook).

use super::Desk;
use super::lanes::Lanes;
use crate::app::messages::{DeskRequest, PopCommand};
use crate::engine::{EngineEvent, LiveCall};
use crate::hooks::{CallValues, HookEvent, clean};

/// What happened to a call, as far as the desk cares (the engine says).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CallNews {
    /// It started ringing.
    Rang,
    /// A call that rang was answered.
    Answered,
    /// It stopped ringing without being answered.
    StoppedRinging,
    /// It ended.
    Ended,
}

impl CallNews {
    /// The news in an engine event, and its call (none in `Changed`, which
    /// says every change again for whoever prints them).
    pub fn of(event: EngineEvent) -> Option<(Self, LiveCall)> {
        match event {
            EngineEvent::Ringing(call) => Some((Self::Rang, call)),
            EngineEvent::Answered(call) => Some((Self::Answered, call)),
            EngineEvent::StoppedRinging(call) => Some((Self::StoppedRinging, call)),
            EngineEvent::Ended { call, .. } => Some((Self::Ended, call)),
            EngineEvent::Changed(_)
            | EngineEvent::Missed { .. }
            | EngineEvent::MissedResolved { .. } => None,
        }
    }
}

/// The calls that rang with a screen pop (the rules let them ring and pops
/// were on), the newest last: only such a call, once it ends unanswered,
/// raises a notification that it was missed. A call the rules ignored (do
/// not disturb, spam) never popped, so it does not nag afterwards.
#[derive(Debug, Default)]
pub struct Popped(std::collections::VecDeque<crate::protocol::CallId>);

impl Popped {
    /// The most calls remembered: far more than ring at once.
    const KEPT: usize = 64;

    /// `call` rang with a pop.
    pub fn add(&mut self, call: &crate::protocol::CallId) {
        if self.0.contains(call) {
            return;
        }
        if self.0.len() >= Self::KEPT {
            self.0.pop_front();
        }
        self.0.push_back(call.clone());
    }

    /// Whether `call` rang with a pop (and forgets it: a call ends once).
    pub fn take(&mut self, call: &crate::protocol::CallId) -> bool {
        let had = self.0.iter().position(|c| c == call);
        had.and_then(|i| self.0.remove(i)).is_some()
    }
}

/// What the desk does about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reaction {
    /// Ignore the call through the API (the rules said so: do not disturb,
    /// logged missed, or spam), its reason recorded first.
    IgnoreCall,
    /// Open the call page and run the call hook for this event.
    Hook(HookEvent),
    ShowPop,
    ClosePop,
    /// Read the history again (a call ended: it is there now).
    LoadHistory,
}

/// What to do when `news` comes of a call, with do not disturb and screen
/// pops as set.
pub fn react(news: CallNews, do_not_disturb: bool, screen_pops: bool) -> Vec<Reaction> {
    match news {
        CallNews::Rang if do_not_disturb => vec![Reaction::IgnoreCall],
        CallNews::Rang if screen_pops => vec![Reaction::Hook(HookEvent::Ring), Reaction::ShowPop],
        CallNews::Rang => vec![Reaction::Hook(HookEvent::Ring)],
        CallNews::Answered => vec![Reaction::Hook(HookEvent::Answer), Reaction::ClosePop],
        CallNews::StoppedRinging => vec![Reaction::ClosePop],
        CallNews::Ended => vec![
            Reaction::Hook(HookEvent::End),
            Reaction::ClosePop,
            Reaction::LoadHistory,
        ],
    }
}

impl Desk {
    /// Does what [`react`] says for `news` of `call`.
    pub(super) fn on_call(&self, news: CallNews, call: LiveCall, lanes: &Lanes) {
        let notifications = self.settings.borrow().notifications;
        // The rules (do not disturb, its schedule, VIPs, spam) for a call ringing now.
        let decision = (news == CallNews::Rang).then(|| self.decide(&call));
        let ignore = decision
            .as_ref()
            .is_some_and(|d| d.action == crate::work::rules::Action::Ignore);
        if let Some(decision) = &decision {
            self.note_reason(&call, decision);
        }
        for reaction in react(news, ignore, notifications) {
            match reaction {
                Reaction::IgnoreCall => {
                    if let Some(decision) = &decision {
                        self.ignore_ringing(&call, decision);
                    }
                }
                Reaction::Hook(event) => {
                    let ui = self.ui.clone();
                    let values = hook_values(&call);
                    let _ = self
                        .hooks
                        .handle(event, values, move |message| ui.error(message));
                }
                Reaction::ShowPop => {
                    self.popped
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .add(&call.call.id);
                    self.pop(PopCommand::Show(Box::new(call.clone())));
                }
                Reaction::ClosePop => self.pop(PopCommand::Close(call.call.id.clone())),
                Reaction::LoadHistory => lanes.push(DeskRequest::LoadHistory),
            }
        }
    }

    /// `call` ended unanswered and joined `entry` of the missed-calls list:
    /// the notification that it was missed, when it rang with a pop and
    /// screen pops are still on.
    pub(super) fn on_missed(&self, call: LiveCall, entry: i64) {
        let popped = self
            .popped
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take(&call.call.id);
        if popped && self.settings.borrow().notifications {
            self.pop(PopCommand::Missed {
                call: Box::new(call),
                entry,
            });
        }
    }

    /// The user declined `call` (it rang with a pop, which they saw): no
    /// notification that it was missed.
    pub(super) fn declined(&self, call: &crate::protocol::CallId) {
        self.popped
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take(call);
    }

    /// Entries of the missed-calls list were resolved: their notifications go.
    pub(super) fn on_resolved(&self, entries: Vec<i64>) {
        self.pop(PopCommand::Withdraw(entries));
    }

    fn pop(&self, command: PopCommand) {
        if let Some(pops) = &self.pops
            && pops.try_send(command).is_err()
        {
            tracing::warn!("screen pops are behind; one was skipped");
        }
    }
}

/// What the call page and the call hook are told about `call`.
pub fn hook_values(call: &LiveCall) -> CallValues {
    CallValues {
        number: clean(&call.call.ani),
        name: clean(call.name.as_deref().unwrap_or("")),
        clid: clean(call.call.clid.as_deref().unwrap_or("")),
        call_id: clean(call.call.id.as_str()),
        direction: if call.call.originated {
            "outbound"
        } else {
            "inbound"
        },
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)] // test code
    use super::*;

    #[test]
    fn a_ringing_call_is_ignored_under_do_not_disturb_else_hooked_and_popped() {
        use Reaction::*;
        assert_eq!(react(CallNews::Rang, true, true), [IgnoreCall]);
        assert_eq!(
            react(CallNews::Rang, false, true),
            [Hook(HookEvent::Ring), ShowPop]
        );
        assert_eq!(react(CallNews::Rang, false, false), [Hook(HookEvent::Ring)]);
        assert_eq!(
            react(CallNews::Answered, false, true),
            [Hook(HookEvent::Answer), ClosePop]
        );
        assert_eq!(react(CallNews::StoppedRinging, true, true), [ClosePop]);
        assert_eq!(
            react(CallNews::Ended, true, false),
            [Hook(HookEvent::End), ClosePop, LoadHistory]
        );
    }

    #[test]
    fn only_a_call_that_popped_is_told_missed_and_only_once() {
        use crate::protocol::CallId;
        let mut popped = Popped::default();
        let (a, b) = (CallId::new("a"), CallId::new("b"));
        popped.add(&a);
        popped.add(&a);
        assert!(
            !popped.take(&b),
            "b never popped (ignored by a rule, or pops off)"
        );
        assert!(popped.take(&a));
        assert!(!popped.take(&a), "a call ends once");
        // Bounded: the oldest are forgotten.
        for i in 0..=Popped::KEPT {
            popped.add(&CallId::new(i.to_string()));
        }
        assert!(!popped.take(&CallId::new("0")));
        assert!(popped.take(&CallId::new(Popped::KEPT.to_string())));
    }

    #[test]
    fn hook_values_come_from_the_live_call() {
        use crate::protocol::{Call, CallId, CallState};
        let mut live = LiveCall {
            call: Call {
                id: CallId::new("c-9"),
                state: CallState::Ringing,
                ani: "212\n555\u{1b}0142".into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: None,
            source: None,
            ever_connected: false,
            rang_for: None,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        assert_eq!(
            hook_values(&live),
            CallValues {
                number: "2125550142".into(),
                name: String::new(),
                clid: String::new(),
                call_id: "c-9".into(),
                direction: "inbound",
            }
        );
        live.call.originated = true;
        live.call.clid = Some("6465551000".into());
        live.name = Some("Ada".into());
        let v = hook_values(&live);
        assert_eq!(
            (v.direction, v.clid.as_str(), v.name.as_str()),
            ("outbound", "6465551000", "Ada")
        );
        assert_eq!(
            v.environment(HookEvent::Answer),
            [
                ("SKYDIAL_EVENT", "answer".to_string()),
                ("SKYDIAL_NUMBER", "2125550142".to_string()),
                ("SKYDIAL_NAME", "Ada".to_string()),
                ("SKYDIAL_CLID", "6465551000".to_string()),
                ("SKYDIAL_CALL_ID", "c-9".to_string()),
                ("SKYDIAL_DIRECTION", "outbound".to_string()),
            ]
        );
    }
}
