//! Reminders to call back, kept with their due time in wall-clock UTC
//! milliseconds: they survive a restart and a suspend. When they fire is
//! `work::reminders`' business; this is where they are kept.

use super::{History, HistoryError};
use rusqlite::{OptionalExtension, TransactionBehavior, params};
use serde::Serialize;

/// A reminder as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub row: i64,
    /// Who to call back.
    pub number: String,
    pub name: Option<String>,
    /// The call it was set from, if one.
    pub call_id: Option<String>,
    /// The missed-calls entry it was set from, if one (resolving the entry
    /// makes the reminder moot).
    pub entry: Option<i64>,
    /// Unix milliseconds (UTC).
    pub created_at: i64,
    pub due_at: i64,
    /// When it was reported due.
    pub fired_at: Option<i64>,
    /// When it was cancelled, or made moot by the number being reached.
    pub done_at: Option<i64>,
}

/// A reminder to add.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewReminder {
    pub user: String,
    pub number: String,
    pub name: Option<String>,
    pub call_id: Option<String>,
    pub entry: Option<i64>,
    /// Unix milliseconds (UTC).
    pub due_at: i64,
}

const COLUMNS: &str =
    "row, number, name, call_id, entry, created_at, due_at, fired_at, done_at FROM reminders";

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<Reminder> {
    Ok(Reminder {
        row: r.get(0)?,
        number: r.get(1)?,
        name: r.get(2)?,
        call_id: r.get(3)?,
        entry: r.get(4)?,
        created_at: r.get(5)?,
        due_at: r.get(6)?,
        fired_at: r.get(7)?,
        done_at: r.get(8)?,
    })
}

impl History {
    /// Keeps a reminder; returns its row.
    pub fn add_reminder(&self, new: &NewReminder, now: i64) -> Result<i64, HistoryError> {
        self.conn
            .prepare_cached(
                "INSERT INTO reminders (user, number, name, call_id, entry, created_at, due_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .and_then(|mut s| {
                s.execute(params![
                    new.user,
                    new.number,
                    new.name,
                    new.call_id,
                    new.entry,
                    now,
                    new.due_at
                ])
            })
            .map_err(|e| self.err(e))?;
        Ok(self.conn.last_insert_rowid())
    }

    /// Reminders not yet fired nor cancelled, the soonest first.
    pub fn pending_reminders(&self) -> Result<Vec<Reminder>, HistoryError> {
        let sql = format!(
            "SELECT {COLUMNS} WHERE fired_at IS NULL AND done_at IS NULL ORDER BY due_at, row"
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt.query_map([], from_row).map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// When the next pending reminder is due.
    pub fn next_reminder_due(&self) -> Result<Option<i64>, HistoryError> {
        self.conn
            .query_row(
                "SELECT min(due_at) FROM reminders WHERE fired_at IS NULL AND done_at IS NULL",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// Takes the reminders due at `now` (marking them fired, in one
    /// transaction: two skydial processes never both report one).
    pub fn take_due_reminders(&mut self, now: i64) -> Result<Vec<Reminder>, HistoryError> {
        let path = self.path.clone();
        let err = |e| super::classify(&path, e);
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(err)?;
        let due = {
            let sql = format!(
                "SELECT {COLUMNS} WHERE fired_at IS NULL AND done_at IS NULL AND due_at <= ?1 ORDER BY due_at, row"
            );
            let mut stmt = tx.prepare_cached(&sql).map_err(err)?;
            let rows = stmt.query_map([now], from_row).map_err(err)?;
            rows.collect::<Result<Vec<_>, _>>().map_err(err)?
        };
        {
            let mut fire = tx
                .prepare_cached("UPDATE reminders SET fired_at = ?2 WHERE row = ?1")
                .map_err(err)?;
            for r in &due {
                fire.execute(params![r.row, now]).map_err(err)?;
            }
        }
        tx.commit().map_err(err)?;
        Ok(due
            .into_iter()
            .map(|r| Reminder {
                fired_at: Some(now),
                ..r
            })
            .collect())
    }

    /// Cancels a pending reminder. False when it had fired or was gone.
    pub fn cancel_reminder(&self, row: i64, now: i64) -> Result<bool, HistoryError> {
        let n = self
            .conn
            .execute(
                "UPDATE reminders SET done_at = ?2 WHERE row = ?1 AND fired_at IS NULL AND done_at IS NULL",
                params![row, now],
            )
            .map_err(|e| self.err(e))?;
        Ok(n > 0)
    }

    /// One reminder, whatever its state.
    pub fn reminder(&self, row: i64) -> Result<Option<Reminder>, HistoryError> {
        let sql = format!("SELECT {COLUMNS} WHERE row = ?1");
        self.conn
            .query_row(&sql, [row], from_row)
            .optional()
            .map_err(|e| self.err(e))
    }
}
