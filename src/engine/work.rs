//! Calls as work, as the engine serves it from the history it owns: the
//! missed-calls list, notes, the rules' reasons, reminders and exports.

use super::{
    Answer, Data, Engine, EngineError, EngineEvent, EngineHandle, History, HistoryEntry,
    MissedEntry, NewReminder, Reminder, now_ms,
};
use crate::history::export::{ExportError, Format, Range};
use std::path::PathBuf;

/// What is asked of the history about calls as work.
pub(super) enum Ask {
    Missed {
        with_resolved: bool,
        limit: usize,
        answer: Answer<Vec<MissedEntry>>,
    },
    Resolve {
        entry: i64,
        answer: Answer<bool>,
    },
    Note {
        call_id: String,
        text: String,
        answer: Answer<bool>,
    },
    Reason {
        call_id: String,
        reason: String,
        answer: Answer<bool>,
    },
    Search {
        query: String,
        limit: usize,
        answer: Answer<Vec<HistoryEntry>>,
    },
    Remind {
        reminder: NewReminder,
        answer: Answer<i64>,
    },
    CancelReminder {
        row: i64,
        answer: Answer<bool>,
    },
    PendingReminders {
        answer: Answer<Vec<Reminder>>,
    },
    /// The reminders due at `now` (marked fired), and when the next is due.
    DueReminders {
        now: i64,
        answer: Answer<(Vec<Reminder>, Option<i64>)>,
    },
}

impl Engine {
    pub(super) fn answer_work(&mut self, ask: Ask) {
        let off = || EngineError::NoHistory(self.snap.history_error.clone());
        let Some(history) = self.history.as_mut() else {
            let error = off();
            match ask {
                Ask::Missed { answer, .. } => {
                    let _ = answer.send(Err(error));
                }
                Ask::Search { answer, .. } => {
                    let _ = answer.send(Err(error));
                }
                Ask::Resolve { answer, .. }
                | Ask::Note { answer, .. }
                | Ask::Reason { answer, .. }
                | Ask::CancelReminder { answer, .. } => {
                    let _ = answer.send(Err(error));
                }
                Ask::Remind { answer, .. } => {
                    let _ = answer.send(Err(error));
                }
                Ask::PendingReminders { answer } => {
                    let _ = answer.send(Err(error));
                }
                Ask::DueReminders { answer, .. } => {
                    let _ = answer.send(Err(error));
                }
            }
            return;
        };
        match ask {
            Ask::Missed {
                with_resolved,
                limit,
                answer,
            } => {
                let _ = answer.send(
                    history
                        .missed_entries(with_resolved, limit)
                        .map_err(Into::into),
                );
            }
            Ask::Resolve { entry, answer } => {
                let result = history.resolve_missed(entry, now_ms());
                if let Ok(true) = result {
                    self.snap.open_missed = history.open_missed().unwrap_or(self.snap.open_missed);
                    self.publish();
                    let _ = self.events.send(EngineEvent::MissedResolved {
                        entries: vec![entry],
                    });
                }
                let _ = answer.send(result.map_err(Into::into));
            }
            Ask::Note {
                call_id,
                text,
                answer,
            } => {
                let _ = answer.send(history.set_note(&call_id, &text).map_err(Into::into));
            }
            Ask::Reason {
                call_id,
                reason,
                answer,
            } => {
                let _ = answer.send(history.set_reason(&call_id, &reason).map_err(Into::into));
            }
            Ask::Search {
                query,
                limit,
                answer,
            } => {
                let _ = answer.send(history.search(&query, limit).map_err(Into::into));
            }
            Ask::Remind { reminder, answer } => {
                let _ = answer.send(
                    history
                        .add_reminder(&reminder, now_ms())
                        .map_err(Into::into),
                );
            }
            Ask::CancelReminder { row, answer } => {
                let _ = answer.send(history.cancel_reminder(row, now_ms()).map_err(Into::into));
            }
            Ask::PendingReminders { answer } => {
                let _ = answer.send(history.pending_reminders().map_err(Into::into));
            }
            Ask::DueReminders { now, answer } => {
                let result = history
                    .take_due_reminders(now)
                    .and_then(|due| Ok((due, history.next_reminder_due()?)));
                let _ = answer.send(result.map_err(Into::into));
            }
        }
    }
}

impl EngineHandle {
    async fn work<T>(&self, ask: impl FnOnce(Answer<T>) -> Ask) -> Result<T, EngineError> {
        self.ask(|answer| Data::Work(ask(answer))).await
    }

    /// The missed-calls list, the most recent first (open entries only,
    /// or resolved ones too).
    pub async fn missed_entries(
        &self,
        with_resolved: bool,
        limit: usize,
    ) -> Result<Vec<MissedEntry>, EngineError> {
        self.work(|answer| Ask::Missed {
            with_resolved,
            limit,
            answer,
        })
        .await
    }

    /// *Done*: resolves an entry of the missed-calls list by hand.
    pub async fn resolve_missed(&self, entry: i64) -> Result<bool, EngineError> {
        self.work(|answer| Ask::Resolve { entry, answer }).await
    }

    /// Sets (or, with an empty text, removes) the note on a call, live or past.
    pub async fn set_note(&self, call_id: String, text: String) -> Result<bool, EngineError> {
        self.work(|answer| Ask::Note {
            call_id,
            text,
            answer,
        })
        .await
    }

    /// Records in history why the rules did what they did with a ringing
    /// call. Send it before acting on the decision (the Ignore): a call
    /// ignored as spam is then kept out of the missed-calls list.
    pub async fn set_reason(&self, call_id: String, reason: String) -> Result<bool, EngineError> {
        self.work(|answer| Ask::Reason {
            call_id,
            reason,
            answer,
        })
        .await
    }

    /// Calls whose name, number, note or reason contains `query`.
    pub async fn search_history(
        &self,
        query: String,
        limit: usize,
    ) -> Result<Vec<HistoryEntry>, EngineError> {
        self.work(|answer| Ask::Search {
            query,
            limit,
            answer,
        })
        .await
    }

    /// *Remind me*: keeps a reminder (its due time from
    /// `work::reminders::due_at`); returns its id.
    pub async fn remind(&self, reminder: NewReminder) -> Result<i64, EngineError> {
        self.work(|answer| Ask::Remind { reminder, answer }).await
    }

    pub async fn cancel_reminder(&self, row: i64) -> Result<bool, EngineError> {
        self.work(|answer| Ask::CancelReminder { row, answer })
            .await
    }

    /// Reminders not yet due, the soonest first.
    pub async fn pending_reminders(&self) -> Result<Vec<Reminder>, EngineError> {
        self.work(|answer| Ask::PendingReminders { answer }).await
    }

    /// The reminders due at `now` (Unix ms; each is handed out once), and
    /// when the next one is due.
    pub async fn take_due_reminders(
        &self,
        now: i64,
    ) -> Result<(Vec<Reminder>, Option<i64>), EngineError> {
        self.work(|answer| Ask::DueReminders { now, answer }).await
    }

    /// *Export…*: writes the calls in `range` to `file` as CSV or JSON, on a
    /// blocking thread with a read connection of its own (the engine goes on
    /// meanwhile). Returns how many calls were written.
    pub async fn export(
        &self,
        file: PathBuf,
        format: Format,
        range: Range,
    ) -> Result<usize, ExportError> {
        let db = self.history_path.clone().ok_or(ExportError::History(
            crate::history::HistoryError::NoDataDir,
        ))?;
        tokio::task::spawn_blocking(move || {
            let history = History::open(&db)?;
            history.export_file(&file, format, range)
        })
        .await
        .map_err(|e| ExportError::Write(std::io::Error::other(e.to_string())))?
    }
}
