//! What the desk asks of the screen pops.

use crate::engine::LiveCall;
use crate::protocol::CallId;
use tokio::sync::oneshot;

/// What the desk asks of the screen pops.
#[derive(Debug)]
pub enum PopCommand {
    /// This call rings (the desk already decided it should pop).
    Show(Box<LiveCall>),
    /// This call stopped ringing: close its pop, if it has one.
    Close(CallId),
    /// skydial is quitting: close every open pop, then say so.
    CloseAll(oneshot::Sender<()>),
}
