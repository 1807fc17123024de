//! A call rings, is answered or ends: the one place that decides what
//! happens (do not disturb, the screen pop, the call page and hook).

use crate::app::messages::PopCommand;
use crate::engine::{EngineCommand, LiveCall};
use crate::hooks::{CallValues, HookEvent, clean};

use super::Desk;

impl Desk {
    /// A call rings: the one place that decides what happens. Under do not
    /// disturb it is ignored through the API (and logged as missed);
    /// otherwise it gets a screen pop, if those are on.
    pub(super) fn ringing(&self, call: LiveCall) {
        let (dnd, notifications) = {
            let s = self.settings.borrow();
            (s.do_not_disturb, s.notifications)
        };
        if dnd {
            let engine = self.engine.clone();
            let ui = self.ui.clone();
            tokio::spawn(async move {
                let ignore = EngineCommand::Ignore {
                    call: Some(call.call.id),
                };
                if let Err(e) = engine.send(ignore).await {
                    ui.error(format!("Do not disturb could not ignore a call: {e}"));
                }
            });
            return;
        }
        if let Ok(mut rang) = self.rang.lock() {
            // Bounded like the engine's live calls.
            if rang.len() < 256 {
                rang.insert(call.call.id.clone());
            }
        }
        self.hook(HookEvent::Ring, &call);
        if notifications {
            self.pop(PopCommand::Show(call));
        }
    }

    /// The call page and the call hook for `event` (rate-limited; a failure
    /// is told once, not per call).
    pub(super) fn hook(&self, event: HookEvent, call: &LiveCall) {
        let ui = self.ui.clone();
        let _ = self
            .hooks
            .handle(event, hook_values(call), move |message| ui.error(message));
    }

    pub(super) fn pop(&self, command: PopCommand) {
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
            ever_connected: false,
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
