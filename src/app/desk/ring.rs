//! A call rings, is answered or ends: the one place that decides what
//! happens (do not disturb, the screen pop, the call page and hook).

use crate::app::messages::PopCommand;
use crate::engine::{EngineCommand, LiveCall};
use crate::hooks::HookEvent;

/// Exit statuses a later `skydial` gets back (the command line's, see
/// `skydial --help`).
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
            .handle(event, call, move |message| ui.error(message));
    }

    pub(super) fn pop(&self, command: PopCommand) {
        if let Some(pops) = &self.pops
            && pops.try_send(command).is_err()
        {
            tracing::warn!("screen pops are behind; one was skipped");
        }
    }
}
