//! Upgrades a database written by an older skydial, in place and keeping
//! every row. The version is SQLite's `user_version`: 0 is the first
//! schema (calls and contacts only).

use super::missed;
use rusqlite::{Connection, Transaction, TransactionBehavior, params};
use std::collections::HashMap;

/// The schema this skydial writes.
pub const VERSION: i64 = 1;

/// Version 1: missed calls as a to-do list, notes, the rules' reasons,
/// reminders.
const TO_1: &str = "
ALTER TABLE calls ADD COLUMN note TEXT;
ALTER TABLE calls ADD COLUMN reason TEXT;
ALTER TABLE calls ADD COLUMN match_key TEXT;
ALTER TABLE calls ADD COLUMN entry INTEGER;
CREATE INDEX calls_call_id ON calls (call_id);
CREATE TABLE missed (
    row           INTEGER PRIMARY KEY,
    user          TEXT NOT NULL,
    match_key     TEXT NOT NULL,
    number        TEXT NOT NULL,
    name          TEXT,
    count         INTEGER NOT NULL,
    first_at      INTEGER NOT NULL,
    last_at       INTEGER NOT NULL,
    last_call     TEXT NOT NULL,
    resolved_at   INTEGER,
    resolved_by   TEXT,
    resolved_call TEXT
);
CREATE UNIQUE INDEX missed_open ON missed (match_key) WHERE resolved_at IS NULL;
CREATE INDEX missed_last ON missed (last_at);
CREATE TABLE reminders (
    row        INTEGER PRIMARY KEY,
    user       TEXT NOT NULL,
    number     TEXT NOT NULL,
    name       TEXT,
    call_id    TEXT,
    entry      INTEGER,
    created_at INTEGER NOT NULL,
    due_at     INTEGER NOT NULL,
    fired_at   INTEGER,
    done_at    INTEGER
);
CREATE INDEX reminders_due ON reminders (due_at) WHERE fired_at IS NULL AND done_at IS NULL;
";

/// Brings the database to [`VERSION`]. Two skydial processes may open it at
/// once: the upgrade takes the write lock first and looks again.
pub(super) fn migrate(conn: &Connection) -> rusqlite::Result<()> {
    if version(conn)? >= VERSION {
        return Ok(());
    }
    let tx = Transaction::new_unchecked(conn, TransactionBehavior::Immediate)?;
    let from = version(&tx)?;
    if from < 1 {
        tx.execute_batch(TO_1)?;
        backfill_1(&tx, super::now_ms())?;
    }
    tx.pragma_update(None, "user_version", VERSION)?;
    tx.commit()
}

fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// What happened to a number, in time order, replayed into the missed list.
enum Happened {
    Missed { row: i64, seen: bool },
    Reached,
}

/// Gives every call its number's key and builds the missed-calls list from
/// the calls already there: missed calls from one number since it was last
/// reached are one entry; an entry whose calls were all marked seen before
/// the upgrade counts as done.
fn backfill_1(tx: &Transaction<'_>, now: i64) -> rusqlite::Result<()> {
    struct Row {
        row: i64,
        user: String,
        call_id: String,
        number: String,
        name: Option<String>,
        answered_at: Option<i64>,
        ended_at: Option<i64>,
        started_at: i64,
        missed: bool,
        seen: bool,
    }
    let rows: Vec<Row> = {
        let mut stmt = tx.prepare(
            "SELECT row, user, call_id, number, name, answered_at, ended_at, started_at, missed, seen FROM calls",
        )?;
        stmt.query_map([], |r| {
            Ok(Row {
                row: r.get(0)?,
                user: r.get(1)?,
                call_id: r.get(2)?,
                number: r.get(3)?,
                name: r.get(4)?,
                answered_at: r.get(5)?,
                ended_at: r.get(6)?,
                started_at: r.get(7)?,
                missed: r.get(8)?,
                seen: r.get(9)?,
            })
        })?
        .collect::<Result<_, _>>()?
    };
    let mut events: Vec<(i64, usize, Happened)> = Vec::new();
    {
        let mut set_key = tx.prepare("UPDATE calls SET match_key = ?2 WHERE row = ?1")?;
        for (i, r) in rows.iter().enumerate() {
            set_key.execute(params![r.row, super::number_key(&r.number)])?;
            if let Some(at) = r.answered_at {
                events.push((at, i, Happened::Reached));
            }
            if r.missed {
                let at = r.ended_at.unwrap_or(r.started_at);
                events.push((
                    at,
                    i,
                    Happened::Missed {
                        row: r.row,
                        seen: r.seen,
                    },
                ));
            }
        }
    }
    events.sort_by_key(|(at, i, _)| (*at, *i));
    // Entries still open, by key: whether every call in them was seen.
    let mut all_seen: HashMap<String, (i64, bool)> = HashMap::new();
    let mut set_entry = tx.prepare("UPDATE calls SET entry = ?2 WHERE row = ?1")?;
    for (at, i, happened) in events {
        let r = &rows[i];
        let key = super::number_key(&r.number);
        match happened {
            Happened::Reached => {
                missed::resolve_key(tx, &key, "call", Some(&r.call_id), at)?;
                all_seen.remove(&key);
            }
            Happened::Missed { row, seen } => {
                let (entry, _) = missed::add(
                    tx,
                    &key,
                    &r.user,
                    &r.number,
                    r.name.as_deref(),
                    &r.call_id,
                    at,
                )?;
                set_entry.execute(params![row, entry])?;
                let slot = all_seen.entry(key).or_insert((entry, true));
                slot.1 &= seen;
            }
        }
    }
    for (key, (_, seen)) in all_seen {
        if seen {
            missed::resolve_key(tx, &key, "seen", None, now)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{History, now_ms};
    use rusqlite::{Connection, params};

    /// A call as version 0 stored it: id, number, name, direction, start,
    /// answered, missed, seen.
    type OldCall<'a> = (
        &'a str,
        &'a str,
        Option<&'a str>,
        &'a str,
        i64,
        Option<i64>,
        bool,
        bool,
    );

    /// Writes a database as skydial before version 1 did.
    #[expect(
        clippy::too_many_lines,
        reason = "one row a line, as the old schema held them"
    )]
    fn write_old_database(path: &std::path::Path, now: i64) {
        let conn = Connection::open(path).unwrap();
        conn.execute_batch(super::super::SCHEMA).unwrap();
        let mut insert = conn
            .prepare(
                "INSERT INTO calls (user, call_id, number, name, direction, started_at, answered_at, ended_at, state, missed, seen)
                 VALUES ('u', ?1, ?2, ?3, ?4, ?5, ?6, ?7, 'DELETED', ?8, ?9)",
            )
            .unwrap();
        let min = 60_000;
        let calls: [OldCall<'_>; 7] = [
            // Missed twice, unseen, never called back: one open entry of 2.
            (
                "1",
                "6465557001",
                Some("Ada"),
                "in",
                now - 50 * min,
                None,
                true,
                false,
            ),
            (
                "2",
                "+1 646 555 7001",
                Some("Ada"),
                "in",
                now - 40 * min,
                None,
                true,
                false,
            ),
            // Missed, then reached by a call back (written another way).
            (
                "3",
                "2125550142",
                None,
                "in",
                now - 30 * min,
                None,
                true,
                false,
            ),
            (
                "4",
                "12125550142",
                None,
                "out",
                now - 20 * min,
                Some(now - 19 * min),
                false,
                true,
            ),
            // Missed and marked seen: done.
            (
                "5",
                "7185550100",
                None,
                "in",
                now - 10 * min,
                None,
                true,
                true,
            ),
            // Answered calls: no entry.
            (
                "6",
                "3105550199",
                None,
                "in",
                now - 5 * min,
                Some(now - 5 * min),
                false,
                true,
            ),
            (
                "7",
                "3105550199",
                None,
                "out",
                now - 4 * min,
                None,
                false,
                true,
            ),
        ];
        for (id, number, name, dir, start, answered, missed, seen) in calls {
            insert
                .execute(params![
                    id,
                    number,
                    name,
                    dir,
                    start,
                    answered,
                    start + min,
                    missed,
                    seen
                ])
                .unwrap();
        }
        conn.execute(
            "INSERT INTO contacts (name, number, match_key) VALUES ('Ada', '6465557001', '6465557001')",
            [],
        )
        .unwrap();
    }

    /// A database as skydial before version 1 wrote it: every row survives the
    /// upgrade, and its missed calls become entries (resolved where the number
    /// was reached later, or where every call was marked seen).
    #[test]
    fn an_old_database_keeps_every_row_and_gets_its_missed_list() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        write_old_database(&path, now_ms());
        let h = History::open(&path).unwrap();
        let rows = h.recent(100, false).unwrap();
        assert_eq!(rows.len(), 7, "every call kept");
        assert_eq!(
            h.lookup_name("646 555 7001")
                .unwrap()
                .map(|c| c.name)
                .as_deref(),
            Some("Ada")
        );
        let entries = h.missed_entries(true, 100).unwrap();
        assert_eq!(entries.len(), 3, "{entries:?}");
        let open: Vec<_> = entries.iter().filter(|e| e.resolved_at.is_none()).collect();
        assert_eq!(open.len(), 1);
        assert_eq!((open[0].count, open[0].name.as_deref()), (2, Some("Ada")));
        assert_eq!(h.open_missed().unwrap(), 1);
        let by_number = |n: &str| entries.iter().find(|e| e.number == n).unwrap();
        assert_eq!(by_number("2125550142").resolved_by.as_deref(), Some("call"));
        assert_eq!(by_number("7185550100").resolved_by.as_deref(), Some("seen"));
        let call = |id: &str| rows.iter().find(|r| r.call_id == id).unwrap();
        assert!(!call("1").resolved && call("3").resolved && call("5").resolved);
        // Opening again changes nothing.
        drop(h);
        let h = History::open(&path).unwrap();
        assert_eq!(h.missed_entries(true, 100).unwrap(), entries);
    }
}
