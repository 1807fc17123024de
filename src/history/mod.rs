//! The call history and the contacts, in one SQLite database in the user's
//! data directory. Every call is written as it happens (WAL journal): a crash
//! of skydial loses nothing already seen.
//!
//! Beside the calls: missed calls as a to-do list ([`missed`]), notes on
//! calls ([`notes`]), reminders to call back ([`reminders`]) and the export
//! of calls as CSV or JSON ([`export`]). [`schema`] upgrades a database
//! written by an older skydial in place, keeping every row.

pub mod export;
pub mod missed;
pub mod notes;
pub mod people;
pub mod reminders;
mod schema;

pub use missed::MissedEntry;
pub use reminders::Reminder;

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

/// Call-history writes (the engine's, a ringing call's among them) waiting
/// for the database's write lock or writing, in this process. A directory
/// sync writes transaction after transaction; SQLite's busy handler only
/// retries after sleeps of up to 100 ms, so a call write would rarely find
/// the lock free between two of them (it waited a second and more during
/// a first sync of 100,000 entries). The index's writes give way instead:
/// before each of its transactions it waits while a call write waits.
static CALL_WRITES: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The longest an index transaction gives way to call writes: past it, it
/// takes its turn at the lock as SQLite decides (never stuck behind a
/// process that writes calls without pause).
const GIVE_WAY_MAX: Duration = Duration::from_secs(2);

/// Counts a call write in [`CALL_WRITES`] while it lives.
struct CallWrite;

impl CallWrite {
    fn start() -> Self {
        CALL_WRITES.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        Self
    }
}

impl Drop for CallWrite {
    fn drop(&mut self) {
        CALL_WRITES.fetch_sub(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// Waits (on the thread writing the index, never an async one) while a
/// call write waits for the lock or writes, up to [`GIVE_WAY_MAX`].
fn give_way() {
    let start = std::time::Instant::now();
    while CALL_WRITES.load(std::sync::atomic::Ordering::SeqCst) > 0
        && start.elapsed() < GIVE_WAY_MAX
    {
        std::thread::sleep(Duration::from_micros(500));
    }
}
/// A call id seen ended this recently is the same call (written by another
/// skydial process), not a new one.
const SAME_CALL_WINDOW_MS: i64 = 15 * 60 * 1000;

pub use crate::files::data_dir;

pub fn default_path() -> Option<PathBuf> {
    data_dir().map(|d| d.join(FILE_NAME))
}

/// Shown in the user's language (`Display`).
#[derive(Debug, Clone, thiserror::Error)]
pub enum HistoryError {
    #[error("{}", crate::t!("history-damaged", path = path, detail = detail))]
    Corrupt { path: String, detail: String },
    #[error("{}", crate::t!("history-locked", path = path))]
    Locked { path: String },
    #[error("{}", crate::t!("history-disk-full", path = path))]
    DiskFull { path: String },
    #[error("{}", crate::t!("history-other", path = path, detail = detail))]
    Other { path: String, detail: String },
    #[error("{}", crate::t!("history-no-data-dir"))]
    NoDataDir,
    /// What was asked cannot be stored as it is (the words say why and what to do).
    #[error("{0}")]
    Refused(String),
}

pub(crate) fn classify(path: &Path, err: rusqlite::Error) -> HistoryError {
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
    /// A missed call whose entry in the missed-calls list is resolved (the
    /// number was reached later, or it was marked done).
    pub resolved: bool,
    /// The user's note on the call.
    pub note: Option<String>,
    /// Why the rules did what they did with the call when it rang
    /// (`ignored: spam list`), if they did anything.
    pub reason: Option<String>,
}

/// The columns [`entry_from_row`] reads, from `calls` joined with `missed`.
pub(crate) const ENTRY_COLUMNS: &str =
    "calls.row, calls.call_id, calls.number, calls.name, calls.clid, calls.direction,
    calls.started_at, calls.answered_at, calls.ended_at, calls.state, calls.missed, calls.seen,
    missed.resolved_at IS NOT NULL, calls.note, calls.reason
    FROM calls LEFT JOIN missed ON missed.row = calls.entry";

pub(crate) fn entry_from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<HistoryEntry> {
    let missed: bool = r.get(10)?;
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
        missed,
        seen: r.get(11)?,
        resolved: missed && r.get::<_, bool>(12)?,
        note: r.get(13)?,
        reason: r.get(14)?,
    })
}

/// The key a number is matched by (the same number however written:
/// `6465557001`, `16465557001`, `+1 646 555 7001`); a number too short to
/// match ("anonymous", an extension) is its own key.
pub fn number_key(number: &str) -> String {
    match_key(number).unwrap_or_else(|| format!("={}", number.trim()))
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
            // Every statement of a call's path stays prepared (the default
            // 16 is fewer than the path uses: they would be parsed again
            // and again).
            conn.set_prepared_statement_cache_capacity(64);
            // WAL with NORMAL sync: every commit survives a crash of skydial.
            conn.pragma_update(None, "journal_mode", "WAL")?;
            conn.pragma_update(None, "synchronous", "NORMAL")?;
            // The page cache stays in memory while skydial sits in the tray:
            // 256 KiB, not SQLite's 2 MiB (the system caches the file anyway).
            conn.pragma_update(None, "cache_size", -256)?;
            conn.execute_batch(SCHEMA)?;
            schema::migrate(&conn)?;

            // The people callers are named after: contacts and directories.
            conn.execute_batch(people::SCHEMA)?;
            Ok(())
        };
        setup().map_err(|e| classify(path, e))?;
        let mut conn = conn;
        people::migrate(&mut conn).map_err(|e| classify(path, e))?;
        let history = Self {
            conn,
            path: path.to_path_buf(),
            commits_since_prune: 0,
            max_rows,
        };
        if let Err(e) = history.prune(now_ms()) {
            tracing::warn!(
                "could not prune the call history: {}",
                crate::i18n::English(&e)
            );
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
        // The missed-calls list and the reminders keep what is open; what
        // was settled goes with the calls of its time.
        self.conn
            .execute(
                "DELETE FROM missed WHERE last_at < ?1 AND resolved_at < ?1",
                [cutoff],
            )
            .map_err(|e| self.err(e))?;
        self.conn
            .execute(
                "DELETE FROM reminders WHERE coalesce(fired_at, done_at) < ?1",
                [cutoff],
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
        // The index's writes give way until this one is done.
        let _call = CallWrite::start();
        // IMMEDIATE: the write lock is taken before anything is read, so two
        // processes recording the same call never both find it missing.
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let mut batch = Batch {
            tx: &tx,
            path: &path,
            resolved: Vec::new(),
            opened: 0,
            missed: Vec::new(),
        };
        let out = f(&mut batch)?;
        tx.commit().map_err(|e| classify(&path, e))?;
        self.commits_since_prune += 1;
        if self.commits_since_prune >= PRUNE_EVERY {
            self.commits_since_prune = 0;
            if let Err(e) = self.prune(now_ms()) {
                tracing::warn!(
                    "could not prune the call history: {}",
                    crate::i18n::English(&e)
                );
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
            "SELECT {ENTRY_COLUMNS} {} ORDER BY calls.started_at DESC, calls.row DESC LIMIT ?1",
            if only_missed {
                "WHERE calls.missed = 1"
            } else {
                ""
            }
        );
        let mut stmt = self.conn.prepare_cached(&sql).map_err(|e| self.err(e))?;
        let rows = stmt
            .query_map(params![limit as i64], entry_from_row)
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

    /// Adds contacts; returns how many numbers were new.
    pub fn import_contacts(&mut self, contacts: &[Contact]) -> Result<usize, HistoryError> {
        self.with_transaction(|tx| people::import_contacts(tx, contacts))
    }

    /// Who a number belongs to (the user's contacts, then the synced
    /// directories: see `directory::index`), and where the name came from.
    /// An indexed read: the network is never asked while a call rings.
    pub fn lookup_name(&self, number: &str) -> Result<Option<people::Caller>, HistoryError> {
        people::lookup(&self.conn, number).map_err(|e| self.err(e))
    }

    /// Contacts and directory entries matching `query` (words of the name or
    /// company, runs of digits), one row per number, contacts first.
    pub fn search_contacts(&self, query: &str, limit: usize) -> Result<Vec<Contact>, HistoryError> {
        let people = people::search(&self.conn, query, limit).map_err(|e| self.err(e))?;
        Ok(people
            .into_iter()
            .flat_map(|p| {
                let name = p.name;
                p.numbers.into_iter().map(move |n| Contact {
                    name: name.clone(),
                    number: n.number,
                })
            })
            .take(limit)
            .collect())
    }

    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one IMMEDIATE transaction (for the directory index),
    /// after giving way to call writes waiting for the lock.
    pub(crate) fn with_transaction<T>(
        &mut self,
        f: impl FnOnce(&rusqlite::Transaction<'_>) -> rusqlite::Result<T>,
    ) -> Result<T, HistoryError> {
        give_way();
        let path = self.path.clone();
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|e| classify(&path, e))?;
        let out = f(&tx).map_err(|e| classify(&path, e))?;
        tx.commit().map_err(|e| classify(&path, e))?;
        Ok(out)
    }
}

/// Writes inside one transaction.
pub struct Batch<'a> {
    tx: &'a rusqlite::Transaction<'a>,
    path: &'a Path,
    /// Missed-call entries resolved in this transaction by a call that connected.
    resolved: Vec<i64>,
    /// Missed-call entries this transaction opened.
    opened: u64,
    /// The calls that ended missed in this transaction, each with the
    /// entry of the missed-calls list it joined.
    missed: Vec<(String, i64)>,
}

impl Batch<'_> {
    /// The missed-call entries resolved so far in this transaction (a call
    /// with their number connected).
    pub fn resolved(&self) -> &[i64] {
        &self.resolved
    }

    /// The calls that ended missed so far in this transaction (by call id),
    /// each with its entry in the missed-calls list (a call ignored as spam
    /// joins none, and is not here).
    pub fn missed(&self) -> &[(String, i64)] {
        &self.missed
    }

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
        &mut self,
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
                "INSERT INTO calls (user, call_id, number, name, clid, direction, started_at, answered_at, state, match_key)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
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
            call.state.as_str(),
            number_key(&call.ani),
        ])
        .map_err(|e| self.err(e))?;
        if answered.is_some() {
            self.resolve_by_call(&call.ani, call.id.as_str(), now)?;
        }
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
                if matches!(call.state, CallState::Connected | CallState::Holding) {
                    // The number was reached: its missed calls are dealt with.
                    self.resolve_by_call(&call.ani, call.id.as_str(), now)?;
                }
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
        let entry = if missed {
            self.add_missed(row, user, call, name, now)?
        } else {
            None
        };
        let mut stmt = self
            .tx
            .prepare_cached("UPDATE calls SET state = 'DELETED', ended_at = ?2, missed = ?3, seen = ?4, entry = ?5 WHERE row = ?1")
            .map_err(|e| self.err(e))?;
        stmt.execute(params![row, now, missed, !missed, entry])
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
