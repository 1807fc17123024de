//! The directories in the background: one task syncs them (at start, then
//! every 15 minutes or as each says, sooner after a failure, and on
//! demand), and a cloneable handle gives the rest of the app what it needs
//! without ever blocking it: type-ahead search, lookups, the user's
//! contacts (add, edit, delete), each directory's status.
//!
//! ```text
//!  desk / UI ── DirectoryHandle (async; clone) ──┬── mpsc ──► sync task ── network ──► writer Index
//!                                                ├── spawn_blocking ──► reader Index (search, lookup)
//!  status (a watch: names, entries, last sync, last error, syncing now) ◄───────── sync task
//! ```
//!
//! The writer and the reader are two connections to the history database
//! (WAL): a search never waits for a sync, and a sync writes in small
//! transactions so the engine's call history never waits long either.

use super::index::{Caller, ContactEdit, Index, Person};
use super::sync::{SharedIndex, SyncOptions, SyncReport};
use super::{DirectoryConfig, DirectoryError, Passwords};
use crate::history::HistoryError;
use serde::Serialize;
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::{mpsc, oneshot, watch};
use tokio::time::Instant;

/// The first wait after a failed sync; it doubles up to the directory's interval.
const RETRY_FIRST: Duration = Duration::from_secs(60);

/// What the background service needs.
#[derive(Clone)]
pub struct ServiceConfig {
    /// The history database (the index lives in it).
    pub db_path: PathBuf,
    pub directories: Vec<DirectoryConfig>,
    pub passwords: Passwords,
    pub options: SyncOptions,
    /// Sync every directory as soon as the service starts.
    pub sync_at_start: bool,
}

/// A directory as the status line and the Settings show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DirectoryStatus {
    pub name: String,
    /// `LDAP` or `CardDAV`.
    pub kind: &'static str,
    /// People of it in the index.
    pub entries: u64,
    /// When it last synced completely (Unix ms).
    pub synced_at: Option<i64>,
    /// When a sync last ended (Unix ms).
    pub tried_at: Option<i64>,
    /// Why the last sync failed.
    pub error: Option<String>,
    /// A sync of it runs now.
    pub syncing: bool,
}

fn ago(ms: i64, now: i64) -> String {
    let s = (now - ms).max(0) / 1000;
    match s {
        0..60 => crate::t!("directory-ago-just-now"),
        60..3600 => crate::t!("directory-ago-minutes", count = s / 60),
        3600..172_800 => crate::t!("directory-ago-hours", count = s / 3600),
        _ => crate::t!("directory-ago-days", count = s / 86_400),
    }
}

impl DirectoryStatus {
    /// Plain words, in the user's language (the Settings' list): when it
    /// last synced, and why the last try failed.
    pub fn describe(&self, now_ms: i64) -> String {
        let mut out = match self.synced_at {
            Some(at) => crate::t!(
                "directory-status-synced",
                name = self.name.as_str(),
                ago = ago(at, now_ms),
                count = self.entries
            ),
            None => crate::t!("directory-status-never", name = self.name.as_str()),
        };
        if self.syncing {
            out = crate::t!(
                "directory-status-and",
                status = out,
                more = crate::t!("directory-status-syncing")
            );
        }
        if let Some(error) = &self.error {
            let when = self.tried_at.map(|t| ago(t, now_ms)).unwrap_or_default();
            let failed = crate::t!(
                "directory-status-failed",
                when = when,
                error = error.as_str()
            );
            out = crate::t!("directory-status-and", status = out, more = failed);
        }
        out
    }
}

type Results = Vec<(String, Result<SyncReport, DirectoryError>)>;

enum Request {
    Sync {
        name: Option<String>,
        reply: oneshot::Sender<Results>,
    },
    SetDirectories(Vec<DirectoryConfig>),
}

/// A connection to the index, opened when first needed (on the blocking
/// pool): an app with no directories and no searches never opens it.
struct Lazy {
    path: PathBuf,
    index: std::sync::OnceLock<Result<SharedIndex, HistoryError>>,
}

impl Lazy {
    fn new(path: PathBuf) -> Arc<Self> {
        Arc::new(Self {
            path,
            index: std::sync::OnceLock::new(),
        })
    }

    /// The index (blocks while it opens).
    fn get(&self) -> Result<SharedIndex, HistoryError> {
        self.index
            .get_or_init(|| {
                let opened = Index::open(&self.path).map(|i| Arc::new(Mutex::new(i)));
                if let Err(e) = &opened {
                    tracing::warn!("directories are off: {}", crate::i18n::English(e));
                }
                opened
            })
            .clone()
    }
}

/// The app's view of the directories. Cheap to clone; every method is
/// async and never blocks the caller's thread.
#[derive(Clone)]
pub struct DirectoryHandle {
    requests: mpsc::Sender<Request>,
    status: watch::Receiver<Vec<DirectoryStatus>>,
    reader: Arc<Lazy>,
    writer: Arc<Lazy>,
}

fn gone() -> DirectoryError {
    DirectoryError::Usage(crate::t!("directory-error-service-stopped"))
}

async fn blocking<T: Send + 'static>(
    index: &Arc<Lazy>,
    f: impl FnOnce(&mut Index) -> Result<T, HistoryError> + Send + 'static,
) -> Result<T, DirectoryError> {
    let index = index.clone();
    tokio::task::spawn_blocking(move || {
        let index = index.get()?;
        let mut index = index
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        f(&mut index)
    })
    .await
    .map_err(|_| gone())?
    .map_err(DirectoryError::from)
}

impl DirectoryHandle {
    /// Syncs one directory, or all: each one's report or error.
    pub async fn sync(&self, name: Option<String>) -> Result<Results, DirectoryError> {
        let (reply, answer) = oneshot::channel();
        self.requests
            .send(Request::Sync { name, reply })
            .await
            .map_err(|_| gone())?;
        answer.await.map_err(|_| gone())
    }

    /// The directories changed in Settings: new ones sync at once.
    pub async fn set_directories(
        &self,
        directories: Vec<DirectoryConfig>,
    ) -> Result<(), DirectoryError> {
        self.requests
            .send(Request::SetDirectories(directories))
            .await
            .map_err(|_| gone())
    }

    /// Each directory's status, and a way to wait for a change.
    pub fn status(&self) -> watch::Receiver<Vec<DirectoryStatus>> {
        self.status.clone()
    }

    /// Type-ahead over contacts and directories (see [`Index::search`]).
    pub async fn search(&self, query: String, limit: usize) -> Result<Vec<Person>, DirectoryError> {
        blocking(&self.reader, move |i| i.search(&query, limit)).await
    }

    /// Who a number belongs to, and where the name came from.
    pub async fn lookup(&self, number: String) -> Result<Option<Caller>, DirectoryError> {
        blocking(&self.reader, move |i| i.lookup(&number)).await
    }

    /// The user's own contacts.
    pub async fn contacts(&self) -> Result<Vec<Person>, DirectoryError> {
        blocking(&self.reader, |i| i.contacts()).await
    }

    /// Saves a new contact (*Save as contact*); returns its id.
    pub async fn add_contact(&self, contact: ContactEdit) -> Result<i64, DirectoryError> {
        contact.check().map_err(DirectoryError::Usage)?;
        blocking(&self.writer, move |i| i.add_contact(&contact)).await
    }

    /// Changes a contact; `false`: no such contact of the user's.
    pub async fn update_contact(
        &self,
        id: i64,
        contact: ContactEdit,
    ) -> Result<bool, DirectoryError> {
        contact.check().map_err(DirectoryError::Usage)?;
        blocking(&self.writer, move |i| i.update_contact(id, &contact)).await
    }

    /// Deletes a contact; `false`: no such contact of the user's.
    pub async fn delete_contact(&self, id: i64) -> Result<bool, DirectoryError> {
        blocking(&self.writer, move |i| i.delete_contact(id)).await
    }

    /// Forgets everything synced from a directory (after it is removed
    /// from the settings).
    pub async fn forget(&self, name: String) -> Result<usize, DirectoryError> {
        blocking(&self.writer, move |i| i.remove_directory(&name)).await
    }
}

/// Starts the service on the current tokio runtime.
pub fn spawn(config: ServiceConfig) -> DirectoryHandle {
    let writer = Lazy::new(config.db_path.clone());
    let reader = Lazy::new(config.db_path.clone());
    let (requests, inbox) = mpsc::channel(16);
    let (status_tx, status) = watch::channel(Vec::new());
    let now = Instant::now();
    let due = config
        .directories
        .iter()
        .map(|d| {
            let first = if config.sync_at_start {
                now
            } else {
                now + d.sync_every().unwrap_or(Duration::MAX / 4)
            };
            (d.name.clone(), first)
        })
        .collect();
    let service = Service {
        directories: config.directories,
        passwords: config.passwords,
        options: config.options,
        writer: writer.clone(),
        inbox,
        status_tx,
        due,
        failures: HashMap::new(),
        syncing: None,
    };
    tokio::spawn(service.run());
    DirectoryHandle {
        requests,
        status,
        reader,
        writer,
    }
}

struct Service {
    directories: Vec<DirectoryConfig>,
    passwords: Passwords,
    options: SyncOptions,
    writer: Arc<Lazy>,
    inbox: mpsc::Receiver<Request>,
    status_tx: watch::Sender<Vec<DirectoryStatus>>,
    /// When each directory syncs next.
    due: HashMap<String, Instant>,
    /// Failed syncs in a row, per directory.
    failures: HashMap<String, u32>,
    syncing: Option<String>,
}

impl Service {
    async fn run(mut self) {
        self.publish().await;
        loop {
            let next = self.due.values().min().copied();
            let wake = async {
                match next {
                    Some(at) => tokio::time::sleep_until(at).await,
                    None => std::future::pending().await,
                }
            };
            tokio::select! {
                request = self.inbox.recv() => match request {
                    None => return,
                    Some(Request::Sync { name, reply }) => {
                        let results = self.sync(name.as_deref()).await;
                        let _ = reply.send(results);
                    }
                    Some(Request::SetDirectories(list)) => {
                        let now = Instant::now();
                        self.due.retain(|name, _| list.iter().any(|d| &d.name == name));
                        for d in &list {
                            let changed = !self.directories.contains(d);
                            if changed {
                                self.due.insert(d.name.clone(), now);
                            }
                        }
                        self.directories = list;
                        self.publish().await;
                    }
                },
                () = wake => {
                    let now = Instant::now();
                    let due: Vec<String> = self
                        .due
                        .iter()
                        .filter(|(_, at)| **at <= now)
                        .map(|(name, _)| name.clone())
                        .collect();
                    for name in due {
                        let _ = self.sync(Some(&name)).await;
                    }
                }
            }
        }
    }

    async fn sync(&mut self, name: Option<&str>) -> Results {
        let chosen: Vec<DirectoryConfig> = self
            .directories
            .iter()
            .filter(|d| name.is_none_or(|n| n == d.name))
            .cloned()
            .collect();
        if let (Some(name), true) = (name, chosen.is_empty()) {
            return vec![(
                name.to_string(),
                Err(DirectoryError::NotFound(name.to_string())),
            )];
        }
        let mut results = Vec::new();
        for config in chosen {
            self.syncing = Some(config.name.clone());
            self.publish().await;
            let result = self.sync_one(&config).await;
            let every = config.sync_every();
            let next = match &result {
                Ok(_) => {
                    self.failures.remove(&config.name);
                    every
                }
                Err(_) => {
                    let n = self.failures.entry(config.name.clone()).or_default();
                    *n = n.saturating_add(1);
                    let backoff = RETRY_FIRST.saturating_mul(1 << (*n - 1).min(10));
                    Some(every.map_or(backoff, |e| backoff.min(e)))
                }
            };
            match next {
                Some(after) => self.due.insert(config.name.clone(), Instant::now() + after),
                None => self.due.remove(&config.name),
            };
            self.syncing = None;
            results.push((config.name.clone(), result));
        }
        self.publish().await;
        results
    }

    async fn sync_one(&self, config: &DirectoryConfig) -> Result<SyncReport, DirectoryError> {
        let writer = self.writer.clone();
        let index = tokio::task::spawn_blocking(move || writer.get())
            .await
            .map_err(|_| gone())??;
        let passwords = self.passwords.clone();
        let for_password = config.clone();
        let password = tokio::task::spawn_blocking(move || passwords.get(&for_password))
            .await
            .map_err(|_| gone())?;
        let password = match password {
            Ok(p) => p,
            Err(e) => {
                let message = e.to_string();
                let name = config.name.clone();
                let noted = index.clone();
                let _ = tokio::task::spawn_blocking(move || {
                    noted
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .failed(&name, &message)
                })
                .await;
                return Err(e);
            }
        };
        let synced = super::fetch::run(&index, config, password.as_ref(), &self.options).await;
        if let Err(e) = &synced {
            tracing::warn!("directory {}: {}", config.name, crate::i18n::English(e));
        }
        synced
    }

    async fn publish(&self) {
        let states = if self.directories.is_empty() {
            Vec::new()
        } else {
            let writer = self.writer.clone();
            tokio::task::spawn_blocking(move || {
                writer.get().and_then(|index| {
                    index
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .directories()
                })
            })
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or_default()
        };
        let list = self
            .directories
            .iter()
            .map(|d| {
                let state = states.iter().find(|s| s.name == d.name);
                DirectoryStatus {
                    name: d.name.clone(),
                    kind: super::Target::parse(&d.url).map_or("?", |t| t.kind()),
                    entries: state.map_or(0, |s| s.entries),
                    synced_at: state.and_then(|s| s.synced_at),
                    tried_at: state.and_then(|s| s.tried_at),
                    error: state.and_then(|s| s.error.clone()),
                    syncing: self.syncing.as_deref() == Some(d.name.as_str()),
                }
            })
            .collect();
        self.status_tx.send_replace(list);
    }
}
