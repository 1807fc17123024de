//! Screen pops: a desktop notification the moment a call rings, raised by the
//! background side (so it works with the window hidden), with Answer and
//! Ignore actions, closed when the call stops ringing.

use super::desk::UiRequest;
use super::link::UiLink;
use crate::engine::{EngineCommand, LiveCall};
use crate::protocol::CallId;
use crate::protocol::number::readable;
use crate::protocol::text::{escape_markup, printable};
use notify_rust::{Hint, Notification, Timeout, Urgency};
use std::collections::HashMap;
use tokio::sync::{mpsc, oneshot};

/// The most screen pops open at once; more ringing calls are in the window
/// (and the tray's tooltip) but raise no more pops until some close.
pub const MAX_OPEN_POPS: usize = 8;

/// The summary and body of a screen pop for `call`.
pub fn pop_text(call: &LiveCall) -> (String, String) {
    let number = readable(&call.call.ani);
    let summary = match &call.name {
        Some(name) => format!("{name} is calling"),
        None => format!("{number} is calling"),
    };
    let mut body = match &call.name {
        Some(_) => number,
        None => String::new(),
    };
    if let Some(clid) = &call.call.clid {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&format!("Dialled {}", readable(clid)));
    }
    (summary, body)
}

/// What the desk asks of the screen pops.
#[derive(Debug, Clone)]
pub enum PopCommand {
    /// This call rings (the desk already decided it should pop).
    Show(LiveCall),
    /// This call stopped ringing: close its pop, if it has one.
    Close(CallId),
}

/// Starts the screen-pop task; its actions (Answer, Ignore) go to the desk,
/// like every other action.
pub fn spawn(ui: UiLink, desk: mpsc::Sender<UiRequest>) -> mpsc::Sender<PopCommand> {
    let (tx, rx) = mpsc::channel(64);
    tokio::spawn(run(rx, desk, ui));
    tx
}

/// Whether the notification server reads markup in bodies (asked once).
async fn reads_markup() -> bool {
    tokio::task::spawn_blocking(notify_rust::get_capabilities)
        .await
        .ok()
        .and_then(Result::ok)
        .is_some_and(|caps| caps.iter().any(|c| c == "body-markup"))
}

async fn run(mut commands: mpsc::Receiver<PopCommand>, desk: mpsc::Sender<UiRequest>, ui: UiLink) {
    let mut open: HashMap<CallId, oneshot::Sender<()>> = HashMap::new();
    let mut told_no_server = false;
    let mut markup: Option<bool> = None;
    let mut told_too_many = false;
    while let Some(command) = commands.recv().await {
        match command {
            PopCommand::Show(call) => {
                if open.len() >= MAX_OPEN_POPS {
                    if !told_too_many {
                        told_too_many = true;
                        tracing::warn!(
                            "{MAX_OPEN_POPS} screen pops are open; more ringing calls show in the window only"
                        );
                        ui.info(format!(
                            "More than {MAX_OPEN_POPS} calls are ringing: the window lists them all; screen pops show the first {MAX_OPEN_POPS}."
                        ));
                    }
                    continue;
                }
                let (close_tx, close_rx) = oneshot::channel();
                open.insert(call.call.id.clone(), close_tx);
                let (summary, body) = pop_text(&call);
                // Caller text is shown as text: never as markup (<a>, <img>) or control codes.
                let markup = match markup {
                    Some(m) => m,
                    None => *markup.insert(reads_markup().await),
                };
                let body = if markup {
                    escape_markup(&body)
                } else {
                    printable(&body).into_owned()
                };
                match show(&printable(&summary), &body).await {
                    Ok(handle) => {
                        tokio::spawn(follow(
                            handle,
                            call.call.id.clone(),
                            desk.clone(),
                            close_rx,
                            ui.clone(),
                        ));
                    }
                    Err(e) => {
                        open.remove(&call.call.id);
                        tracing::warn!("no notification server: {e}");
                        if !told_no_server {
                            told_no_server = true;
                            ui.error(format!(
                                "No desktop notification service is running ({e}); skydial shows its window for ringing calls instead."
                            ));
                        }
                        ui.show_window();
                    }
                }
            }
            PopCommand::Close(id) => {
                if let Some(close) = open.remove(&id) {
                    let _ = close.send(());
                }
            }
        }
    }
}

async fn show(
    summary: &str,
    body: &str,
) -> Result<notify_rust::NotificationHandle, notify_rust::error::Error> {
    Notification::new()
        .appname("skydial")
        .summary(summary)
        .body(body)
        .icon("call-start")
        .hint(Hint::Category("call.incoming".into()))
        .hint(Hint::Resident(true))
        .urgency(Urgency::Critical)
        .action("answer", "Answer")
        .action("ignore", "Ignore")
        .timeout(Timeout::Never)
        .show_async()
        .await
}

/// Waits for an action on the pop (or for the call to stop ringing, then
/// closes it); an action goes to the desk like a click in the window.
async fn follow(
    handle: notify_rust::NotificationHandle,
    id: CallId,
    desk: mpsc::Sender<UiRequest>,
    close: oneshot::Receiver<()>,
    ui: UiLink,
) {
    let (action_tx, action_rx) = std::sync::mpsc::channel::<String>();
    tokio::select! {
        _ = handle.wait_for_action_async(move |response| {
            if let notify_rust::NotificationResponse::Action(action) = response {
                let _ = action_tx.send(action.clone());
            }
        }) => {}
        _ = close => {
            handle.close_async().await;
            return;
        }
    }
    let Ok(action) = action_rx.try_recv() else {
        tracing::info!("screen pop for call {id} closed without an action");
        return;
    };
    tracing::info!("screen pop action {action:?} for call {id}");
    // Servers usually close a pop whose action was used; make sure it goes.
    handle.close_async().await;
    let (what, command) = match action.as_str() {
        "answer" | "default" => ("answer the call", EngineCommand::Answer { call: Some(id) }),
        "ignore" => ("ignore the call", EngineCommand::Ignore { call: Some(id) }),
        _ => return,
    };
    let request = UiRequest::Call {
        what: what.to_string(),
        command,
    };
    if desk.try_send(request).is_err() {
        ui.error(format!(
            "skydial is busy and could not {what}; use the window."
        ));
    }
}

/// A plain notification (feedback for the hotkey while the window is hidden).
pub fn notify_plain(summary: &str, body: &str) {
    let (summary, body) = (summary.to_string(), body.to_string());
    tokio::spawn(async move {
        let _ = Notification::new()
            .appname("skydial")
            .summary(&summary)
            .body(&body)
            .hint(Hint::Transient(true))
            .timeout(Timeout::Milliseconds(4000))
            .show_async()
            .await;
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::protocol::{Call, CallState};

    #[test]
    fn pop_names_the_caller_and_the_dialled_number() {
        let mut call = LiveCall {
            call: Call {
                id: CallId::new("1"),
                state: CallState::Ringing,
                ani: "12125550142".into(),
                clid: Some("6465551000".into()),
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: Some("Ada Lovelace".into()),
            ever_connected: false,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        assert_eq!(
            pop_text(&call),
            (
                "Ada Lovelace is calling".to_string(),
                "(212) 555-0142\nDialled (646) 555-1000".to_string()
            )
        );
        call.name = None;
        call.call.clid = None;
        assert_eq!(
            pop_text(&call),
            ("(212) 555-0142 is calling".to_string(), String::new())
        );
    }
}
