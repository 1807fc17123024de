//! The call history and the contacts, asked of the engine (their one owner).

use crate::app::messages::DeskReply;

use super::Desk;

impl Desk {
    pub(super) async fn load_history(&self) {
        match self.engine.history(200).await {
            Ok(list) => self.ui.send(DeskReply::History(list)),
            Err(e) => self
                .ui
                .error(format!("Could not read the call history: {e}")),
        }
    }
}
