//! The call history and the contacts, in one SQLite database in the user's
//! data directory. Every call is written as it happens (WAL journal): a crash
//! of skydial loses nothing already seen.

use crate::contacts::{Contact, match_key};
use crate::protocol::{Call, CallState};
use rusqlite::{Connection, OpenFlags, OptionalExtension, params};
use serde::Serialize;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The database file's name in the data directory.
pub const FILE_NAME: &str = "history.sqlite3";

/// What the history keeps: the newest 20,000 calls, none older than 400
/// days (pruned when opened and every few hundred writes).
pub const MAX_HISTORY_ROWS: i64 = 20_000;
pub const MAX_HISTORY_DAYS: i64 = 400;
/// Commits between prunes.
const PRUNE_EVERY: u32 = 500;
/// A call id seen ended this recently is the same call (written by another
/// skydial process), not a new one.
const SAME_CALL_WINDOW_MS: i64 = 15 * 60 * 1000;

/// The data directory: `SKYDIAL_DATA_DIR`, else the platform's
/// (`~/.local/share/skydial` on Linux).
pub fn data_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("SKYDIAL_DATA_DIR").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "skydial").map(|d| d.data_dir().to_path_buf())
}

pub fn default_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join(FILE_NAME))
}

#[derive(Debug, Clone, thiserror::Error)]
pub enum HistoryError {
    #[error(
        "the history database {path} is damaged ({detail}); move it aside and skydial will start a new one"
    )]
    Corrupt { path: String, detail: String },
    #[error(
        "the history database {path} is locked by another program; close it (or the other skydial) and try again"
    )]
    Locked { path: String },
    #[error("the disk holding {path} is full; free some space so history can be saved")]
    DiskFull { path: String },
    #[error("cannot use the history database {path}: {detail}")]
    Other { path: String, detail: String },
    #[error("no data directory is known for this user; set SKYDIAL_DATA_DIR")]
    NoDataDir,
}

fn classify(path: &Path, err: rusqlite::Error) -> HistoryError {
    use rusqlite::ErrorCode;
    let path = path.display().to_string();
    let code = match &err {
        rusqlite::Error::SqliteFailure(e, _) => Some(e.code),
        _ => None,
    };
    match code {
        Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) => HistoryError::Corrupt {
            path,
            detail: err.to_string(),
        },
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => HistoryError::Locked { path },
        Some(ErrorCode::DiskFull) => HistoryError::DiskFull { path },
        _ => HistoryError::Other {
            path,
            detail: err.to_string(),
        },
    }
}

/// Milliseconds since the Unix epoch.
pub fn now_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// One call in the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    /// Row id, for marking as seen.
    pub row: i64,
    pub call_id: String,
    pub number: String,
    pub name: Option<String>,
    pub clid: Option<String>,
    /// `in` or `out`.
    pub direction: String,
    /// Unix milliseconds.
    pub started_at: i64,
    pub answered_at: Option<i64>,
    pub ended_at: Option<i64>,
    /// The last state seen (`DELETED` once ended).
    pub state: String,
    pub missed: bool,
    pub seen: bool,
}

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS calls (
    row         INTEGER PRIMARY KEY,
    user        TEXT NOT NULL,
    call_id     TEXT NOT NULL,
    number      TEXT NOT NULL,
    name        TEXT,
    clid        TEXT,
    direction   TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    started_at  INTEGER NOT NULL,
    answered_at INTEGER,
    ended_at    INTEGER,
    state       TEXT NOT NULL,
    missed      INTEGER NOT NULL DEFAULT 0,
    seen        INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS calls_open ON calls (user, call_id) WHERE ended_at IS NULL;
CREATE INDEX IF NOT EXISTS calls_started ON calls (started_at);
CREATE INDEX IF NOT EXISTS calls_ended ON calls (user, call_id, ended_at) WHERE ended_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS calls_unseen ON calls (missed) WHERE missed = 1 AND seen = 0;
CREATE TABLE IF NOT EXISTS contacts (
    row       INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    number    TEXT NOT NULL,
    match_key TEXT NOT NULL,
    UNIQUE (match_key, name)
);
CREATE INDEX IF NOT EXISTS contacts_key ON contacts (match_key);
";

/// The history database.
pub struct History {
    conn: Connection,
    path: PathBuf,
    commits_since_prune: u32,
    max_rows: i64,
}

impl History {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        Self::open_keeping(path, MAX_HISTORY_ROWS)
    }

    /// Opens it keeping at most `max_rows` calls (the default is
    /// [`MAX_HISTORY_ROWS`]; a soak test keeps more).
    pub fn open_keeping(path: &Path, max_rows: i64) -> Result<Self, HistoryError> {
        // Private from the start (0600 in a 0700 directory): SQLite gives its
        // -wal and -shm files the database's permissions.
        crate::files::private_file(path).map_err(|e| HistoryError::Other {
            path: path.display().to_string(),
            detail: e.to_string(),
        })?;
        for side in ["-wal", "-shm"] {
            let mut name = path.as_os_str().to_owned();
            name.push(side);
            let _ = crate::files::restrict(Path::new(&name), 0o600);
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(|e| classify(path, e))?;
        let setup = || -> rusqlite::Result<()> {
            // Another skydial (the app and `skydial watch`) may be writing:
            // wait for it rather than fail.
            conn.busy_timeout(Duration::from_secs(5))?;
            // WAL with NORMAL sync: every commit survives a crash of skydial.
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            // The page cache stays in memory while skydial sits in the tray:
            // 256 KiB, not SQLite's 2 MiB (the system caches the file anyway).
            conn.pragma_update(None, "cache_size", -256)?;
            conn.execute_batch(SCHEMA)?;
            Ok(())
        };
        setup().map_err(|e| classify(path, e))?;
        let history = Self {
            conn,
            path: path.to_path_buf(),
            commits_since_prune: 0,
            max_rows,
        };
        if let Err(e) = history.prune(now_ms()) {
            tracing::warn!("could not prune the call history: {e}");
        }
        Ok(history)
    }

    /// Deletes calls past the retention limits; returns how many went.
    pub fn prune(&self, now_ms: i64) -> Result<usize, HistoryError> {
        let cutoff = now_ms.saturating_sub(MAX_HISTORY_DAYS * 24 * 3600 * 1000);
        let old = self
            .conn
            .execute("DELETE FROM calls WHERE started_at < ?1", [cutoff])
            .map_err(|e| self.err(e))?;
        let over = self
            .conn
            .execute(
                "DELETE FROM calls WHERE row IN (SELECT row FROM calls ORDER BY started_at DESC, row DESC LIMIT -1 OFFSET ?1)",
                [self.max_rows],
            )
            .map_err(|e| self.err(e))?;
        Ok(old + over)
    }

    /// Opens the database in the default place.
    pub fn open_default() -> Result<Self, HistoryError> {
        let path = default_path().ok_or(HistoryError::NoDataDir)?;
        Self::open(&path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn err(&self, e: rusqlite::Error) -> HistoryError {
        classify(&self.path, e)
    }

    /// Runs `f` in one transaction (one commit for a burst of events).
    pub fn batch<T>(
        &mut self,
        f: impl FnOnce(&mut Batch<'_>) -> Result<T, HistoryError>,
    ) -> Result<T, HistoryError> {
        let path = self.path.clone();
        // IMMEDIATE: the write lock is taken before anything is read, so two
        // processes recording the same call never both find it missing.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let mut batch = Batch {
            tx: &tx,
            path: &path,
        };
        let out = f(&mut batch)?;
        tx.commit().map_err(|e| classify(&path, e))?;
        self.commits_since_prune += 1;
        if self.commits_since_prune >= PRUNE_EVERY {
            self.commits_since_prune = 0;
            if let Err(e) = self.prune(now_ms()) {
                tracing::warn!("could not prune the call history: {e}");
            }
        }
        Ok(out)
    }

    /// The most recent calls, newest first.
    pub fn recent(
        &self,
        limit: usize,
        only_missed: bool,
    ) -> Result<Vec<HistoryEntry>, HistoryError> {
        let sql = format!(
            "SELECT row, call_id, number, name, clid, direction, started_at, answered_at, ended_at, state, missed, seen
             FROM calls {} ORDER BY started_at DESC, row DESC LIMIT ?1",
            if only_missed { "WHERE missed = 1" } else { "" }
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![limit as i64], |r| {
                Ok(HistoryEntry {
                    row: r.get(0)?,
                    call_id: r.get(1)?,
                    number: r.get(2)?,
                    name: r.get(3)?,
                    clid: r.get(4)?,
                    direction: r.get(5)?,
                    started_at: r.get(6)?,
                    answered_at: r.get(7)?,
                    ended_at: r.get(8)?,
                    state: r.get(9)?,
                    missed: r.get(10)?,
                    seen: r.get(11)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }

    /// How many missed calls are not yet seen.
    pub fn unseen_missed(&self) -> Result<u64, HistoryError> {
        self.conn
            .query_row(
                "SELECT count(*) FROM calls WHERE missed = 1 AND seen = 0",
                [],
                |r| r.get(0),
            )
            .map_err(|e| self.err(e))
    }

    /// Marks missed calls as seen: one row, or all of them.
    pub fn mark_seen(&self, row: Option<i64>) -> Result<usize, HistoryError> {
        let n = match row {
            Some(row) => self.conn.execute(
                "UPDATE calls SET seen = 1 WHERE row = ?1 AND seen = 0",
                [row],
            ),
            None => self
                .conn
                .execute("UPDATE calls SET seen = 1 WHERE seen = 0", []),
        };
        n.map_err(|e| self.err(e))
    }

    /// Adds contacts; returns how many were new.
    pub fn import_contacts(&mut self, contacts: &[Contact]) -> Result<usize, HistoryError> {
        self.batch(|b| {
            let mut added = 0;
            for c in contacts {
                let Some(key) = match_key(&c.number) else { continue };
                added += b
                    .tx
                    .execute(
                        "INSERT OR IGNORE INTO contacts (name, number, match_key) VALUES (?1, ?2, ?3)",
                        params![c.name, c.number, key],
                    )
                    .map_err(|e| classify(b.path, e))?;
            }
            Ok(added)
        })
    }

    /// The name for a number, if a contact has it.
    pub fn lookup_name(&self, number: &str) -> Result<Option<String>, HistoryError> {
        let Some(key) = match_key(number) else {
            return Ok(None);
        };
        let mut stmt = self
            .conn
            .prepare_cached("SELECT name FROM contacts WHERE match_key = ?1 ORDER BY row LIMIT 1")
            .map_err(|e| self.err(e))?;
        stmt.query_row([key], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    /// Contacts whose name or number contains `query` (case-insensitive), by name.
    pub fn search_contacts(&self, query: &str, limit: usize) -> Result<Vec<Contact>, HistoryError> {
        let pattern = format!("%{}%", query.trim().replace(['%', '_'], ""));
        let digits: String = query.chars().filter(char::is_ascii_digit).collect();
        let digit_pattern = if digits.is_empty() {
            "\u{0}".to_string()
        } else {
            format!("%{digits}%")
        };
        let mut stmt = self
            .conn
            .prepare_cached(
                "SELECT name, number FROM contacts WHERE name LIKE ?1 OR match_key LIKE ?2 ORDER BY name, row LIMIT ?3",
            )
            .map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![pattern, digit_pattern, limit as i64], |r| {
                Ok(Contact {
                    name: r.get(0)?,
                    number: r.get(1)?,
                })
            })
            .map_err(|e| self.err(e))?;
        rows.collect::<Result<Vec<_>, _>>().map_err(|e| self.err(e))
    }
}

/// Writes inside one transaction.
pub struct Batch<'a> {
    tx: &'a rusqlite::Transaction<'a>,
    path: &'a Path,
}

impl Batch<'_> {
    fn err(&self, e: rusqlite::Error) -> HistoryError {
        classify(self.path, e)
    }

    fn open_row(&self, user: &str, call_id: &str) -> Result<Option<i64>, HistoryError> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT row FROM calls WHERE user = ?1 AND call_id = ?2 AND ended_at IS NULL ORDER BY row DESC LIMIT 1")
            .map_err(|e| self.err(e))?;
        stmt.query_row(params![user, call_id], |r| r.get(0))
            .optional()
            .map_err(|e| self.err(e))
    }

    /// The same call already ended by another skydial (the app and `skydial
    /// watch` both record): its (missed, seen), if it ended within
    /// [`SAME_CALL_WINDOW_MS`].
    fn ended_elsewhere(
        &self,
        user: &str,
        call_id: &str,
        now: i64,
    ) -> Result<Option<(bool, bool)>, HistoryError> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT missed, seen FROM calls WHERE user = ?1 AND call_id = ?2 AND ended_at >= ?3 ORDER BY row DESC LIMIT 1")
            .map_err(|e| self.err(e))?;
        stmt.query_row(
            params![user, call_id, now.saturating_sub(SAME_CALL_WINDOW_MS)],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .map_err(|e| self.err(e))
    }

    fn insert(
        &self,
        user: &str,
        call: &Call,
        name: Option<&str>,
        now: i64,
    ) -> Result<i64, HistoryError> {
        // A hostile duration must not overflow: clamp it.
        let duration_ms = i64::try_from(call.duration)
            .unwrap_or(i64::MAX)
            .saturating_mul(1000);
        let started = now.saturating_sub(duration_ms);
        let answered =
            matches!(call.state, CallState::Connected | CallState::Holding).then_some(now);
        let mut stmt = self
            .tx
            .prepare_cached(
                "INSERT INTO calls (user, call_id, number, name, clid, direction, started_at, answered_at, state)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            )
            .map_err(|e| self.err(e))?;
        stmt.execute(params![
            user,
            call.id.as_str(),
            call.ani,
            name,
            call.clid,
            if call.originated { "out" } else { "in" },
            started,
            answered,
            call.state.as_str()
        ])
        .map_err(|e| self.err(e))?;
        Ok(self.tx.last_insert_rowid())
    }

    /// A call appeared (or changed state): insert it or update its state.
    pub fn record(
        &mut self,
        user: &str,
        call: &Call,
        name: Option<&str>,
        now: i64,
    ) -> Result<(), HistoryError> {
        match self.open_row(user, call.id.as_str())? {
            // Already over, written by another skydial: nothing more to say.
            None if self.ended_elsewhere(user, call.id.as_str(), now)?.is_some() => {}
            None => {
                self.insert(user, call, name, now)?;
            }
            Some(row) => {
                let mut stmt = self
                    .tx
                    .prepare_cached(
                        "UPDATE calls SET state = ?2,
                            answered_at = CASE WHEN answered_at IS NULL AND ?2 IN ('CONNECTED', 'HOLDING') THEN ?3 ELSE answered_at END
                         WHERE row = ?1",
                    )
                    .map_err(|e| self.err(e))?;
                stmt.execute(params![row, call.state.as_str(), now])
                    .map_err(|e| self.err(e))?;
            }
        }
        Ok(())
    }

    /// A call ended. `missed`: inbound and never connected; missed calls stay
    /// unseen. Returns whether the call is an unseen missed call, once per
    /// process that records it (each keeps its count without scanning the
    /// table); a call another skydial already ended is not written again.
    pub fn end(
        &mut self,
        user: &str,
        call: &Call,
        name: Option<&str>,
        missed: bool,
        now: i64,
    ) -> Result<bool, HistoryError> {
        let row = match self.open_row(user, call.id.as_str())? {
            Some(row) => row,
            None => {
                if let Some((missed, seen)) = self.ended_elsewhere(user, call.id.as_str(), now)? {
                    return Ok(missed && !seen);
                }
                self.insert(user, call, name, now)?
            }
        };
        let mut stmt = self
            .tx
            .prepare_cached("UPDATE calls SET state = 'DELETED', ended_at = ?2, missed = ?3, seen = ?4 WHERE row = ?1")
            .map_err(|e| self.err(e))?;
        stmt.execute(params![row, now, missed, !missed])
            .map_err(|e| self.err(e))?;
        Ok(missed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{CallId, CallState};

    fn call(id: usize) -> Call {
        Call {
            id: CallId::new(id.to_string()),
            state: CallState::Deleted,
            ani: "2125550142".into(),
            clid: None,
            did: "6465551000".into(),
            duration: 0,
            endpoint: String::new(),
            originated: true,
        }
    }

    #[test]
    fn the_history_keeps_the_newest_calls_within_the_limits() {
        let dir = tempfile::tempdir().unwrap();
        let mut h = History::open(&dir.path().join("h.sqlite3")).unwrap();
        let now = now_ms();
        let day = 24 * 3600 * 1000;
        h.batch(|b| {
            // Two calls from long ago, then more than the row limit.
            b.end(
                "u",
                &call(0),
                None,
                false,
                now - (MAX_HISTORY_DAYS + 5) * day,
            )?;
            b.end(
                "u",
                &call(1),
                None,
                false,
                now - (MAX_HISTORY_DAYS + 1) * day,
            )?;
            for i in 0..(MAX_HISTORY_ROWS as usize + 100) {
                b.end("u", &call(i + 2), None, false, now - day + i as i64)?;
            }
            Ok(())
        })
        .unwrap();
        assert_eq!(h.prune(now).unwrap(), 102);
        let kept = h.recent(usize::MAX >> 1, false).unwrap();
        assert_eq!(kept.len(), MAX_HISTORY_ROWS as usize);
        assert_eq!(
            kept[0].call_id,
            (MAX_HISTORY_ROWS as usize + 101).to_string()
        );
        assert_eq!(kept.last().unwrap().call_id, "102");
    }

    /// The app and `skydial watch` (two processes, two connections) record
    /// the same calls at the same time: each call is one row, and each
    /// counts a missed call once.
    #[test]
    fn two_writers_never_lose_or_double_a_call() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        drop(History::open(&path).unwrap());
        const CALLS: usize = 200;
        let writer = |path: std::path::PathBuf| {
            std::thread::spawn(move || {
                let mut h = History::open(&path).unwrap();
                let mut counted = 0;
                for i in 0..CALLS {
                    let mut ringing = call(i);
                    ringing.state = CallState::Ringing;
                    ringing.originated = false;
                    let now = now_ms();
                    h.batch(|b| b.record("u", &ringing, None, now)).unwrap();
                    let missed = i % 2 == 0;
                    counted += u64::from(
                        h.batch(|b| b.end("u", &ringing, None, missed, now_ms()))
                            .unwrap(),
                    );
                    // A late state for a call the other writer ended adds nothing.
                    h.batch(|b| b.record("u", &ringing, None, now_ms()))
                        .unwrap();
                }
                counted
            })
        };
        let a = writer(path.clone());
        let b = writer(path.clone());
        let (a, b) = (a.join().unwrap(), b.join().unwrap());
        assert_eq!(
            (a, b),
            (CALLS as u64 / 2, CALLS as u64 / 2),
            "each counts every missed call once"
        );
        let h = History::open(&path).unwrap();
        let rows = h.recent(10 * CALLS, false).unwrap();
        assert_eq!(rows.len(), CALLS, "one row per call");
        assert!(
            rows.iter()
                .all(|r| r.ended_at.is_some() && r.state == "DELETED")
        );
        assert_eq!(h.unseen_missed().unwrap(), CALLS as u64 / 2);
    }
}
