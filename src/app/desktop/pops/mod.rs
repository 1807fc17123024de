//! Screen pops: a desktop notification the moment a call rings, raised by the
//! background side (so it works with the window hidden), with Answer and
//! Ignore actions, closed when the call stops ringing.

// Each platform's pops (`reads_markup`, `clear_left_behind`, `pop`,
// `plain`): freedesktop notifications over D-Bus, WinRT toasts, or macOS
// notification centre banners.
#[cfg(all(unix, not(target_os = "macos")))]
mod freedesktop;
#[cfg(all(unix, not(target_os = "macos")))]
use freedesktop as platform;
#[cfg(target_os = "macos")]
mod macos;
#[cfg(target_os = "macos")]
use macos as platform;
#[cfg(windows)]
mod winrt;
#[cfg(windows)]
use winrt as platform;

use crate::app::messages::limits::{MAX_OPEN_POPS, POPS_QUEUE};
use crate::app::messages::{CallAction, DeskRequest, DeskSender, PopCommand, UiLink};
use crate::engine::LiveCall;
use crate::protocol::CallId;
use crate::protocol::number::readable;
use crate::protocol::text::{escape_markup, printable};
use crate::t;
use std::collections::HashMap;
use std::time::{Duration, SystemTime};
use tokio::sync::{mpsc, oneshot};

/// The pop's actions, as the notification service reports them.
const ANSWER: &str = "answer";
const IGNORE: &str = "ignore";
/// A click on the pop itself (not on one of its buttons).
const DEFAULT: &str = "default";
/// *Save as contact*, on the pop of a caller who is not one of the contacts.
const SAVE: &str = "save-contact";

/// The summary and body of a screen pop for `call`: the number (and where
/// its name came from), the number dialled, and where the caller is with
/// the time there at `now`.
pub fn pop_text(call: &LiveCall, now: SystemTime) -> (String, String) {
    let summary = format!("{} is calling", call.label());
    let mut body = match (&call.name, &call.source) {
        (Some(_), Some(source)) => format!("{} ({source})", readable(&call.call.ani)),
        (Some(_), None) => readable(&call.call.ani),
        _ => String::new(),
    };
    if let Some(clid) = &call.call.clid {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&format!("Dialled {}", readable(clid)));
    }
    if let Some((place, night)) = crate::geo::where_and_when(&call.call.ani, now) {
        if !body.is_empty() {
            body.push('\n');
        }
        body.push_str(&place);
        if night {
            body.push_str(" (outside 8:00-21:00 there)");
        }
    }
    (summary, body)
}

/// What a platform's pop is told when it must close: it answers on the
/// sender once it is gone (skydial waits for that before quitting).
pub type CloseSignal = oneshot::Receiver<oneshot::Sender<()>>;

/// The screen pops' channel. It is made before the window, so that skydial
/// can still close the open pops after the window has gone ([`Closer`]).
pub struct Pops {
    tx: mpsc::Sender<PopCommand>,
    rx: mpsc::Receiver<PopCommand>,
}

/// Closes every open screen pop when skydial quits.
pub struct Closer(mpsc::Sender<PopCommand>);

impl Pops {
    pub fn new() -> (Self, Closer) {
        let (tx, rx) = mpsc::channel(POPS_QUEUE);
        (Self { tx: tx.clone(), rx }, Closer(tx))
    }

    /// Starts the screen-pop task; its actions (Answer, Ignore) go to the
    /// desk, like every other action.
    pub fn spawn(self, ui: UiLink, desk: DeskSender) -> mpsc::Sender<PopCommand> {
        tokio::spawn(async move {
            // Off the UI thread: on Windows this asks the notification platform.
            platform::clear_left_behind();
            run(self.rx, desk, ui).await;
        });
        self.tx
    }
}

impl Closer {
    /// Closes every open pop and waits until they are gone (at most 2 s): a
    /// pop left behind would offer Answer and Ignore that nobody hears.
    pub async fn close_all(&self) {
        let (done, closed) = oneshot::channel();
        if self.0.send(PopCommand::CloseAll(done)).await.is_ok()
            && tokio::time::timeout(Duration::from_secs(2), closed)
                .await
                .is_err()
        {
            tracing::warn!(
                "screen pops still closing after 2 s; quitting anyway (the notification service may keep them)"
            );
        }
        let (closed, told) = &ALL_CLOSED;
        *closed.lock().unwrap_or_else(|e| e.into_inner()) = true;
        told.notify_all();
    }
}

/// Set once [`Closer::close_all`] has finished (skydial is quitting): the
/// end of a Windows session waits for it (`desktop::quit_at_session_end`).
static ALL_CLOSED: (std::sync::Mutex<bool>, std::sync::Condvar) =
    (std::sync::Mutex::new(false), std::sync::Condvar::new());

/// Waits until skydial has closed its pops as it quits, at most `patience`;
/// says whether they were.
#[cfg(windows)]
pub fn wait_all_closed(patience: Duration) -> bool {
    let (closed, told) = &ALL_CLOSED;
    let guard = closed.lock().unwrap_or_else(|e| e.into_inner());
    let (guard, _) = told
        .wait_timeout_while(guard, patience, |closed| !*closed)
        .unwrap_or_else(|e| e.into_inner());
    *guard
}

/// A pop's body as the notification server is sent it: each line made safe
/// (escaped where the server reads markup, control codes replaced), and the
/// lines kept apart. Made safe whole, the line break between the number and
/// "Dialled ..." became a U+FFFD on every notification server.
fn pop_body(body: &str, markup: bool) -> String {
    body.split('\n')
        .map(|line| {
            if markup {
                escape_markup(line)
            } else {
                printable(line).into_owned()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

async fn run(mut commands: mpsc::Receiver<PopCommand>, desk: DeskSender, ui: UiLink) {
    let mut open: HashMap<CallId, oneshot::Sender<oneshot::Sender<()>>> = HashMap::new();
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
                let (summary, body) = pop_text(&call, std::time::SystemTime::now());
                // Caller text is shown as text: never as markup (<a>, <img>) or control codes.
                let markup = match markup {
                    Some(m) => m,
                    None => *markup.insert(platform::reads_markup().await),
                };
                let body = pop_body(&body, markup);
                let id = call.call.id.clone();
                let (acts, shows) = (desk.clone(), ui.clone());
                let save = call.to_save_as_contact();
                let offer = save.is_some().then(|| t!("pop-save-contact"));
                let on_action = move |action: &str| act(action, &id, save.as_ref(), &acts, &shows);
                let summary = printable(&summary);
                let shown = platform::pop(&summary, &body, offer.as_deref(), on_action, close_rx);
                if let Err(e) = shown.await {
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
            PopCommand::Close(id) => {
                if let Some(close) = open.remove(&id) {
                    let (gone, _) = oneshot::channel();
                    let _ = close.send(gone);
                }
            }
            PopCommand::CloseAll(done) => {
                let closing: Vec<_> = open
                    .drain()
                    .filter_map(|(_, close)| {
                        let (gone, closed) = oneshot::channel();
                        close.send(gone).ok().map(|()| closed)
                    })
                    .collect();
                tracing::info!("closing {} open screen pop(s)", closing.len());
                for closed in closing {
                    // An error: that pop had already gone (its action was used).
                    let _ = closed.await;
                }
                let _ = done.send(());
            }
        }
    }
}

/// A pop's action: Answer and Ignore go to the desk like a click in the
/// window; a click on the pop itself (the `default` action) shows the call
/// in the window; *Save as contact* opens the window's contact form with
/// `save`'s number and name.
fn act(
    action: &str,
    id: &CallId,
    save: Option<&(String, Option<String>)>,
    desk: &DeskSender,
    ui: &UiLink,
) {
    tracing::info!("screen pop action {action:?} for call {id}");
    let action = match action {
        ANSWER => CallAction::Answer,
        IGNORE => CallAction::Ignore,
        DEFAULT => {
            ui.show_calls();
            return;
        }
        SAVE => {
            if let Some((number, name)) = save {
                ui.save_as_contact(number.clone(), name.clone());
            }
            return;
        }
        _ => return,
    };
    desk.send(DeskRequest::Call {
        action,
        call: Some(id.clone()),
    });
}

/// A plain notification (feedback for the hotkey while the window is hidden).
pub fn notify_plain(summary: &str, body: &str) {
    let (summary, body) = (summary.to_string(), body.to_string());
    tokio::spawn(async move { platform::plain(&summary, &body).await });
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
            source: None,
            ever_connected: false,
            rang_for: None,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        // 2026-01-15 17:00 UTC: noon in New York.
        let noon = std::time::UNIX_EPOCH + Duration::from_secs(1_768_496_400);
        assert_eq!(
            pop_text(&call, noon),
            (
                "Ada Lovelace is calling".to_string(),
                "(212) 555-0142\nDialled (646) 555-1000\nNew York, NY, 12:00 EST".to_string()
            )
        );
        call.source = Some(crate::history::people::Source::Directory("Corp".into()));
        let night = noon + Duration::from_secs(11 * 3600);
        assert_eq!(
            pop_text(&call, night).1,
            "(212) 555-0142 (Corp)\nDialled (646) 555-1000\nNew York, NY, 23:00 EST (outside 8:00-21:00 there)"
        );
        assert_eq!(
            pop_body("<b>(212) 555-0142</b>\nDialled \u{202e}1", true),
            "&lt;b&gt;(212) 555-0142&lt;/b&gt;\nDialled \u{fffd}1"
        );
        assert_eq!(pop_body("a\u{7}\nb", false), "a\u{fffd}\nb");
        call.name = None;
        call.call.clid = None;
        assert_eq!(
            pop_text(&call, noon),
            (
                "(212) 555-0142 is calling".to_string(),
                "New York, NY, 12:00 EST".to_string()
            )
        );
        call.call.ani = "18005550199".into();
        assert_eq!(pop_text(&call, noon).1, "");
    }

    /// *Save as contact* is offered for a caller who is not one of the
    /// contacts (with the directory's name, when the call carried one).
    #[test]
    fn save_as_contact_is_offered_for_a_caller_not_in_the_contacts() {
        use crate::history::people::Source;
        let mut call = LiveCall {
            call: Call {
                id: CallId::new("1"),
                state: CallState::Ringing,
                ani: "7575550123".into(),
                clid: None,
                did: "6465551000".into(),
                duration: 0,
                endpoint: String::new(),
                originated: false,
            },
            name: None,
            source: None,
            ever_connected: false,
            rang_for: None,
            updated_at: tokio::time::Instant::now(),
            seq: 0,
        };
        assert_eq!(call.to_save_as_contact(), Some(("7575550123".into(), None)));
        call.name = Some("Grace Hopper".into());
        call.source = Some(Source::Directory("Corp".into()));
        assert_eq!(
            call.to_save_as_contact(),
            Some(("7575550123".into(), Some("Grace Hopper".into())))
        );
        call.source = Some(Source::Contacts);
        assert_eq!(call.to_save_as_contact(), None, "already a contact");
        call.name = None;
        call.source = None;
        for hidden in ["", "anonymous", "12"] {
            call.call.ani = hidden.into();
            assert_eq!(call.to_save_as_contact(), None, "{hidden:?}");
        }
    }
}
