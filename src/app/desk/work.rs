//! Calls as work, as the desk serves them: the rules for a ringing call
//! (`work::rules`, decided here with the settings as they are and the local
//! clock), the missed-calls list, *Remind me* and the reminders that come
//! due, notes, and *Export…*.

use super::Desk;
use crate::app::messages::{DeskReply, DeskRequest, RemindRequest};
use crate::contacts::caller_label_with_number;
use crate::engine::{EngineCommand, LiveCall};
use crate::history::export::{Format, Range};
use crate::history::reminders::NewReminder;
use crate::t;
use crate::work::reminders::{self, DueReminder};
use crate::work::rules::{Action, Decision, Ringing, Rules};
use std::path::PathBuf;

/// The most missed-calls entries the window lists.
const MISSED_SHOWN: usize = 200;

impl Desk {
    /// What the rules say about `call`, ringing now.
    pub(super) fn decide(&self, call: &LiveCall) -> Decision {
        let (rules, _) = Rules::from_settings(&self.settings.borrow());
        let ringing = Ringing {
            number: &call.call.ani,
            name: call.name.as_deref(),
        };
        rules.decide(ringing, &chrono::Local::now())
    }

    /// Acts on a ringing call the rules ignore (do not disturb, spam): the
    /// reason goes to history first (a call ignored as spam is then kept
    /// out of the missed-calls list), then the Ignore to the API.
    pub(super) fn ignore_ringing(&self, call: &LiveCall, decision: &Decision) {
        let engine = self.engine.clone();
        let ui = self.ui.clone();
        let id = call.call.id.clone();
        let reason = decision.reason.as_ref().map(|r| r.text());
        tokio::spawn(async move {
            if let Some(reason) = reason
                && let Err(e) = engine.set_reason(id.as_str().to_string(), reason).await
            {
                tracing::warn!("why a call was ignored is not in history: {e}");
            }
            let ignore = EngineCommand::Ignore { call: Some(id) };
            if let Err(e) = engine.send(ignore).await {
                ui.error(t!("notice-rules-could-not-ignore", error = e.to_string()));
            }
        });
    }

    /// A ringing call the rules let through for a reason (a VIP during do
    /// not disturb): the reason goes to history.
    pub(super) fn note_reason(&self, call: &LiveCall, decision: &Decision) {
        if decision.action != Action::Ring {
            return;
        }
        let Some(reason) = decision.reason.as_ref().map(|r| r.text()) else {
            return;
        };
        let engine = self.engine.clone();
        let id = call.call.id.as_str().to_string();
        tokio::spawn(async move {
            if let Err(e) = engine.set_reason(id, reason).await {
                tracing::warn!("why a call rang through is not in history: {e}");
            }
        });
    }

    /// The data lane's requests about calls as work.
    pub(super) async fn work(&self, request: DeskRequest) {
        match request {
            DeskRequest::ResolveMissed(entry) => {
                if let Err(e) = self.engine.resolve_missed(entry).await {
                    self.ui
                        .error(t!("notice-missed-not-done", error = e.to_string()));
                }
                self.load_missed().await;
            }
            DeskRequest::Remind(remind) => self.remind(*remind).await,
            DeskRequest::SetNote { call_id, text } => {
                match self.engine.set_note(call_id, text).await {
                    Ok(true) => self.ui.info(t!("notice-note-saved")),
                    Ok(false) => self.ui.error(t!("notice-note-no-call")),
                    Err(e) => self
                        .ui
                        .error(t!("notice-note-not-saved", error = e.to_string())),
                }
                self.reload().await;
            }
            DeskRequest::Export { file, format } => self.export(file, format).await,
            other => tracing::error!("not a calls-as-work request: {}", other.what()),
        }
    }

    /// The open entries of the missed-calls list, to the window.
    pub(super) async fn load_missed(&self) {
        match self.engine.missed_entries(false, MISSED_SHOWN).await {
            Ok(list) => self.ui.send(DeskReply::Missed(list)),
            Err(e) => tracing::debug!("the missed-calls list is not read: {e}"),
        }
    }

    async fn reload(&self) {
        match self.engine.history(200).await {
            Ok(list) => self.ui.send(DeskReply::History(list)),
            Err(e) => self
                .ui
                .error(t!("notice-history-unreadable", error = e.to_string())),
        }
    }

    async fn remind(&self, remind: RemindRequest) {
        let due_at = match reminders::due_at(remind.when, &chrono::Local::now()) {
            Ok(due) => due,
            Err(e) => {
                self.ui
                    .error(t!("notice-reminder-not-set", error = e.to_string()));
                return;
            }
        };
        let user = self.engine.snapshot().borrow().user.clone();
        let who = caller_label_with_number(remind.name.as_deref(), &remind.number);
        let new = NewReminder {
            user: user.unwrap_or_default(),
            number: remind.number,
            name: remind.name,
            call_id: remind.call_id,
            entry: remind.entry,
            due_at,
        };
        match self.engine.remind(new).await {
            Ok(_) => {
                if let Some(poke) = &self.reminders {
                    poke.poke();
                }
                self.ui.info(t!(
                    "notice-reminder-set",
                    who = who,
                    when = local_time(due_at)
                ));
            }
            Err(e) => self
                .ui
                .error(t!("notice-reminder-not-set", error = e.to_string())),
        }
    }

    async fn export(&self, file: PathBuf, format: Format) {
        let shown = file.display().to_string();
        match self.engine.export(file, format, Range::default()).await {
            Ok(n) => self
                .ui
                .info(t!("notice-exported", count = n, path = shown.as_str())),
            Err(e) => self.ui.error(t!(
                "notice-not-exported",
                path = shown.as_str(),
                error = e.to_string()
            )),
        }
    }

    /// A reminder came due: a notification (when the desk has a notifier)
    /// and a notice in the window, naming who to call back.
    pub(super) fn reminder_due(&self, due: &DueReminder) {
        let r = &due.reminder;
        let who = caller_label_with_number(r.name.as_deref(), &r.number);
        let summary = if due.late {
            t!(
                "reminder-call-back-late",
                who = who.as_str(),
                when = local_time(r.due_at)
            )
        } else {
            t!("reminder-call-back", who = who.as_str())
        };
        self.ui
            .info(t!("notice-reminder-due", summary = summary.as_str()));
        if let Some(notify) = &self.config.notify {
            notify(&t!("reminder-title"), &summary);
        }
    }
}

/// Starts the reminders task for the desk: each due reminder is told.
pub(super) fn follow_reminders(
    desk: std::sync::Arc<Desk>,
    mut due: tokio::sync::mpsc::Receiver<DueReminder>,
) {
    tokio::spawn(async move {
        while let Some(reminder) = due.recv().await {
            desk.reminder_due(&reminder);
        }
    });
}

/// A Unix-ms time as the user's clock and language show it (`Today,
/// 2:05 PM`, `14. März, 09:00`).
fn local_time(ms: i64) -> String {
    use chrono::TimeZone;
    let today = chrono::Local::now().date_naive();
    chrono::Local
        .timestamp_millis_opt(ms)
        .single()
        .map(|t| crate::i18n::time::when(t.naive_local(), today))
        .unwrap_or_default()
}
