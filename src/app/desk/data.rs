//! The call history and the contacts, asked of the engine (their one owner).

use super::Desk;
use crate::app::messages::{DeskReply, DeskRequest, PeopleFor};
use crate::engine::EngineCommand;
use crate::history::people::ContactChange;
use crate::protocol::text::printable;
use crate::t;
use std::path::PathBuf;

/// The most people a type-ahead search shows.
const PEOPLE_SHOWN: usize = 20;
/// The most people the Contacts screen lists before anything is typed.
const PEOPLE_LISTED: usize = 50;

impl Desk {
    /// The data lane: one request at a time, in order.
    pub(super) async fn data(&self, request: DeskRequest) {
        match request {
            DeskRequest::LoadHistory => self.load_history().await,
            DeskRequest::MarkSeen(row) => {
                if let Err(e) = self.engine.send(EngineCommand::MarkSeen { row }).await {
                    self.ui
                        .error(t!("notice-not-marked-seen", error = e.to_string()));
                }
                self.load_history().await;
            }
            DeskRequest::SearchContacts(query) => self.search_contacts(query).await,
            DeskRequest::ImportContacts(file) => self.import_contacts(file).await,
            DeskRequest::SearchPeople { query, to } => self.search_people(query, to).await,
            DeskRequest::ChangeContact(change) => self.change_contact(change).await,
            DeskRequest::SyncDirectories(name) => self.sync_directories(name),
            work @ (DeskRequest::ResolveMissed(_)
            | DeskRequest::Remind(_)
            | DeskRequest::SetNote { .. }
            | DeskRequest::Export { .. }) => self.work(work).await,
            other => tracing::error!("not a history or contacts request: {}", other.what()),
        }
    }

    async fn load_history(&self) {
        match self.engine.history(200).await {
            Ok(list) => self.ui.send(DeskReply::History(list)),
            Err(e) => self
                .ui
                .error(t!("notice-history-unreadable", error = e.to_string())),
        }
        self.load_missed().await;
    }

    async fn search_contacts(&self, query: String) {
        match self.engine.search_contacts(query).await {
            Ok(list) => self.ui.send(DeskReply::Contacts(list)),
            Err(e) => self
                .ui
                .error(t!("notice-contacts-search-failed", error = e.to_string())),
        }
    }

    async fn search_people(&self, query: String, to: PeopleFor) {
        let limit = if query.trim().is_empty() {
            PEOPLE_LISTED
        } else {
            PEOPLE_SHOWN
        };
        match self.engine.search_people(query.clone(), limit).await {
            Ok(people) => self.ui.send(DeskReply::People { to, query, people }),
            Err(e) => self
                .ui
                .error(t!("notice-people-search-failed", error = e.to_string())),
        }
    }

    async fn change_contact(&self, change: ContactChange) {
        let deleting = matches!(change, ContactChange::Delete(_));
        let done = match &change {
            ContactChange::Add(c) => t!("notice-contact-added", name = c.name.as_str()),
            ContactChange::Update(_, c) => t!("notice-contact-updated", name = c.name.as_str()),
            ContactChange::Delete(_) => t!("notice-contact-deleted"),
        };
        if let ContactChange::Add(c) | ContactChange::Update(_, c) = &change
            && let Err(e) = c.check()
        {
            self.ui.error(t!("notice-contact-invalid", error = e));
            return;
        }
        match self.engine.change_contact(change).await {
            Ok(true) => {
                self.ui.info(printable(&done));
                self.ui.send(DeskReply::ContactChanged);
            }
            Ok(false) if deleting => self.ui.error(t!("notice-contact-gone-not-deleted")),
            Ok(false) => self.ui.error(t!("notice-contact-gone-not-saved")),
            Err(e) if deleting => self
                .ui
                .error(t!("notice-contact-not-deleted", error = e.to_string())),
            Err(e) => self
                .ui
                .error(t!("notice-contact-not-saved", error = e.to_string())),
        }
    }

    /// Syncs in a task of its own (a slow server does not hold up the
    /// lane); says what changed, or why not. The Settings' list shows it too.
    fn sync_directories(&self, name: Option<String>) {
        let Some(service) = self.config.directories.clone() else {
            self.ui.error(t!("notice-directories-no-database"));
            return;
        };
        let ui = self.ui.clone();
        tokio::spawn(async move {
            match service.sync(name).await {
                Ok(results) => {
                    for (name, result) in results {
                        match result {
                            Ok(report) => ui.info(printable(&report.summary())),
                            Err(e) => ui.error(printable(&t!(
                                "notice-directory-sync-failed",
                                name = name.as_str(),
                                error = e.to_string()
                            ))),
                        }
                    }
                }
                Err(e) => ui.error(t!("notice-directories-not-synced", error = e.to_string())),
            }
        });
    }

    async fn import_contacts(&self, file: PathBuf) {
        let shown = file.display().to_string();
        // Reading the file blocks; the database is the engine's.
        let read = self
            .blocking(move || crate::contacts::read_file(&file))
            .await;
        let contacts = match read {
            Ok(contacts) => contacts,
            Err(e) => {
                self.ui
                    .error(t!("notice-contacts-not-imported", error = e.to_string()));
                return;
            }
        };
        let read = contacts.len();
        match self.engine.import_contacts(contacts).await {
            Ok(added) => {
                self.ui.info(t!(
                    "notice-contacts-imported",
                    path = shown.as_str(),
                    count = read,
                    added = added
                ));
                self.search_contacts(String::new()).await;
            }
            Err(e) => self
                .ui
                .error(t!("notice-contacts-not-imported", error = e.to_string())),
        }
    }
}
