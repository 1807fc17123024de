//! Screen pops: a desktop notification the moment a call rings, raised by the
//! background side (so it works with the window hidden), with Answer and
//! Ignore actions, closed when the call stops ringing.

use super::desk::UiRequest;
use super::link::UiLink;
use crate::engine::{EngineCommand, LiveCall};
use crate::protocol::CallId;
use crate::protocol::number::readable;
use crate::protocol::text::{escape_markup, printable};
use std::collections::HashMap;
use std::time::Duration;
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
#[derive(Debug)]
pub enum PopCommand {
    /// This call rings (the desk already decided it should pop).
    Show(LiveCall),
    /// This call stopped ringing: close its pop, if it has one.
    Close(CallId),
    /// skydial is quitting: close every open pop, then say so.
    CloseAll(oneshot::Sender<()>),
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
        let (tx, rx) = mpsc::channel(64);
        (Self { tx: tx.clone(), rx }, Closer(tx))
    }

    /// Starts the screen-pop task; its actions (Answer, Ignore) go to the
    /// desk, like every other action.
    pub fn spawn(self, ui: UiLink, desk: mpsc::Sender<UiRequest>) -> mpsc::Sender<PopCommand> {
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
    }
}

async fn run(mut commands: mpsc::Receiver<PopCommand>, desk: mpsc::Sender<UiRequest>, ui: UiLink) {
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
                let (summary, body) = pop_text(&call);
                // Caller text is shown as text: never as markup (<a>, <img>) or control codes.
                let markup = match markup {
                    Some(m) => m,
                    None => *markup.insert(platform::reads_markup().await),
                };
                let body = if markup {
                    escape_markup(&body)
                } else {
                    printable(&body).into_owned()
                };
                let id = call.call.id.clone();
                let acts = desk.clone();
                let told = ui.clone();
                let on_action = move |action: &str| act(action, &id, &acts, &told);
                if let Err(e) =
                    platform::pop(&printable(&summary), &body, on_action, close_rx).await
                {
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

/// A pop's action (Answer, Ignore, or a click on the pop itself) goes to
/// the desk like a click in the window.
fn act(action: &str, id: &CallId, desk: &mpsc::Sender<UiRequest>, ui: &UiLink) {
    tracing::info!("screen pop action {action:?} for call {id}");
    let id = id.clone();
    let (what, command) = match action {
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
    tokio::spawn(async move { platform::plain(&summary, &body).await });
}

/// Freedesktop notifications over D-Bus (Linux and the BSDs): actions, and
/// the pop closed when the call stops ringing.
#[cfg(all(unix, not(target_os = "macos")))]
mod platform {
    use notify_rust::{Hint, Notification, Timeout, Urgency};

    /// Whether the notification server reads markup in bodies.
    pub async fn reads_markup() -> bool {
        tokio::task::spawn_blocking(notify_rust::get_capabilities)
            .await
            .ok()
            .and_then(Result::ok)
            .is_some_and(|caps| caps.iter().any(|c| c == "body-markup"))
    }

    /// Nothing to clear: pops of an earlier run are the server's, by id.
    pub fn clear_left_behind() {}

    /// Shows the pop; `act` gets its action; `close` closes it.
    pub async fn pop(
        summary: &str,
        body: &str,
        act: impl Fn(&str) + Send + 'static,
        close: super::CloseSignal,
    ) -> Result<(), String> {
        let handle = Notification::new()
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
            .map_err(|e| e.to_string())?;
        tokio::spawn(follow(handle, act, close));
        Ok(())
    }

    /// Waits for an action on the pop (or for the call to stop ringing,
    /// then closes it).
    async fn follow(
        handle: notify_rust::NotificationHandle,
        act: impl Fn(&str),
        close: super::CloseSignal,
    ) {
        let (action_tx, action_rx) = std::sync::mpsc::channel::<String>();
        tokio::select! {
            _ = handle.wait_for_action_async(move |response| {
                if let notify_rust::NotificationResponse::Action(action) = response {
                    let _ = action_tx.send(action.clone());
                }
            }) => {}
            closing = close => {
                handle.close_async().await;
                if let Ok(gone) = closing {
                    let _ = gone.send(());
                }
                return;
            }
        }
        let Ok(action) = action_rx.try_recv() else {
            tracing::info!("a screen pop closed without an action");
            return;
        };
        // Servers usually close a pop whose action was used; make sure it goes.
        handle.close_async().await;
        act(&action);
    }

    pub async fn plain(summary: &str, body: &str) {
        let _ = Notification::new()
            .appname("skydial")
            .summary(summary)
            .body(body)
            .hint(Hint::Transient(true))
            .timeout(Timeout::Milliseconds(4000))
            .show_async()
            .await;
    }
}

/// Windows toasts with Answer and Ignore buttons, in the incoming-call
/// scenario: a ringing call's toast stays on screen until it is acted on or
/// the call stops ringing, when skydial withdraws it (from the screen and
/// from the notification centre), as on Linux.
#[cfg(windows)]
mod platform {
    use windows::Data::Xml::Dom::XmlDocument;
    use windows::Foundation::TypedEventHandler;
    use windows::UI::Notifications::{
        ToastActivatedEventArgs, ToastNotification, ToastNotificationManager, ToastNotifier,
    };
    use windows::core::{HSTRING, IInspectable, Interface};

    /// The AppUserModelID the MSI gives the Start-menu shortcut and
    /// registers with the toasts' name and icon (`packaging/windows/`;
    /// tests/windows/msi.sh reads it here).
    const APP_ID: &str = "skydial";
    /// The notification centre's group for screen pops (each has its own tag).
    const GROUP: &str = "ringing";

    /// Toasts read no markup: their text goes in as XML text nodes.
    pub async fn reads_markup() -> bool {
        false
    }

    /// A toast built through the XML DOM (`SetInnerText`), so caller text
    /// can never become markup. `ringing`: the incoming-call scenario with
    /// Answer and Ignore, and the usual notification sound (the desk phone
    /// rings; the toast does not ring a second time).
    fn toast(summary: &str, body: &str, ringing: bool) -> windows::core::Result<ToastNotification> {
        let doc = XmlDocument::new()?;
        let element = |name: &str, attributes: &[(&str, &str)]| {
            let el = doc.CreateElement(&HSTRING::from(name))?;
            for (key, value) in attributes {
                el.SetAttribute(&HSTRING::from(*key), &HSTRING::from(*value))?;
            }
            Ok::<_, windows::core::Error>(el)
        };
        let root = if ringing {
            element("toast", &[("scenario", "incomingCall")])?
        } else {
            element("toast", &[("duration", "short")])?
        };
        let visual = element("visual", &[])?;
        let binding = element("binding", &[("template", "ToastGeneric")])?;
        for text in [summary, body] {
            if !text.is_empty() {
                let el = element("text", &[])?;
                el.SetInnerText(&HSTRING::from(text))?;
                binding.AppendChild(&el)?;
            }
        }
        visual.AppendChild(&binding)?;
        root.AppendChild(&visual)?;
        if ringing {
            let actions = element("actions", &[])?;
            for (content, arguments) in [("Answer", "answer"), ("Ignore", "ignore")] {
                actions.AppendChild(&element(
                    "action",
                    &[("content", content), ("arguments", arguments)],
                )?)?;
            }
            root.AppendChild(&actions)?;
            root.AppendChild(&element(
                "audio",
                &[
                    ("src", "ms-winsoundevent:Notification.Default"),
                    ("loop", "false"),
                ],
            )?)?;
        }
        doc.AppendChild(&root)?;
        ToastNotification::CreateToastNotification(&doc)
    }

    fn notifier() -> windows::core::Result<ToastNotifier> {
        ToastNotificationManager::CreateToastNotifierWithId(&HSTRING::from(APP_ID))
    }

    /// What Windows says went wrong, as text (never its `Debug` form).
    pub(super) fn said(e: &windows::core::Error) -> String {
        // An HRESULT is read as its bits.
        describe(e.code().0.cast_unsigned(), &e.message())
    }

    /// An error in plain words: "class not registered" (a Windows without
    /// toasts, such as Wine, where it even comes without its text) says
    /// what it means; other codes keep Windows' text.
    pub(super) fn describe(code: u32, message: &str) -> String {
        let message = message.trim().trim_end_matches('.');
        match code {
            // REGDB_E_CLASSNOTREG, CO_E_CLASSSTRING, E_NOINTERFACE
            0x8004_0154 | 0x8004_01F3 | 0x8000_4002 => {
                format!("this Windows has no toast notifications, error 0x{code:08X}")
            }
            _ if message.is_empty() => {
                format!("Windows gave error 0x{code:08X} without a description")
            }
            _ => format!("{message}, error 0x{code:08X}"),
        }
    }

    pub async fn pop(
        summary: &str,
        body: &str,
        act: impl Fn(&str) + Send + 'static,
        close: super::CloseSignal,
    ) -> Result<(), String> {
        static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
        let tag = HSTRING::from(format!(
            "pop-{}",
            NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
        ));
        let shown = (|| {
            let notification = toast(summary, body, true)?;
            notification.SetTag(&tag)?;
            notification.SetGroup(&HSTRING::from(GROUP))?;
            notification.Activated(&TypedEventHandler::new(
                move |_, args: windows::core::Ref<'_, IInspectable>| {
                    let action = args
                        .as_ref()
                        .and_then(|args| args.cast::<ToastActivatedEventArgs>().ok())
                        .and_then(|args| args.Arguments().ok())
                        .map(|a| a.to_string())
                        .filter(|a| !a.is_empty());
                    act(action.as_deref().unwrap_or("default"));
                    Ok(())
                },
            ))?;
            let notifier = notifier()?;
            notifier.Show(&notification)?;
            Ok::<_, windows::core::Error>((notifier, notification))
        })();
        let (notifier, notification) = shown.map_err(|e| said(&e))?;
        // The call stopped ringing (or skydial is quitting): withdraw the toast.
        tokio::spawn(async move {
            let closing = close.await;
            if let Err(e) = notifier.Hide(&notification) {
                tracing::debug!("the toast was already gone from the screen: {}", said(&e));
            }
            let removed = ToastNotificationManager::History().and_then(|history| {
                history.RemoveGroupedTagWithId(&tag, &HSTRING::from(GROUP), &HSTRING::from(APP_ID))
            });
            if let Err(e) = removed {
                tracing::debug!("the toast was not in the notification centre: {}", said(&e));
            }
            if let Ok(gone) = closing {
                let _ = gone.send(());
            }
        });
        Ok(())
    }

    /// Screen pops an earlier run could not withdraw (it crashed, or was
    /// killed) leave the notification centre.
    pub fn clear_left_behind() {
        let cleared = ToastNotificationManager::History().and_then(|history| {
            history.RemoveGroupWithId(&HSTRING::from(GROUP), &HSTRING::from(APP_ID))
        });
        if let Err(e) = cleared {
            tracing::debug!("no earlier screen pops to clear: {}", said(&e));
        }
    }

    pub async fn plain(summary: &str, body: &str) {
        let shown = toast(summary, body, false).and_then(|t| notifier()?.Show(&t));
        if let Err(e) = shown {
            tracing::warn!("no toast: {}", said(&e));
        }
    }
}

#[cfg(all(test, windows))]
mod windows_tests {
    use super::platform::{describe, said};
    use windows::core::{Error, HRESULT};

    #[test]
    fn an_error_is_said_in_plain_words() {
        // Wine's answer to a toast: it was "( (0x80040154))" in the notice.
        let no_toasts = Error::from_hresult(HRESULT(0x8004_0154_u32.cast_signed()));
        assert_eq!(
            said(&no_toasts),
            "this Windows has no toast notifications, error 0x80040154"
        );
        assert_eq!(
            describe(0x8004_0154, "Class not registered\r\n"),
            "this Windows has no toast notifications, error 0x80040154"
        );
        assert_eq!(
            describe(0x8000_4005, " "),
            "Windows gave error 0x80004005 without a description"
        );
        assert_eq!(
            describe(0x8007_0005, "Access is denied.\r\n"),
            "Access is denied, error 0x80070005"
        );
    }
}

/// macOS (not built here): notification centre banners without actions
/// (those need a signed app bundle); the window lists the call to answer.
#[cfg(target_os = "macos")]
mod platform {

    pub async fn reads_markup() -> bool {
        false
    }

    pub fn clear_left_behind() {}

    pub async fn pop(
        summary: &str,
        body: &str,
        _act: impl Fn(&str) + Send + 'static,
        _close: super::CloseSignal,
    ) -> Result<(), String> {
        notify_rust::Notification::new()
            .summary(summary)
            .body(body)
            .show()
            .map(|_| ())
            .map_err(|e| e.to_string())
    }

    pub async fn plain(summary: &str, body: &str) {
        let _ = notify_rust::Notification::new()
            .summary(summary)
            .body(body)
            .show();
    }
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
