//! Missed calls as a to-do list: the missed calls from one number since it
//! was last reached are one entry (how many, when last). An entry is
//! resolved by itself when a later call with that number connects, either
//! direction (the number however written: the key is `contacts::match_key`),
//! or by hand (*Done*). Calls the rules ignored as spam are not to-dos.

use super::{Batch, History, HistoryError, number_key};
use crate::protocol::Call;
use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

/// The reason the rules give a call they ignored as spam (see
/// `work::rules`): such a call is missed but is nobody's to-do.
pub const SPAM_REASON: &str = "ignored: spam list";

/// One entry of the missed-calls list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MissedEntry {
    /// The entry's id (for *Done* and *Remind me*).
    pub entry: i64,
    /// The number as the last missed call gave it.
    pub number: String,
    pub name: Option<String>,
    /// How many calls from the number were missed.
    pub count: u32,
    /// Unix milliseconds of the first and the last missed call.
    pub first_at: i64,
    pub last_at: i64,
    /// The last missed call's id.
    pub last_call: String,
    /// When it was resolved, if it was.
    pub resolved_at: Option<i64>,
    /// `call` (a call with the number connected), `done` (by hand) or
    /// `seen` (marked seen before skydial kept a missed-calls list).
    pub resolved_by: Option<String>,
    /// The call that resolved it, when one did.
    pub resolved_call: Option<String>,
}

/// Adds a missed call to its number's open entry (or opens one); returns
/// the entry, and whether it is new.
pub(super) fn add(
    conn: &Connection,
    key: &str,
    user: &str,
    number: &str,
    name: Option<&str>,
    call_id: &str,
    at: i64,
) -> rusqlite::Result<(i64, bool)> {
    let open: Option<i64> = conn
        .prepare_cached("SELECT row FROM missed WHERE match_key = ?1 AND resolved_at IS NULL")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    match open {
        Some(entry) => {
            conn.prepare_cached(
                "UPDATE missed SET count = count + 1, last_at = max(last_at, ?2), number = ?3,
                    name = coalesce(?4, name), last_call = ?5, user = ?6 WHERE row = ?1",
            )?
            .execute(params![entry, at, number, name, call_id, user])?;
            Ok((entry, false))
        }
        None => {
            conn.prepare_cached(
                "INSERT INTO missed (user, match_key, number, name, count, first_at, last_at, last_call)
                 VALUES (?1, ?2, ?3, ?4, 1, ?5, ?5, ?6)",
            )?
            .execute(params![user, key, number, name, at, call_id])?;
            Ok((conn.last_insert_rowid(), true))
        }
    }
}

/// Resolves the open entry for `key`, if there is one; returns it. Its
/// reminders not yet due are done too (the number was reached).
pub(super) fn resolve_key(
    conn: &Connection,
    key: &str,
    by: &str,
    call_id: Option<&str>,
    at: i64,
) -> rusqlite::Result<Option<i64>> {
    let open: Option<i64> = conn
        .prepare_cached("SELECT row FROM missed WHERE match_key = ?1 AND resolved_at IS NULL")?
        .query_row([key], |r| r.get(0))
        .optional()?;
    if let Some(entry) = open {
        resolve_entry(conn, entry, by, call_id, at)?;
    }
    Ok(open)
}

fn resolve_entry(
    conn: &Connection,
    entry: i64,
    by: &str,
    call_id: Option<&str>,
    at: i64,
) -> rusqlite::Result<bool> {
    let n = conn
        .prepare_cached(
            "UPDATE missed SET resolved_at = ?2, resolved_by = ?3, resolved_call = ?4
             WHERE row = ?1 AND resolved_at IS NULL",
        )?
        .execute(params![entry, at, by, call_id])?;
    if n > 0 {
        conn.prepare_cached(
            "UPDATE reminders SET done_at = ?2 WHERE entry = ?1 AND fired_at IS NULL AND done_at IS NULL",
        )?
        .execute(params![entry, at])?;
    }
    Ok(n > 0)
}

fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<MissedEntry> {
    Ok(MissedEntry {
        entry: r.get(0)?,
        number: r.get(1)?,
        name: r.get(2)?,
        count: r.get(3)?,
        first_at: r.get(4)?,
        last_at: r.get(5)?,
        last_call: r.get(6)?,
        resolved_at: r.get(7)?,
        resolved_by: r.get(8)?,
        resolved_call: r.get(9)?,
    })
}

impl Batch<'_> {
    /// How many entries this transaction opened (with [`Batch::resolved`],
    /// what keeps a count of open entries without counting the table).
    pub fn opened(&self) -> u64 {
        self.opened
    }

    /// A call with this number connected: its open entry is resolved.
    pub(super) fn resolve_by_call(
        &mut self,
        number: &str,
        call_id: &str,
        now: i64,
    ) -> Result<(), HistoryError> {
        let resolved = resolve_key(self.tx, &number_key(number), "call", Some(call_id), now)
            .map_err(|e| self.err(e))?;
        self.resolved.extend(resolved);
        Ok(())
    }

    /// The call in `row` ended missed: it joins its number's entry, unless
    /// the rules ignored it as spam.
    pub(super) fn add_missed(
        &mut self,
        row: i64,
        user: &str,
        call: &Call,
        name: Option<&str>,
        now: i64,
    ) -> Result<Option<i64>, HistoryError> {
        let (reason, stored_name): (Option<String>, Option<String>) = self
            .tx
            .prepare_cached("SELECT reason, name FROM calls WHERE row = ?1")
            .and_then(|mut s| s.query_row([row], |r| Ok((r.get(0)?, r.get(1)?))))
            .map_err(|e| self.err(e))?;
        if reason.as_deref() == Some(SPAM_REASON) {
            return Ok(None);
        }
        let name = name.or(stored_name.as_deref());
        let (entry, new) = add(
            self.tx,
            &number_key(&call.ani),
            user,
            &call.ani,
            name,
            call.id.as_str(),
            now,
        )
        .map_err(|e| self.err(e))?;
        self.opened += u64::from(new);
        self.missed.push((call.id.as_str().to_string(), entry));
        Ok(Some(entry))
    }
}

impl History {
    /// The missed-calls list, the most recent first: only open entries, or
    /// resolved ones too.
    pub fn missed_entries(
        &self,
        with_resolved: bool,
        limit: usize,
    ) -> Result<Vec<MissedEntry>, HistoryError> {
        let sql = format!(
            "SELECT row, number, name, count, first_at, last_at, last_call, resolved_at, resolved_by, resolved_call
             FROM missed {} ORDER BY last_at DESC, row DESC LIMIT ?1",
            if with_resolved {
                ""
            } else {
                "WHERE resolved_at IS NULL"
            }
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map([i64::try_from(limit).unwrap_or(i64::MAX)], entry_from_row)
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// How many entries of the missed-calls list are open (what the History
    /// tab, the tray and its badge count).
    pub fn open_missed(&self) -> Result<u64, HistoryError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM missed WHERE resolved_at IS NULL",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// *Done*: resolves an entry by hand. False when it was already resolved
    /// (or is not there).
    pub fn resolve_missed(&self, entry: i64, now: i64) -> Result<bool, HistoryError> {
        resolve_entry(&self.conn, entry, "done", None, now).map_err(|e| self.err(e))
    }
}

#[cfg(test)]
mod tests {
    use super::super::{History, now_ms};
    use super::*;
    use crate::protocol::{CallId, CallState};

    fn call(id: &str, ani: &str, state: CallState, originated: bool) -> Call {
        Call {
            id: CallId::new(id),
            state,
            ani: ani.into(),
            clid: None,
            did: "6465551000".into(),
            duration: 0,
            endpoint: String::new(),
            originated,
        }
    }

    fn miss(h: &mut History, id: &str, ani: &str) {
        let c = call(id, ani, CallState::Ringing, false);
        let now = now_ms();
        h.batch(|b| {
            b.record("u", &c, None, now)?;
            b.end("u", &c, Some("Ada"), true, now)
        })
        .unwrap();
    }

    #[test]
    fn missed_calls_from_one_number_are_one_entry_until_the_number_is_reached() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite3")).unwrap();
        miss(&mut h, "1", "6465557001");
        miss(&mut h, "2", "+1 646 555 7001");
        miss(&mut h, "3", "2125550142");
        let open = h.missed_entries(false, 10).unwrap();
        assert_eq!(open.len(), 2);
        assert_eq!(open[1].count, 2, "{open:?}");
        assert_eq!(h.open_missed().unwrap(), 2);
        // A call back that is never answered resolves nothing.
        let back = call("4", "16465557001", CallState::Pending, true);
        h.batch(|b| {
            b.record("u", &back, None, now_ms())?;
            b.end("u", &back, None, false, now_ms()).map(|_| ())
        })
        .unwrap();
        assert_eq!(h.open_missed().unwrap(), 2);
        // One that connects does.
        let mut back = call("5", "16465557001", CallState::Pending, true);
        let resolved = h
            .batch(|b| {
                b.record("u", &back, None, now_ms())?;
                back.state = CallState::Connected;
                b.record("u", &back, None, now_ms())?;
                Ok(b.resolved().to_vec())
            })
            .unwrap();
        assert_eq!(resolved, vec![open[1].entry]);
        assert_eq!(h.open_missed().unwrap(), 1);
        let rows = h.recent(10, true).unwrap();
        assert!(
            rows.iter()
                .filter(|r| r.number != "2125550142")
                .all(|r| r.resolved)
        );
        // A new miss after that opens a new entry.
        miss(&mut h, "6", "6465557001");
        assert_eq!(h.open_missed().unwrap(), 2);
        // Done by hand.
        let entry = h.missed_entries(false, 10).unwrap()[1].entry;
        assert!(h.resolve_missed(entry, now_ms()).unwrap());
        assert!(!h.resolve_missed(entry, now_ms()).unwrap(), "once");
        assert_eq!(h.open_missed().unwrap(), 1);
        assert_eq!(h.missed_entries(true, 10).unwrap().len(), 3);
    }

    #[test]
    fn a_call_ignored_as_spam_is_not_a_to_do() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite3")).unwrap();
        let c = call("1", "9005550100", CallState::Ringing, false);
        h.batch(|b| b.record("u", &c, None, now_ms())).unwrap();
        assert!(h.set_reason("1", SPAM_REASON).unwrap());
        h.batch(|b| b.end("u", &c, None, true, now_ms())).unwrap();
        assert_eq!(h.open_missed().unwrap(), 0);
        let rows = h.recent(10, false).unwrap();
        assert_eq!(rows[0].reason.as_deref(), Some(SPAM_REASON));
        assert!(rows[0].missed);
    }
}
