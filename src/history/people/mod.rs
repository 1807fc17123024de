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

pub mod text;

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
    /// Type-ahead: as [`Index::search`].
    pub fn search_people(&self, query: &str, limit: usize) -> Result<Vec<Person>, HistoryError> {
        search(self.conn(), query, limit).map_err(|e| crate::history::classify(self.path(), e))
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
            return Err("a contact needs a name".into());
        }
        if self.numbers.is_empty() {
            return Err("a contact needs at least one number".into());
        }
        for (_, number) in &self.numbers {
            if Number::new(NumberKind::Other, number).is_none() {
                return Err(format!(
                    "{} is not a phone number (it needs at least 4 digits, and at most {} characters)",
                    crate::protocol::text::quoted(&crate::protocol::number::bounded(number, 40)),
                    crate::contacts::MAX_NUMBER_CHARS
                ));
            }
        }
        Ok(())
    }
}

fn directory_id(conn: &Connection, name: &str) -> rusqlite::Result<Option<i64>> {
    conn.query_row("SELECT id FROM directories WHERE name = ?1", [name], |r| {
        r.get(0)
    })
    .optional()
}

fn source_of(id: i64, directory: Option<String>) -> Source {
    match (id, directory) {
        (CONTACTS, _) | (_, None) => Source::Contacts,
        (_, Some(name)) => Source::Directory(name),
    }
}

/// Who a number belongs to: a person with that number (the user's contacts
/// first, then the directories in the order they were added); else, when
/// only numbers with an extension share that line (a company's main number
/// with each person's extension), the one person who has it, or the
/// company they all work for.
pub(crate) fn lookup(conn: &Connection, number: &str) -> rusqlite::Result<Option<Caller>> {
    let Some(key) = match_key(number) else {
        return Ok(None);
    };
    let mut direct = conn.prepare_cached(
        "SELECT p.name, p.source, d.name FROM people_numbers n JOIN people p ON p.id = n.person
         LEFT JOIN directories d ON d.id = p.source
         WHERE n.match_key = ?1 AND n.ext = 0 ORDER BY p.source, p.id LIMIT 1",
    )?;
    let found = direct
        .query_row([&key], |r| {
            Ok(Caller {
                name: r.get(0)?,
                source: source_of(r.get(1)?, r.get(2)?),
            })
        })
        .optional()?;
    if found.is_some() {
        return Ok(found);
    }
    let mut shared = conn.prepare_cached(
        "SELECT DISTINCT p.id, p.name, p.company, p.source, d.name FROM people_numbers n JOIN people p ON p.id = n.person
         LEFT JOIN directories d ON d.id = p.source
         WHERE n.match_key = ?1 AND n.ext = 1 LIMIT 50",
    )?;
    let rows = shared
        .query_map([&key], |r| {
            Ok((
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                source_of(r.get(3)?, r.get(4)?),
            ))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    Ok(match rows.as_slice() {
        [] => None,
        [(name, _, source)] => Some(Caller {
            name: name.clone(),
            source: source.clone(),
        }),
        [(_, company, source), rest @ ..]
            if !company.is_empty() && rest.iter().all(|(_, c, _)| c == company) =>
        {
            Some(Caller {
                name: company.clone(),
                source: source.clone(),
            })
        }
        _ => None,
    })
}

/// An FTS5 string for each word: `"ada"*` (quotes doubled inside).
fn prefix_terms(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| format!("\"{}\"*", w.replace('"', "\"\"")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A condition's matches up to which the matches are sorted; past it (a
/// short, common query like `a` or `555` in a big directory) people are
/// walked in name order by the index until enough of them match.
const SORT_AT_MOST: i64 = 2_000;

pub(crate) fn search(
    conn: &Connection,
    query: &str,
    limit: usize,
) -> rusqlite::Result<Vec<Person>> {
    let query = crate::protocol::text::truncate_chars(query, 256);
    let words: Vec<&str> = query.split_whitespace().take(8).collect();
    let is_digits = |w: &str| !w.chars().any(char::is_alphabetic);
    let text_words: Vec<&str> = words.iter().copied().filter(|w| !is_digits(w)).collect();
    let mut digit_words: Vec<String> = words
        .iter()
        .filter(|w| is_digits(w))
        .map(|w| w.chars().filter(char::is_ascii_digit).collect::<String>())
        .filter(|d| !d.is_empty())
        .collect();
    // Digits typed in groups (`646 555 12`) are one number.
    if text_words.is_empty() && digit_words.len() > 1 {
        digit_words = vec![digit_words.concat()];
    }
    if (text_words.is_empty() && digit_words.is_empty()) || limit == 0 {
        return Ok(Vec::new());
    }
    // Each condition: (its SQL, its FTS queries by table). The words of the
    // name as prefixes; each run of digits as the start of a word of the
    // name or (3 digits or more: trigrams) inside a number.
    let mut args: Vec<String> = Vec::new();
    let mut conditions: Vec<String> = Vec::new();
    // Per condition, its FTS queries (table, argument number).
    let mut probes: Vec<Vec<(&str, usize)>> = Vec::new();
    let fts = |args: &mut Vec<String>, table: &'static str, terms: String| {
        args.push(terms);
        (
            format!(
                "p.id IN (SELECT rowid FROM {table} WHERE {table} MATCH ?{})",
                args.len()
            ),
            (table, args.len()),
        )
    };
    if !text_words.is_empty() {
        let (sql, probe) = fts(&mut args, "people_text", prefix_terms(&text_words));
        conditions.push(sql);
        probes.push(vec![probe]);
    }
    for digits in &digit_words {
        let (in_name, name_probe) = fts(&mut args, "people_text", prefix_terms(&[digits.as_str()]));
        if digits.len() >= 3 {
            let (in_number, number_probe) =
                fts(&mut args, "people_digits", format!("\"{digits}\""));
            probes.push(vec![name_probe, number_probe]);
            conditions.push(format!("({in_name} OR {in_number})"));
        } else {
            probes.push(vec![name_probe]);
            conditions.push(in_name);
        }
    }
    // Few matches for some condition: sort them. Else walk the name order.
    let mut sparse = false;
    for condition in &probes {
        let mut matches = 0;
        for (table, arg) in condition {
            let sql = format!(
                "SELECT count(*) FROM (SELECT rowid FROM {table} WHERE {table} MATCH ?1 LIMIT {})",
                SORT_AT_MOST + 1
            );
            let n: i64 = conn
                .prepare_cached(&sql)?
                .query_row([&args[arg - 1]], |r| r.get(0))?;
            matches += n;
        }
        sparse |= matches <= SORT_AT_MOST;
    }
    let sql = format!(
        "SELECT p.id FROM people p {} WHERE {} ORDER BY p.source <> 0, p.name COLLATE NOCASE, p.id LIMIT {}",
        if sparse {
            "NOT INDEXED"
        } else {
            "INDEXED BY people_in_order"
        },
        conditions.join(" AND "),
        limit.min(1000)
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let ids = stmt
        .query_map(rusqlite::params_from_iter(args.iter()), |r| {
            r.get::<_, i64>(0)
        })?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    ids.into_iter()
        .filter_map(|id| person(conn, id).transpose())
        .collect()
}

fn person(conn: &Connection, id: i64) -> rusqlite::Result<Option<Person>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.source, d.name, p.name, p.company, p.department, p.title
         FROM people p LEFT JOIN directories d ON d.id = p.source WHERE p.id = ?1",
    )?;
    let Some(mut person) = stmt
        .query_row([id], |r| {
            Ok(Person {
                id,
                source: source_of(r.get(0)?, r.get(1)?),
                name: r.get(2)?,
                company: r.get(3)?,
                department: r.get(4)?,
                title: r.get(5)?,
                numbers: Vec::new(),
            })
        })
        .optional()?
    else {
        return Ok(None);
    };
    person.numbers = numbers(conn, id)?;
    Ok(Some(person))
}

fn numbers(conn: &Connection, id: i64) -> rusqlite::Result<Vec<Number>> {
    let mut stmt = conn.prepare_cached(
        "SELECT kind, number FROM people_numbers WHERE person = ?1 ORDER BY position",
    )?;
    let rows = stmt.query_map([id], |r| {
        Ok(Number {
            kind: NumberKind::parse(&r.get::<_, String>(0)?),
            number: r.get(1)?,
        })
    })?;
    rows.collect()
}

fn insert_person(
    tx: &Transaction<'_>,
    source: i64,
    e: &Entry,
    generation: i64,
) -> rusqlite::Result<i64> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO people (source, uid, book, etag, name, company, department, title, digits, gen)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    stmt.execute(params![
        source,
        e.uid,
        e.book,
        e.etag,
        e.name,
        e.company,
        e.department,
        e.title,
        e.digits(),
        generation
    ])?;
    Ok(tx.last_insert_rowid())
}

fn update_person(
    tx: &Transaction<'_>,
    id: i64,
    e: &Entry,
    generation: i64,
) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "UPDATE people SET book = ?2, etag = ?3, name = ?4, company = ?5, department = ?6, title = ?7, digits = ?8, gen = ?9
         WHERE id = ?1",
    )?;
    stmt.execute(params![
        id,
        e.book,
        e.etag,
        e.name,
        e.company,
        e.department,
        e.title,
        e.digits(),
        generation
    ])?;
    Ok(())
}

fn write_numbers(tx: &Transaction<'_>, id: i64, numbers: &[Number]) -> rusqlite::Result<()> {
    tx.prepare_cached("DELETE FROM people_numbers WHERE person = ?1")?
        .execute([id])?;
    let mut stmt = tx.prepare_cached(
        "INSERT INTO people_numbers (person, position, kind, number, match_key, ext) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?;
    for (position, n) in numbers.iter().enumerate() {
        let Some(key) = match_key(&n.number) else {
            continue;
        };
        let ext = split_extension(&n.number).1.is_some();
        stmt.execute(params![
            id,
            position as i64,
            n.kind.as_str(),
            n.number,
            key,
            ext
        ])?;
    }
    Ok(())
}

/// Adds or updates one synced entry, counting what it did.
fn upsert(
    tx: &Transaction<'_>,
    run: &SyncRun,
    e: &Entry,
    tally: &mut Tally,
) -> rusqlite::Result<()> {
    let mut find = tx.prepare_cached(
        "SELECT id, book, etag, name, company, department, title FROM people WHERE source = ?1 AND uid = ?2",
    )?;
    let held = find
        .query_row(params![run.directory, e.uid], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                (
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get::<_, String>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ),
            ))
        })
        .optional()?;
    match held {
        None => {
            let id = insert_person(tx, run.directory, e, run.generation)?;
            write_numbers(tx, id, &e.numbers)?;
            tally.added += 1;
        }
        Some((id, fields)) => {
            let same_fields = fields
                == (
                    e.book.clone(),
                    e.etag.clone(),
                    e.name.clone(),
                    e.company.clone(),
                    e.department.clone(),
                    e.title.clone(),
                );
            if same_fields && numbers(tx, id)? == e.numbers {
                tx.prepare_cached("UPDATE people SET gen = ?2 WHERE id = ?1")?
                    .execute(params![id, run.generation])?;
                tally.unchanged += 1;
            } else {
                update_person(tx, id, e, run.generation)?;
                write_numbers(tx, id, &e.numbers)?;
                tally.changed += 1;
            }
        }
    }
    Ok(())
}

/// Numbers from a contacts file go to the user's contact of the same name
/// (made if new); returns how many numbers were new.
pub(crate) fn import_contacts(
    tx: &Transaction<'_>,
    contacts: &[Contact],
) -> rusqlite::Result<usize> {
    let mut added = 0;
    for c in contacts {
        if let Some(number) = Number::new(NumberKind::Other, &c.number) {
            added += merge_contact(tx, &c.name, "", vec![number])?;
        }
    }
    Ok(added)
}

/// Adds `numbers` to the user's contact named `name` (made if new, with
/// `company`); returns how many numbers were new to it.
fn merge_contact(
    tx: &Transaction<'_>,
    name: &str,
    company: &str,
    numbers: Vec<Number>,
) -> rusqlite::Result<usize> {
    let name = clean_text(name);
    if name.is_empty() || numbers.is_empty() {
        return Ok(0);
    }
    let existing: Option<i64> = tx
        .prepare_cached("SELECT id FROM people WHERE source = 0 AND name = ?1 ORDER BY id LIMIT 1")?
        .query_row([&name], |r| r.get(0))
        .optional()?;
    let Some(id) = existing else {
        let mut e = Entry::new(
            format!("local:{:016x}", rand::random::<u64>()),
            &name,
            company,
            "",
            "",
            Vec::new(),
        )
        .0;
        e.numbers = numbers;
        e.numbers.truncate(MAX_NUMBERS);
        let id = insert_person(tx, CONTACTS, &e, 0)?;
        write_numbers(tx, id, &e.numbers)?;
        return Ok(e.numbers.len());
    };
    let mut held = self::numbers(tx, id)?;
    let mut added = 0;
    for number in numbers {
        let key = match_key(&number.number);
        if held.iter().any(|n| match_key(&n.number) == key) || held.len() >= MAX_NUMBERS {
            continue;
        }
        held.push(number);
        added += 1;
    }
    if added > 0 {
        let mut e = Entry::new(String::new(), &name, "", "", "", Vec::new()).0;
        e.numbers = held;
        tx.prepare_cached("UPDATE people SET digits = ?2 WHERE id = ?1")?
            .execute(params![id, e.digits()])?;
        write_numbers(tx, id, &e.numbers)?;
    }
    Ok(added)
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
mod tests {
    use super::*;

    fn index() -> (tempfile::TempDir, Index) {
        let dir = tempfile::tempdir().unwrap();
        let index = Index::open(&dir.path().join("h.sqlite3")).unwrap();
        (dir, index)
    }

    fn entry(uid: &str, name: &str, numbers: &[(NumberKind, &str)]) -> Entry {
        Entry::new(
            uid.into(),
            name,
            "Acme",
            "",
            "",
            numbers.iter().map(|(k, n)| (*k, n.to_string())),
        )
        .0
    }

    #[test]
    fn numbers_match_whatever_their_layout() {
        let (_d, mut index) = index();
        let run = index.begin_sync("Corp").unwrap();
        index
            .write(
                &run,
                &[
                    entry("a", "Ada", &[(NumberKind::Work, "+1 (646) 555-1234")]),
                    entry("b", "Bob", &[(NumberKind::Mobile, "212.555.0142")]),
                    entry("c", "Cy", &[(NumberKind::Work, "+44 20 7946 0958")]),
                ],
                &[],
                &[],
            )
            .unwrap();
        for n in [
            "6465551234",
            "+16465551234",
            "1-646-555-1234",
            "646.555.1234",
        ] {
            assert_eq!(
                index.lookup(n).unwrap(),
                Some(Caller {
                    name: "Ada".into(),
                    source: Source::Directory("Corp".into())
                }),
                "{n}"
            );
        }
        assert_eq!(index.lookup("2125550142").unwrap().unwrap().name, "Bob");
        assert_eq!(index.lookup("011442079460958").unwrap().unwrap().name, "Cy");
        assert_eq!(index.lookup("2125550143").unwrap(), None);
    }

    #[test]
    fn a_shared_line_with_extensions_names_one_person_or_the_company() {
        let (_d, mut index) = index();
        let run = index.begin_sync("Corp").unwrap();
        index
            .write(
                &run,
                &[
                    entry("a", "Ada", &[(NumberKind::Work, "6465551234 x22")]),
                    entry("b", "Bob", &[(NumberKind::Work, "6465551234 ext. 23")]),
                    entry("c", "Cy", &[(NumberKind::Work, "2125550100 x7")]),
                ],
                &[],
                &[],
            )
            .unwrap();
        assert_eq!(index.lookup("6465551234").unwrap().unwrap().name, "Acme");
        assert_eq!(index.lookup("2125550100").unwrap().unwrap().name, "Cy");
        // Someone's own line wins over a shared one.
        index
            .write(
                &run,
                &[entry("d", "Dee", &[(NumberKind::Work, "646-555-1234")])],
                &[],
                &[],
            )
            .unwrap();
        assert_eq!(index.lookup("6465551234").unwrap().unwrap().name, "Dee");
    }

    #[test]
    fn contacts_come_first_and_can_be_edited() {
        let (_d, mut index) = index();
        let run = index.begin_sync("Corp").unwrap();
        index
            .write(
                &run,
                &[entry(
                    "a",
                    "Ada (directory)",
                    &[(NumberKind::Work, "6465551234")],
                )],
                &[],
                &[],
            )
            .unwrap();
        let id = index
            .add_contact(&ContactEdit {
                name: "Ada".into(),
                company: String::new(),
                numbers: vec![(NumberKind::Mobile, "+1 646 555 1234".into())],
            })
            .unwrap();
        assert_eq!(
            index.lookup("6465551234").unwrap(),
            Some(Caller {
                name: "Ada".into(),
                source: Source::Contacts
            })
        );
        let edit = ContactEdit {
            name: "Ada Lovelace".into(),
            company: "Analytical".into(),
            numbers: vec![(NumberKind::Work, "2125550142".into())],
        };
        assert!(index.update_contact(id, &edit).unwrap());
        assert_eq!(
            index.lookup("6465551234").unwrap().unwrap().name,
            "Ada (directory)"
        );
        assert_eq!(
            index.lookup("2125550142").unwrap().unwrap().name,
            "Ada Lovelace"
        );
        assert_eq!(index.search("analyt", 10).unwrap()[0].name, "Ada Lovelace");
        // A directory's entry is not the user's to edit or delete.
        let dir_row = index.search("directory", 10).unwrap()[0].id;
        assert!(!index.update_contact(dir_row, &edit).unwrap());
        assert!(!index.delete_contact(dir_row).unwrap());
        assert!(index.delete_contact(id).unwrap());
        assert_eq!(index.lookup("2125550142").unwrap(), None);
        assert!(
            index.search("lovelace", 10).unwrap().is_empty(),
            "the search index follows"
        );
        assert!(ContactEdit::default().check().is_err());
        assert!(
            ContactEdit {
                name: "X".into(),
                company: String::new(),
                numbers: vec![(NumberKind::Work, "12".into())]
            }
            .check()
            .is_err()
        );
    }

    #[test]
    fn type_ahead_finds_names_companies_and_digits() {
        let (_d, mut index) = index();
        let run = index.begin_sync("Corp").unwrap();
        index
            .write(
                &run,
                &[
                    entry(
                        "a",
                        "Ada Lovelace",
                        &[
                            (NumberKind::Work, "+1 (646) 555-1234"),
                            (NumberKind::Mobile, "917 555 0000"),
                        ],
                    ),
                    entry("b", "Zoë Ångström", &[(NumberKind::Work, "2125550142")]),
                    entry("c", "Adam Smith", &[(NumberKind::Work, "4155550199")]),
                ],
                &[],
                &[],
            )
            .unwrap();
        let names = |q: &str| -> Vec<String> {
            index
                .search(q, 10)
                .unwrap()
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(names("ad"), ["Ada Lovelace", "Adam Smith"]);
        assert_eq!(names("ada l"), ["Ada Lovelace"]);
        assert_eq!(
            names("zoe ang"),
            ["Zoë Ångström"],
            "diacritics do not matter"
        );
        assert_eq!(names("acme smi"), ["Adam Smith"], "company words too");
        assert_eq!(names("5550142"), ["Zoë Ångström"]);
        assert_eq!(names("555-0000"), ["Ada Lovelace"], "any number's digits");
        assert_eq!(names("646 555 12"), ["Ada Lovelace"]);
        assert_eq!(names("+1 646"), ["Ada Lovelace"]);
        assert!(names("\"*) OR (").is_empty(), "FTS syntax is just text");
        assert!(names("").is_empty());
        let ada = &index.search("lovelace", 1).unwrap()[0];
        assert_eq!(ada.numbers.len(), 2);
        assert_eq!(ada.numbers[1].kind, NumberKind::Mobile);
    }

    #[test]
    fn a_common_query_gives_the_same_order_as_a_rare_one() {
        let (_d, mut index) = index();
        let run = index.begin_sync("Corp").unwrap();
        // More matches than are sorted: walked in name order instead.
        let many: Vec<Entry> = (0..2_500)
            .rev()
            .map(|i| {
                entry(
                    &format!("z{i}"),
                    &format!("Zed {i:04}"),
                    &[(NumberKind::Work, &format!("212555{i:04}"))],
                )
            })
            .collect();
        index.write(&run, &many, &[], &[]).unwrap();
        index
            .add_contact(&ContactEdit {
                name: "Zed Mine".into(),
                company: String::new(),
                numbers: vec![(NumberKind::Work, "6463331234".into())],
            })
            .unwrap();
        let names = |q: &str| -> Vec<String> {
            index
                .search(q, 3)
                .unwrap()
                .into_iter()
                .map(|p| p.name)
                .collect()
        };
        assert_eq!(
            names("zed"),
            ["Zed Mine", "Zed 0000", "Zed 0001"],
            "contacts first, then by name"
        );
        assert_eq!(names("z 555"), ["Zed 0000", "Zed 0001", "Zed 0002"]);
        assert_eq!(names("zed 2499"), ["Zed 2499"]);
        assert_eq!(names("2125552498"), ["Zed 2498"]);
    }

    #[test]
    fn a_common_query_walks_people_in_order_by_the_index_not_a_sort() {
        let (_d, index) = index();
        let plan: Vec<String> = index
            .conn()
            .prepare("EXPLAIN QUERY PLAN SELECT id FROM people ORDER BY source <> 0, name COLLATE NOCASE, id")
            .unwrap()
            .query_map([], |r| r.get::<_, String>(3))
            .unwrap()
            .collect::<rusqlite::Result<_>>()
            .unwrap();
        assert!(
            plan.iter().any(|p| p.contains("people_in_order")),
            "{plan:?}"
        );
        assert!(!plan.iter().any(|p| p.contains("TEMP B-TREE")), "{plan:?}");
    }

    #[test]
    fn a_sync_removes_only_what_a_complete_listing_no_longer_has() {
        let (_d, mut index) = index();
        let run = index.begin_sync("Corp").unwrap();
        let a = entry("a", "Ada", &[(NumberKind::Work, "6465551234")]);
        let b = entry("b", "Bob", &[(NumberKind::Work, "2125550142")]);
        let t = index
            .write(&run, &[a.clone(), b.clone()], &[], &[])
            .unwrap();
        assert_eq!(t.added, 2);
        index.finish(&run, &Sweep::Unseen, None).unwrap();
        // A sync that fails half way: it saw Ada only; Bob stays.
        let run = index.begin_sync("Corp").unwrap();
        let t = index
            .write(&run, std::slice::from_ref(&a), &[], &[])
            .unwrap();
        assert_eq!(t.unchanged, 1);
        index.failed("Corp", "the server went away").unwrap();
        assert_eq!(index.lookup("2125550142").unwrap().unwrap().name, "Bob");
        let state = index.directory("Corp").unwrap().unwrap();
        assert_eq!(state.error.as_deref(), Some("the server went away"));
        assert!(
            state.synced_at.is_some(),
            "the last good sync is remembered"
        );
        // A complete sync without Bob: he goes.
        let run = index.begin_sync("Corp").unwrap();
        let mut a2 = a.clone();
        a2.title = "Countess".into();
        assert_eq!(index.write(&run, &[a2], &[], &[]).unwrap().changed, 1);
        assert_eq!(index.finish(&run, &Sweep::Unseen, None).unwrap(), 1);
        assert_eq!(index.lookup("2125550142").unwrap(), None);
        assert_eq!(index.directory("Corp").unwrap().unwrap().error, None);
        // Two syncs at once: the older one's sweep spares the newer one's entries.
        let older = index.begin_sync("Corp").unwrap();
        let newer = index.begin_sync("Corp").unwrap();
        index
            .write(&newer, std::slice::from_ref(&b), &[], &[])
            .unwrap();
        index
            .write(&older, std::slice::from_ref(&a), &[], &[])
            .unwrap();
        index.finish(&older, &Sweep::Unseen, None).unwrap();
        assert_eq!(index.lookup("2125550142").unwrap().unwrap().name, "Bob");
        assert_eq!(index.remove_directory("Corp").unwrap(), 2);
        assert!(index.directories().unwrap().is_empty());
    }

    #[test]
    fn hostile_entries_are_made_safe() {
        let numbers: Vec<(NumberKind, String)> = (0..10_000)
            .map(|i| (NumberKind::Work, format!("212555{i:04}")))
            .chain([(NumberKind::Work, "1".repeat(100_000))])
            .collect();
        let (e, over) = Entry::new(
            "x".into(),
            &format!("\u{202e}Ada\u{1b}[31m {}", "N".repeat(1 << 20)),
            "",
            "",
            "",
            numbers,
        );
        assert_eq!(e.numbers.len(), super::MAX_NUMBERS);
        assert_eq!(over, 10_000 - super::MAX_NUMBERS);
        assert!(e.name.starts_with("Ada[31m N"));
        assert_eq!(e.name.chars().count(), super::MAX_TEXT_CHARS);
    }

    #[test]
    fn contacts_of_earlier_versions_move_into_the_index() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("h.sqlite3");
        {
            let mut h = History::open(&path).unwrap();
            h.with_transaction(|tx| {
                tx.execute(
                    "INSERT INTO contacts (name, number, match_key) VALUES ('Ada', '6465551234', '6465551234'), ('Ada', '2125550142', '2125550142')",
                    [],
                )?;
                Ok(())
            })
            .unwrap();
        }
        let index = Index::open(&path).unwrap();
        let contacts = index.contacts().unwrap();
        assert_eq!(contacts.len(), 1);
        assert_eq!(contacts[0].numbers.len(), 2);
        assert_eq!(
            index.lookup("2125550142").unwrap().unwrap().source,
            Source::Contacts
        );
    }
}
