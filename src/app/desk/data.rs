//! The call history and the contacts, asked of the engine (their one owner).

use super::Desk;
use crate::app::messages::{DeskReply, DeskRequest};
use crate::engine::EngineCommand;
use std::path::PathBuf;

impl Desk {
    /// The data lane: one request at a time, in order.
    pub(super) async fn data(&self, request: DeskRequest) {
        match request {
            DeskRequest::LoadHistory => self.load_history().await,
            DeskRequest::MarkSeen(row) => {
                if let Err(e) = self.engine.send(EngineCommand::MarkSeen { row }).await {
                    self.ui.error(format!("Could not mark as seen: {e}"));
                }
                self.load_history().await;
            }
            DeskRequest::SearchContacts(query) => self.search_contacts(query).await,
            DeskRequest::ImportContacts(file) => self.import_contacts(file).await,
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
                .error(format!("Could not read the call history: {e}")),
        }
        self.load_missed().await;
    }

    async fn search_contacts(&self, query: String) {
        match self.engine.search_contacts(query).await {
            Ok(list) => self.ui.send(DeskReply::Contacts(list)),
            Err(e) => self.ui.error(format!("Could not search contacts: {e}")),
        }
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
                self.ui.error(format!("Could not import contacts: {e}"));
                return;
            }
        };
        let read = contacts.len();
        match self.engine.import_contacts(contacts).await {
            Ok(added) => {
                self.ui.info(format!(
                    "Imported {shown}: {read} numbers read, {added} new."
                ));
                self.search_contacts(String::new()).await;
            }
            Err(e) => self.ui.error(format!("Could not import contacts: {e}")),
        }
    }
}
