//! The local index of people: the user's own contacts and every synced
//! directory, in the history database (`history.sqlite3`), so that a ringing
//! call is named by an indexed read and never waits for the network.
//!
//! - `people`: one row per person (a contact, a directory entry, a card),
//!   with `source` 0 for the user's contacts, else the directory's row id.
//! - `people_numbers`: their numbers, each with its kind and the key that
//!   matches any layout of it (`contacts::match_key`); an extension is kept
//!   apart (`6465551234 x22` is the line `6465551234`, shared).
//! - `people_text` (FTS5, word prefixes) and `people_digits` (FTS5 trigrams,
//!   any run of digits) for type-ahead; triggers keep them in step.
//! - `directories`: each synced directory's state: when it last synced, why
//!   the last try failed, its sync tokens.
//!
//! Entries leave the index only when a complete listing no longer has them
//! (a generation number marks what each sync saw) or when a CardDAV server
//! reports them deleted: a failed or partial sync removes nothing.

mod find;
pub mod text;
mod write;

use find::*;
pub(crate) use find::{lookup, search};
pub(crate) use write::import_contacts;
use write::*;

use crate::contacts::{Contact, match_key, split_extension};
use crate::history::{History, HistoryError, now_ms};
use rusqlite::{Connection, OptionalExtension, Transaction, params};
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;
use std::path::Path;
use text::clean_text;

/// The name shown for the user's own contacts as a source (a directory may
/// not take it).
pub const CONTACTS_SOURCE: &str = "contacts";
/// Characters kept of a name, company, department or title.
pub const MAX_TEXT_CHARS: usize = 256;
/// Numbers kept per entry.
pub const MAX_NUMBERS: usize = 32;

pub(crate) const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS directories (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL UNIQUE,
    synced_at INTEGER,
    tried_at  INTEGER,
    error     TEXT,
    state     TEXT,
    gen       INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS people (
    id         INTEGER PRIMARY KEY,
    source     INTEGER NOT NULL,
    uid        TEXT NOT NULL,
    book       TEXT NOT NULL DEFAULT '',
    etag       TEXT,
    name       TEXT NOT NULL,
    company    TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    title      TEXT NOT NULL DEFAULT '',
    digits     TEXT NOT NULL DEFAULT '',
    gen        INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source, uid)
);
CREATE INDEX IF NOT EXISTS people_by_name ON people (source, name);
CREATE INDEX IF NOT EXISTS people_in_order ON people (source <> 0, name COLLATE NOCASE, id);
CREATE TABLE IF NOT EXISTS people_numbers (
    person    INTEGER NOT NULL,
    position  INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    number    TEXT NOT NULL,
    match_key TEXT NOT NULL,
    ext       INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (person, position)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS people_numbers_key ON people_numbers (match_key, ext);
CREATE VIRTUAL TABLE IF NOT EXISTS people_text USING fts5(
    name, company, department, title,
    content='people', content_rowid='id',
    tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
);
CREATE VIRTUAL TABLE IF NOT EXISTS people_digits USING fts5(
    digits, content='people', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER IF NOT EXISTS people_added AFTER INSERT ON people BEGIN
    INSERT INTO people_text (rowid, name, company, department, title)
        VALUES (new.id, new.name, new.company, new.department, new.title);
    INSERT INTO people_digits (rowid, digits) VALUES (new.id, new.digits);
END;
CREATE TRIGGER IF NOT EXISTS people_removed AFTER DELETE ON people BEGIN
    INSERT INTO people_text (people_text, rowid, name, company, department, title)
        VALUES ('delete', old.id, old.name, old.company, old.department, old.title);
    INSERT INTO people_digits (people_digits, rowid, digits) VALUES ('delete', old.id, old.digits);
    DELETE FROM people_numbers WHERE person = old.id;
END;
CREATE TRIGGER IF NOT EXISTS people_changed AFTER UPDATE OF name, company, department, title, digits ON people BEGIN
    INSERT INTO people_text (people_text, rowid, name, company, department, title)
        VALUES ('delete', old.id, old.name, old.company, old.department, old.title);
    INSERT INTO people_digits (people_digits, rowid, digits) VALUES ('delete', old.id, old.digits);
    INSERT INTO people_text (rowid, name, company, department, title)
        VALUES (new.id, new.name, new.company, new.department, new.title);
    INSERT INTO people_digits (rowid, digits) VALUES (new.id, new.digits);
END;
";

/// The `source` of the user's own contacts.
const CONTACTS: i64 = 0;

/// What a number is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum NumberKind {
    Work,
    Mobile,
    Home,
    /// An IP phone (Active Directory's `ipPhone`).
    Ip,
    Other,
}

impl NumberKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Work => "work",
            Self::Mobile => "mobile",
            Self::Home => "home",
            Self::Ip => "ip",
            Self::Other => "other",
        }
    }

    /// Words for a person reading a list: `work`, `mobile`, `IP phone`.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ip => "IP phone",
            other => other.as_str(),
        }
    }

    /// From a stored or typed kind (`cell` is a mobile; unknown: other).
    pub fn parse(text: &str) -> Self {
        match text.trim().to_ascii_lowercase().as_str() {
            "work" => Self::Work,
            "mobile" | "cell" => Self::Mobile,
            "home" => Self::Home,
            "ip" => Self::Ip,
            _ => Self::Other,
        }
    }
}

/// One number of a person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Number {
    pub kind: NumberKind,
    /// As the directory or the user wrote it (`+1 (646) 555-1234 x22`).
    pub number: String,
}

impl Number {
    /// A number as kept: trimmed, cleaned, `None` when it holds no number
    /// (fewer than 4 digits) or is longer than any number.
    pub fn new(kind: NumberKind, number: &str) -> Option<Self> {
        let number = number.trim();
        if number.chars().count() > crate::contacts::MAX_NUMBER_CHARS {
            return None;
        }
        let number = clean_text(number);
        match_key(&number)?;
        Some(Self { kind, number })
    }
}

/// Where a name came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    /// The user's own contacts (imported or added).
    Contacts,
    /// A directory, by its name.
    Directory(String),
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Contacts => f.write_str(CONTACTS_SOURCE),
            Self::Directory(name) => f.write_str(name),
        }
    }
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Who a number belongs to: the name to show and where it came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Caller {
    pub name: String,
    pub source: Source,
}

/// A person as the index holds them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Person {
    /// The row: what contact edits name.
    pub id: i64,
    pub source: Source,
    pub name: String,
    pub company: String,
    pub department: String,
    pub title: String,
    pub numbers: Vec<Number>,
}

/// An entry read from a directory, cleaned, before it is written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// What the directory calls it: the DN, or the card's path.
    pub uid: String,
    /// CardDAV: the address book it is in; LDAP: empty.
    pub book: String,
    /// CardDAV: the card's ETag.
    pub etag: Option<String>,
    pub name: String,
    pub company: String,
    pub department: String,
    pub title: String,
    pub numbers: Vec<Number>,
}

impl Entry {
    /// An entry from raw directory text: everything cleaned and bounded;
    /// numbers without a number left out, the same number once, at most
    /// [`MAX_NUMBERS`]. The second value says
    /// how many numbers were left out for the limit.
    pub fn new(
        uid: String,
        name: &str,
        company: &str,
        department: &str,
        title: &str,
        numbers: impl IntoIterator<Item = (NumberKind, String)>,
    ) -> (Self, usize) {
        let mut kept: Vec<Number> = Vec::new();
        let mut keys: Vec<(String, bool)> = Vec::new();
        let mut over = 0usize;
        for (kind, raw) in numbers {
            let Some(number) = Number::new(kind, &raw) else {
                continue;
            };
            let key = (
                match_key(&number.number).unwrap_or_default(),
                split_extension(&number.number).1.is_some(),
            );
            if keys.contains(&key) {
                continue;
            }
            if kept.len() >= MAX_NUMBERS {
                over += 1;
                continue;
            }
            keys.push(key);
            kept.push(number);
        }
        (
            Self {
                uid,
                book: String::new(),
                etag: None,
                name: clean_text(name),
                company: clean_text(company),
                department: clean_text(department),
                title: clean_text(title),
                numbers: kept,
            },
            over,
        )
    }

    /// The digits type-ahead finds this entry by: each number's key and
    /// all its digits (`6465551234 16465551234`).
    fn digits(&self) -> String {
        // Each number's digits (its match key is a run inside them).
        let mut out: Vec<String> = Vec::new();
        for n in &self.numbers {
            let (line, _) = split_extension(&n.number);
            let all: String = line.chars().filter(char::is_ascii_digit).collect();
            if !all.is_empty() && !out.contains(&all) {
                out.push(all);
            }
        }
        out.join(" ")
    }
}

/// What one write or sync did to the index.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Tally {
    pub added: usize,
    pub changed: usize,
    pub unchanged: usize,
    pub removed: usize,
}

impl Tally {
    pub fn add(&mut self, other: Self) {
        self.added += other.added;
        self.changed += other.changed;
        self.unchanged += other.unchanged;
        self.removed += other.removed;
    }
}

/// A directory's state in the index.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryState {
    pub name: String,
    /// People it holds in the index.
    pub entries: u64,
    /// When it last synced completely (Unix ms).
    pub synced_at: Option<i64>,
    /// When a sync last ended, well or not (Unix ms).
    pub tried_at: Option<i64>,
    /// Why the last sync failed (`None`: it worked).
    pub error: Option<String>,
    /// Sync tokens and the like (JSON), for the next sync.
    #[serde(skip)]
    pub state: Option<String>,
}

/// One sync under way: the directory's row and the generation its writes carry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SyncRun {
    pub directory: i64,
    pub generation: i64,
}

/// What a complete sync proves gone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sweep {
    /// Nothing (an incremental sync: deletions came one by one).
    Nothing,
    /// Every entry this sync did not see (a complete LDAP listing).
    Unseen,
    /// In the address books `listed` (listed whole), entries this sync did
    /// not see; and every entry of an address book not in `books` (it is
    /// gone, or no longer chosen).
    Books {
        listed: Vec<String>,
        books: Vec<String>,
    },
}

/// The index, on its own connection to the history database.
pub struct Index {
    db: History,
}

impl Index {
    /// Opens (creating if needed) the database at `path`.
    pub fn open(path: &Path) -> Result<Self, HistoryError> {
        Ok(Self {
            db: History::open(path)?,
        })
    }

    pub fn open_default() -> Result<Self, HistoryError> {
        Ok(Self {
            db: History::open_default()?,
        })
    }

    pub fn path(&self) -> &Path {
        self.db.path()
    }

    fn err(&self, e: rusqlite::Error) -> HistoryError {
        crate::history::classify(self.db.path(), e)
    }

    fn conn(&self) -> &Connection {
        self.db.conn()
    }

    /// Who a ringing number belongs to.
    pub fn lookup(&self, number: &str) -> Result<Option<Caller>, HistoryError> {
        lookup(self.conn(), number).map_err(|e| self.err(e))
    }

    /// Type-ahead: people whose name, company, department or title has
    /// words starting with every word typed, and whose numbers hold every
    /// run of digits typed. The user's contacts first, then by name.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<Person>, HistoryError> {
        search(self.conn(), query, limit).map_err(|e| self.err(e))
    }

    /// One person by row.
    pub fn person(&self, id: i64) -> Result<Option<Person>, HistoryError> {
        person(self.conn(), id).map_err(|e| self.err(e))
    }

    /// The user's own contacts, by name.
    pub fn contacts(&self) -> Result<Vec<Person>, HistoryError> {
        let run = || -> rusqlite::Result<Vec<Person>> {
            let mut stmt = self.conn().prepare_cached(
                "SELECT id FROM people WHERE source = 0 ORDER BY name COLLATE NOCASE, id",
            )?;
            let ids = stmt
                .query_map([], |r| r.get::<_, i64>(0))?
                .collect::<rusqlite::Result<Vec<i64>>>()?;
            ids.into_iter()
                .filter_map(|id| person(self.conn(), id).transpose())
                .collect()
        };
        run().map_err(|e| self.err(e))
    }

    /// Adds a contact of the user's; returns its row.
    pub fn add_contact(&mut self, contact: &ContactEdit) -> Result<i64, HistoryError> {
        self.db.add_contact(contact)
    }

    /// Replaces a contact's name, company and numbers. `Ok(false)`: no such
    /// contact (a directory's entry is not the user's to edit).
    pub fn update_contact(&mut self, id: i64, contact: &ContactEdit) -> Result<bool, HistoryError> {
        self.db.update_contact(id, contact)
    }

    /// Deletes a contact of the user's. `Ok(false)`: no such contact.
    pub fn delete_contact(&mut self, id: i64) -> Result<bool, HistoryError> {
        self.db.delete_contact(id)
    }

    /// Adds contacts read from a file; numbers go to the contact of the same
    /// name. Returns how many numbers were new.
    pub fn import_contacts(&mut self, contacts: &[Contact]) -> Result<usize, HistoryError> {
        self.db.with_transaction(|tx| import_contacts(tx, contacts))
    }

    /// Adds people (read from a vCard file, say) to the user's contacts:
    /// numbers go to the contact of the same name, made if new. Returns how
    /// many numbers were new.
    pub fn import_people(&mut self, people: &[ContactEdit]) -> Result<usize, HistoryError> {
        self.db.with_transaction(|tx| {
            let mut added = 0;
            for p in people {
                let numbers = p
                    .numbers
                    .iter()
                    .filter_map(|(kind, n)| Number::new(*kind, n))
                    .collect();
                added += merge_contact(tx, &p.name, &p.company, numbers)?;
            }
            Ok(added)
        })
    }

    /// Each directory's state, in the order they were added.
    pub fn directories(&self) -> Result<Vec<DirectoryState>, HistoryError> {
        let run = || -> rusqlite::Result<Vec<DirectoryState>> {
            let mut stmt = self.conn().prepare_cached(
                "SELECT d.name, (SELECT count(*) FROM people p WHERE p.source = d.id), d.synced_at, d.tried_at, d.error, d.state
                 FROM directories d ORDER BY d.id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(DirectoryState {
                    name: r.get(0)?,
                    entries: r.get(1)?,
                    synced_at: r.get(2)?,
                    tried_at: r.get(3)?,
                    error: r.get(4)?,
                    state: r.get(5)?,
                })
            })?;
            rows.collect()
        };
        run().map_err(|e| self.err(e))
    }

    /// One directory's state, if it was ever synced.
    pub fn directory(&self, name: &str) -> Result<Option<DirectoryState>, HistoryError> {
        Ok(self.directories()?.into_iter().find(|d| d.name == name))
    }

    /// Forgets a directory and everything synced from it.
    pub fn remove_directory(&mut self, name: &str) -> Result<usize, HistoryError> {
        self.db.with_transaction(|tx| {
            let Some(id) = directory_id(tx, name)? else {
                return Ok(0);
            };
            let removed = tx.execute("DELETE FROM people WHERE source = ?1", [id])?;
            tx.execute("DELETE FROM directories WHERE id = ?1", [id])?;
            Ok(removed)
        })
    }

    /// Starts a sync of `name`: its row (made if new) and a generation
    /// newer than any before, so that a sync running at the same time in
    /// another process never has its entries swept by this one.
    pub fn begin_sync(&mut self, name: &str) -> Result<SyncRun, HistoryError> {
        self.db.with_transaction(|tx| {
            tx.execute(
                "INSERT INTO directories (name) VALUES (?1) ON CONFLICT (name) DO NOTHING",
                [name],
            )?;
            let (directory, generation): (i64, i64) = tx.query_row(
                "UPDATE directories SET gen = gen + 1 WHERE name = ?1 RETURNING id, gen",
                [name],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )?;
            Ok(SyncRun {
                directory,
                generation,
            })
        })
    }

    /// The entries of a directory the index holds, with their ETags (what a
    /// CardDAV listing is compared with).
    pub fn etags(&self, run: &SyncRun) -> Result<HashMap<String, Option<String>>, HistoryError> {
        let read = || -> rusqlite::Result<HashMap<String, Option<String>>> {
            let mut stmt = self
                .conn()
                .prepare_cached("SELECT uid, etag FROM people WHERE source = ?1")?;
            let rows = stmt.query_map([run.directory], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect()
        };
        read().map_err(|e| self.err(e))
    }

    /// Writes what a sync read, in one transaction: `entries` added or
    /// updated, `seen` (unchanged, by uid) marked as seen by this sync,
    /// `gone` (deleted on the server, by uid) removed.
    pub fn write(
        &mut self,
        run: &SyncRun,
        entries: &[Entry],
        seen: &[String],
        gone: &[String],
    ) -> Result<Tally, HistoryError> {
        self.db.with_transaction(|tx| {
            let mut tally = Tally::default();
            for entry in entries {
                upsert(tx, run, entry, &mut tally)?;
            }
            let mut touch =
                tx.prepare_cached("UPDATE people SET gen = ?3 WHERE source = ?1 AND uid = ?2")?;
            for uid in seen {
                tally.unchanged += touch.execute(params![run.directory, uid, run.generation])?;
            }
            let mut remove =
                tx.prepare_cached("DELETE FROM people WHERE source = ?1 AND uid = ?2")?;
            for uid in gone {
                tally.removed += remove.execute(params![run.directory, uid])?;
            }
            Ok(tally)
        })
    }

    /// Ends a sync that worked: sweeps what it proved gone, keeps `state`
    /// for the next sync and notes the time. Returns how many entries went.
    pub fn finish(
        &mut self,
        run: &SyncRun,
        sweep: &Sweep,
        state: Option<&str>,
    ) -> Result<usize, HistoryError> {
        self.db.with_transaction(|tx| {
            let removed = match sweep {
                Sweep::Nothing => 0,
                Sweep::Unseen => tx.execute(
                    "DELETE FROM people WHERE source = ?1 AND gen < ?2",
                    params![run.directory, run.generation],
                )?,
                Sweep::Books { listed, books } => {
                    let mut removed = 0;
                    for book in listed {
                        removed += tx.execute(
                            "DELETE FROM people WHERE source = ?1 AND book = ?2 AND gen < ?3",
                            params![run.directory, book, run.generation],
                        )?;
                    }
                    let mut stmt = tx.prepare_cached("SELECT DISTINCT book FROM people WHERE source = ?1")?;
                    let held = stmt
                        .query_map([run.directory], |r| r.get::<_, String>(0))?
                        .collect::<rusqlite::Result<Vec<String>>>()?;
                    for book in held.iter().filter(|b| !books.contains(b)) {
                        removed += tx.execute(
                            "DELETE FROM people WHERE source = ?1 AND book = ?2",
                            params![run.directory, book],
                        )?;
                    }
                    removed
                }
            };
            tx.execute(
                "UPDATE directories SET synced_at = ?2, tried_at = ?2, error = NULL, state = coalesce(?3, state) WHERE id = ?1",
                params![run.directory, now_ms(), state],
            )?;
            Ok(removed)
        })
    }

    /// Notes that a sync of `name` failed, and why; everything synced stays.
    pub fn failed(&mut self, name: &str, error: &str) -> Result<(), HistoryError> {
        self.db.with_transaction(|tx| {
            tx.execute(
                "INSERT INTO directories (name, tried_at, error) VALUES (?1, ?2, ?3)
                 ON CONFLICT (name) DO UPDATE SET tried_at = ?2, error = ?3",
                params![name, now_ms(), error],
            )?;
            Ok(())
        })
    }

    /// Forgets a directory's sync tokens: the next sync lists everything.
    pub fn forget_state(&mut self, name: &str) -> Result<(), HistoryError> {
        self.db.with_transaction(|tx| {
            tx.execute(
                "UPDATE directories SET state = NULL WHERE name = ?1",
                [name],
            )?;
            Ok(())
        })
    }
}

/// The people in the database the engine owns (the app's): searched as
/// the user types, and the user's contacts edited.
impl History {
    /// Type-ahead: as [`Index::search`]; with nothing typed (an empty or
    /// blank query), the first `limit` people, the contacts first, then
    /// by name.
    pub fn search_people(&self, query: &str, limit: usize) -> Result<Vec<Person>, HistoryError> {
        let found = if query.trim().is_empty() {
            list(self.conn(), limit)
        } else {
            search(self.conn(), query, limit)
        };
        found.map_err(|e| crate::history::classify(self.path(), e))
    }

    /// Adds, changes or deletes one of the user's contacts. `Ok(false)`: no
    /// such contact.
    pub fn change_contact(&mut self, change: &ContactChange) -> Result<bool, HistoryError> {
        match change {
            ContactChange::Add(c) => self.add_contact(c).map(|_| true),
            ContactChange::Update(id, c) => self.update_contact(*id, c),
            ContactChange::Delete(id) => self.delete_contact(*id),
        }
    }

    /// Adds a contact of the user's; returns its row.
    pub fn add_contact(&mut self, contact: &ContactEdit) -> Result<i64, HistoryError> {
        let entry = contact.entry(format!("local:{:016x}", rand::random::<u64>()));
        self.with_transaction(|tx| {
            let id = insert_person(tx, CONTACTS, &entry, 0)?;
            write_numbers(tx, id, &entry.numbers)?;
            Ok(id)
        })
    }

    /// Replaces a contact's name, company and numbers. `Ok(false)`: no such
    /// contact (a directory's entry is not the user's to edit).
    pub fn update_contact(&mut self, id: i64, contact: &ContactEdit) -> Result<bool, HistoryError> {
        self.with_transaction(|tx| {
            let uid: Option<String> = tx
                .query_row(
                    "SELECT uid FROM people WHERE id = ?1 AND source = 0",
                    [id],
                    |r| r.get(0),
                )
                .optional()?;
            let Some(uid) = uid else {
                return Ok(false);
            };
            let entry = contact.entry(uid);
            update_person(tx, id, &entry, 0)?;
            write_numbers(tx, id, &entry.numbers)?;
            Ok(true)
        })
    }

    /// Deletes a contact of the user's. `Ok(false)`: no such contact.
    pub fn delete_contact(&mut self, id: i64) -> Result<bool, HistoryError> {
        self.with_transaction(|tx| {
            Ok(tx.execute("DELETE FROM people WHERE id = ?1 AND source = 0", [id])? > 0)
        })
    }
}

/// One change to the user's contacts, as the window asks for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContactChange {
    Add(ContactEdit),
    /// The contact of this row gets this name, company and numbers.
    Update(i64, ContactEdit),
    Delete(i64),
}

/// A contact as the user types it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ContactEdit {
    pub name: String,
    pub company: String,
    pub numbers: Vec<(NumberKind, String)>,
}

impl ContactEdit {
    fn entry(&self, uid: String) -> Entry {
        Entry::new(uid, &self.name, &self.company, "", "", self.numbers.clone()).0
    }

    /// Checks it before it is saved: a name and at least one number, each
    /// one a number.
    pub fn check(&self) -> Result<(), String> {
        if clean_text(&self.name).is_empty() {
            return Err(crate::t!("contacts-check-needs-name"));
        }
        if self.numbers.is_empty() {
            return Err(crate::t!("contacts-check-needs-number"));
        }
        for (_, number) in &self.numbers {
            if Number::new(NumberKind::Other, number).is_none() {
                return Err(crate::t!(
                    "contacts-check-not-a-number",
                    number = crate::protocol::text::quoted(&crate::protocol::number::bounded(
                        number, 40
                    )),
                    max = crate::contacts::MAX_NUMBER_CHARS
                ));
            }
        }
        Ok(())
    }
}

/// Moves contacts kept by earlier versions (one row per number in the
/// `contacts` table) into the index, grouped by name; once.
pub(crate) fn migrate(conn: &mut Connection) -> rusqlite::Result<()> {
    let any: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM contacts)", [], |r| r.get(0))?;
    if !any {
        return Ok(());
    }
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let old = {
        let mut stmt = tx.prepare("SELECT name, number FROM contacts ORDER BY row")?;
        stmt.query_map([], |r| {
            Ok(Contact {
                name: r.get(0)?,
                number: r.get(1)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?
    };
    import_contacts(&tx, &old)?;
    tx.execute("DELETE FROM contacts", [])?;
    tx.commit()
}

#[cfg(test)]
mod tests;
