//! The calls lane: call commands and dials are put to the engine in the
//! order they came; the server's answer to each is waited for beside the
//! lane, so a hang-up never waits for the answer to an earlier dial.

use super::Desk;
use crate::app::messages::{CallAction, DeskRequest};
use crate::t;
use std::sync::Arc;
use tokio::sync::mpsc;

pub(super) struct CallsLane {
    desk: Arc<Desk>,
}

impl CallsLane {
    pub(super) fn new(desk: Arc<Desk>) -> Self {
        Self { desk }
    }

    /// The desk every lane shares.
    pub(super) fn desk(&self) -> Arc<Desk> {
        self.desk.clone()
    }

    pub(super) async fn run(mut self, mut requests: mpsc::Receiver<DeskRequest>) {
        while let Some(request) = requests.recv().await {
            self.handle(request).await;
        }
    }

    async fn handle(&mut self, request: DeskRequest) {
        let desk = self.desk.clone();
        match request {
            DeskRequest::Call { action, call } => {
                if let (CallAction::Ignore, Some(id)) = (action, &call) {
                    // Declined by the user: it ends missed, but was seen.
                    desk.declined(id);
                }
                let answer = desk.engine.queue(action.command(call)).await;
                let action = action.key();
                tokio::spawn(async move {
                    match answer.await {
                        Ok(true) => {}
                        Ok(false) => desk.ui.error(t!("notice-call-stale", action = action)),
                        Err(e) => desk.ui.error(t!(
                            "notice-call-failed",
                            action = action,
                            error = e.to_string()
                        )),
                    }
                });
            }
            DeskRequest::Dial { number } => {
                let placing = desk.queue_call(number).await;
                tokio::spawn(async move {
                    match placing.await {
                        Ok(text) => desk.dialling(false, &text),
                        Err(f) => desk.feedback(false, true, &f.message),
                    }
                });
            }
            // Reading the clipboard may take a while: its dial goes in once read.
            DeskRequest::DialClipboard { from_hotkey } => {
                tokio::spawn(async move { desk.dial_clipboard(from_hotkey).await });
            }
            DeskRequest::External { request, reply } => self.external(request, reply).await,
            DeskRequest::LinkAnswer { token, dial } => self.link_answer(token, dial).await,
            other => tracing::error!("not a call request: {}", other.what()),
        }
    }
}
