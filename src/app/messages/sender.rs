//! The one way to send the desk a request (rerun's `CommandSender`): cheap
//! to clone, never blocks, and the one place that tells the user when the
//! desk cannot take a request.

use super::{DeskRequest, UiLink};
use tokio::sync::mpsc;

/// Sends requests to the desk. Cloned by the window, the tray, the hotkey,
/// the screen pops and the server for other skydial processes.
#[derive(Clone)]
pub struct DeskSender {
    requests: mpsc::Sender<DeskRequest>,
    ui: UiLink,
}

/// The desk's channel: made before any part that sends on it, so each can
/// hold a sender; the receiver goes to the desk.
pub fn channel(ui: UiLink) -> (DeskSender, mpsc::Receiver<DeskRequest>) {
    let (requests, rx) = mpsc::channel(super::limits::DESK_QUEUE);
    (DeskSender { requests, ui }, rx)
}

impl DeskSender {
    /// Sends `request` now; if the desk cannot take it (its queue is full,
    /// or skydial is quitting) the window says so and false is returned.
    pub fn send(&self, request: DeskRequest) -> bool {
        match self.requests.try_send(request) {
            Ok(()) => true,
            Err(mpsc::error::TrySendError::Full(request)) => {
                self.ui.error(request.busy_notice());
                false
            }
            Err(mpsc::error::TrySendError::Closed(request)) => {
                tracing::info!("the desk has stopped; could not {}", request.what());
                false
            }
        }
    }

    /// Sends `request`, waiting for room in the queue (another skydial
    /// process's request, whose sender waits for the answer anyway). `Err`:
    /// the desk has stopped (skydial is quitting).
    pub async fn send_waiting(&self, request: DeskRequest) -> Result<(), DeskStopped> {
        self.requests.send(request).await.map_err(|_| DeskStopped)
    }
}

/// The desk has stopped: skydial is quitting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("skydial is quitting")]
pub struct DeskStopped;
