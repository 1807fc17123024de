//! One sync of one directory: read it from the network (LDAP or CardDAV)
//! and write it to the index in small transactions, off the async threads.
//!
//! A sync that fails notes why (the status shows it with when the
//! directory last synced) and removes nothing; only a complete one sweeps
//! what its listing no longer has.

use super::DirectoryError;
use super::index::{Entry, Index, SyncRun, Tally};
use serde::Serialize;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Entries written in one transaction: a few milliseconds in a release
/// build, the longest the engine's history writes (a ringing call's
/// among them) wait for the database's lock during a sync (each index
/// transaction gives way to a waiting call write, see `history::give_way`).
const TRANSACTION_ENTRIES: usize = 25;

/// The index, shared by the tasks that write to it.
pub type SharedIndex = Arc<Mutex<Index>>;

/// How a sync behaves.
#[derive(Debug, Clone)]
pub struct SyncOptions {
    /// How long one request (an LDAP operation, an HTTP request) may take.
    pub timeout: Duration,
}

impl Default for SyncOptions {
    fn default() -> Self {
        Self {
            timeout: super::REQUEST_TIMEOUT,
        }
    }
}

/// What a sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct SyncReport {
    pub name: String,
    /// `LDAP` or `CardDAV`.
    pub kind: &'static str,
    #[serde(flatten)]
    pub tally: Tally,
    /// Entries (LDAP) or cards (CardDAV) read from the server.
    pub fetched: usize,
    /// LDAP pages, or CardDAV requests, it took.
    pub requests: usize,
    /// Whether only changes were asked for (CardDAV sync-collection).
    pub incremental: bool,
    /// Whether the connection was encrypted.
    pub encrypted: bool,
    /// What was left out, and why (a card too large, numbers over the limit).
    pub warnings: Vec<String>,
    /// Milliseconds it took.
    pub took_ms: u128,
}

impl SyncReport {
    /// One line for a person: what changed, in the user's language.
    pub fn summary(&self) -> String {
        let t = &self.tally;
        let tenths = (self.took_ms.saturating_add(50) / 100).min(u128::from(u64::MAX)) as u64;
        let point = if crate::i18n::current().language() == crate::i18n::Language::ENGLISH {
            '.'
        } else {
            ','
        };
        crate::t!(
            "directory-sync-summary",
            name = self.name.as_str(),
            added = t.added,
            changed = t.changed,
            removed = t.removed,
            unchanged = t.unchanged,
            fetched = self.fetched,
            requests = self.requests,
            protocol = if self.kind == "LDAP" {
                "ldap"
            } else {
                "carddav"
            },
            how = if self.incremental { "changes" } else { "full" },
            seconds = format!("{}{point}{}", tenths / 10, tenths % 10)
        )
    }
}

/// Writes what a sync reads, batch by batch, on the blocking pool: a batch
/// is written while the next one is read from the network.
pub struct Writer {
    index: SharedIndex,
    pub(crate) run: SyncRun,
    pub(crate) report: SyncReport,
    /// The batch being written.
    pending: Option<tokio::task::JoinHandle<Result<Tally, crate::history::HistoryError>>>,
}

pub(super) fn locked(index: &SharedIndex) -> std::sync::MutexGuard<'_, Index> {
    // A panic while holding it cannot leave SQLite half-written (the
    // transaction rolls back): the index is still good.
    index
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

fn stopped(e: &tokio::task::JoinError) -> DirectoryError {
    DirectoryError::Usage(format!("the index writer stopped: {e}"))
}

impl Writer {
    /// A writer for one sync run (`run`, begun on `index`), reporting into `report`.
    pub(super) fn new(index: SharedIndex, run: SyncRun, report: SyncReport) -> Self {
        Self {
            index,
            run,
            report,
            pending: None,
        }
    }

    /// Writes entries (added or changed), marks `seen` as still there and
    /// removes `gone`, in one transaction, once the batch before is written.
    pub async fn write(
        &mut self,
        entries: Vec<Entry>,
        seen: Vec<String>,
        gone: Vec<String>,
    ) -> Result<(), DirectoryError> {
        self.flush().await?;
        if entries.is_empty() && seen.is_empty() && gone.is_empty() {
            return Ok(());
        }
        let index = self.index.clone();
        let run = self.run;
        self.pending = Some(tokio::task::spawn_blocking(move || {
            // Transactions of a few milliseconds: the engine writes a
            // ringing call's history in the same database, and waits for
            // the lock meanwhile.
            let mut tally = Tally::default();
            for chunk in entries.chunks(TRANSACTION_ENTRIES) {
                tally.add(locked(&index).write(&run, chunk, &[], &[])?);
            }
            for chunk in seen.chunks(TRANSACTION_ENTRIES * 10) {
                tally.add(locked(&index).write(&run, &[], chunk, &[])?);
            }
            for chunk in gone.chunks(TRANSACTION_ENTRIES * 10) {
                tally.add(locked(&index).write(&run, &[], &[], chunk)?);
            }
            Ok(tally)
        }));
        Ok(())
    }

    /// Waits until every batch handed over is written.
    pub async fn flush(&mut self) -> Result<(), DirectoryError> {
        if let Some(pending) = self.pending.take() {
            let tally = pending.await.map_err(|e| stopped(&e))??;
            self.report.tally.add(tally);
        }
        Ok(())
    }

    /// What the index holds of this directory, with ETags.
    pub async fn etags(
        &self,
    ) -> Result<std::collections::HashMap<String, Option<String>>, DirectoryError> {
        let index = self.index.clone();
        let run = self.run;
        Ok(
            tokio::task::spawn_blocking(move || locked(&index).etags(&run))
                .await
                .map_err(|e| DirectoryError::Usage(format!("the index reader stopped: {e}")))??,
        )
    }

    pub fn warn(&mut self, warning: String) {
        tracing::info!("{}: {warning}", self.report.name);
        if self.report.warnings.len() < 20 {
            self.report.warnings.push(warning);
        }
    }
}

/// The sync state kept for the next run (CardDAV sync tokens).
pub(crate) async fn saved_state(index: &SharedIndex, name: &str) -> Option<String> {
    let index = index.clone();
    let name = name.to_string();
    tokio::task::spawn_blocking(move || {
        locked(&index)
            .directory(&name)
            .ok()
            .flatten()
            .and_then(|d| d.state)
    })
    .await
    .ok()
    .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Locale, scoped};

    fn report(kind: &'static str, incremental: bool) -> SyncReport {
        SyncReport {
            name: "Shared".into(),
            kind,
            tally: Tally {
                added: 1,
                changed: 0,
                unchanged: 4,
                removed: 2,
            },
            fetched: 5,
            requests: 1,
            incremental,
            took_ms: 1_250,
            ..SyncReport::default()
        }
    }

    #[test]
    fn the_summary_reads_in_the_users_language_with_plurals() {
        let ldap = report("LDAP", false);
        assert_eq!(
            ldap.summary(),
            "Shared: 1 added, 0 changed, 2 removed, 4 unchanged (5 entries read, 1 page, full listing, 1.3 s)"
        );
        let de = Locale::parse("de").unwrap();
        assert_eq!(
            scoped(de, || report("CardDAV", true).summary()),
            "Shared: 1 hinzugefügt, 0 geändert, 2 entfernt, 4 unverändert (5 Karten gelesen, 1 Anfrage, nur Änderungen, 1,3 s)"
        );
        let fr = Locale::parse("fr").unwrap();
        let text = scoped(fr, || ldap.summary());
        assert!(
            text.starts_with("Shared\u{a0}: 1 ajouté, 0 modifié, 2 supprimés, 4 inchangés (5 entrées lues, 1 page"),
            "{text}"
        );
    }
}
