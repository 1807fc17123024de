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
    /// This call rang with a pop and ended unanswered, joining `entry` of
    /// the missed-calls list: a notification that it was missed, with Call
    /// back and Remind me (it replaces the entry's earlier one).
    Missed { call: Box<LiveCall>, entry: i64 },
    /// These entries of the missed-calls list were resolved: withdraw their
    /// notifications.
    Withdraw(Vec<i64>),
    /// skydial is quitting: close every open pop, then say so.
    CloseAll(oneshot::Sender<()>),
    /// Another notification server took over (the one that showed the
    /// pops crashed and was restarted, or was replaced): its pops are gone
    /// with it, so show the open ones again.
    ServerReplaced,
}
